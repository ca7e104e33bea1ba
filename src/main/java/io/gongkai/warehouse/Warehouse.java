package io.gongkai.warehouse;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A warehouse directory on any Hadoop filesystem, in its versioned layout:
 *
 * <pre>
 * WAREHOUSE/CURRENT                      one line, "snapshots/&lt;id&gt;": the published snapshot
 * WAREHOUSE/snapshots/&lt;id&gt;/&lt;dataset&gt;/    every dataset of one run (appends carry the earlier files over)
 * WAREHOUSE/snapshots/&lt;id&gt;/_run.json     the summary of the run that made it; _previous names its predecessor
 * WAREHOUSE/_run.json                    the summary of the last run that ended (also one that added nothing)
 * WAREHOUSE/_lock                        the writer lock, while a run holds it
 * WAREHOUSE/_staging/&lt;id&gt;/               a run's scratch space
 * </pre>
 *
 * A run writes a whole new snapshot beside the published one and then replaces {@code CURRENT} in one atomic step:
 * a reader that resolved {@code CURRENT} once sees every dataset of one run, during a publish and after a crash at any
 * instant. Everything else a crashed run leaves (its staging area, an unpublished snapshot) is removed by the next run.
 */
public final class Warehouse {
  public static final String CURRENT = "CURRENT";
  public static final String SNAPSHOTS = "snapshots";
  public static final String RUN_SUMMARY = "_run.json";
  static final String STAGING = "_staging";
  static final String LOCK = "_lock";
  static final String PREVIOUS = "_previous";
  /** Name prefix of the one empty Parquet file that gives a dataset without rows its schema. */
  public static final String PLACEHOLDER_PREFIX = "empty-";
  /** The dataset whose directory at the top level marks the unversioned layout of versions before snapshots. */
  private static final String LEGACY_DATASET = "reports";
  /** The unversioned layout's publish moved old datasets here; a crash could leave them. */
  private static final String LEGACY_TRASH = "_trash";

  private final Path root;
  /** The location as the user gave it, for messages. */
  private final String location;
  private final WarehouseFiles files;
  private final Clock clock;
  private boolean createdRoot;

  private Warehouse(Path root, String location, WarehouseFiles files, Clock clock) {
    this.root = root;
    this.location = location;
    this.files = files;
    this.clock = clock;
  }

  /**
   * The warehouse at {@code location}, which need not exist yet.
   *
   * @throws IllegalArgumentException when the location, or a directory above it, is a file
   */
  public static Warehouse at(String location, Configuration conf) throws IOException {
    return at(location, conf, Clock.systemUTC());
  }

  static Warehouse at(String location, Configuration conf, Clock clock) throws IOException {
    Path path = new Path(location);
    FileSystem fs = path.getFileSystem(conf);
    Path root = fs.makeQualified(path);
    for (Path p = root; p != null; p = p.getParent()) {
      Optional<FileStatus> status = statusOrEmpty(fs, p);
      if (status.isPresent()) {
        if (!status.get().isDirectory()) {
          throw new IllegalArgumentException(
              p.equals(root)
                  ? String.format("Cannot use warehouse %s: it is a file, not a directory", location)
                  : String.format("Cannot use warehouse %s: %s is a file, not a directory", location, p));
        }
        break;
      }
    }
    return new Warehouse(root, location, new WarehouseFiles(fs, conf), clock);
  }

  private static Optional<FileStatus> statusOrEmpty(FileSystem fs, Path p) throws IOException {
    try {
      return Optional.of(fs.getFileStatus(p));
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    } catch (org.apache.hadoop.fs.ParentNotDirectoryException e) {
      return Optional.empty();
    }
  }

  public Path root() {
    return root;
  }

  /** The published snapshot, or empty when nothing was ever published here. */
  public Optional<Snapshot> current() throws IOException {
    Optional<String> pointer = files.read(new Path(root, CURRENT));
    if (pointer.isEmpty()) {
      return Optional.empty();
    }
    String relative = pointer.get().lines().findFirst().orElse("").trim();
    if (relative.isEmpty()) {
      return Optional.empty();
    }
    Path path = new Path(root, relative);
    return Optional.of(new Snapshot(path.getName(), path));
  }

  /** True when the warehouse holds datasets in the unversioned layout (top-level dataset directories, no CURRENT). */
  public boolean hasUnversionedLayout() throws IOException {
    return !files.exists(new Path(root, CURRENT)) && files.exists(new Path(root, LEGACY_DATASET));
  }

  /**
   * Where a reader finds {@code dataset}: in the published snapshot, or, in a warehouse of the unversioned layout, at
   * the top level.
   *
   * @throws IllegalArgumentException when there is no such dataset to read
   */
  public String datasetLocation(String dataset) throws IOException {
    return datasetLocations(List.of(dataset)).get(dataset);
  }

  /**
   * Where a reader finds each of {@code datasets}, all from one reading of {@code CURRENT}: datasets joined with one
   * another must come from one snapshot, even when a run publishes between two of them.
   *
   * @throws IllegalArgumentException when one of them cannot be read
   */
  public Map<String, String> datasetLocations(List<String> datasets) throws IOException {
    Optional<Snapshot> snapshot = current();
    Map<String, String> locations = new LinkedHashMap<>();
    for (String dataset : datasets) {
      Path location;
      if (snapshot.isPresent()) {
        location = new Path(snapshot.get().dataset(dataset));
        if (!files.exists(location)) {
          throw new IllegalArgumentException(
              String.format("Cannot read dataset %s: snapshot %s of %s has no such dataset", dataset,
                  snapshot.get().id(), this.location));
        }
      } else {
        location = new Path(this.location, dataset);
        if (!files.exists(new Path(root, dataset))) {
          throw new IllegalArgumentException(
              files.exists(root)
                  ? String.format("Cannot read dataset %s: %s does not exist", dataset,
                      new Path(this.location, dataset))
                  : String.format("Cannot read dataset %s: %s has no published snapshot (no %s file)", dataset,
                      this.location, CURRENT));
        }
      }
      locations.put(dataset, location.toString());
    }
    return locations;
  }

  /**
   * Takes the writer lock for {@code runId}, creating the warehouse directory if needed.
   *
   * @throws WarehouseLockedException when a live run holds it
   */
  public WriterLock lock(String runId, LockPolicy policy, Consumer<String> warnings) throws IOException {
    if (!files.exists(root)) {
      files.fs().mkdirs(root);
      createdRoot = true;
    }
    return WriterLock.acquire(files, new Path(root, LOCK), runId, policy, clock, warnings);
  }

  /**
   * Removes what crashed runs left: staging areas, snapshots never published or no longer retained, temporary and
   * moved-aside control files, the unversioned layout's trash. Only the lock holder may call it: nothing else writes.
   *
   * @param keep how many snapshots to retain: the published one and its predecessors
   * @return the removed entries, relative to the warehouse, sorted
   */
  public List<String> recover(String runId, int keep) throws IOException {
    List<String> removed = new ArrayList<>();
    for (FileStatus entry : files.list(root)) {
      String name = entry.getPath().getName();
      boolean temporary = name.startsWith(".") && name.endsWith(".tmp");
      boolean asideLock = name.startsWith(LOCK + ".stale-");
      boolean checksum = name.startsWith(".") && name.endsWith(".crc");
      if (name.equals(STAGING) || name.equals(LEGACY_TRASH) || temporary || asideLock || checksum) {
        files.delete(entry.getPath());
        removed.add(name);
      }
    }
    removed.addAll(deleteUnretained(keep));
    removed.sort(null);
    return removed;
  }

  /** Deletes every snapshot directory but the published one and its {@code keep - 1} predecessors. */
  List<String> deleteUnretained(int keep) throws IOException {
    Set<String> retained = retained(keep);
    List<String> removed = new ArrayList<>();
    for (FileStatus entry : files.list(new Path(root, SNAPSHOTS))) {
      if (!retained.contains(entry.getPath().getName())) {
        files.delete(entry.getPath());
        removed.add(SNAPSHOTS + "/" + entry.getPath().getName());
      }
    }
    return removed;
  }

  /** The published snapshot's id and its predecessors', following {@code _previous}, at most {@code keep}. */
  Set<String> retained(int keep) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    Optional<Snapshot> snapshot = current();
    while (snapshot.isPresent() && ids.size() < keep && ids.add(snapshot.get().id())) {
      Optional<String> previous = files.read(new Path(snapshot.get().path(), PREVIOUS)).map(String::trim);
      snapshot =
          previous.filter(p -> !p.isEmpty())
              .map(p -> new Snapshot(p, new Path(new Path(root, SNAPSHOTS), p)));
    }
    return ids;
  }

  public String staging(String runId, String name) {
    return new Path(new Path(new Path(root, STAGING), runId), name).toString();
  }

  /** Deletes this run's staging area, and the staging directory when no other run's is in it. */
  public void deleteStaging(String runId) throws IOException {
    Path staging = new Path(root, STAGING);
    files.delete(new Path(staging, runId));
    if (files.list(staging).isEmpty()) {
      files.delete(staging);
    }
  }

  /** Deletes one entry of this run's staging area ({@link #staging(String, String)}) once nothing reads it. */
  public void deleteStaging(String runId, String name) throws IOException {
    files.delete(new Path(staging(runId, name)));
  }

  /** A new, unpublished snapshot for {@code runId}. */
  public PendingSnapshot begin(String runId) throws IOException {
    Path path = new Path(new Path(root, SNAPSHOTS), runId);
    if (files.exists(path)) {
      throw new IOException("Cannot start snapshot " + path + ": it exists already");
    }
    return new PendingSnapshot(this, files, new Snapshot(runId, path));
  }

  /** Replaces the root {@code _run.json}, atomically. */
  public void writeRunSummary(String json, String runId) throws IOException {
    files.replace(new Path(root, RUN_SUMMARY), json, runId);
  }

  void point(Snapshot snapshot) throws IOException {
    files.replace(new Path(root, CURRENT), SNAPSHOTS + "/" + snapshot.id() + "\n", snapshot.id());
  }

  /**
   * Removes the warehouse directory if {@link #lock} created it and it holds nothing but empty {@code snapshots/} and
   * {@code _staging/} directories: a first run that stopped on bad input, or failed before it published, leaves no
   * trace (its staging and its unpublished snapshot are deleted on the way out, their parents were left).
   */
  public void deleteIfCreatedAndEmpty() throws IOException {
    if (!createdRoot || !files.exists(root)) {
      return;
    }
    for (String layout : List.of(SNAPSHOTS, STAGING)) {
      Path dir = new Path(root, layout);
      if (files.exists(dir) && files.list(dir).isEmpty()) {
        files.delete(dir);
      }
    }
    if (files.list(root).isEmpty()) {
      files.delete(root);
    }
  }
}
