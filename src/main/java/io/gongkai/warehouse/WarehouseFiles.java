package io.gongkai.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The few file operations the warehouse's promises rest on, each with the strongest primitive the filesystem has.
 *
 * <ul>
 *   <li>Local disks ({@code file:}) go through {@code java.nio}: {@code rename(2)} replaces a file atomically and
 *       {@code link(2)} creates one only if absent. Hadoop's local filesystem would do neither: its {@code create(…,
 *       false)} checks and then opens, and it leaves {@code .crc} files beside small control files.
 *   <li>HDFS: a rename is one NameNode operation; the old {@code rename} fails when the target exists (exclusive
 *       create), {@code FileContext.rename(…, OVERWRITE)} replaces atomically.
 *   <li>Object stores ({@code s3a:}, {@code gs:}, {@code abfs:}…): a single object is written whole on close, so a
 *       small file replaced by a new PUT is seen old or new, never half; there is no atomic create-if-absent through
 *       Hadoop's API (see the README's limits).
 * </ul>
 */
final class WarehouseFiles {
  private final FileSystem fs;
  private final Configuration conf;
  private final boolean local;
  private final boolean objectStore;

  WarehouseFiles(FileSystem fs, Configuration conf) {
    this.fs = fs;
    this.conf = conf;
    String scheme = fs.getUri().getScheme();
    this.local = "file".equals(scheme);
    this.objectStore =
        scheme != null && (scheme.startsWith("s3") || scheme.equals("gs") || scheme.startsWith("abfs")
            || scheme.startsWith("wasb") || scheme.equals("oss") || scheme.equals("cos"));
  }

  FileSystem fs() {
    return fs;
  }

  boolean isLocal() {
    return local;
  }

  static java.nio.file.Path nio(Path path) {
    return java.nio.file.Path.of(path.toUri());
  }

  boolean exists(Path path) throws IOException {
    return local ? Files.exists(nio(path), java.nio.file.LinkOption.NOFOLLOW_LINKS) : fs.exists(path);
  }

  Optional<FileStatus> status(Path path) throws IOException {
    try {
      return Optional.of(fs.getFileStatus(path));
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The file's text, or empty when it does not exist (also when it vanished between the two calls). */
  Optional<String> read(Path path) throws IOException {
    try {
      if (local) {
        return Optional.of(Files.readString(nio(path), StandardCharsets.UTF_8));
      }
      try (InputStream in = fs.open(path)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Writes {@code text} so that a reader sees the old content or the new one, never a part. */
  void replace(Path target, String text, String token) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (objectStore) {
      try (OutputStream out = fs.create(target, true)) {
        out.write(bytes);
      }
      return;
    }
    Path temporary = temporary(target, token);
    write(temporary, bytes);
    if (local) {
      try {
        Files.move(nio(temporary), nio(target), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("Cannot replace " + target + " atomically on this filesystem", e);
      }
    } else {
      FileContext.getFileContext(target.toUri(), conf).rename(temporary, target, Options.Rename.OVERWRITE);
    }
  }

  /**
   * Creates {@code target} with {@code text} only if no file has that name; false when one has. Atomic on local disks
   * (a hard link of a complete temporary file) and HDFS (rename fails on an existing target); check-then-write on
   * object stores.
   */
  boolean createExclusive(Path target, String text, String token) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (objectStore) {
      if (fs.exists(target)) {
        return false;
      }
      try (OutputStream out = fs.create(target, false)) {
        out.write(bytes);
        return true;
      } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
        return false;
      }
    }
    Path temporary = temporary(target, token);
    write(temporary, bytes);
    try {
      if (local) {
        try {
          Files.createLink(nio(target), nio(temporary));
          return true;
        } catch (FileAlreadyExistsException e) {
          return false;
        } catch (NoSuchFileException e) {
          // Our temporary file is gone: the lock holder's recovery removes every .*.tmp of the warehouse root, a live
          // contender's too (seen in WarehouseGuaranteesTest under load). The target then exists, as when the link
          // finds it; HDFS's rename of a missing source returns false alike.
          if (Files.exists(nio(target), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
          }
          throw e;
        } catch (UnsupportedOperationException e) {
          // No hard links (some network and FUSE mounts): O_CREAT|O_EXCL is still exclusive, the content follows.
          try {
            Files.write(nio(target), bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE);
            return true;
          } catch (FileAlreadyExistsException again) {
            return false;
          }
        }
      }
      return fs.rename(temporary, target);
    } finally {
      delete(temporary);
    }
  }

  /**
   * Moves {@code source} to {@code target}, which must not exist; false when the source is gone (another process
   * moved it first). Used to take over a stale lock: of two processes that try, one finds the source gone.
   */
  boolean moveAway(Path source, Path target) throws IOException {
    if (local) {
      try {
        Files.move(nio(source), nio(target), StandardCopyOption.ATOMIC_MOVE);
        return true;
      } catch (NoSuchFileException e) {
        return false;
      }
    }
    return fs.rename(source, target);
  }

  void write(Path path, byte[] bytes) throws IOException {
    if (local) {
      Files.createDirectories(nio(path).getParent());
      Files.write(nio(path), bytes);
      return;
    }
    try (OutputStream out = fs.create(path, true)) {
      out.write(bytes);
    }
  }

  void delete(Path path) throws IOException {
    if (local) {
      java.nio.file.Path p = nio(path);
      if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        fs.delete(path, true);
      } else {
        Files.deleteIfExists(p);
      }
      return;
    }
    fs.delete(path, true);
  }

  /** Names of the entries directly under {@code dir}; empty when it does not exist. */
  List<FileStatus> list(Path dir) throws IOException {
    List<FileStatus> entries = new ArrayList<>();
    try {
      RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
      while (it.hasNext()) {
        entries.add(it.next());
      }
    } catch (java.io.FileNotFoundException e) {
      return List.of();
    }
    return entries;
  }

  /** The visible data files under {@code dir}, recursively (hidden {@code _x} and {@code .x} entries left out). */
  List<Path> dataFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    collect(dir, files);
    return files;
  }

  private void collect(Path dir, List<Path> files) throws IOException {
    for (FileStatus entry : list(dir)) {
      String name = entry.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      if (entry.isDirectory()) {
        collect(entry.getPath(), files);
      } else {
        files.add(entry.getPath());
      }
    }
  }

  /**
   * Makes {@code source} (an immutable data file) also reachable as {@code target}: a hard link on a local disk (no
   * bytes copied), a copy elsewhere (HDFS has no links; an object store's rename is a copy anyway).
   */
  void share(Path source, Path target) throws IOException {
    if (local) {
      Files.createDirectories(nio(target).getParent());
      try {
        Files.createLink(nio(target), nio(source));
        return;
      } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
        Files.copy(nio(source), nio(target));
        return;
      }
    }
    if (!FileUtil.copy(fs, source, fs, target, false, false, conf)) {
      throw new IOException("Cannot copy " + source + " to " + target);
    }
  }

  private static Path temporary(Path target, String token) {
    return new Path(target.getParent(), "." + target.getName() + "." + token + ".tmp");
  }
}
