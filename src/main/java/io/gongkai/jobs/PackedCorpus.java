package io.gongkai.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unbase64;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A packed corpus: millions of reports as rows of a few Parquet or JSON Lines files instead of millions of small
 * files. Columns: {@code path} (required), the report as {@code content} (binary; JSON Lines: {@code content_base64})
 * or {@code text} (UTF-8 string), and the manifest fields {@code url, body, region_code, report_year, published_at}.
 * A row's manifest fields work as its manifest line; a {@code --manifest} file still wins.
 */
public final class PackedCorpus {
  private static final StructType JSONL_SCHEMA =
      new StructType()
          .add("path", DataTypes.StringType)
          .add("content_base64", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("body", DataTypes.StringType)
          .add("region_code", DataTypes.StringType)
          .add("report_year", DataTypes.LongType)
          .add("published_at", DataTypes.StringType);
  private static final List<String> FIELDS = List.of("url", "body", "region_code", "report_year", "published_at");

  private PackedCorpus() {}

  /** The corpus as rows of (path, bytes, url, body, region_code, report_year, published_at). */
  public static Dataset<Row> read(SparkSession spark, List<String> inputs, boolean jsonLines)
      throws java.io.IOException {
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (String input : inputs) {
      // Spark would say PATH_NOT_FOUND from deep in a stack trace; a path that is not there is an argument error.
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(conf);
      org.apache.hadoop.fs.FileStatus[] found = fs.globStatus(path);
      if (found == null || found.length == 0) {
        throw new IllegalArgumentException(
            String.format("Cannot read packed corpus %s: no such file or directory", input));
      }
    }
    String[] paths = inputs.toArray(new String[0]);
    Dataset<Row> raw = jsonLines ? spark.read().schema(JSONL_SCHEMA).json(paths) : spark.read().parquet(paths);
    List<String> columns = Arrays.asList(raw.columns());
    if (!columns.contains("path")) {
      throw new IllegalArgumentException(
          String.format("Cannot read packed corpus %s: no 'path' column, found %s", inputs, columns));
    }
    Column bytes;
    if (jsonLines) {
      bytes = coalesce(unbase64(col("content_base64")), encode(col("text"), "UTF-8"));
    } else if (columns.contains("content") && columns.contains("text")) {
      bytes = coalesce(col("content"), encode(col("text"), "UTF-8"));
    } else if (columns.contains("content")) {
      bytes = col("content");
    } else if (columns.contains("text")) {
      bytes = encode(col("text"), "UTF-8");
    } else {
      throw new IllegalArgumentException(
          String.format("Cannot read packed corpus %s: no 'content' or 'text' column, found %s", inputs, columns));
    }
    Column[] select = new Column[2 + FIELDS.size()];
    select[0] = col("path");
    select[1] = bytes.as("bytes");
    for (int i = 0; i < FIELDS.size(); i++) {
      String field = FIELDS.get(i);
      select[2 + i] = (columns.contains(field) ? col(field) : lit(null)).cast(
          field.equals("report_year") ? "int" : "string").as(field);
    }
    return raw.select(select);
  }

  /**
   * How many partitions the corpus {@code packed} (of {@code reports} rows) counts as when the parse tasks are sized
   * ({@link ExtractJob#parseTasks}): enough to keep every core busy. A packed corpus is a few large files, which Spark
   * splits by size, not by reports: a single file of 20,000 reports is one partition. Small reports pack densely, so a
   * packed partition counts {@link ExtractJob#PACKED_PARTITION_FACTOR} times the files of a loose-file partition. The
   * corpus's own partitions when they are at least half of those wanted. Nothing is repartitioned here: the job's
   * shuffle by content key spreads the rows.
   */
  public static int partitions(Dataset<Row> packed, long reports, int parallelism, int filesPerPartition) {
    long perPartition = (long) ExtractJob.PACKED_PARTITION_FACTOR * filesPerPartition;
    int wanted = (int) Math.max(parallelism, (reports + perPartition - 1) / perPartition);
    int own = packed.rdd().getNumPartitions();
    return own * 2 < wanted ? wanted : own;
  }

  /**
   * Parses a partition of packed rows into each report's rows of the per-report datasets, with the manifest {@code
   * entries} (by path; empty for none), without the job's keying: for the benchmark's direct-write phase.
   */
  public static FlatMapFunction<Iterator<Row>, PerReportRows> perReportRows(
      Broadcast<HashMap<String, ManifestEntry>> entries) {
    return packed -> parsed(packed, entries.value(), PerReportRows::of);
  }

  /** What a parsed report becomes, with its path and its manifest line (null for none). */
  private interface Conversion<T> {
    T convert(ParsedReport report, String path, ManifestEntry entry);
  }

  /**
   * Parses the packed rows in the parser's batches, each report converted with the manifest's line for its path, else
   * the row's own manifest fields.
   */
  private static <T> Iterator<T> parsed(Iterator<Row> packed, Map<String, ManifestEntry> manifest,
      Conversion<T> conversion) {
    ReportParser parser = new ReportParser();
    return new BatchedIterator<Row, T>(
        packed,
        ReportParser.BATCH_REPORTS,
        ReportParser.BATCH_BYTES,
        PackedCorpus::reportBytes,
        batch -> {
          List<ReportParser.Source> sources = new ArrayList<>(batch.size());
          for (Row row : batch) {
            byte[] bytes = row.isNullAt(1) ? new byte[0] : (byte[]) row.get(1);
            sources.add(new ReportParser.Source(new Path(row.getString(0)).getName(), bytes));
          }
          List<ParsedReport> reports = parser.parseAll(sources);
          List<T> out = new ArrayList<>(batch.size());
          for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            String path = row.getString(0);
            ManifestEntry entry = Manifest.lookup(manifest, path);
            out.add(conversion.convert(reports.get(i), path, entry == null ? entry(row, 2, path) : entry));
          }
          return out;
        });
  }

  /** A packed row's report bytes, for sizing the parse batches. */
  private static long reportBytes(Row row) {
    return row.isNullAt(1) ? 0 : ((byte[]) row.get(1)).length;
  }

  /**
   * A row's own manifest fields as its manifest line, read from {@code from} on in the order of {@link #read} (url,
   * body, region_code, report_year, published_at); null when it has none.
   */
  static ManifestEntry entry(Row row, int from, String path) {
    String url = row.getString(from);
    String body = row.getString(from + 1);
    String region = row.getString(from + 2);
    Integer year = row.isNullAt(from + 3) ? null : row.getInt(from + 3);
    String published = row.getString(from + 4);
    if (published != null) {
      try {
        published = LocalDate.parse(published.strip()).toString();
      } catch (DateTimeParseException e) {
        published = null; // not a date: the parser's reading stands
      }
    }
    if (url == null && body == null && region == null && year == null && published == null) {
      return null;
    }
    return new ManifestEntry(path, url, body, region, year, published, null, null);
  }
}
