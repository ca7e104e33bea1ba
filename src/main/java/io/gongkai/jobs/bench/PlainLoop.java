package io.gongkai.jobs.bench;

import static java.util.Objects.requireNonNull;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
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

/**
 * The baseline: list a directory, read each file with {@link Files#readAllBytes} and {@link ReportParser#parse} it,
 * on one thread or on several threads over contiguous slices of the sorted list. Nothing is kept but counts and
 * {@link System#nanoTime} sums, split by the format the parser found.
 */
public final class PlainLoop {
  private PlainLoop() {}

  /** Time spent on the files of one format ({@code TEXT}, {@code HTML}, {@code PDF}, or {@code REJECTED}). */
  public record FormatTimes(String format, long files, long bytes, double readSeconds, double parseSeconds) {
    public FormatTimes {
      requireNonNull(format, "format is null");
    }
  }

  /** One run of the loop. {@code usage} covers listing, reading and parsing. */
  public record Result(
      int threads, long files, long parsed, long rejected, long cells, double listSeconds, LoadProbe.Usage usage,
      List<FormatTimes> byFormat) {
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
      tallies.add(loop(files, parser));
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Tally>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          List<Path> slice = files.subList(files.size() * t / threads, files.size() * (t + 1) / threads);
          futures.add(pool.submit(() -> loop(slice, parser)));
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
    return new Result(threads, files.size(), all.parsed, all.rejected, all.cells, listSeconds, usage, all.byFormat());
  }

  private static Tally loop(List<Path> files, ReportParser parser) {
    Tally tally = new Tally();
    for (Path file : files) {
      long t0 = System.nanoTime();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      long t1 = System.nanoTime();
      ParsedReport report = parser.parse(file.getFileName().toString(), bytes);
      long t2 = System.nanoTime();
      boolean parsed = report.status() == ParsedReport.Status.PARSED;
      String format = parsed && report.format() != null ? report.format() : "REJECTED";
      tally.record(format, bytes.length, t1 - t0, t2 - t1);
      if (parsed) {
        tally.parsed++;
        tally.cells += report.cells().size();
      } else {
        tally.rejected++;
      }
    }
    return tally;
  }

  /** Per-thread sums; merged after the threads end. */
  static final class Tally {
    /** format → {files, bytes, read nanos, parse nanos}. */
    private final Map<String, long[]> sums = new TreeMap<>();
    long parsed;
    long rejected;
    long cells;

    void record(String format, long bytes, long readNanos, long parseNanos) {
      long[] s = sums.computeIfAbsent(format, k -> new long[4]);
      s[0]++;
      s[1] += bytes;
      s[2] += readNanos;
      s[3] += parseNanos;
    }

    void add(Tally other) {
      other.sums.forEach(
          (format, s) -> {
            long[] mine = sums.computeIfAbsent(format, k -> new long[4]);
            for (int i = 0; i < 4; i++) {
              mine[i] += s[i];
            }
          });
      parsed += other.parsed;
      rejected += other.rejected;
      cells += other.cells;
    }

    List<FormatTimes> byFormat() {
      List<FormatTimes> out = new ArrayList<>();
      sums.forEach((format, s) -> out.add(new FormatTimes(format, s[0], s[1], s[2] / 1e9, s[3] / 1e9)));
      return out;
    }
  }
}
