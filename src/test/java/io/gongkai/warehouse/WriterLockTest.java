package io.gongkai.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer lock on a local disk: exclusive, names its holder, recognises abandoned locks, fences a lost holder. */
class WriterLockTest {
  private static final LockPolicy POLICY = new LockPolicy(Duration.ofSeconds(10), Duration.ofSeconds(120));

  @TempDir Path dir;

  private Warehouse warehouse() throws IOException {
    return Warehouse.at(dir.resolve("w").toString(), new Configuration());
  }

  @Test
  void aSecondRunIsRefusedWithTheHolderNamed() throws IOException {
    List<String> warnings = new ArrayList<>();
    try (WriterLock first = warehouse().lock("run-a", POLICY, warnings::add)) {
      WarehouseLockedException e =
          assertThrows(WarehouseLockedException.class, () -> warehouse().lock("run-b", POLICY, warnings::add));
      LockHolder holder = first.holder();
      assertEquals("run-a", e.holder().runId());
      assertEquals(ProcessHandle.current().pid(), e.holder().pid());
      assertEquals(
          "Cannot run: the warehouse is locked by run run-a on host " + holder.host() + ", pid "
              + ProcessHandle.current().pid() + ", started " + holder.startedAt() + ", last heartbeat "
              + holder.heartbeatAt() + " (lock file:" + dir.resolve("w/_lock") + ", changed 0 s ago); wait for that"
              + " run to end, or remove the lock if you are sure it is gone",
          e.getMessage());
    }
    assertFalse(Files.exists(dir.resolve("w/_lock")), "released");
    assertEquals(List.of(), warnings);
    try (WriterLock again = warehouse().lock("run-c", POLICY, warnings::add)) {
      assertEquals("run-c", again.holder().runId());
    }
  }

  @Test
  void aLockWhoseProcessIsGoneOnThisHostIsTakenOverAtOnce() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.createDirectories(dir.resolve("w"));
    LockHolder dead =
        new LockHolder("run-dead", WriterLock.hostName(), gone.pid(), Instant.parse("2026-01-02T03:04:05Z"),
            Instant.now());
    Files.writeString(dir.resolve("w/_lock"), dead.toJson());

    List<String> warnings = new ArrayList<>();
    try (WriterLock lock = warehouse().lock("run-new", POLICY, warnings::add)) {
      assertEquals("run-new", LockHolder.parse(Files.readString(dir.resolve("w/_lock"))).orElseThrow().runId());
    }
    assertEquals(
        List.of("Warning: took over the warehouse lock file:" + dir.resolve("w/_lock") + " from run run-dead on host "
            + WriterLock.hostName() + ", pid " + gone.pid() + ", started 2026-01-02T03:04:05Z: its process "
            + gone.pid() + " is no longer running on this host"),
        warnings);
    try (var left = Files.list(dir.resolve("w"))) {
      assertEquals(List.of(), left.toList(), "no moved-aside lock left");
    }
  }

  @Test
  void aLockOfAnotherHostIsTakenOverOnlyWhenItsHeartbeatStopped() throws IOException {
    Files.createDirectories(dir.resolve("w"));
    LockHolder elsewhere =
        new LockHolder("run-far", "another-host", 4242, Instant.parse("2026-01-02T03:04:05Z"), Instant.now());
    Path lock = dir.resolve("w/_lock");
    Files.writeString(lock, elsewhere.toJson());
    List<String> warnings = new ArrayList<>();

    WarehouseLockedException alive =
        assertThrows(WarehouseLockedException.class, () -> warehouse().lock("run-new", POLICY, warnings::add));
    assertEquals("run-far", alive.holder().runId());

    Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(600)));
    try (WriterLock taken = warehouse().lock("run-new", POLICY, warnings::add)) {
      assertEquals("run-new", taken.holder().runId());
    }
    assertEquals(1, warnings.size());
    assertTrue(
        warnings.get(0).endsWith(
            "from run run-far on host another-host, pid 4242, started 2026-01-02T03:04:05Z: no heartbeat for 600 s"
                + " (stale after 120 s)"),
        warnings.get(0));
  }

  @Test
  void anUnreadableLockIsHeldUntilItGoesStale() throws IOException {
    Files.createDirectories(dir.resolve("w"));
    Path lock = dir.resolve("w/_lock");
    Files.writeString(lock, ""); // a holder between creating and writing it, on a filesystem without links
    WarehouseLockedException e =
        assertThrows(WarehouseLockedException.class, () -> warehouse().lock("run-new", POLICY, w -> {}));
    assertEquals(null, e.holder());
    assertTrue(e.getMessage().startsWith("Cannot run: the warehouse is locked by a run whose lock file cannot be read"),
        e.getMessage());
  }

  @Test
  void aHolderThatLostItsLockCannotPublish() throws IOException {
    try (WriterLock lock = warehouse().lock("run-a", POLICY, w -> {})) {
      lock.verify();
      LockHolder other = new LockHolder("run-b", "another-host", 7, Instant.EPOCH, Instant.EPOCH);
      Files.writeString(dir.resolve("w/_lock"), other.toJson());
      IOException e = assertThrows(IOException.class, lock::verify);
      assertEquals(
          "Cannot publish run run-a: the warehouse lock file:" + dir.resolve("w/_lock") + " is now held by run run-b"
              + " on host another-host, pid 7, started 1970-01-01T00:00:00Z; nothing of this run is published",
          e.getMessage());
    }
    assertEquals("run-b", LockHolder.parse(Files.readString(dir.resolve("w/_lock"))).orElseThrow().runId(),
        "closing does not remove another run's lock");
  }

  @Test
  void theHolderRewritesItsLockEveryHeartbeat() throws Exception {
    LockPolicy fast = new LockPolicy(Duration.ofMillis(50), Duration.ofSeconds(5));
    try (WriterLock lock = warehouse().lock("run-a", fast, w -> {})) {
      Instant first = lock.holder().heartbeatAt();
      Thread.sleep(400);
      Instant later = LockHolder.parse(Files.readString(dir.resolve("w/_lock"))).orElseThrow().heartbeatAt();
      assertTrue(later.isAfter(first), first + " then " + later);
    }
  }

  @Test
  void ofManyRunsStartedAtOnceExactlyOneHoldsTheLock() throws Exception {
    int runs = 8;
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch held = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      String id = "run-" + i;
      Callable<String> attempt =
          () -> {
            start.await();
            try (WriterLock lock = warehouse().lock(id, POLICY, w -> {})) {
              held.await(); // hold until every other attempt has ended
              return "held";
            } catch (WarehouseLockedException e) {
              return "refused";
            }
          };
      results.add(pool.submit(attempt));
    }
    start.countDown();
    Thread.sleep(500);
    held.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> f : results) {
      outcomes.add(f.get());
    }
    pool.shutdown();
    assertEquals(1, outcomes.stream().filter("held"::equals).count(), outcomes.toString());
    assertEquals(runs - 1, outcomes.stream().filter("refused"::equals).count(), outcomes.toString());
  }

  @Test
  void policiesThatWouldLoseALiveHolderAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> new LockPolicy(Duration.ofSeconds(10), Duration.ofSeconds(15)));
    assertEquals("Cannot use lock stale-after PT15S: it must be at least two heartbeats (PT20S)", e.getMessage());
  }
}
