package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import io.gongkai.ingest.DocumentReader;
import io.gongkai.ingest.Ingested;
import io.gongkai.jobs.InputFile;
import io.gongkai.jobs.InputLister;
import io.gongkai.parse.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;

/**
 * Where the per-file time goes, measured on one thread outside Spark: listing the corpus (NIO and the Hadoop
 * filesystem the job lists with), opening and reading a file (NIO, and Hadoop's {@code open} + read as the job's
 * tasks do), decoding ({@link DocumentReader#read}: hash, format and charset sniffing, PDF text extraction) and the
 * rest of {@link ReportParser#parse} (layout, tables, checks = parse − decode). It decodes every sampled file twice,
 * so it runs on an evenly spaced sample, not on the whole corpus, and is not a throughput figure.
 */
public final class Breakdown {
  private Breakdown() {}

  /** Sums over the sampled files of one format, in seconds. */
  public record Step(
      String format, long files, long bytes, double nioReadSeconds, double hadoopOpenSeconds,
      double hadoopReadSeconds, double decodeSeconds, double parseSeconds) {
    public Step {
      requireNonNull(format, "format is null");
    }

    /** Layout, table reading and checks: the part of {@code parse} after decoding. */
    public double layoutAndChecksSeconds() {
      return Math.max(0, parseSeconds - decodeSeconds);
    }
  }

  /** The listing times cover the whole corpus; the steps cover {@code sampled} files. */
  public record Result(
      long listedFiles, double nioListSeconds, double hadoopListSeconds, long sampled, List<Step> byFormat) {
    public Result {
      byFormat = List.copyOf(byFormat);
    }
  }

  /** Measures on {@code sample} files evenly spaced over {@code corpus} (all of them if it has fewer). */
  public static Result run(Path corpus, int sample, ReportParser parser) throws IOException {
    long t0 = System.nanoTime();
    List<Path> files;
    try (var listing = Files.list(corpus)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    double nioList = (System.nanoTime() - t0) / 1e9;

    Configuration conf = new Configuration();
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(corpus.toAbsolutePath().toString());
    FileSystem fs = root.getFileSystem(conf);
    // The job's own listing (InputLister), not FileSystem.listFiles: on the local filesystem without Hadoop's native
    // library the latter starts a shell per file to read permissions (7 minutes for 100,000 files), which the job
    // never pays.
    t0 = System.nanoTime();
    List<InputFile> hadoopFiles = InputLister.list(List.of(root.toString()), conf);
    double hadoopList = (System.nanoTime() - t0) / 1e9;

    DocumentReader reader = new DocumentReader();
    Map<String, double[]> sums = new TreeMap<>();
    Map<String, long[]> counts = new TreeMap<>();
    int n = Math.min(sample, files.size());
    for (int k = 0; k < n; k++) {
      Path file = files.get((int) ((long) k * files.size() / n));
      String name = file.getFileName().toString();
      long a = System.nanoTime();
      byte[] bytes = Files.readAllBytes(file);
      long b = System.nanoTime();
      byte[] viaHadoop;
      long c;
      try (FSDataInputStream in = fs.open(new org.apache.hadoop.fs.Path(file.toAbsolutePath().toString()))) {
        c = System.nanoTime();
        viaHadoop = readAll(in);
      }
      long d = System.nanoTime();
      // The second pass over the same bytes runs with warmer caches: alternate which one goes first.
      long decode;
      long parse;
      Ingested ingested;
      if (k % 2 == 0) {
        ingested = reader.read(name, bytes);
        long e = System.nanoTime();
        parser.parse(name, viaHadoop);
        decode = e - d;
        parse = System.nanoTime() - e;
      } else {
        parser.parse(name, viaHadoop);
        long e = System.nanoTime();
        ingested = reader.read(name, bytes);
        parse = e - d;
        decode = System.nanoTime() - e;
      }
      String format =
          ingested instanceof Ingested.Accepted accepted ? accepted.document().format().name() : "REJECTED";
      double[] s = sums.computeIfAbsent(format, x -> new double[5]);
      s[0] += (b - a) / 1e9;
      s[1] += (c - b) / 1e9;
      s[2] += (d - c) / 1e9;
      s[3] += decode / 1e9;
      s[4] += parse / 1e9;
      long[] cnt = counts.computeIfAbsent(format, x -> new long[2]);
      cnt[0]++;
      cnt[1] += bytes.length;
    }
    List<Step> steps = new ArrayList<>();
    sums.forEach(
        (format, s) -> {
          long[] cnt = counts.get(format);
          steps.add(new Step(format, cnt[0], cnt[1], s[0], s[1], s[2], s[3], s[4]));
        });
    return new Result(hadoopFiles.size(), nioList, hadoopList, n, steps);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
