package io.gongkai.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Spark sessions for Gongkai commands. Without {@code --master} and outside spark-submit, Spark runs embedded as
 * {@code local[*]}: nothing else to install. Under spark-submit the submitted master wins.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String appName, String master) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (master != null) {
      builder.master(master);
    } else if (!conf.contains("spark.master")) {
      builder.master("local[*]");
    }
    return builder
        .config("spark.ui.showConsoleProgress", "true")
        // The parsed row has ~200 columns; Spark warns when printing its plan otherwise.
        .config("spark.sql.debug.maxToStringFields", "1000")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "true")
        .getOrCreate();
  }
}
