package io.gongkai.jobs;

import static java.util.Objects.requireNonNull;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the {@code --input} arguments (directories, recursively; files; globs) on any Hadoop filesystem into a
 * sorted, duplicate-free file list. Every file found is an input, whatever its extension: the format is read from the
 * content, and a file that is not a report ends as a rejected one, never silently dropped. Hidden entries ({@code .x},
 * {@code _x}, e.g. {@code _SUCCESS}) inside directories are skipped, as Hadoop tools do.
 *
 * <p>Symbolic links (issue 14: a {@code loop -> .} was followed 40 levels deep, and a link loop between two files
 * vanished without a row). Each real directory is listed once. Directory links are followed only after every input's
 * own tree is listed, so a directory reachable without a link keeps its own name; a link leading to a directory
 * already listed (a cycle, or an alias) is not descended and leaves one note. An entry that cannot be read (a link
 * loop, a link to nowhere, a FIFO, a directory that cannot be listed, an entry that vanished) is listed with its reason
 * in {@link InputFile#unreadable()}, so that it ends as a rejected report.
 */
public final class InputLister {
  /** The text Java 17 appends to the system's ELOOP message, whatever the locale of the system's own words. */
  private static final String ELOOP_SUFFIX = "unable to access attributes of symbolic link";

  private static final String NOT_A_FILE = "not a regular file or directory";

  private InputLister() {}

  /**
   * What a listing found.
   *
   * @param files the inputs sorted by path, unreadable ones included
   * @param notes one line per directory not descended, naming it and why, in the order met
   */
  public record Listing(List<InputFile> files, List<String> notes) {
    public Listing {
      files = List.copyOf(requireNonNull(files, "files is null"));
      notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }
  }

  /** The files of {@link #listing}, for callers that do not report the notes. */
  public static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
    return listing(inputs, conf).files();
  }

  /**
   * Lists the inputs. An input that does not exist, or a pattern that matches nothing, is an argument error; anything
   * found below an input that cannot be read is listed with its reason instead.
   */
  public static Listing listing(List<String> inputs, Configuration conf) throws IOException {
    Walk walk = new Walk();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches;
      if (isGlob(input)) {
        matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException(String.format("Cannot read input %s: the pattern matches no file", input));
        }
      } else {
        if (!fs.exists(path)) {
          throw new IllegalArgumentException(String.format("Cannot read input %s: no such file or directory", input));
        }
        matches = new FileStatus[] {fs.getFileStatus(path)};
      }
      for (FileStatus status : matches) {
        walk.input(fs, status);
      }
    }
    walk.followLinks();
    return new Listing(new ArrayList<>(walk.files.values()), walk.notes);
  }

  /**
   * A directory to list: the path it is listed under, the key of the real directory behind it, and, on the local
   * filesystem, the java.nio path it is read through (null elsewhere).
   */
  private record Dir(FileSystem fs, Path path, String real, java.nio.file.Path local) {}

  /** One listing's state: what it found, and every real directory listed, with the path it was listed under. */
  private static final class Walk {
    private final TreeMap<String, InputFile> files = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> listedAs = new HashMap<>();
    private final ArrayDeque<Dir> links = new ArrayDeque<>();

    void input(FileSystem fs, FileStatus status) {
      Path path = fs.makeQualified(status.getPath());
      if (!isLocal(fs)) {
        if (status.isDirectory()) {
          directory(new Dir(fs, path, path.toString(), null), false);
        } else {
          add(path, status.getLen());
        }
        return;
      }
      java.nio.file.Path local = local(path);
      try {
        BasicFileAttributes attributes = Files.readAttributes(local, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
          directory(new Dir(fs, path, local.toRealPath().toString(), local), Files.isSymbolicLink(local));
        } else if (attributes.isRegularFile()) {
          add(path, attributes.size());
        } else {
          cannotRead(path, NOT_A_FILE);
        }
      } catch (IOException e) {
        cannotRead(path, reason(e));
      }
    }

    /** Follows the directory links met so far, and those met below them, each real directory at most once. */
    void followLinks() {
      for (Dir link = links.poll(); link != null; link = links.poll()) {
        directory(link, true);
      }
    }

    private void directory(Dir dir, boolean link) {
      String listed = listedAs.putIfAbsent(dir.real(), dir.path().toString());
      if (listed != null) {
        // The same directory named twice (an input inside another input) is no news; another name for it is.
        if (!listed.equals(dir.path().toString())) {
          notes.add(String.format("Skipped %s %s: it leads to %s, already listed",
              link ? "directory symlink" : "directory", dir.path(), listed));
        }
        return;
      }
      if (dir.local() != null) {
        listLocal(dir);
      } else {
        listHadoop(dir);
      }
    }

    /**
     * The local filesystem is read with java.nio, not Hadoop: Hadoop's listing drops a dangling link or a link loop
     * without a word, reports a link to a directory as a plain directory (so a loop is followed until the path is too
     * long), calls a FIFO a file (the reader would block on it), and aborts on a directory it may not read. java.nio
     * reads path, type and size with one stat per entry, as fast as the Hadoop walk it replaces.
     */
    private void listLocal(Dir dir) {
      List<String> names = new ArrayList<>();
      try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(dir.local())) {
        for (java.nio.file.Path entry : entries) {
          names.add(entry.getFileName().toString());
        }
      } catch (IOException e) {
        cannotList(dir.path(), reason(e));
        return;
      } catch (DirectoryIteratorException e) {
        cannotList(dir.path(), reason(e.getCause()));
        return;
      }
      names.sort(null);
      java.nio.file.Path real = Paths.get(dir.real());
      for (String name : names) {
        if (hidden(name)) {
          continue;
        }
        Path path = child(dir.path(), name);
        java.nio.file.Path local = dir.local().resolve(name);
        BasicFileAttributes own;
        try {
          own = Files.readAttributes(local, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          cannotRead(path, reason(e));
          continue;
        }
        if (own.isSymbolicLink()) {
          localLink(dir.fs(), path, local);
        } else if (own.isDirectory()) {
          directory(new Dir(dir.fs(), path, real.resolve(name).toString(), local), false);
        } else if (own.isRegularFile()) {
          add(path, own.size());
        } else {
          cannotRead(path, NOT_A_FILE);
        }
      }
    }

    private void localLink(FileSystem fs, Path path, java.nio.file.Path local) {
      try {
        BasicFileAttributes target = Files.readAttributes(local, BasicFileAttributes.class);
        if (target.isDirectory()) {
          links.add(new Dir(fs, path, local.toRealPath().toString(), local));
        } else if (target.isRegularFile()) {
          add(path, target.size());
        } else {
          cannotRead(path, NOT_A_FILE);
        }
      } catch (NoSuchFileException e) {
        cannotRead(path, brokenLink(local));
      } catch (IOException e) {
        cannotRead(path, reason(e));
      }
    }

    /**
     * Elsewhere (HDFS, S3A) the Hadoop walk reads only path, length and type. {@code FileSystem.listFiles} would build
     * located statuses, whose permissions Hadoop's local filesystem reads by starting a shell {@code stat} per file
     * when the native library is absent: 49 s for 10,000 files, against 0.1 s for a walk like this (measured by the
     * bench). A link reports {@code isSymlink()} here and is resolved to its target before being followed.
     */
    private void listHadoop(Dir dir) {
      List<FileStatus> entries = new ArrayList<>();
      try {
        RemoteIterator<FileStatus> it = dir.fs().listStatusIterator(dir.path());
        while (it.hasNext()) {
          entries.add(it.next());
        }
      } catch (IOException e) {
        cannotList(dir.path(), firstLine(e));
        return;
      }
      entries.sort(Comparator.comparing(entry -> entry.getPath().getName()));
      for (FileStatus entry : entries) {
        if (hidden(entry.getPath().getName())) {
          continue;
        }
        Path path = dir.fs().makeQualified(entry.getPath());
        if (entry.isSymlink()) {
          hadoopLink(dir.fs(), path, entry);
        } else if (entry.isDirectory()) {
          directory(new Dir(dir.fs(), path, path.toString(), null), false);
        } else {
          add(path, entry.getLen());
        }
      }
    }

    private void hadoopLink(FileSystem fs, Path path, FileStatus link) {
      try {
        Path target = fs.makeQualified(fs.resolvePath(path));
        FileStatus status = fs.getFileStatus(target);
        if (status.isDirectory()) {
          links.add(new Dir(fs, path, target.toString(), null));
        } else {
          add(path, status.getLen());
        }
      } catch (FileNotFoundException e) {
        cannotRead(path, "broken symbolic link to " + symlinkTarget(link));
      } catch (IOException e) {
        cannotRead(path, firstLine(e));
      }
    }

    private void add(Path path, long size) {
      files.putIfAbsent(path.toString(), new InputFile(path.toString(), size));
    }

    private void cannotRead(Path path, String reason) {
      files.putIfAbsent(path.toString(), InputFile.cannotRead(path.toString(), "Cannot read " + path + ": " + reason));
    }

    private void cannotList(Path path, String reason) {
      files.putIfAbsent(
          path.toString(), InputFile.cannotRead(path.toString(), "Cannot list directory " + path + ": " + reason));
    }
  }

  private static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getUri().getScheme());
  }

  /** The java.nio path of a qualified {@code file:} path, as Hadoop's own local filesystem maps it. */
  private static java.nio.file.Path local(Path path) {
    return Paths.get(path.toUri().getPath());
  }

  /** Named as Hadoop's local listing names it: a name with a colon would otherwise parse as a URI scheme. */
  private static Path child(Path dir, String name) {
    return new Path(dir, new Path(null, null, name));
  }

  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /** The link is there (it was just read without following it), so a missing file is its target. */
  private static String brokenLink(java.nio.file.Path link) {
    try {
      return "broken symbolic link to " + Files.readSymbolicLink(link);
    } catch (IOException e) {
      return reason(e);
    }
  }

  /** The system's words, without the path Java puts first, and named the same way for the usual cases. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "it vanished during the listing";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      String reason = fse.getReason();
      return reason.endsWith(ELOOP_SUFFIX) || reason.startsWith("Too many levels of symbolic links")
          ? "symbolic link loop"
          : reason;
    }
    return firstLine(e);
  }

  /** HDFS messages can run to several lines (a remote stack); a reason is one line. */
  private static String firstLine(IOException e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  private static String symlinkTarget(FileStatus link) {
    try {
      return link.getSymlink().toString();
    } catch (IOException e) {
      return "a missing target";
    }
  }

  private static boolean isGlob(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0 || input.indexOf('{') >= 0;
  }
}
