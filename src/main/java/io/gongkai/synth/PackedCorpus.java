package io.gongkai.synth;

import io.gongkai.jobs.SparkSessions;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The packed corpus (issue 5, item 3): one row per report in {@code packed/corpus.parquet}, with columns {@code path}
 * (string), {@code content} (binary: the file's bytes), {@code url}, {@code body}, {@code region_code} (strings),
 * {@code report_year} (int) and {@code published_at} (string yyyy-mm-dd). Spark reads the JSON Lines twin written
 * beside it, decodes the base64 and writes a few Parquet files; a session it started is stopped afterwards.
 */
public final class PackedCorpus {
  /** The JSON Lines schema: as the Parquet one, with the bytes in base64 under {@code content_base64}. */
  public static final StructType JSONL_SCHEMA =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("content_base64", DataTypes.StringType, false)
          .add("url", DataTypes.StringType, true)
          .add("body", DataTypes.StringType, true)
          .add("region_code", DataTypes.StringType, true)
          .add("report_year", DataTypes.IntegerType, true)
          .add("published_at", DataTypes.StringType, true);

  private PackedCorpus() {}

  static void writeParquet(Path jsonl, Path parquet, int reports) {
    // A session already running belongs to the caller (a test, the bench): used, and left running.
    boolean borrowed = SparkSessions.isRunning();
    SparkSession spark = SparkSessions.create("gongkai synth", "local[2]");
    try {
      Dataset<Row> rows = spark.read().schema(JSONL_SCHEMA).json(jsonl.toAbsolutePath().toString());
      int files = Math.max(1, Math.min(8, reports / 20_000 + 1));
      rows.select(
              functions.col("path"),
              functions.unbase64(functions.col("content_base64")).as("content"),
              functions.col("url"),
              functions.col("body"),
              functions.col("region_code"),
              functions.col("report_year"),
              functions.col("published_at"))
          .coalesce(files)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(parquet.toAbsolutePath().toString());
    } finally {
      if (!borrowed) {
        spark.stop();
      }
    }
  }
}
