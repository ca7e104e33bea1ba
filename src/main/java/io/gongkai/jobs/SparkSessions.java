package io.gongkai.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Spark sessions for Gongkai commands. Without {@code --master} and outside spark-submit, Spark runs embedded as
 * {@code local[*]}: nothing else to install. Under spark-submit the submitted master wins.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * Whether a session is already running in this JVM. {@link #create} then returns it (getOrCreate), and it belongs
   * to the caller (a test class, an embedding program): a command stops only a session it started.
   */
  public static boolean isRunning() {
    return running(SparkSession.getActiveSession()) || running(SparkSession.getDefaultSession());
  }

  private static boolean running(scala.Option<SparkSession> session) {
    return session.isDefined() && !session.get().sparkContext().isStopped();
  }

  /** The master URLs Spark 4 accepts, by form; Spark itself says only "Could not parse Master URL" with a trace. */
  private static final java.util.regex.Pattern MASTER =
      java.util.regex.Pattern.compile(
          "local|local\\[(\\*|[1-9]\\d*)(,\\d+)?\\]|local-cluster\\[\\d+,\\d+,\\d+\\]"
              + "|spark://\\S+|yarn|k8s://\\S+");

  /**
   * Why {@code --master} cannot be used, or null when it can (or is absent).
   */
  public static String masterProblem(String master) {
    if (master == null || MASTER.matcher(master).matches()) {
      return null;
    }
    return String.format(
        "--master '%s' is not a Spark master URL: use local, local[N], local[*], spark://host:port, yarn or "
            + "k8s://https://host:port", master);
  }

  public static SparkSession create(String appName, String master) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (master != null) {
      builder.master(master);
    } else if (!conf.contains("spark.master")) {
      builder.master("local[*]");
    }
    // Spark's progress bar redraws one terminal line with carriage returns; in a log file (a scheduler's, a
    // redirected run) it leaves hundreds of "[Stage 11:==>  (1 + 1) / 2]" fragments. Shown only on a terminal; the
    // extract job prints its own one-line progress instead.
    boolean terminal = System.console() != null;
    return withJobSettings(builder).config("spark.ui.showConsoleProgress", String.valueOf(terminal)).getOrCreate();
  }

  /** The settings the extract job relies on, for every session that runs it (the commands, the benchmark). */
  public static SparkSession.Builder withJobSettings(SparkSession.Builder builder) {
    return builder
        // The parsed row has ~200 columns; Spark warns when printing its plan otherwise.
        .config("spark.sql.debug.maxToStringFields", "1000")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "true")
        // Partitioned writes keep one open file per report_year (a dozen values) instead of sorting every row of a
        // task by year first; past 16 open files Spark falls back to sorting.
        .config("spark.sql.maxConcurrentOutputFileWriters", "16");
  }
}
