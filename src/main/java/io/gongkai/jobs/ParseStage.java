package io.gongkai.jobs;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import io.gongkai.ingest.ContentHash;
import io.gongkai.ingest.RejectReason;
import io.gongkai.parquet.DatasetWriters;
import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The extract job's parse: every input keyed by the SHA-256 of its bytes, spread over the write tasks by that key and
 * sorted by (key, path) within each, so that all copies of one content meet in one task, next to each other, the first
 * path first. Each task parses its reports in the parser's batches and writes every per-report dataset itself with
 * parquet-java ({@link DatasetWriters}) into a directory of its own attempt in the run's staging area; the driver then
 * moves the files of the attempts that succeeded into the snapshot ({@link #adopt}).
 *
 * <p>Why not Spark's writer: the job used to stage its parsed rows as one wide Parquet file and read it back in
 * thirteen writes, one per dataset. On 100,000 generated reports that made its per-report part 0.72–0.76 of a plain
 * two-thread program writing the same files (issue 19); tasks writing their own files measured 1.04–1.08 of it.
 * Spark's commit protocol is replaced by the same rule it follows: only a successful attempt's files are published,
 * and they are moved, not rewritten.
 */
final class ParseStage {
  /** One input, keyed, before its parse: what the shuffle carries. */
  static final StructType KEYED =
      new StructType()
          .add("key", DataTypes.StringType)
          .add("path", DataTypes.StringType)
          .add("bytes", DataTypes.BinaryType)
          .add("size", DataTypes.LongType)
          .add("unread_reason", DataTypes.StringType)
          .add("unread_detail", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("body", DataTypes.StringType)
          .add("region_code", DataTypes.StringType)
          .add("report_year", DataTypes.IntegerType)
          .add("published_at", DataTypes.StringType);

  private static final int KEY = 0;
  private static final int PATH = 1;
  private static final int BYTES = 2;
  private static final int SIZE = 3;
  private static final int UNREAD_REASON = 4;
  private static final int UNREAD_DETAIL = 5;
  private static final int FIELDS = 6;
  private static final int PRESENT = KEYED.size();
  private static final int EMPTY_PRESENT = KEYED.size() + 1;

  /** Prefix of the id of a file never read (unreadable, too large), followed by the SHA-256 of its path. */
  static final String UNREAD_ID_PREFIX = "unread-";

  /** Prefix of the report id of an empty file, followed by the SHA-256 of its path. */
  static final String EMPTY_ID_PREFIX = "empty-";

  private ParseStage() {}

  /**
   * What one successful task did. {@code attempt} names its directory in the staging area; {@code reports} counts
   * every input it was given, those already published included.
   */
  record Tally(
      String attempt, long reports, long alreadyPresent, long readFailed, LinkedHashMap<String, Long> rows,
      int files) implements Serializable {}

  /** Reads a partition of loose files through Hadoop into {@link #KEYED} rows; a file not read is keyed by its path. */
  static FlatMapFunction<Iterator<InputFile>, Row> readFiles(Broadcast<HashMap<String, String>> conf) {
    return files -> {
      Configuration hadoop = configuration(conf.value());
      return new Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return files.hasNext();
        }

        @Override
        public Row next() {
          return read(hadoop, files.next());
        }
      };
    };
  }

  private static Row read(Configuration hadoop, InputFile file) {
    if (!file.readable()) {
      return unread(file, RejectReason.READ_FAILED, file.unreadable());
    }
    if (file.size() > ExtractJob.MAX_FILE_BYTES) {
      return unread(file, RejectReason.TOO_LARGE,
          String.format("Cannot read %s: %d bytes, more than the %d a report can have", file.path(), file.size(),
              ExtractJob.MAX_FILE_BYTES));
    }
    Path path = new Path(file.path());
    byte[] bytes;
    try (InputStream in = path.getFileSystem(hadoop).open(path)) {
      bytes = in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      return unread(file, RejectReason.READ_FAILED, "Cannot read " + file.path() + ": " + e);
    }
    return RowFactory.create(
        ContentHash.sha256(bytes), file.path(), bytes, (long) bytes.length, null, null, null, null, null, null, null);
  }

  private static Row unread(InputFile file, RejectReason reason, String detail) {
    return RowFactory.create(
        UNREAD_ID_PREFIX + ContentHash.sha256(file.path().getBytes(StandardCharsets.UTF_8)), file.path(), null,
        file.size(), reason.name(), detail, null, null, null, null, null);
  }

  /** Keys a partition of a packed corpus's rows ({@link PackedCorpus#read}) into {@link #KEYED} rows. */
  static FlatMapFunction<Iterator<Row>, Row> keyPacked() {
    return rows -> new Iterator<Row>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        byte[] bytes = row.isNullAt(1) ? new byte[0] : (byte[]) row.get(1);
        return RowFactory.create(
            ContentHash.sha256(bytes), row.getString(0), bytes, (long) bytes.length, null, null, row.getString(2),
            row.getString(3), row.getString(4), row.isNullAt(5) ? null : row.getInt(5), row.getString(6));
      }
    };
  }

  /**
   * The keyed inputs with two more columns: {@code present}, whether the published snapshot has a report of that key,
   * and {@code empty_present}, whether it has the path's empty-file id (a file of only whitespace is keyed by its
   * bytes, but published under its path's id, which only its parse can tell). Without {@code published} (null), both
   * are false.
   */
  static Dataset<Row> markPublished(Dataset<Row> keyed, Dataset<Row> published) {
    if (published == null) {
      return keyed.withColumn("present", lit(false)).withColumn("empty_present", lit(false));
    }
    Dataset<Row> ids = published.select(col("report_id")).distinct();
    // Empty files' ids are few: a second, small broadcast, so that the big one stays an equi-join on the key alone.
    Dataset<Row> byContent =
        ids.where(col("report_id").startsWith(EMPTY_ID_PREFIX).unary_$bang())
            .select(col("report_id").as("present_key"), lit(true).as("present"));
    Dataset<Row> byPath =
        ids.where(col("report_id").startsWith(EMPTY_ID_PREFIX))
            .select(col("report_id").as("empty_key"), lit(true).as("empty_present"));
    Dataset<Row> marked =
        keyed.join(broadcast(byContent), keyed.col("key").equalTo(col("present_key")), "left")
            .withColumn("path_key", concat(lit(EMPTY_ID_PREFIX), sha2(col("path"), 256)));
    marked = marked.join(broadcast(byPath), marked.col("path_key").equalTo(col("empty_key")), "left");
    List<org.apache.spark.sql.Column> out = new ArrayList<>();
    for (String name : KEYED.fieldNames()) {
      out.add(col(name));
    }
    out.add(coalesce(col("present"), lit(false)).as("present"));
    out.add(coalesce(col("empty_present"), lit(false)).as("empty_present"));
    return marked.select(out.toArray(new org.apache.spark.sql.Column[0]));
  }

  /** Spreads the marked inputs over {@code tasks} tasks by key, sorted by (key, path) within each. */
  static Dataset<Row> spread(Dataset<Row> marked, int tasks) {
    return marked.repartition(tasks, col("key")).sortWithinPartitions(col("key"), col("path"));
  }

  /**
   * A task: parses its sorted inputs in the parser's batches and writes their rows under {@code staging/<attempt>/};
   * its files are named after {@code runId} and its attempt, so they stay unique beside the files an append carries
   * over from earlier runs.
   */
  static FlatMapFunction<Iterator<Row>, Tally> parseAndWrite(
      String staging, String runId, Broadcast<HashMap<String, String>> conf,
      Broadcast<HashMap<String, ManifestEntry>> entries, LongAccumulator progress) {
    return rows -> {
      TaskContext context = TaskContext.get();
      // By the attempt's id, unique in the application: attempt numbers start again at 0 when a stage is run again,
      // while an attempt of the earlier run may still be writing.
      String attempt = String.format("p%05d-t%d", context.partitionId(), context.taskAttemptId());
      Task task = new Task(entries.value(), progress);
      try (DatasetWriters writers =
          new DatasetWriters(new Path(staging, attempt), runId + "-" + attempt, configuration(conf.value()))) {
        Iterator<PerReportRows> parsed =
            new BatchedIterator<Row, PerReportRows>(
                rows, ReportParser.BATCH_REPORTS, ReportParser.BATCH_BYTES,
                row -> row.isNullAt(BYTES) ? 0 : ((byte[]) row.get(BYTES)).length, task::batch);
        while (parsed.hasNext()) {
          writers.write(parsed.next());
        }
        writers.close();
        return List.of(
            new Tally(attempt, task.reports, task.alreadyPresent, task.readFailed,
                new LinkedHashMap<>(writers.rowsByDataset()), writers.writers())).iterator();
      }
    };
  }

  /**
   * One task's parser and what it has seen: the previous report's id and its first path carry across batches, since
   * the copies of one content may straddle two.
   */
  static final class Task {
    private final ReportParser parser = new ReportParser();
    private final Map<String, ManifestEntry> manifest;
    private final LongAccumulator progress;
    private String lastId;
    private String firstPath;
    long reports;
    long alreadyPresent;
    long readFailed;

    Task(Map<String, ManifestEntry> manifest, LongAccumulator progress) {
      this.manifest = manifest;
      this.progress = progress;
    }

    /** Parses one batch of sorted {@link #KEYED} rows (marked by {@link #markPublished}) into the rows to write. */
    List<PerReportRows> batch(List<Row> batch) {
      List<ReportParser.Source> sources = new ArrayList<>(batch.size());
      List<Row> toParse = new ArrayList<>(batch.size());
      for (Row row : batch) {
        reports++;
        if (RejectReason.READ_FAILED.name().equals(row.getString(UNREAD_REASON))) {
          // Counted among every file of the run, those already published too: a file that fails again has the same
          // path-derived id as last time and would otherwise go unnoticed.
          readFailed++;
        }
        if (row.getBoolean(PRESENT)) {
          alreadyPresent++;
        } else if (row.isNullAt(UNREAD_REASON)) {
          sources.add(
              new ReportParser.Source(
                  new Path(row.getString(PATH)).getName(), (byte[]) row.get(BYTES), row.getString(KEY)));
          toParse.add(row);
        } else {
          toParse.add(row);
        }
      }
      List<ParsedReport> parsed = parser.parseAll(sources);
      List<PerReportRows> out = new ArrayList<>(toParse.size());
      int next = 0;
      for (Row row : toParse) {
        String path = row.getString(PATH);
        ParsedReport report;
        if (row.isNullAt(UNREAD_REASON)) {
          report = parsed.get(next++);
        } else {
          report =
              ParsedReport.rejected(new Path(path).getName(), row.getLong(SIZE), row.getString(KEY), null, null,
                  row.getString(UNREAD_REASON), row.getString(UNREAD_DETAIL));
        }
        ManifestEntry entry = Manifest.lookup(manifest, path);
        PerReportRows rows =
            PerReportRows.of(report, path, entry == null ? PackedCorpus.entry(row, FIELDS, path) : entry);
        if (RejectReason.EMPTY_FILE.name().equals(rows.rejectReason())) {
          // Every empty file has the same SHA-256: keyed by its bytes, the second empty file of a run would be a
          // DUPLICATE_CONTENT of the first instead of EMPTY_FILE. An empty file is known by its path instead, as a
          // file never read is, so each is one rejected report, stable across runs.
          if (row.getBoolean(EMPTY_PRESENT)) {
            alreadyPresent++;
            continue;
          }
          out.add(rows.withReportId(EMPTY_ID_PREFIX + ContentHash.sha256(path.getBytes(StandardCharsets.UTF_8))));
        } else if (rows.reportId().equals(lastId)) {
          out.add(rows.duplicateOf(firstPath));
        } else {
          lastId = rows.reportId();
          firstPath = path;
          out.add(rows);
        }
      }
      // Spark adds a task's count on the driver when the task succeeds: an attempt lost and run again counts once.
      progress.add(batch.size());
      return out;
    }
  }

  /**
   * Moves the files of the attempts that succeeded ({@code tallies}) from {@code staging} into the snapshot {@code
   * next}. A failed or speculative attempt's files stay behind and go with the staging area.
   *
   * @return files moved
   */
  static long adopt(io.gongkai.warehouse.PendingSnapshot next, String staging, List<Tally> tallies,
      Configuration hadoop) throws IOException {
    long moved = 0;
    FileSystem fs = new Path(staging).getFileSystem(hadoop);
    for (DatasetSpec spec : Datasets.PER_REPORT) {
      // Every dataset has its directory, as Spark's writer leaves one for zero rows: the stages after the parse read
      // them by path, and a run whose inputs were all rejected has no metrics to roll up, not a missing dataset.
      fs.mkdirs(new Path(next.dataset(spec.name())));
    }
    for (Tally tally : tallies) {
      for (DatasetSpec spec : Datasets.PER_REPORT) {
        Path dir = new Path(new Path(staging, tally.attempt()), spec.name());
        if (fs.exists(dir)) {
          moved += next.adopt(spec.name(), dir.toString());
        }
      }
    }
    return moved;
  }

  static Configuration configuration(Map<String, String> entries) {
    Configuration hadoop = new Configuration(false);
    entries.forEach(hadoop::set);
    return hadoop;
  }
}
