package io.gongkai.jobs;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One progress line every few seconds while the parse runs, for a log a scheduler keeps (issue 18): Spark's console
 * bar rewrites one terminal line with carriage returns, which a log file turns into hundreds of fragments. The count
 * comes from an accumulator that Spark merges on the driver when a task ends, so it moves by whole tasks (about 100
 * files each) and counts a task re-run after an executor was lost once.
 */
public final class ParseProgress implements AutoCloseable {
  /**
   * Where and how often progress is printed.
   *
   * @param every the interval; {@link Duration#ZERO} prints nothing
   */
  public record Settings(Duration every, Consumer<String> out) {
    public static final Settings OFF = new Settings(Duration.ZERO, line -> {});

    public Settings {
      requireNonNull(every, "every is null");
      requireNonNull(out, "out is null");
      if (every.isNegative()) {
        throw new IllegalArgumentException("progress interval must not be negative, found " + every);
      }
    }
  }

  private final ScheduledExecutorService timer;

  private ParseProgress(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /** Starts printing {@code done}/{@code total} every {@code settings.every()}; the first line after one interval. */
  static ParseProgress start(Settings settings, LongSupplier done, long total) {
    if (settings.every().isZero()) {
      return new ParseProgress(null);
    }
    long started = System.nanoTime();
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "gongkai-progress");
              t.setDaemon(true); // never keeps a finished driver alive
              return t;
            });
    long millis = settings.every().toMillis();
    timer.scheduleAtFixedRate(
        () -> settings.out().accept(line(done.getAsLong(), total, (System.nanoTime() - started) / 1e9)),
        millis, millis, TimeUnit.MILLISECONDS);
    return new ParseProgress(timer);
  }

  /** {@code progress: 1200/10000 files parsed (12%), 45.3 reports/s, 3m15s left}. */
  static String line(long done, long total, double seconds) {
    long shown = Math.min(done, total);
    double rate = seconds > 0 ? shown / seconds : 0;
    String left = rate > 0 ? duration(Math.round((total - shown) / rate)) + " left" : "time left unknown";
    return String.format(java.util.Locale.ROOT, "progress: %d/%d files parsed (%d%%), %.1f reports/s, %s", shown,
        total, total == 0 ? 100 : shown * 100 / total, rate, left);
  }

  private static String duration(long seconds) {
    if (seconds >= 3600) {
      return String.format(java.util.Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
    return seconds >= 60 ? String.format(java.util.Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
  }

  /** Stops the printer; no line is printed after this returns. */
  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
