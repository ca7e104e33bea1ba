package io.gongkai.jobs.bench;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Collects what each completed Spark stage cost, from the task metrics Spark aggregates per stage: wall time
 * (submission to completion), executor run and CPU time, GC, task deserialisation, shuffle write, bytes in and out.
 * The stage name is Spark's call site ({@code parquet at ExtractJob.java:110}), which says which step of the job it
 * was. Events arrive on Spark's listener thread, after the fact: {@link #awaitJobsEnded} waits for them.
 */
public final class SparkStages extends SparkListener {
  /** One completed stage attempt. Times in seconds. */
  public record Stage(
      int id, String name, int tasks, double wallSeconds, double runSeconds, double cpuSeconds, double gcSeconds,
      double deserializeSeconds, double shuffleWriteSeconds, long inputBytes, long outputBytes,
      long shuffleWriteBytes, long spilledBytes) {
    public Stage {
      requireNonNull(name, "name is null");
    }
  }

  /** Stages summed by name, in order of first appearance. */
  public record Group(String name, int stages, int tasks, double wallSeconds, double runSeconds, double cpuSeconds,
      double gcSeconds) {}

  private final List<Stage> stages = new ArrayList<>();
  private final List<long[]> jobs = new ArrayList<>();
  private final Map<Integer, Long> jobStarts = new LinkedHashMap<>();

  @Override
  public synchronized void onJobStart(SparkListenerJobStart jobStart) {
    jobStarts.put(jobStart.jobId(), jobStart.time());
  }

  @Override
  public synchronized void onJobEnd(SparkListenerJobEnd jobEnd) {
    Long start = jobStarts.remove(jobEnd.jobId());
    if (start != null) {
      jobs.add(new long[] {start, jobEnd.time()});
    }
    notifyAll();
  }

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
    StageInfo info = completed.stageInfo();
    TaskMetrics m = info.taskMetrics();
    long wallMillis =
        info.submissionTime().isDefined() && info.completionTime().isDefined()
            ? (Long) info.completionTime().get() - (Long) info.submissionTime().get()
            : 0;
    stages.add(
        m == null
            ? new Stage(info.stageId(), info.name(), info.numTasks(), wallMillis / 1e3, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            : new Stage(
                info.stageId(), info.name(), info.numTasks(), wallMillis / 1e3, m.executorRunTime() / 1e3,
                m.executorCpuTime() / 1e9, m.jvmGCTime() / 1e3, m.executorDeserializeTime() / 1e3,
                m.shuffleWriteMetrics().writeTime() / 1e9, m.inputMetrics().bytesRead(),
                m.outputMetrics().bytesWritten(), m.shuffleWriteMetrics().bytesWritten(),
                m.memoryBytesSpilled() + m.diskBytesSpilled()));
  }

  /** Waits until every job that started has ended and been reported, at most {@code timeoutMillis}. */
  public synchronized void awaitJobsEnded(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!jobStarts.isEmpty()) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return;
      }
      wait(left);
    }
  }

  public synchronized List<Stage> stages() {
    return List.copyOf(stages);
  }

  public synchronized int jobCount() {
    return jobs.size();
  }

  /** Wall time during which at least one Spark job ran (the union of job intervals), in seconds. */
  public synchronized double jobSeconds() {
    List<long[]> sorted = new ArrayList<>(jobs);
    sorted.sort((a, b) -> Long.compare(a[0], b[0]));
    long total = 0;
    long end = Long.MIN_VALUE;
    for (long[] job : sorted) {
      long from = Math.max(job[0], end);
      if (job[1] > from) {
        total += job[1] - from;
      }
      end = Math.max(end, job[1]);
    }
    return total / 1e3;
  }

  public synchronized List<Group> groups() {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Stage s : stages) {
      double[] d = sums.computeIfAbsent(s.name(), k -> new double[4]);
      d[0] += s.wallSeconds();
      d[1] += s.runSeconds();
      d[2] += s.cpuSeconds();
      d[3] += s.gcSeconds();
      int[] c = counts.computeIfAbsent(s.name(), k -> new int[2]);
      c[0]++;
      c[1] += s.tasks();
    }
    List<Group> out = new ArrayList<>();
    sums.forEach(
        (name, d) -> {
          int[] c = counts.get(name);
          out.add(new Group(name, c[0], c[1], d[0], d[1], d[2], d[3]));
        });
    return out;
  }
}
