package io.gongkai.warehouse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The warehouse's single-writer lock: one file, {@code _lock}, created only if absent and rewritten by its holder
 * every heartbeat. A run takes it before it reads anything and releases it after its last write; a second run finds it
 * and stops at once, naming the holder. A lock whose holder is gone (its process, on this host; or no heartbeat for
 * {@link LockPolicy#staleAfter()}, from anywhere) is taken over with a warning.
 *
 * <p>Fencing: before the one write that matters, the pointer swap, the holder checks the lock still names it ({@link
 * #verify()}): a run that was paused so long that another took over publishes nothing.
 */
public final class WriterLock implements AutoCloseable {
  private static final int ATTEMPTS = 5;

  private final WarehouseFiles files;
  private final Path path;
  private final LockPolicy policy;
  private final Clock clock;
  private final ScheduledExecutorService heartbeat;
  private volatile LockHolder holder;
  private volatile String lost;

  private WriterLock(WarehouseFiles files, Path path, LockHolder holder, LockPolicy policy, Clock clock) {
    this.files = files;
    this.path = path;
    this.holder = holder;
    this.policy = policy;
    this.clock = clock;
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "gongkai-lock-heartbeat");
              t.setDaemon(true);
              return t;
            });
    long every = policy.heartbeat().toMillis();
    heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  static WriterLock acquire(
      WarehouseFiles files, Path path, String runId, LockPolicy policy, Clock clock, Consumer<String> warnings)
      throws IOException {
    Instant now = clock.instant();
    LockHolder me = new LockHolder(runId, hostName(), ProcessHandle.current().pid(), now, now);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (files.createExclusive(path, me.toJson(), runId)) {
        return new WriterLock(files, path, me, policy, clock);
      }
      Optional<FileStatus> status = files.status(path);
      Optional<String> text = files.read(path);
      if (status.isEmpty() || text.isEmpty()) {
        continue; // released between our attempts
      }
      Optional<LockHolder> other = LockHolder.parse(text.get());
      Optional<String> stale = staleness(other, status.get(), policy, clock.instant());
      if (stale.isEmpty()) {
        throw locked(path, other.orElse(null), status.get(), clock.instant());
      }
      // Move the stale lock aside under a name only this run uses: of two runs taking over at once, one finds the
      // lock gone and tries again, and meets the winner's fresh lock.
      Path aside = new Path(path.getParent(), path.getName() + ".stale-" + runId);
      if (!files.moveAway(path, aside)) {
        continue;
      }
      String moved = files.read(aside).orElse("");
      if (!moved.equals(text.get())) {
        // The holder changed between our read and the move (its heartbeat, or a new holder): it is alive.
        files.createExclusive(path, moved, runId);
        files.delete(aside);
        throw locked(path, LockHolder.parse(moved).orElse(null), status.get(), clock.instant());
      }
      files.delete(aside);
      warnings.accept(
          String.format(
              "Warning: took over the warehouse lock %s from %s: %s", path,
              other.map(LockHolder::describe).orElse("an unreadable lock file"), stale.get()));
    }
    throw new IOException(
        String.format("Cannot take the warehouse lock %s: it changed hands %d times while this run tried", path,
            ATTEMPTS));
  }

  /** Why the lock counts as abandoned, or empty when its holder may be alive. */
  static Optional<String> staleness(Optional<LockHolder> holder, FileStatus status, LockPolicy policy, Instant now) {
    if (holder.isPresent() && holder.get().host().equals(hostName()) && holder.get().pid() > 0
        && ProcessHandle.of(holder.get().pid()).isEmpty()) {
      return Optional.of("its process " + holder.get().pid() + " is no longer running on this host");
    }
    Duration silent = Duration.between(Instant.ofEpochMilli(status.getModificationTime()), now);
    if (silent.compareTo(policy.staleAfter()) > 0) {
      return Optional.of(
          String.format("no heartbeat for %d s (stale after %d s)", silent.toSeconds(),
              policy.staleAfter().toSeconds()));
    }
    return Optional.empty();
  }

  private static WarehouseLockedException locked(Path path, LockHolder holder, FileStatus status, Instant now) {
    long silent = Duration.between(Instant.ofEpochMilli(status.getModificationTime()), now).toSeconds();
    String who =
        holder == null
            ? "a run whose lock file cannot be read yet"
            : holder.describe() + ", last heartbeat " + holder.heartbeatAt();
    return new WarehouseLockedException(
        String.format(
            "Cannot run: the warehouse is locked by %s (lock %s, changed %d s ago); wait for that run to end, or "
                + "remove the lock if you are sure it is gone", who, path, Math.max(0, silent)),
        holder);
  }

  /** The holder as this run wrote it. */
  public LockHolder holder() {
    return holder;
  }

  private void beat() {
    try {
      Optional<LockHolder> current = files.read(path).flatMap(LockHolder::parse);
      if (current.isEmpty() || !current.get().runId().equals(holder.runId())) {
        lost = current.map(LockHolder::describe).orElse("nobody (the lock file is gone)");
        heartbeat.shutdown();
        return;
      }
      LockHolder next = holder.beating(clock.instant());
      files.replace(path, next.toJson(), holder.runId());
      holder = next;
    } catch (IOException | RuntimeException e) {
      // A missed heartbeat is not fatal: the lock goes stale only after many; verify() decides before publishing.
    }
  }

  /**
   * Fails when the lock no longer names this run: another run took it over (this one was silent for longer than
   * {@link LockPolicy#staleAfter()}), or it was removed by hand.
   */
  public void verify() throws IOException {
    Optional<LockHolder> current = files.read(path).flatMap(LockHolder::parse);
    if (lost != null || current.isEmpty() || !current.get().runId().equals(holder.runId())) {
      throw new IOException(
          String.format(
              "Cannot publish run %s: the warehouse lock %s is now held by %s; nothing of this run is published",
              holder.runId(), path,
              current.map(LockHolder::describe).orElse(lost == null ? "nobody (the lock file is gone)" : lost)));
    }
  }

  /** Stops the heartbeat and removes the lock if it still names this run. */
  @Override
  public void close() throws IOException {
    heartbeat.shutdownNow();
    try {
      heartbeat.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Optional<LockHolder> current = files.read(path).flatMap(LockHolder::parse);
    if (current.isPresent() && current.get().runId().equals(holder.runId())) {
      files.delete(path);
    }
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String env = System.getenv("HOSTNAME");
      return env == null ? "unknown-host" : env;
    }
  }
}
