package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import io.gongkai.jobs.ExtractJob;
import io.gongkai.jobs.RunSummary;
import io.gongkai.jobs.SparkSessions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

  /**
   * One run. {@code usage} covers {@code ExtractJob.run} only, which ran from {@code startMillis} to {@code
   * endMillis} (epoch, as Spark's event times); {@code sessionUsage} covers the session start.
   */
  public record Result(
      String master, LoadProbe.Usage sessionUsage, LoadProbe.Usage usage, long startMillis, long endMillis,
      RunSummary summary, int jobs, double jobSeconds, double executionSeconds, List<SparkStages.Execution> executions,
      List<SparkStages.Stage> stages, double driverThreadCpuSeconds, SparkFloor.Result floor) {
    public Result {
      requireNonNull(master, "master is null");
      requireNonNull(usage, "usage is null");
      requireNonNull(summary, "summary is null");
      executions = List.copyOf(executions);
      stages = List.copyOf(stages);
    }

    public double reportsPerSecond() {
      return usage.wallSeconds() <= 0 ? 0 : summary.filesRead() / usage.wallSeconds();
    }

    /** CPU time of the tasks (executor threads), summed over stages. */
    public double taskCpuSeconds() {
      return stages.stream().mapToDouble(SparkStages.Stage::cpuSeconds).sum();
    }

    /** Time of the run during which no SQL execution was running: listing, planning, publishing, on the driver. */
    public double outsideExecutionsSeconds() {
      return Math.max(0, usage.wallSeconds() - executionSeconds);
    }

    /** From the call of {@code ExtractJob.run} to its first SQL execution: listing the inputs and setting up. */
    public double beforeFirstExecutionSeconds() {
      return executions.isEmpty() ? 0 : Math.max(0, executions.get(0).startMillis() - startMillis) / 1e3;
    }

    /** From the end of the last SQL execution to the return of {@code ExtractJob.run}: publishing. */
    public double afterLastExecutionSeconds() {
      long last = executions.stream().mapToLong(SparkStages.Execution::endMillis).max().orElse(endMillis);
      return Math.max(0, endMillis - last) / 1e3;
    }
  }

  /**
   * What the job reads: a directory of report files, or a packed corpus ({@link ExtractJob.InputFormat}), with an
   * optional manifest (null for none).
   */
  public record Input(Path path, ExtractJob.InputFormat format, Path manifest) {
    public Input {
      requireNonNull(path, "path is null");
      requireNonNull(format, "format is null");
    }
  }

  /** {@link #run(String, Input, Path, int, boolean)} on a directory of report files without a manifest. */
  public static Result run(String master, Path corpus, Path warehouse, int filesPerPartition, boolean floor)
      throws IOException, InterruptedException {
    return run(master, new Input(corpus, ExtractJob.InputFormat.FILES, null), warehouse, filesPerPartition, floor);
  }

  /**
   * Starts (or joins) a session at {@code master} and runs the job over {@code input} into {@code warehouse}. A
   * session this call started is stopped at the end; one that already existed (tests) is left running, and its
   * master is the one reported. With {@code floor}, {@link SparkFloor} runs after the job, in the same session (report
   * files only).
   */
  public static Result run(String master, Input input, Path warehouse, int filesPerPartition, boolean floor)
      throws IOException, InterruptedException {
    if (floor && input.format() != ExtractJob.InputFormat.FILES) {
      throw new IllegalArgumentException("Cannot run the Spark floor on a packed corpus (" + input.path() + ")");
    }
    boolean existed = SparkSessions.isRunning();
    LoadProbe.Snapshot s0 = LoadProbe.snapshot();
    SparkSession spark =
        SparkSessions.withJobSettings(SparkSession.builder())
            .appName("gongkai bench")
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate();
    LoadProbe.Snapshot s1 = LoadProbe.snapshot();
    SparkStages listener = new SparkStages();
    spark.sparkContext().addSparkListener(listener);
    try {
      LoadProbe.Snapshot before = LoadProbe.snapshot();
      long startMillis = System.currentTimeMillis();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long driverCpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
      RunSummary summary =
          new ExtractJob(spark)
              .run(
                  new ExtractJob.Options(
                      List.of(input.path().toAbsolutePath().toString()), warehouse.toAbsolutePath().toString(),
                      input.manifest() == null ? null : input.manifest().toAbsolutePath().toString(), false,
                      filesPerPartition, input.format()));
      long endMillis = System.currentTimeMillis();
      driverCpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() - driverCpu : 0;
      LoadProbe.Snapshot after = LoadProbe.snapshot();
      listener.awaitIdle(10_000);
      spark.sparkContext().removeSparkListener(listener);
      SparkFloor.Result floorResult = floor ? SparkFloor.run(spark, input.path(), filesPerPartition) : null;
      return new Result(
          spark.sparkContext().master(), LoadProbe.between(s0, s1), LoadProbe.between(before, after), startMillis,
          endMillis, summary, listener.jobCount(), listener.jobSeconds(), listener.executionSeconds(),
          listener.executions(), listener.stages(), driverCpu / 1e9, floorResult);
    } finally {
      spark.sparkContext().removeSparkListener(listener);
      if (!existed) {
        spark.stop();
      }
    }
  }
}
