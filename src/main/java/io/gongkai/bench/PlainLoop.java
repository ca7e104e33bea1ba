package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The baseline: list a directory, read each file with {@link Files#readAllBytes} and {@link ReportParser#parseAll}
 * them in the job's batches, on one thread or on several threads over contiguous slices of the sorted list. Nothing
 * is kept but counts and {@link System#nanoTime} sums (reading, parsing), and files, bytes and parse time by the format
 * the parser found: each report's own share of its batch's passes ({@link ReportParser#parseAll(List, long[])}).
 */
public final class PlainLoop {
  private PlainLoop() {}

  /**
   * The files of one format ({@code TEXT}, {@code HTML}, {@code PDF}, or {@code REJECTED}) and the time their parse
   * took, summed over the threads.
   */
  public record FormatTimes(String format, long files, long bytes, long parseNanos) {
    public FormatTimes {
      requireNonNull(format, "format is null");
    }

    /** Mean parse milliseconds per file; 0 for none. */
    public double parseMsPerFile() {
      return files == 0 ? 0 : parseNanos / 1e6 / files;
    }
  }

  /**
   * What a thread does with each parsed batch besides counting it (the plain Parquet phase writes it); closed when
   * its thread's files are done, inside the measured time.
   */
  interface BatchSink extends Closeable {
    /** {@code reports.get(i)} is the parse of {@code files.get(i)}. */
    void accept(List<Path> files, List<ParsedReport> reports) throws IOException;
  }

  /**
   * One run of the loop. {@code usage} covers listing, reading, parsing and the sinks' work; {@code readSeconds},
   * {@code parseSeconds} and {@code sinkSeconds} are summed over the threads.
   */
  public record Result(
      int threads, long files, long parsed, long rejected, long cells, double listSeconds, double readSeconds,
      double parseSeconds, double sinkSeconds, LoadProbe.Usage usage, List<FormatTimes> byFormat) {
    public Result {
      requireNonNull(usage, "usage is null");
      byFormat = List.copyOf(byFormat);
    }

    public double reportsPerSecond() {
      return usage.wallSeconds() <= 0 ? 0 : files / usage.wallSeconds();
    }
  }

  /** Lists {@code dir} (regular files, sorted) and parses every file on {@code threads} threads. */
  public static Result run(Path dir, int threads, ReportParser parser) throws IOException {
    return run(dir, threads, parser, null);
  }

  /**
   * {@link #run(Path, int, ReportParser)}, handing each thread's parsed batches to its own sink, {@code
   * sinks.apply(thread)} (null for none).
   */
  static Result run(Path dir, int threads, ReportParser parser, IntFunction<BatchSink> sinks) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("Cannot run a plain loop on " + threads + " threads: need at least 1");
    }
    LoadProbe.Snapshot before = LoadProbe.snapshot();
    long t0 = System.nanoTime();
    List<Path> files;
    try (var listing = Files.list(dir)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    double listSeconds = (System.nanoTime() - t0) / 1e9;
    List<Tally> tallies = new ArrayList<>();
    if (threads == 1) {
      try {
        tallies.add(loop(files, parser, sinks == null ? null : sinks.apply(0)));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Tally>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          List<Path> slice = files.subList(files.size() * t / threads, files.size() * (t + 1) / threads);
          int thread = t;
          futures.add(pool.submit(() -> loop(slice, parser, sinks == null ? null : sinks.apply(thread))));
        }
        for (Future<Tally> f : futures) {
          tallies.add(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while running the plain loop", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw new IllegalStateException("Cannot run the plain loop: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    LoadProbe.Usage usage = LoadProbe.between(before, LoadProbe.snapshot());
    Tally all = new Tally();
    tallies.forEach(all::add);
    return new Result(threads, files.size(), all.parsed, all.rejected, all.cells, listSeconds, all.readNanos / 1e9,
        all.parseNanos / 1e9, all.sinkNanos / 1e9, usage, all.byFormat());
  }

  /**
   * Reads the files in order and parses them in the batches the job parses in ({@link ReportParser#BATCH_REPORTS},
   * {@link ReportParser#BATCH_BYTES}): the parser's own loop at its best, so that the Spark job is compared with the
   * same parse and the difference is what Spark adds.
   */
  private static Tally loop(List<Path> files, ReportParser parser, BatchSink sink) {
    try (BatchSink closing = sink) {
      Tally tally = loop(files, parser, sink, new Tally());
      long t0 = System.nanoTime();
      if (closing != null) {
        closing.close(); // closed here to be timed; closing twice is a no-op for a Closeable
      }
      tally.sinkNanos += System.nanoTime() - t0;
      return tally;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Tally loop(List<Path> files, ReportParser parser, BatchSink sink, Tally tally) throws IOException {
    List<ReportParser.Source> batch = new ArrayList<>();
    List<Path> batchFiles = new ArrayList<>();
    long batchBytes = 0;
    for (Path file : files) {
      long t0 = System.nanoTime();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      tally.readNanos += System.nanoTime() - t0;
      batch.add(new ReportParser.Source(file.getFileName().toString(), bytes));
      batchFiles.add(file);
      batchBytes += bytes.length;
      if (batch.size() >= ReportParser.BATCH_REPORTS || batchBytes >= ReportParser.BATCH_BYTES) {
        parse(batch, batchFiles, parser, tally, sink);
        batch.clear();
        batchFiles.clear();
        batchBytes = 0;
      }
    }
    parse(batch, batchFiles, parser, tally, sink);
    return tally;
  }

  private static void parse(
      List<ReportParser.Source> batch, List<Path> batchFiles, ReportParser parser, Tally tally, BatchSink sink)
      throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    long[] nanos = new long[batch.size()];
    long t0 = System.nanoTime();
    List<ParsedReport> reports = parser.parseAll(batch, nanos);
    tally.parseNanos += System.nanoTime() - t0;
    for (int i = 0; i < reports.size(); i++) {
      ParsedReport report = reports.get(i);
      boolean parsed = report.status() == ParsedReport.Status.PARSED;
      tally.record(
          parsed && report.format() != null ? report.format() : "REJECTED", batch.get(i).bytes().length, nanos[i]);
      if (parsed) {
        tally.parsed++;
        tally.cells += report.cells().size();
      } else {
        tally.rejected++;
      }
    }
    if (sink != null) {
      long s0 = System.nanoTime();
      sink.accept(batchFiles, reports);
      tally.sinkNanos += System.nanoTime() - s0;
    }
  }

  /** Per-thread sums; merged after the threads end. */
  static final class Tally {
    /** format → {files, bytes, parse nanos}. */
    private final Map<String, long[]> sums = new TreeMap<>();
    long parsed;
    long rejected;
    long cells;
    long readNanos;
    long parseNanos;
    long sinkNanos;

    void record(String format, long bytes, long parseNanos) {
      long[] s = sums.computeIfAbsent(format, k -> new long[3]);
      s[0]++;
      s[1] += bytes;
      s[2] += parseNanos;
    }

    void add(Tally other) {
      other.sums.forEach(
          (format, s) -> {
            long[] mine = sums.computeIfAbsent(format, k -> new long[3]);
            for (int i = 0; i < 3; i++) {
              mine[i] += s[i];
            }
          });
      parsed += other.parsed;
      rejected += other.rejected;
      cells += other.cells;
      readNanos += other.readNanos;
      parseNanos += other.parseNanos;
      sinkNanos += other.sinkNanos;
    }

    List<FormatTimes> byFormat() {
      List<FormatTimes> out = new ArrayList<>();
      sums.forEach((format, s) -> out.add(new FormatTimes(format, s[0], s[1], s[2])));
      return out;
    }
  }
}
