package io.gongkai.jobs;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;

/**
 * Whether a path can be used by a run on a given master. On a master other than {@code local}, executors run on other
 * machines and open inputs and write outputs on their own disks: a {@code file:} input only the driver has becomes a
 * READ_FAILED report, and a {@code file:} output leaves the executors' parts on their disks and the driver with none
 * (issue 18). Both are refused before Spark starts unless the user says the path is on a mount every node shares.
 */
public final class ClusterPaths {
  private ClusterPaths() {}

  /** The masters whose executors run inside the driver's JVM, on the driver's disk. */
  private static final Pattern LOCAL = Pattern.compile("local|local\\[(\\*|[1-9]\\d*)(,\\d+)?\\]");

  /** The master a session will use: {@code --master}, else spark-submit's ({@code spark.master}), else local[*]. */
  public static String effectiveMaster(String master) {
    return master != null ? master : new SparkConf().get("spark.master", "local[*]");
  }

  /** True for local, local[N], local[*] and local[N,F]; false for anything else, local-cluster included. */
  public static boolean isLocal(String master) {
    return LOCAL.matcher(master).matches();
  }

  /**
   * The default filesystem a path without a scheme resolves to, as the session will see it: Hadoop's configuration
   * files on the classpath ({@code HADOOP_CONF_DIR} under spark-submit), overridden by {@code spark.hadoop.*}.
   */
  public static URI defaultFilesystem() {
    Configuration conf = new Configuration();
    for (scala.Tuple2<String, String> e : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
      conf.set(e._1(), e._2());
    }
    return FileSystem.getDefaultUri(conf);
  }

  /**
   * Why the paths cannot be used on {@code master}, as one line naming the option and the path; null when they can.
   *
   * @param paths option name (e.g. {@code --output}) and path, in the order to report them
   * @param sharedFs the user said every {@code file:} path is a mount shared by all nodes at the same path
   */
  public static String problem(
      String master, List<Map.Entry<String, String>> paths, URI defaultFs, boolean sharedFs) {
    if (isLocal(master) || sharedFs) {
      return null;
    }
    for (Map.Entry<String, String> e : paths) {
      URI uri = new Path(e.getValue()).toUri();
      String scheme = uri.getScheme() != null ? uri.getScheme() : defaultFs.getScheme();
      if (scheme == null || scheme.equals("file")) {
        String reads = e.getKey().equals("--output")
            ? "write their parts to their own disks, where the driver never sees them"
            : "cannot read a file only the driver's disk has (each becomes a READ_FAILED report)";
        return String.format(
            "%s %s is on a local disk (file:), but master %s runs executors on other machines, which %s: use a "
                + "filesystem every node shares (hdfs://, s3a://, …), or a mount every node has at the same path and "
                + "--shared-fs", e.getKey(), e.getValue(), master, reads);
      }
    }
    return null;
  }
}
