package io.gongkai.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class InputLister {
  private InputLister() {}

  public static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
    TreeMap<String, InputFile> files = new TreeMap<>();
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
        if (status.isDirectory()) {
          walk(fs, status.getPath(), files);
        } else {
          add(files, fs, status);
        }
      }
    }
    return new ArrayList<>(files.values());
  }

  /**
   * Depth-first listing that reads only path, length and type. {@code FileSystem.listFiles} builds located statuses
   * whose permissions Hadoop's local filesystem reads by starting a shell {@code stat} per file when the native
   * library is absent: 49 s for 10,000 files, against 0.1 s for this walk (measured by the bench).
   */
  private static void walk(FileSystem fs, Path dir, TreeMap<String, InputFile> files) throws IOException {
    RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
    while (it.hasNext()) {
      FileStatus entry = it.next();
      String name = entry.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (entry.isDirectory()) {
        walk(fs, entry.getPath(), files);
      } else if (entry.isFile()) {
        add(files, fs, entry);
      }
    }
  }

  private static void add(TreeMap<String, InputFile> files, FileSystem fs, FileStatus status) {
    String qualified = fs.makeQualified(status.getPath()).toString();
    files.putIfAbsent(qualified, new InputFile(qualified, status.getLen()));
  }

  private static boolean isGlob(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0 || input.indexOf('{') >= 0;
  }
}
