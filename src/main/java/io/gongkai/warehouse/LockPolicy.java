package io.gongkai.warehouse;

import java.time.Duration;

/**
 * How the writer lock proves its holder alive. The holder rewrites the lock every {@code heartbeat}; another run
 * takes the lock over when its file has not changed for {@code staleAfter} (judged by the filesystem's modification
 * time), or at once when the holder ran on the same host and its process is gone.
 *
 * @param heartbeat how often the holder rewrites the lock; default 10 s
 * @param staleAfter how long a lock may go unchanged before it counts as abandoned; default 120 s, twelve missed
 *     heartbeats, so a long GC pause or a slow object store does not lose a live run its lock
 */
public record LockPolicy(Duration heartbeat, Duration staleAfter) {
  public static final LockPolicy DEFAULT = new LockPolicy(Duration.ofSeconds(10), Duration.ofSeconds(120));

  public LockPolicy {
    if (heartbeat.isNegative() || heartbeat.isZero()) {
      throw new IllegalArgumentException("Cannot use lock heartbeat " + heartbeat + ": it must be positive");
    }
    if (staleAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException(
          String.format("Cannot use lock stale-after %s: it must be at least two heartbeats (%s)", staleAfter,
              heartbeat.multipliedBy(2)));
    }
  }
}
