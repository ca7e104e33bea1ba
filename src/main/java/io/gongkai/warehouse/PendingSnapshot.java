package io.gongkai.warehouse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;

/**
 * A snapshot being written: invisible to readers until {@link #publish} swaps {@code CURRENT} to it. Datasets are
 * written into it by the job; an append first shares the previous snapshot's files into it ({@link #carryOver}).
 */
public final class PendingSnapshot {
  private final Warehouse warehouse;
  private final WarehouseFiles files;
  private final Snapshot snapshot;
  private boolean published;

  PendingSnapshot(Warehouse warehouse, WarehouseFiles files, Snapshot snapshot) {
    this.warehouse = warehouse;
    this.files = files;
    this.snapshot = snapshot;
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  public String dataset(String name) {
    return snapshot.dataset(name);
  }

  /**
   * Makes every data file of {@code previous}'s datasets part of this snapshot too, at the same relative path: hard
   * links on a local disk, copies elsewhere. Files are immutable, so both snapshots may share them. A dataset's
   * placeholder (the empty file that carries its schema) is left behind: this snapshot writes its own if it needs one.
   *
   * @return how many files were carried over
   */
  public long carryOver(Snapshot previous, List<String> datasets) throws IOException {
    return carryOver(previous, datasets, relative -> true);
  }

  /** Carries over the data files of these datasets whose path relative to their dataset {@code keep} accepts. */
  public long carryOver(Snapshot previous, List<String> datasets, java.util.function.Predicate<String> keep)
      throws IOException {
    long count = 0;
    for (String name : datasets) {
      count += carryOver(previous, name, keep);
    }
    return count;
  }

  /**
   * Carries over the data files of one dataset whose path relative to the dataset (e.g. {@code
   * report_year=2023/part-0.parquet}) {@code keep} accepts: a dataset recomputed for some partitions keeps the others'
   * files as they were. Nothing happens when {@code previous} has no such dataset.
   *
   * @return how many files were carried over
   */
  public long carryOver(Snapshot previous, String name, java.util.function.Predicate<String> keep) throws IOException {
    Path from = new Path(previous.dataset(name));
    if (!files.fs().exists(from)) {
      return 0;
    }
    Path to = new Path(dataset(name));
    int prefix = from.toUri().getPath().length() + 1;
    long count = 0;
    for (Path file : files.dataFiles(from)) {
      if (file.getName().startsWith(Warehouse.PLACEHOLDER_PREFIX)) {
        continue;
      }
      String relative = file.toUri().getPath().substring(prefix);
      if (keep.test(relative)) {
        files.share(file, new Path(to, relative));
        count++;
      }
    }
    return count;
  }

  /**
   * Moves every data file Spark wrote under {@code stagedDir} into the dataset at the same relative path (a partition
   * directory and a file name unique to the write), beside the files already there.
   *
   * @return how many files were moved
   */
  public long adopt(String name, String stagedDir) throws IOException {
    return adopt(name, stagedDir, "");
  }

  /**
   * Moves every data file Spark wrote under {@code stagedDir} into the dataset, at the same relative directory with
   * {@code filePrefix} before its name: files a later run must tell from the others (checks computed across reports)
   * carry it.
   *
   * @return how many files were moved
   */
  public long adopt(String name, String stagedDir, String filePrefix) throws IOException {
    Path from = new Path(stagedDir);
    int prefix = from.toUri().getPath().length() + 1;
    long count = 0;
    for (Path file : files.dataFiles(from)) {
      String relative = file.toUri().getPath().substring(prefix);
      int slash = relative.lastIndexOf('/');
      Path target =
          new Path(dataset(name), relative.substring(0, slash + 1) + filePrefix + relative.substring(slash + 1));
      files.fs().mkdirs(target.getParent());
      if (files.fs().exists(target) || !files.fs().rename(file, target)) {
        throw new IOException("Cannot move " + file + " to " + target);
      }
      count++;
    }
    return count;
  }

  /** True when the dataset has at least one visible file (a data file or its placeholder). */
  public boolean hasFiles(String name) throws IOException {
    return !files.dataFiles(new Path(dataset(name))).isEmpty();
  }

  /**
   * Moves the one Parquet file Spark wrote into {@code stagedDir} (for zero rows: a file with the schema and no row
   * group) into the dataset as its placeholder, {@code empty-<id>.parquet}, under {@code subdirectory} (a partition
   * directory, or empty for the dataset's top level): readers then find the schema instead of "no files".
   */
  public void adoptPlaceholder(String name, String subdirectory, String stagedDir) throws IOException {
    List<Path> written =
        files.dataFiles(new Path(stagedDir)).stream().filter(p -> p.getName().endsWith(".parquet")).toList();
    if (written.size() != 1) {
      throw new IOException(
          String.format("Cannot give dataset %s its schema: expected 1 Parquet file in %s, found %d", name,
              stagedDir, written.size()));
    }
    Path dir = subdirectory.isEmpty() ? new Path(dataset(name)) : new Path(dataset(name), subdirectory);
    files.fs().mkdirs(dir);
    Path target = new Path(dir, Warehouse.PLACEHOLDER_PREFIX + snapshot.id() + ".parquet");
    if (!files.fs().rename(written.get(0), target)) {
      throw new IOException("Cannot move " + written.get(0) + " to " + target);
    }
  }

  /**
   * Publishes this snapshot: records its predecessor and its summary in it, checks the lock still names this run,
   * swaps {@code CURRENT} (the commit point), copies the summary to the warehouse root and deletes the snapshots
   * beyond {@code keep}. A failure before the swap publishes nothing (and throws); one after it is housekeeping that
   * the next run redoes, so it does not undo the publish: it is returned as a warning.
   *
   * @return what went wrong after the commit point; empty when nothing did
   */
  public List<String> publish(String summaryJson, Optional<Snapshot> previous, WriterLock lock, int keep)
      throws IOException {
    files.write(new Path(snapshot.path(), Warehouse.PREVIOUS),
        previous.map(Snapshot::id).orElse("").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    files.write(new Path(snapshot.path(), Warehouse.RUN_SUMMARY),
        summaryJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    PublishStep.SNAPSHOT_SEALED.reached();
    lock.verify();
    PublishStep.LOCK_VERIFIED.reached();
    warehouse.point(snapshot);
    published = true;
    List<String> problems = new ArrayList<>();
    try {
      PublishStep.POINTER_SWAPPED.reached();
      warehouse.writeRunSummary(summaryJson, snapshot.id());
      PublishStep.SUMMARY_COPIED.reached();
      warehouse.deleteUnretained(keep);
      PublishStep.OLD_SNAPSHOTS_DELETED.reached();
    } catch (IOException | RuntimeException e) {
      problems.add(
          String.format("Warning: published snapshot %s, but then: %s; the next run finishes the housekeeping",
              snapshot.id(), e.getMessage()));
    }
    return problems;
  }

  /** True once {@code CURRENT} names this snapshot. */
  public boolean published() {
    return published;
  }

  /** Deletes this snapshot unless it was published (a failed run, or an append that found nothing new). */
  public void discard() throws IOException {
    if (!published) {
      files.delete(snapshot.path());
    }
  }
}
