package io.gongkai.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spark queries submitted together, from driver threads of their own, so that their tasks share the cores.
 *
 * <p>Why: the job's queries are small next to the parse, and each one's partitions are not the same size. Run one
 * after the other, each query's last task ran alone: on two cores, the thirteen per-report dataset writes of a
 * 10,000-report run kept about one core busy, and so did the checks across reports, each a shuffle the driver waits
 * for before it builds the next. Spark's scheduler hands a free core to the next job's task, so queries submitted
 * together keep the cores busy until the last one ends.
 *
 * <p>Every query is waited for, whatever the others did: on failure the caller deletes the staging area, and a query
 * still writing into it would leave files behind. The first failure (in the order given) is thrown, the others are
 * attached to it as suppressed.
 */
final class ConcurrentQueries {
  /** One query: builds or writes something, on a driver thread of its own. */
  interface Query<T> {
    T run() throws Exception;
  }

  private ConcurrentQueries() {}

  /**
   * Runs every query, at most {@code threads} at a time, and returns once all have ended.
   *
   * @param queries by name (for the threads and the errors), in the order their results and failures are given
   * @return each query's result by name, in the given order
   * @throws RuntimeException the first query's failure, unchecked as thrown or wrapped, with the others suppressed
   */
  static <T> Map<String, T> run(Map<String, Query<T>> queries, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("Cannot run queries on " + threads + " threads");
    }
    if (queries.isEmpty()) {
      return Map.of();
    }
    AtomicInteger started = new AtomicInteger();
    // Created here, so the threads inherit this thread's Spark local properties (job group, scheduler pool) and no
    // SQL execution id, as no query runs in this thread while they start.
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, queries.size()),
            r -> {
              Thread t = new Thread(r, "gongkai-query-" + started.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Map<String, Future<T>> futures = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Query<T>> query : queries.entrySet()) {
        futures.put(query.getKey(), pool.submit(() -> query.getValue().run()));
      }
    } finally {
      pool.shutdown();
    }
    Map<String, T> results = new LinkedHashMap<>();
    List<RuntimeException> failures = new ArrayList<>();
    boolean interrupted = false;
    for (Map.Entry<String, Future<T>> f : futures.entrySet()) {
      while (true) {
        try {
          results.put(f.getKey(), f.getValue().get());
          break;
        } catch (InterruptedException e) {
          interrupted = true; // still wait: the query may be writing into the staging area
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          failures.add(
              cause instanceof RuntimeException r
                  ? r
                  : new IllegalStateException("Cannot run " + f.getKey() + ": " + cause.getMessage(), cause));
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
    return Collections.unmodifiableMap(results);
  }
}
