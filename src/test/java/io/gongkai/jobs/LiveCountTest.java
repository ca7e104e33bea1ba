package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

/** The driver sees a running task's count from its heartbeats, before the task ends. */
class LiveCountTest {
  /** Released by the driver once it saw the count: the task waits on it, so the count was seen while it ran. */
  private static final CountDownLatch SEEN = new CountDownLatch(1);

  @Test
  void aRunningTasksCountIsSeenBeforeItEndsAndCountedOnceAfter() throws Exception {
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("LiveCountTest")
            .config("spark.ui.enabled", "false")
            .config("spark.executor.heartbeatInterval", "500ms")
            .getOrCreate();
    try (LiveCount count = LiveCount.register(spark.sparkContext(), "files parsed")) {
      LongAccumulator accumulator = count.accumulator();
      Thread job =
          new Thread(
              () ->
                  JavaSparkContext.fromSparkContext(spark.sparkContext())
                      .parallelize(List.of(1), 1)
                      .foreach(
                          x -> {
                            accumulator.add(7);
                            // Local mode: the task runs in this JVM and sees the test's latch.
                            SEEN.await(60, TimeUnit.SECONDS);
                          }));
      job.start();
      long seen = 0;
      for (int i = 0; i < 600 && seen == 0; i++) {
        seen = count.sum();
        Thread.sleep(100);
      }
      assertEquals(0, accumulator.sum(), "the task has not ended: Spark's own sum does not have its count yet");
      SEEN.countDown();
      job.join(60_000);
      assertEquals(7, seen, "seen from a heartbeat while the task ran");
      assertEquals(7, accumulator.sum());
      long after = count.sum();
      for (int i = 0; i < 100 && after != 7; i++) { // the task's end reaches the listener asynchronously
        Thread.sleep(100);
        after = count.sum();
      }
      assertEquals(7, after, "counted once the task ended");
      assertTrue(!job.isAlive());
    } finally {
      spark.stop();
    }
  }
}
