package io.gongkai.jobs.bench;

import static java.util.Objects.requireNonNull;

import io.gongkai.jobs.ExtractJob;
import io.gongkai.jobs.RunSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The extract job on the benchmark corpus: the session is started first and timed on its own, then {@link
 * ExtractJob#run} is timed from its call to its return (the warehouse is published by then), with a {@link
 * SparkStages} listener attached to say where the time went.
 */
public final class SparkPhase {
  private SparkPhase() {}

  /** One run. {@code usage} covers {@code ExtractJob.run} only; {@code sessionUsage} the session start. */
  public record Result(
      String master, LoadProbe.Usage sessionUsage, LoadProbe.Usage usage, RunSummary summary, int jobs,
      double jobSeconds, List<SparkStages.Stage> stages, List<SparkStages.Group> groups) {
    public Result {
      requireNonNull(master, "master is null");
      requireNonNull(usage, "usage is null");
      requireNonNull(summary, "summary is null");
      stages = List.copyOf(stages);
      groups = List.copyOf(groups);
    }

    public double reportsPerSecond() {
      return usage.wallSeconds() <= 0 ? 0 : summary.filesRead() / usage.wallSeconds();
    }

    /** Time of the run during which no Spark job was running: listing, planning, publishing, on the driver. */
    public double driverOnlySeconds() {
      return Math.max(0, usage.wallSeconds() - jobSeconds);
    }
  }

  /**
   * Starts (or joins) a session at {@code master} and runs the job over {@code corpus} into {@code warehouse}. A
   * session this call started is stopped at the end; one that already existed (tests) is left running, and its
   * master is the one reported.
   */
  public static Result run(String master, Path corpus, Path warehouse, int filesPerPartition)
      throws IOException, InterruptedException {
    boolean existed = SparkSession.getDefaultSession().isDefined();
    LoadProbe.Snapshot s0 = LoadProbe.snapshot();
    SparkSession spark =
        SparkSession.builder()
            .appName("gongkai bench")
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            // The same settings as SparkSessions.create, which extract uses.
            .config("spark.sql.debug.maxToStringFields", "1000")
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "true")
            .getOrCreate();
    LoadProbe.Snapshot s1 = LoadProbe.snapshot();
    SparkStages listener = new SparkStages();
    spark.sparkContext().addSparkListener(listener);
    try {
      LoadProbe.Snapshot before = LoadProbe.snapshot();
      RunSummary summary =
          new ExtractJob(spark)
              .run(
                  new ExtractJob.Options(
                      List.of(corpus.toAbsolutePath().toString()), warehouse.toAbsolutePath().toString(), null, false,
                      filesPerPartition));
      LoadProbe.Snapshot after = LoadProbe.snapshot();
      listener.awaitJobsEnded(10_000);
      return new Result(
          spark.sparkContext().master(), LoadProbe.between(s0, s1), LoadProbe.between(before, after), summary,
          listener.jobCount(), listener.jobSeconds(), listener.stages(), listener.groups());
    } finally {
      spark.sparkContext().removeSparkListener(listener);
      if (!existed) {
        spark.stop();
      }
    }
  }
}
