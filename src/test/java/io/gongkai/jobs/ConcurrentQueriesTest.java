package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link ConcurrentQueries}: queries overlap, every one is waited for, results and failures come in the given order.
 */
class ConcurrentQueriesTest {
  @Test
  void writesRunAtTheSameTime() {
    // Each write waits for all three to have started: run one after the other, none would ever finish.
    CountDownLatch started = new CountDownLatch(3);
    List<String> done = new CopyOnWriteArrayList<>();
    Map<String, ConcurrentQueries.Query<Object>> writes = new LinkedHashMap<>();
    for (String name : List.of("cells", "checks", "metrics")) {
      writes.put(name, () -> {
        started.countDown();
        if (!started.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException(name + " ran alone");
        }
        done.add(name);
        return name.length();
      });
    }
    Map<String, Object> results = ConcurrentQueries.run(writes, 3);
    assertEquals(3, done.size(), done.toString());
    assertEquals(List.of("cells", "checks", "metrics"), List.copyOf(results.keySet()));
    assertEquals(List.of(5, 6, 7), List.copyOf(results.values()));
  }

  @Test
  void aFailureIsThrownOnlyOnceEveryWriteHasEnded() {
    CountDownLatch failed = new CountDownLatch(1);
    List<String> done = new CopyOnWriteArrayList<>();
    IllegalStateException cells = new IllegalStateException("disk full writing cells");
    Map<String, ConcurrentQueries.Query<Object>> writes = new LinkedHashMap<>();
    writes.put("reports", () -> done.add("reports"));
    writes.put("cells", () -> {
      failed.countDown();
      throw cells;
    });
    writes.put("checks", () -> {
      // Still writing when cells has failed: the call must not return before this ends.
      failed.await(30, TimeUnit.SECONDS);
      Thread.sleep(200);
      return done.add("checks");
    });
    writes.put("metrics", () -> {
      throw new IOException("Cannot create metrics/_temporary");
    });
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> ConcurrentQueries.run(writes, 4));
    assertSame(cells, thrown, "the first failure in the order given");
    assertEquals(1, thrown.getSuppressed().length);
    assertEquals("Cannot run metrics: Cannot create metrics/_temporary",
        thrown.getSuppressed()[0].getMessage());
    assertTrue(done.containsAll(List.of("reports", "checks")), done.toString());
  }

  @Test
  void fewerThreadsThanWritesStillRunsEveryWrite() {
    List<String> done = new CopyOnWriteArrayList<>();
    Map<String, ConcurrentQueries.Query<Object>> writes = new LinkedHashMap<>();
    for (int i = 0; i < 7; i++) {
      String name = "dataset-" + i;
      writes.put(name, () -> done.add(name));
    }
    assertEquals(7, ConcurrentQueries.run(writes, 2).size());
    assertEquals(7, done.size());
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void noThreadIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> ConcurrentQueries.run(Map.<String, ConcurrentQueries.Query<Object>>of("cells", () -> 1), 0));
    assertEquals("Cannot run queries on 0 threads", e.getMessage());
  }
}
