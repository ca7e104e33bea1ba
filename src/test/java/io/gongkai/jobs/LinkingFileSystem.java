package io.gongkai.jobs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * A read-only in-memory filesystem, scheme {@code linkfs}, whose listing reports symbolic links as HDFS does (with
 * {@code isSymlink()}, the link unresolved) and whose {@code getFileStatus} follows them, failing on a loop with HDFS's
 * words. Hadoop makes instances by reflection, so the tree is static: set it with {@link #tree} before listing.
 */
class LinkingFileSystem extends FileSystem {
  private static final URI URI_ROOT = URI.create("linkfs:///");
  private static final int MAX_LINKS = 32;

  /** Absolute path to "dir", a length, or "->target". */
  private static volatile Map<String, String> nodes = Map.of();

  /** Entries "/d/" (directory), "/d/f=3" (file of 3 bytes), "/d/l->/target" (symbolic link). */
  static void tree(String... entries) {
    Map<String, String> tree = new TreeMap<>();
    tree.put("/", "dir");
    for (String entry : entries) {
      if (entry.endsWith("/")) {
        tree.put(entry.substring(0, entry.length() - 1), "dir");
      } else if (entry.contains("->")) {
        tree.put(entry.substring(0, entry.indexOf("->")), entry.substring(entry.indexOf("->")));
      } else {
        tree.put(entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1));
      }
    }
    nodes = tree;
  }

  @Override
  public String getScheme() {
    return "linkfs";
  }

  @Override
  public URI getUri() {
    return URI_ROOT;
  }

  @Override
  public FileStatus getFileStatus(Path path) throws IOException {
    String resolved = resolve(path);
    return status(resolved, nodes.get(resolved));
  }

  @Override
  public FileStatus[] listStatus(Path path) throws IOException {
    String dir = resolve(path);
    if (!nodes.get(dir).equals("dir")) {
      return new FileStatus[] {status(dir, nodes.get(dir))};
    }
    List<FileStatus> children = new ArrayList<>();
    String prefix = dir.equals("/") ? "/" : dir + "/";
    for (Map.Entry<String, String> node : nodes.entrySet()) {
      String name = node.getKey();
      if (name.startsWith(prefix) && name.length() > prefix.length() && name.indexOf('/', prefix.length()) < 0) {
        children.add(status(name, node.getValue()));
      }
    }
    return children.toArray(FileStatus[]::new);
  }

  private String resolve(Path path) throws IOException {
    String current = path.toUri().getPath();
    for (int hops = 0; hops <= MAX_LINKS; hops++) {
      String node = nodes.get(current);
      if (node == null) {
        throw new FileNotFoundException("File " + current + " does not exist");
      }
      if (!node.startsWith("->")) {
        return current;
      }
      current = node.substring(2);
    }
    throw new IOException("Possible cyclic loop while following symbolic link " + makeQualified(path));
  }

  private FileStatus status(String path, String node) {
    Path qualified = makeQualified(new Path(path));
    if (node.equals("dir")) {
      return new FileStatus(0, true, 1, 0, 0, qualified);
    }
    if (node.startsWith("->")) {
      return new FileStatus(0, false, 1, 0, 0, 0, null, null, null, new Path(node.substring(2)), qualified);
    }
    return new FileStatus(Long.parseLong(node), false, 1, 0, 0, qualified);
  }

  @Override
  public Path getWorkingDirectory() {
    return new Path("/");
  }

  @Override
  public void setWorkingDirectory(Path dir) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public FSDataInputStream open(Path path, int bufferSize) {
    throw new UnsupportedOperationException("listing only");
  }

  @Override
  public FSDataOutputStream create(Path path, FsPermission permission, boolean overwrite, int bufferSize,
      short replication, long blockSize, Progressable progress) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public FSDataOutputStream append(Path path, int bufferSize, Progressable progress) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public boolean rename(Path from, Path to) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public boolean delete(Path path, boolean recursive) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public boolean mkdirs(Path path, FsPermission permission) {
    throw new UnsupportedOperationException("read-only");
  }
}
