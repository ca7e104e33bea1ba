package io.gongkai.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the {@code --input} arguments (directories, recursively; files; globs) on any Hadoop filesystem into a
 * sorted, duplicate-free file list. Every file found is an input, whatever its extension: the format is read from the
 * content, and a file that is not a report ends as a rejected one, never silently dropped. Hidden entries ({@code .x},
 * {@code _x}, e.g. {@code _SUCCESS}) inside directories are skipped, as Hadoop tools do.
 */
final class InputLister {
  private InputLister() {}

  static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
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
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus file = it.next();
            if (file.isFile() && !isHidden(status.getPath(), file.getPath())) {
              add(files, fs, file);
            }
          }
        } else {
          add(files, fs, status);
        }
      }
    }
    return new ArrayList<>(files.values());
  }

  private static void add(TreeMap<String, InputFile> files, FileSystem fs, FileStatus status) {
    String qualified = fs.makeQualified(status.getPath()).toString();
    files.putIfAbsent(qualified, new InputFile(qualified, status.getLen()));
  }

  /** Hidden below the listed directory: any path element under it starting with '.' or '_'. */
  private static boolean isHidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root) && p.depth() > root.depth(); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGlob(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0 || input.indexOf('{') >= 0;
  }
}
