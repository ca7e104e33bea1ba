package io.gongkai.bench;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SparkSession;

/**
 * The least a Spark job over the corpus can cost: the same partitioning as the extract job, each task reads its files
 * with NIO and parses them, and only a count of cells comes back; no rows, no cache, no shuffle, no Parquet. The gap
 * between this and the extract job is what the job adds around the parser; the gap between this and the plain
 * two-thread loop is Spark's own scheduling.
 */
public final class SparkFloor {
  private SparkFloor() {}

  /** One run; {@code usage} covers listing (NIO, on the driver) and the job. */
  public record Result(long files, long parsed, long cells, int partitions, LoadProbe.Usage usage) {
    public double reportsPerSecond() {
      return usage.wallSeconds() <= 0 ? 0 : files / usage.wallSeconds();
    }
  }

  public static Result run(SparkSession spark, Path corpus, int filesPerPartition) throws IOException {
    LoadProbe.Snapshot before = LoadProbe.snapshot();
    List<String> files;
    try (var listing = Files.list(corpus)) {
      files = listing.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().toString()).sorted().toList();
    }
    // ExtractJob's partition count, so that the two jobs schedule the same tasks.
    int partitions =
        Math.max(
            Math.min(files.size(), spark.sparkContext().defaultParallelism()),
            (files.size() + filesPerPartition - 1) / filesPerPartition);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long[] sums =
        jsc.parallelize(files, partitions)
            .mapPartitions(parseAll())
            .reduce((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    LoadProbe.Usage usage = LoadProbe.between(before, LoadProbe.snapshot());
    return new Result(files.size(), sums[0], sums[1], partitions, usage);
  }

  /** Per partition: {parsed reports, cells}. */
  private static FlatMapFunction<Iterator<String>, long[]> parseAll() {
    return paths -> {
      ReportParser parser = new ReportParser();
      long parsed = 0;
      long cells = 0;
      while (paths.hasNext()) {
        Path path = Path.of(paths.next());
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        ParsedReport report = parser.parse(path.getFileName().toString(), bytes);
        if (report.status() == ParsedReport.Status.PARSED) {
          parsed++;
          cells += report.cells().size();
        }
      }
      return List.of(new long[] {parsed, cells}).iterator();
    };
  }
}
