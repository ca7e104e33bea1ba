package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import io.gongkai.jobs.Datasets;
import io.gongkai.parquet.DatasetWriters;
import io.gongkai.jobs.ExtractJob;
import io.gongkai.jobs.ManifestEntry;
import io.gongkai.jobs.PackedCorpus;
import io.gongkai.jobs.PerReportRows;
import io.gongkai.jobs.SparkSessions;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The extract job's parse-and-write without the rest of the job: Spark tasks on the packed corpus, each parsing its
 * reports and writing every per-report dataset itself with parquet-java ({@link DatasetWriters}), in as many tasks as
 * the job has ({@link ExtractJob#parseTasks}); one file per task, dataset and {@code report_year}. Measured
 * before the job was built this way (issue 19's option (c)), it is kept as the ceiling the job's per-report part is
 * compared with.
 *
 * <p>What the job adds to it: keying every report by its bytes and spreading the reports by that key (so copies meet
 * in one task and an append skips what is published), moving the successful attempts' files into the snapshot, the
 * checks across years, and after the per-report part its rollups and checks across reports.
 */
public final class SparkDirectWrite {
  private SparkDirectWrite() {}

  /**
   * One run: reports read, parse tasks, rows written per dataset ({@link Datasets#PER_REPORT} order) and files
   * opened, summed over the tasks; {@code usage} from the read to the last task's return, after the session started.
   */
  public record Result(
      long reports, int partitions, Map<String, Long> rowsByDataset, int files, LoadProbe.Usage usage) {
    public Result {
      rowsByDataset = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByDataset));
      requireNonNull(usage, "usage is null");
    }

    public double reportsPerSecond() {
      return usage.wallSeconds() <= 0 ? 0 : reports / usage.wallSeconds();
    }
  }

  /** What one task wrote. */
  private record TaskOutput(long reports, LinkedHashMap<String, Long> rows, int files) implements Serializable {}

  /**
   * Starts a session at {@code master} (with the job's settings), writes the per-report datasets of the packed corpus
   * at {@code packed} under {@code output} ({@code output/<dataset>/…}), and stops the session.
   *
   * @throws IllegalArgumentException if {@code output} exists
   */
  public static Result run(String master, Path packed, Path output, int filesPerPartition) throws IOException {
    if (Files.exists(output)) {
      throw new IllegalArgumentException("Cannot write the direct-write phase into " + output + ": it exists");
    }
    boolean existed = SparkSessions.isRunning();
    SparkSession spark =
        SparkSessions.withJobSettings(SparkSession.builder())
            .appName("gongkai bench direct write")
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate();
    try {
      LoadProbe.Snapshot before = LoadProbe.snapshot();
      Dataset<Row> corpus = PackedCorpus.read(spark, List.of(packed.toAbsolutePath().toString()), false);
      long reports = corpus.count();
      // As many tasks as the job's parse has (ExtractJob.parseTasks), so that each task's files are the size of the
      // job's: with the old parse partitions (259 at 103,300 reports) the tasks wrote 21,491 files, and on the same
      // corpus in fresh JVMs the run took 374.5 s against 323.0 s with 6 tasks (498 files).
      int parallelism = spark.sparkContext().defaultParallelism();
      int parsePartitions =
          PackedCorpus.partitions(corpus, reports, parallelism, filesPerPartition);
      corpus = corpus.repartition(ExtractJob.parseTasks(parallelism, parsePartitions, reports));
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      // No manifest: the bench's packed run has none; each row's own fields serve, as in the job.
      Broadcast<HashMap<String, ManifestEntry>> entries = jsc.broadcast(new HashMap<>());
      List<TaskOutput> tasks =
          corpus.javaRDD()
              .mapPartitions(PackedCorpus.perReportRows(entries))
              .mapPartitions(writeAll(output.toAbsolutePath().toString()))
              .collect();
      LoadProbe.Usage usage = LoadProbe.between(before, LoadProbe.snapshot());
      long read = 0;
      int files = 0;
      Map<String, Long> rows = new LinkedHashMap<>();
      for (TaskOutput task : tasks) {
        read += task.reports();
        files += task.files();
        task.rows().forEach((dataset, n) -> rows.merge(dataset, n, Long::sum));
      }
      return new Result(read, tasks.size(), rows, files, usage);
    } finally {
      if (!existed) {
        spark.stop();
      }
    }
  }

  /** A task's writes: its reports' rows into files tagged with its partition and attempt, then what it wrote. */
  private static FlatMapFunction<Iterator<PerReportRows>, TaskOutput> writeAll(String output) {
    return reports -> {
      TaskContext task = TaskContext.get();
      String tag = String.format("p%05d-a%d", task.partitionId(), task.attemptNumber());
      long n = 0;
      DatasetWriters writers = new DatasetWriters(Path.of(output), tag);
      try (writers) {
        while (reports.hasNext()) {
          writers.write(reports.next());
          n++;
        }
      }
      return List.of(new TaskOutput(n, new LinkedHashMap<>(writers.rowsByDataset()), writers.writers())).iterator();
    };
  }
}
