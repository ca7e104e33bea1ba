package io.gongkai.cli;

import io.gongkai.jobs.SparkSessions;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --master} option of the commands that start Spark, checked before Spark starts. */
final class SparkMasterOption {
  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*], or spark-submit's).")
  String master;

  /** True, with the one-line argument error printed, when Spark could not parse the URL. */
  boolean rejected(PrintWriter err) {
    String problem = SparkSessions.masterProblem(master);
    if (problem != null) {
      err.println("Argument error: " + problem);
    }
    return problem != null;
  }
}
