package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionEnd;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;

/**
 * Records where a Spark run spent its time, from Spark's own events: every SQL execution (one per action: a Parquet
 * write, a count, a collect) with its wall time, and every completed stage with the task metrics Spark sums per stage
 * (executor run and CPU time, GC, task deserialisation, shuffle write, bytes in and out). Stages are attributed to
 * their SQL execution through their job. Time outside any execution is driver-only work (listing inputs, planning,
 * publishing). Events arrive on Spark's listener thread after the fact: {@link #awaitIdle} waits for them.
 */
public final class SparkStages extends SparkListener {
  /**
   * The warehouse dataset an execution writes or reads, from the path in its physical plan: the run's staging area
   * ({@code parsed}) or its unpublished snapshot (every dataset).
   */
  private static final Pattern STAGED_DATASET =
      Pattern.compile("/(?:_staging|snapshots)/[^/\\s,\\]]+/([A-Za-z0-9_]+)");

  private static final String EXECUTION_ID = "spark.sql.execution.id";

  /** One completed stage attempt. Times in seconds; {@code execution} is -1 outside SQL executions. */
  public record Stage(
      int id, long execution, String name, int tasks, double wallSeconds, double runSeconds, double cpuSeconds,
      double gcSeconds, double deserializeSeconds, double shuffleWriteSeconds, long inputBytes, long outputBytes,
      long shuffleWriteBytes, long spilledBytes) {
    public Stage {
      requireNonNull(name, "name is null");
    }
  }

  /**
   * One SQL execution: {@code description} is Spark's call site ({@code parquet at ExtractJob.java:161}), {@code
   * dataset} the staged dataset it touches, or null. Times are epoch milliseconds; metrics sum its stages.
   */
  public record Execution(
      long id, String description, String dataset, long startMillis, long endMillis, int jobs, int stages, int tasks,
      double runSeconds, double cpuSeconds, double gcSeconds, long shuffleWriteBytes) {
    public Execution {
      requireNonNull(description, "description is null");
    }

    public double wallSeconds() {
      return Math.max(0, endMillis - startMillis) / 1e3;
    }
  }

  private final List<Stage> stages = new ArrayList<>();
  private final List<long[]> jobs = new ArrayList<>();
  private final Map<Integer, Long> jobStarts = new LinkedHashMap<>();
  private final Map<Integer, Long> jobExecution = new HashMap<>();
  private final Map<Integer, Long> stageExecution = new HashMap<>();
  private final Map<Long, String[]> executionText = new LinkedHashMap<>();
  private final Map<Long, long[]> executionTimes = new LinkedHashMap<>();

  @Override
  public synchronized void onJobStart(SparkListenerJobStart jobStart) {
    jobStarts.put(jobStart.jobId(), jobStart.time());
    long execution = -1;
    if (jobStart.properties() != null && jobStart.properties().getProperty(EXECUTION_ID) != null) {
      try {
        execution = Long.parseLong(jobStart.properties().getProperty(EXECUTION_ID));
      } catch (NumberFormatException e) {
        execution = -1;
      }
    }
    jobExecution.put(jobStart.jobId(), execution);
    var ids = jobStart.stageIds().iterator();
    while (ids.hasNext()) {
      stageExecution.put((Integer) ids.next(), execution);
    }
  }

  @Override
  public synchronized void onJobEnd(SparkListenerJobEnd jobEnd) {
    Long start = jobStarts.remove(jobEnd.jobId());
    if (start != null) {
      jobs.add(new long[] {start, jobEnd.time(), jobExecution.getOrDefault(jobEnd.jobId(), -1L)});
    }
    notifyAll();
  }

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
    StageInfo info = completed.stageInfo();
    TaskMetrics m = info.taskMetrics();
    long execution = stageExecution.getOrDefault(info.stageId(), -1L);
    long wallMillis =
        info.submissionTime().isDefined() && info.completionTime().isDefined()
            ? (Long) info.completionTime().get() - (Long) info.submissionTime().get()
            : 0;
    stages.add(
        m == null
            ? new Stage(info.stageId(), execution, info.name(), info.numTasks(), wallMillis / 1e3, 0, 0, 0, 0, 0, 0, 0,
                0, 0)
            : new Stage(
                info.stageId(), execution, info.name(), info.numTasks(), wallMillis / 1e3, m.executorRunTime() / 1e3,
                m.executorCpuTime() / 1e9, m.jvmGCTime() / 1e3, m.executorDeserializeTime() / 1e3,
                m.shuffleWriteMetrics().writeTime() / 1e9, m.inputMetrics().bytesRead(),
                m.outputMetrics().bytesWritten(), m.shuffleWriteMetrics().bytesWritten(),
                m.memoryBytesSpilled() + m.diskBytesSpilled()));
  }

  @Override
  public synchronized void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionStart start) {
      Matcher m = STAGED_DATASET.matcher(String.valueOf(start.physicalPlanDescription()));
      executionText.put(start.executionId(), new String[] {start.description(), m.find() ? m.group(1) : null});
      executionTimes.put(start.executionId(), new long[] {start.time(), -1});
    } else if (event instanceof SparkListenerSQLExecutionEnd end) {
      long[] times = executionTimes.get(end.executionId());
      if (times != null) {
        times[1] = end.time();
      }
      notifyAll();
    }
  }

  /** Waits until every started job and SQL execution has ended and been reported, at most {@code timeoutMillis}. */
  public synchronized void awaitIdle(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!jobStarts.isEmpty() || executionTimes.values().stream().anyMatch(t -> t[1] < 0)) {
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
    List<long[]> intervals = new ArrayList<>();
    jobs.forEach(j -> intervals.add(new long[] {j[0], j[1]}));
    return union(intervals) / 1e3;
  }

  /** Wall time during which at least one SQL execution ran, in seconds. */
  public synchronized double executionSeconds() {
    List<long[]> intervals = new ArrayList<>();
    executionTimes.values().forEach(t -> intervals.add(new long[] {t[0], t[1] < 0 ? t[0] : t[1]}));
    return union(intervals) / 1e3;
  }

  /** SQL executions in start order, with the metrics of their stages; stages outside any execution come last. */
  public synchronized List<Execution> executions() {
    List<Execution> out = new ArrayList<>();
    Map<Long, List<Stage>> byExecution = new HashMap<>();
    stages.forEach(s -> byExecution.computeIfAbsent(s.execution(), k -> new ArrayList<>()).add(s));
    Map<Long, Integer> jobCounts = new HashMap<>();
    jobs.forEach(j -> jobCounts.merge(j[2], 1, Integer::sum));
    executionTimes.forEach(
        (id, times) -> {
          String[] text = executionText.get(id);
          out.add(execution(id, text[0], text[1], times[0], times[1] < 0 ? times[0] : times[1],
              jobCounts.getOrDefault(id, 0), byExecution.getOrDefault(id, List.of())));
        });
    if (byExecution.containsKey(-1L) || jobCounts.containsKey(-1L)) {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (long[] j : jobs) {
        if (j[2] == -1) {
          first = Math.min(first, j[0]);
          last = Math.max(last, j[1]);
        }
      }
      out.add(execution(-1, "(jobs outside SQL executions)", null, first == Long.MAX_VALUE ? 0 : first,
          last == Long.MIN_VALUE ? 0 : last, jobCounts.getOrDefault(-1L, 0), byExecution.getOrDefault(-1L, List.of())));
    }
    return out;
  }

  private static Execution execution(
      long id, String description, String dataset, long start, long end, int jobs, List<Stage> stages) {
    int tasks = 0;
    double run = 0;
    double cpu = 0;
    double gc = 0;
    long shuffle = 0;
    for (Stage s : stages) {
      tasks += s.tasks();
      run += s.runSeconds();
      cpu += s.cpuSeconds();
      gc += s.gcSeconds();
      shuffle += s.shuffleWriteBytes();
    }
    return new Execution(id, description, dataset, start, end, jobs, stages.size(), tasks, run, cpu, gc, shuffle);
  }

  private static long union(List<long[]> intervals) {
    intervals.sort((a, b) -> Long.compare(a[0], b[0]));
    long total = 0;
    long end = Long.MIN_VALUE;
    for (long[] i : intervals) {
      long from = Math.max(i[0], end);
      if (i[1] > from) {
        total += i[1] - from;
      }
      end = Math.max(end, i[1]);
    }
    return total;
  }
}
