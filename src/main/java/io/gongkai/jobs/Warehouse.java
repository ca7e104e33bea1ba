package io.gongkai.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * A warehouse directory on any Hadoop filesystem and its run protocol: every dataset of a run is written under
 * {@code _staging/<run>/} first; only when all writes succeeded are they published, by renames, so readers see the
 * previous complete version or the new one. A failed run leaves the published datasets untouched.
 */
final class Warehouse {
  private final Path root;
  private final FileSystem fs;

  Warehouse(String location, Configuration conf) throws IOException {
    Path path = new Path(location);
    this.fs = path.getFileSystem(conf);
    this.root = fs.makeQualified(path);
  }

  String dataset(String name) {
    return new Path(root, name).toString();
  }

  boolean has(String name) throws IOException {
    return fs.exists(new Path(root, name));
  }

  String staging(String runId, String name) {
    return new Path(new Path(new Path(root, "_staging"), runId), name).toString();
  }

  /** Replaces each dataset by its staged version: old ones are moved aside, new ones moved in, old ones deleted. */
  void publishOverwrite(String runId, List<String> names) throws IOException {
    Path trash = new Path(new Path(root, "_trash"), runId);
    fs.mkdirs(trash);
    for (String name : names) {
      Path target = new Path(root, name);
      if (fs.exists(target) && !fs.rename(target, new Path(trash, name))) {
        throw new IOException("Cannot move aside dataset " + target);
      }
      if (!fs.rename(new Path(staging(runId, name)), target)) {
        throw new IOException("Cannot publish dataset " + target);
      }
    }
    fs.delete(trash, true);
    deleteIfEmpty(trash.getParent());
    cleanStaging(runId);
  }

  /** Adds each staged dataset's files to the published dataset (same partition directories, new file names). */
  void publishAppend(String runId, List<String> names) throws IOException {
    for (String name : names) {
      Path staged = new Path(staging(runId, name));
      Path target = new Path(root, name);
      if (!fs.exists(target)) {
        fs.mkdirs(target.getParent());
        if (!fs.rename(staged, target)) {
          throw new IOException("Cannot publish dataset " + target);
        }
        continue;
      }
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(staged, true);
      int prefix = staged.toUri().getPath().length();
      while (files.hasNext()) {
        FileStatus file = files.next();
        String relative = file.getPath().toUri().getPath().substring(prefix + 1);
        if (relative.startsWith("_") || relative.startsWith(".") || relative.contains("/.")) {
          continue; // _SUCCESS and checksum files describe the staging write, not the dataset
        }
        Path destination = new Path(target, relative);
        fs.mkdirs(destination.getParent());
        if (!fs.rename(file.getPath(), destination)) {
          throw new IOException("Cannot publish file " + destination);
        }
      }
    }
    cleanStaging(runId);
  }

  void cleanStaging(String runId) throws IOException {
    Path staging = new Path(root, "_staging");
    fs.delete(new Path(staging, runId), true);
    deleteIfEmpty(staging);
  }

  private void deleteIfEmpty(Path dir) throws IOException {
    if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
      fs.delete(dir, false);
    }
  }

  void writeText(String name, String text) throws IOException {
    Path target = new Path(root, name);
    Path temporary = new Path(root, "." + name + ".tmp");
    try (OutputStream out = fs.create(temporary, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    fs.delete(target, false);
    if (!fs.rename(temporary, target)) {
      throw new IOException("Cannot write " + target);
    }
  }
}
