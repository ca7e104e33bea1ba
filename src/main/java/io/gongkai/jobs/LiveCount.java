package io.gongkai.jobs;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A count the tasks keep, seen on the driver while they run. Spark adds a task's accumulator value to the driver's
 * only when the task ends; but each executor heartbeat ({@code spark.executor.heartbeatInterval}, 10 s by default)
 * carries the running tasks' current values, and this listener keeps the latest of each. The parse runs in the job's
 * few write tasks (six at 100,000 reports on two cores), so the ended tasks' sum alone stayed at 0 for the first
 * minutes of a run's progress lines.
 *
 * <p>For a progress line, not for a result: between a task's end and the listener hearing of it, its count is in both
 * sums; and a task run again counts its lost attempt until that attempt's end is heard.
 */
final class LiveCount extends SparkListener implements AutoCloseable {
  private final SparkContext context;
  private final LongAccumulator ended;
  /** Task id → its latest count from a heartbeat, while it runs. */
  private final ConcurrentHashMap<Long, Long> running = new ConcurrentHashMap<>();

  private LiveCount(SparkContext context, LongAccumulator ended) {
    this.context = context;
    this.ended = ended;
  }

  /** A new accumulator named {@code name}, to be added to by tasks, and its live count. */
  static LiveCount register(SparkContext context, String name) {
    LiveCount count = new LiveCount(context, context.longAccumulator(name));
    context.addSparkListener(count);
    return count;
  }

  /** The accumulator tasks add to. */
  LongAccumulator accumulator() {
    return ended;
  }

  /** The ended tasks' sum and the running tasks' latest counts. */
  long sum() {
    long sum = ended.sum();
    for (long n : running.values()) {
      sum += n;
    }
    return sum;
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task :
        CollectionConverters.asJava(update.accumUpdates())) {
      for (AccumulableInfo info : CollectionConverters.asJava(task._4())) {
        if (info.id() == ended.id() && info.update().isDefined() && info.update().get() instanceof Number n) {
          running.put((Long) task._1(), n.longValue());
        }
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    running.remove(end.taskInfo().taskId());
  }

  @Override
  public void close() {
    context.removeSparkListener(this);
  }
}
