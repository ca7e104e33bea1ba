package io.gongkai.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versioned layout without Spark: the pointer, publishing, retention, recovery of what crashed runs leave. */
class WarehouseTest {
  @TempDir Path dir;

  private Warehouse warehouse() throws IOException {
    return Warehouse.at(dir.resolve("w").toString(), new Configuration());
  }

  /** Publishes a snapshot with one data file per dataset, as a run would. */
  private Snapshot publish(String runId, String... datasets) throws IOException {
    Warehouse w = warehouse();
    try (WriterLock lock = w.lock(runId, LockPolicy.DEFAULT, x -> {})) {
      Optional<Snapshot> previous = w.current();
      PendingSnapshot next = w.begin(runId);
      for (String name : datasets) {
        Path file = Path.of(java.net.URI.create(next.dataset(name))).resolve("part-" + runId + ".parquet");
        Files.createDirectories(file.getParent());
        Files.writeString(file, runId);
      }
      assertEquals(List.of(), next.publish("{\"run_id\":\"" + runId + "\"}\n", previous, lock, 2));
      return next.snapshot();
    }
  }

  private List<String> tree() throws IOException {
    Path root = dir.resolve("w");
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void aPublishSwapsThePointerAndKeepsThePreviousSnapshotForReadersStillOnIt() throws IOException {
    publish("r1", "reports", "cells");
    publish("r2", "reports", "cells");
    assertEquals("snapshots/r2\n", Files.readString(dir.resolve("w/CURRENT")));
    assertEquals("r1", Files.readString(dir.resolve("w/snapshots/r2/_previous")));
    assertEquals(
        List.of("CURRENT", "_run.json",
            "snapshots/r1/_previous", "snapshots/r1/_run.json", "snapshots/r1/cells/part-r1.parquet",
            "snapshots/r1/reports/part-r1.parquet",
            "snapshots/r2/_previous", "snapshots/r2/_run.json", "snapshots/r2/cells/part-r2.parquet",
            "snapshots/r2/reports/part-r2.parquet"),
        tree());

    publish("r3", "reports", "cells");
    assertEquals(
        List.of("CURRENT", "_run.json",
            "snapshots/r2/_previous", "snapshots/r2/_run.json", "snapshots/r2/cells/part-r2.parquet",
            "snapshots/r2/reports/part-r2.parquet",
            "snapshots/r3/_previous", "snapshots/r3/_run.json", "snapshots/r3/cells/part-r3.parquet",
            "snapshots/r3/reports/part-r3.parquet"),
        tree(), "r1 is beyond the two retained");
    assertEquals("{\"run_id\":\"r3\"}\n", Files.readString(dir.resolve("w/_run.json")));
  }

  @Test
  void readersResolveEveryDatasetFromOneSnapshot() throws IOException {
    publish("r1", "reports", "cells");
    Map<String, String> locations = warehouse().datasetLocations(List.of("reports", "cells"));
    assertEquals(
        Map.of("reports", "file:" + dir.resolve("w/snapshots/r1/reports"),
            "cells", "file:" + dir.resolve("w/snapshots/r1/cells")),
        locations);
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> warehouse().datasetLocation("themes"));
    assertEquals(
        "Cannot read dataset themes: snapshot r1 of " + dir.resolve("w") + " has no such dataset",
        missing.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class,
            () -> Warehouse.at(dir.resolve("nowhere").toString(), new Configuration()).datasetLocation("reports"));
    assertEquals(
        "Cannot read dataset reports: " + dir.resolve("nowhere") + " has no published snapshot (no CURRENT file)",
        none.getMessage());
  }

  @Test
  void whatCrashedRunsLeftIsRemovedByTheNextLockHolderAndNothingElse() throws IOException {
    publish("r1", "reports");
    publish("r2", "reports");
    Path w = dir.resolve("w");
    // A run that crashed before its swap: its staging area, its unpublished snapshot, a half-written pointer.
    Files.createDirectories(w.resolve("_staging/r3/parsed"));
    Files.writeString(w.resolve("_staging/r3/parsed/part-0.parquet"), "x");
    Files.createDirectories(w.resolve("snapshots/r3/reports"));
    Files.writeString(w.resolve("snapshots/r3/reports/part-r3.parquet"), "r3");
    Files.writeString(w.resolve(".CURRENT.r3.tmp"), "snapshots/r3\n");
    Files.writeString(w.resolve("_lock.stale-r0"), "{}");
    // The unversioned layout's publish moved old datasets aside here.
    Files.createDirectories(w.resolve("_trash/r0/cells"));

    try (WriterLock lock = warehouse().lock("r4", LockPolicy.DEFAULT, x -> {})) {
      assertEquals(
          List.of(".CURRENT.r3.tmp", "_lock.stale-r0", "_staging", "_trash", "snapshots/r3"),
          warehouse().recover("r4", 2));
    }
    assertEquals(
        List.of("CURRENT", "_run.json",
            "snapshots/r1/_previous", "snapshots/r1/_run.json", "snapshots/r1/reports/part-r1.parquet",
            "snapshots/r2/_previous", "snapshots/r2/_run.json", "snapshots/r2/reports/part-r2.parquet"),
        tree());
  }

  @Test
  void anAppendSharesThePreviousFilesAndLeavesThePlaceholderBehind() throws IOException {
    Snapshot r1 = publish("r1", "cells");
    Path year = Path.of(java.net.URI.create(r1.dataset("cells"))).resolve("report_year=2023");
    Files.createDirectories(year);
    Files.writeString(year.resolve("part-a.parquet"), "a");
    Path nullYear = Path.of(java.net.URI.create(r1.dataset("cells"))).resolve("report_year=__HIVE_DEFAULT_PARTITION__");
    Files.createDirectories(nullYear);
    Files.writeString(nullYear.resolve(Warehouse.PLACEHOLDER_PREFIX + "r1.parquet"), "schema only");

    Warehouse w = warehouse();
    try (WriterLock lock = w.lock("r2", LockPolicy.DEFAULT, x -> {})) {
      PendingSnapshot next = w.begin("r2");
      assertEquals(2, next.carryOver(r1, List.of("cells", "themes")));
      assertTrue(next.hasFiles("cells"));
      assertFalse(next.hasFiles("themes"));
      Path shared = Path.of(java.net.URI.create(next.dataset("cells"))).resolve("report_year=2023/part-a.parquet");
      assertEquals(Files.getAttribute(year.resolve("part-a.parquet"), "unix:ino"),
          Files.getAttribute(shared, "unix:ino"), "a hard link, no bytes copied");
      next.discard();
    }
    assertFalse(Files.exists(dir.resolve("w/snapshots/r2")));
  }

  @Test
  void aWarehouseThatIsAFileIsAnArgumentError() throws IOException {
    Files.writeString(dir.resolve("file"), "x");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Warehouse.at(dir.resolve("file").toString(), new Configuration()));
    assertEquals("Cannot use warehouse " + dir.resolve("file") + ": it is a file, not a directory", e.getMessage());
    IllegalArgumentException below =
        assertThrows(IllegalArgumentException.class,
            () -> Warehouse.at(dir.resolve("file/w").toString(), new Configuration()));
    assertEquals(
        "Cannot use warehouse " + dir.resolve("file/w") + ": file:" + dir.resolve("file") + " is a file, not a directory",
        below.getMessage());
  }

  @Test
  void theFirstRunOfANewWarehouseThatStopsEarlyLeavesNoDirectory() throws IOException {
    firstRunLeaving();
    assertFalse(Files.exists(dir.resolve("w")));
  }

  /** A first run that failed after it made its snapshot and staging directories (and deleted their contents). */
  @Test
  void theFirstRunThatFailsLeavesNoEmptyLayout() throws IOException {
    firstRunLeaving("snapshots", "_staging");
    assertFalse(Files.exists(dir.resolve("w")));
  }

  /** ... but a snapshot directory with anything in it keeps the warehouse, and only the empty staging goes. */
  @Test
  void aSnapshotLeftKeepsTheWarehouse() throws IOException {
    firstRunLeaving("snapshots/r0", "_staging");
    assertTrue(Files.exists(dir.resolve("w/snapshots/r0")));
    assertFalse(Files.exists(dir.resolve("w/_staging")));
  }

  /** A first run of a new warehouse that made these directories under it, then stopped and cleaned up. */
  private void firstRunLeaving(String... dirs) throws IOException {
    Warehouse w = warehouse();
    try (WriterLock lock = w.lock("r1", LockPolicy.DEFAULT, x -> {})) {
      assertTrue(Files.exists(dir.resolve("w/_lock")));
      for (String d : dirs) {
        Files.createDirectories(dir.resolve("w").resolve(d));
      }
    }
    w.deleteIfCreatedAndEmpty();
  }
}
