package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import io.gongkai.ingest.RejectReason;
import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The extract job: list the inputs, parse every file once inside {@code mapPartitions}, derive the datasets from the
 * parsed rows, stage them, publish them. Thin by design: all parsing is {@link ReportParser}; all layout is {@link
 * Datasets}.
 */
public final class ExtractJob {
  /** A report larger than this is not read (a stray archive or disk image must not exhaust an executor). */
  static final long MAX_FILE_BYTES = 64L << 20;

  /** How the inputs are stored. */
  public enum InputFormat {
    /** Report files (directories, files, globs). */
    FILES,
    /** A packed corpus in Parquet: one report per row ({@link PackedCorpus}). */
    PARQUET,
    /** A packed corpus in JSON Lines: one report per line ({@link PackedCorpus}). */
    JSONL
  }

  /** Options of one run. */
  public record Options(
      List<String> inputs,
      String output,
      String manifest,
      boolean append,
      int filesPerPartition,
      InputFormat inputFormat) {
    public Options(List<String> inputs, String output, String manifest, boolean append, int filesPerPartition) {
      this(inputs, output, manifest, append, filesPerPartition, InputFormat.FILES);
    }
  }

  private final SparkSession spark;

  public ExtractJob(SparkSession spark) {
    this.spark = spark;
  }

  /** How many more reports a packed-corpus partition holds than a loose-file one. */
  static final int PACKED_PARTITION_FACTOR = 4;

  /** Staging name of the parsed rows every dataset is projected from; never published. */
  static final String PARSED = "parsed";

  public RunSummary run(Options options) throws IOException {
    long started = System.nanoTime();
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
            + "-" + UUID.randomUUID().toString().substring(0, 8);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Manifest manifest = options.manifest() == null ? Manifest.empty() : Manifest.read(options.manifest(), hadoop);
    Warehouse warehouse = new Warehouse(options.output(), hadoop);
    if (options.append()) {
      requireAppendable(warehouse);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HashMap<String, ManifestEntry>> entries = jsc.broadcast(manifest.entries());
    JavaRDD<Row> rows;
    int partitions;
    if (options.inputFormat() == InputFormat.FILES) {
      List<InputFile> files = InputLister.list(options.inputs(), hadoop);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("Cannot run extract: no input files under " + options.inputs());
      }
      Broadcast<HashMap<String, String>> conf = jsc.broadcast(hadoopEntries(hadoop));
      partitions =
          Math.max(
              Math.min(files.size(), spark.sparkContext().defaultParallelism()),
              (files.size() + options.filesPerPartition() - 1) / options.filesPerPartition());
      rows = jsc.parallelize(files, partitions).mapPartitions(parsePartition(conf, entries));
    } else {
      Dataset<Row> packed = PackedCorpus.read(spark, options.inputs(), options.inputFormat() == InputFormat.JSONL);
      partitions = packed.rdd().getNumPartitions();
      // A packed corpus is a few large files: Spark splits them by size, not by reports, and a single file of 20,000
      // reports would be parsed by one core. Small reports pack densely, so a packed partition holds four times the
      // files of a loose-file partition; the shuffle of the bytes is paid once and is cheap next to the parse.
      long packedReports = packed.count();
      int wanted =
          (int) Math.max(
              spark.sparkContext().defaultParallelism(),
              (packedReports + PACKED_PARTITION_FACTOR * options.filesPerPartition() - 1)
                  / ((long) PACKED_PARTITION_FACTOR * options.filesPerPartition()));
      if (partitions * 2 < wanted) {
        packed = packed.repartition(wanted);
        partitions = wanted;
      }
      rows = packed.javaRDD().mapPartitions(PackedCorpus.parsePartition(entries));
    }
    try {
      // Parse once, to Parquet in the run's staging area, instead of caching: every dataset below reads only its own
      // column back, so memory stays bounded whatever the corpus size, no report is parsed twice, and the wide
      // parsed row is encoded by one query instead of feeding a cache, a duplicate join and ten projections.
      String parsedPath = warehouse.staging(runId, PARSED);
      spark.createDataFrame(rows, Datasets.parsedSchema())
          .write()
          .mode(SaveMode.ErrorIfExists)
          // Read back once per dataset and deleted with the run's staging area: no query ever filters it, so the
          // compression, dictionaries and min/max statistics that serve analysts would be CPU spent for nothing.
          .option("compression", "none")
          .option("parquet.enable.dictionary", "false")
          .option("parquet.column.statistics.enabled", "false")
          .option("parquet.size.statistics.enabled", "false")
          .parquet(parsedPath);
      Dataset<Row> parsed = spark.read().schema(Datasets.parsedSchema()).parquet(parsedPath);
      long filesRead = parsed.count();
      Dataset<Row> reports = markDuplicates(parsed);
      long alreadyPresent = 0;
      if (options.append() && warehouse.has(Datasets.REPORTS.name())) {
        Dataset<Row> existing =
            spark.read().parquet(warehouse.dataset(Datasets.REPORTS.name())).select("report_id").distinct();
        Dataset<Row> fresh = reports.join(functions.broadcast(existing), reports.col("report_id")
            .equalTo(existing.col("report_id")), "left_anti");
        alreadyPresent = filesRead - fresh.count();
        reports = fresh;
      }
      int outputPartitions = outputPartitions(spark.sparkContext().defaultParallelism(), partitions, filesRead);
      List<String> names = new ArrayList<>();
      Dataset<Row> earlier =
          options.append() && warehouse.has(Datasets.REQUESTS.name())
              ? CrossYearChecks.balances(
                  spark.read().parquet(warehouse.dataset(Datasets.REPORTS.name())),
                  spark.read().parquet(warehouse.dataset(Datasets.REQUESTS.name())))
              : null;
      for (DatasetSpec spec : Datasets.ALL) {
        Dataset<Row> data = Datasets.project(reports, spec);
        if (spec == Datasets.CHECKS) {
          data = data.unionByName(CrossYearChecks.of(reports, earlier));
        }
        write(data.coalesce(outputPartitions), spec, warehouse.staging(runId, spec.name()));
        names.add(spec.name());
      }
      RunSummary summary = summarize(runId, options, filesRead, alreadyPresent, manifest, started, warehouse);
      if (options.append()) {
        warehouse.publishAppend(runId, names);
      } else {
        warehouse.publishOverwrite(runId, names);
      }
      warehouse.writeText("_run.json", summary.toJson());
      return summary;
    } catch (IOException | RuntimeException e) {
      warehouse.cleanStaging(runId);
      throw e;
    }
  }

  /** Before any parse: new rows must have the types of the published ones, or the dataset would hold two. */
  private void requireAppendable(Warehouse warehouse) throws IOException {
    for (DatasetSpec spec : Datasets.ALL) {
      if (warehouse.has(spec.name())) {
        String location = warehouse.dataset(spec.name());
        PublishedSchema.mismatch(spark, spec, location)
            .ifPresent(
                m -> {
                  throw new IllegalArgumentException(
                      String.format(
                          "Cannot append to dataset %s in %s: %s; extract into a new warehouse with this version",
                          spec.name(), location, m));
                });
      }
    }
  }

  /**
   * Write tasks per dataset: about one per 20,000 reports against the small-files trap, at least one per core, and a
   * multiple of the cores — five tasks on two cores leave one core idle for the last fifth of every write (the cells
   * and checks writes of 100,000 reports ran at 1.47 cores).
   */
  static int outputPartitions(int cores, int inputPartitions, long reports) {
    long wanted = Math.max(cores, Math.min(inputPartitions, (reports + 19_999) / 20_000));
    return (int) ((wanted + cores - 1) / cores * cores);
  }

  /**
   * The same bytes under several paths are one report: the first path (in sorted order) keeps it, the others become
   * rejected DUPLICATE_CONTENT rows pointing to it, without cells, so nothing is counted twice.
   */
  private static Dataset<Row> markDuplicates(Dataset<Row> parsed) {
    // Only (report_id, path) is shuffled to find repeated ids; in the common case there are none and the parsed
    // rows are used as they are.
    Dataset<Row> firstPaths =
        parsed.groupBy("report_id")
            .agg(functions.count(lit(1)).as("copies"), min("path").as("first_path"))
            .where(col("copies").gt(1))
            .select("report_id", "first_path");
    if (firstPaths.isEmpty()) {
      return parsed;
    }
    Dataset<Row> joined = parsed.join(firstPaths, new String[] {"report_id"}, "left");
    Column duplicate = functions.coalesce(col("path").notEqual(col("first_path")), lit(false));
    List<Column> out = new ArrayList<>();
    for (org.apache.spark.sql.types.StructField field : Datasets.parsedSchema().fields()) {
      String name = field.name();
      Column value = col(name);
      if (name.equals("status")) {
        value = when(duplicate, lit("rejected")).otherwise(value);
      } else if (name.equals("reject_reason")) {
        value = when(duplicate, lit(RejectReason.DUPLICATE_CONTENT.name())).otherwise(value);
      } else if (name.equals("reject_detail")) {
        value = when(duplicate, functions.concat(lit("Same bytes as "), col("first_path"))).otherwise(value);
      } else if (Datasets.byName(name) != null && Datasets.byName(name) != Datasets.REPORTS) {
        value = when(duplicate, lit(null).cast("binary")).otherwise(value);
      } else if (name.startsWith("checks_") || name.equals("cell_count")) {
        value = when(duplicate, lit(0L)).otherwise(value);
      } else if (name.equals("template_t2") || name.equals("template_t3")) {
        value = when(duplicate, lit(null).cast("string")).otherwise(value);
      }
      out.add(value.as(name));
    }
    return joined.select(out.toArray(new Column[0]));
  }

  private static void write(Dataset<Row> data, DatasetSpec spec, String path) {
    var writer = data.write().mode(SaveMode.ErrorIfExists);
    if (spec.partitionBy() != null) {
      writer = writer.partitionBy(spec.partitionBy());
    }
    writer.parquet(path);
  }

  private RunSummary summarize(
      String run, Options options, long filesRead, long alreadyPresent, Manifest manifest, long started,
      Warehouse warehouse) {
    Dataset<Row> reports = spark.read().parquet(warehouse.staging(run, Datasets.REPORTS.name()));
    long parsed = 0;
    long rejected = 0;
    Map<String, Long> byReason = new TreeMap<>();
    for (Row r : reports.groupBy("status", "reject_reason").count().collectAsList()) {
      if ("parsed".equals(r.getString(0))) {
        parsed += r.getLong(2);
      } else {
        rejected += r.getLong(2);
        byReason.merge(String.valueOf(r.getString(1)), r.getLong(2), Long::sum);
      }
    }
    Map<String, Long> byTemplate = new TreeMap<>();
    for (Row r : reports.filter(col("status").equalTo("parsed")).groupBy("template_t2", "template_t3").count()
        .collectAsList()) {
      byTemplate.put("t2=" + r.getString(0) + ",t3=" + r.getString(1), r.getLong(2));
    }
    Row sums = reports.agg(functions.sum("checks_pass"), functions.sum("checks_fail"), functions.sum("checks_uncertain"))
        .first();
    Map<String, Long> checks = new LinkedHashMap<>();
    checks.put("PASS", sums.isNullAt(0) ? 0 : sums.getLong(0));
    checks.put("FAIL", sums.isNullAt(1) ? 0 : sums.getLong(1));
    checks.put("UNCERTAIN", sums.isNullAt(2) ? 0 : sums.getLong(2));
    Map<String, Long> rowsWritten = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      rowsWritten.put(spec.name(), spark.read().parquet(warehouse.staging(run, spec.name())).count());
    }
    return new RunSummary(
        run, options.append() ? "append" : "overwrite", spark.sparkContext().master(), ReportParser.VERSION,
        filesRead, parsed, rejected, alreadyPresent, byReason, byTemplate, checks, manifest.problems(), rowsWritten,
        (System.nanoTime() - started) / 1e9);
  }

  /** The per-partition work: read each file through Hadoop, parse it, turn it into one row. Lazy: one file at a time. */
  static FlatMapFunction<Iterator<InputFile>, Row> parsePartition(
      Broadcast<HashMap<String, String>> conf, Broadcast<HashMap<String, ManifestEntry>> entries) {
    return files -> {
      Configuration hadoop = new Configuration(false);
      conf.value().forEach(hadoop::set);
      ReportParser parser = new ReportParser();
      Map<String, ManifestEntry> manifest = entries.value();
      return new BatchedIterator<InputFile, Row>(
          files,
          ReportParser.BATCH_REPORTS,
          ReportParser.BATCH_BYTES,
          InputFile::size,
          batch -> {
            List<ParsedReport> reports = readAll(parser, hadoop, batch);
            List<Row> rows = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
              String path = batch.get(i).path();
              rows.add(ReportRows.of(reports.get(i), path, Manifest.lookup(manifest, path)));
            }
            return rows;
          });
    };
  }

  /** Reads and parses a batch of files, in order; a file too large or unreadable is rejected without its bytes. */
  static List<ParsedReport> readAll(ReportParser parser, Configuration hadoop, List<InputFile> files) {
    ParsedReport[] reports = new ParsedReport[files.size()];
    List<ReportParser.Source> sources = new ArrayList<>(files.size());
    List<Integer> positions = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      InputFile file = files.get(i);
      Path path = new Path(file.path());
      String name = path.getName();
      if (file.size() > MAX_FILE_BYTES) {
        reports[i] = rejected(name, file, RejectReason.TOO_LARGE,
            String.format("Cannot read %s: %d bytes, more than the %d a report can have", file.path(), file.size(),
                MAX_FILE_BYTES));
        continue;
      }
      try {
        FileSystem fs = path.getFileSystem(hadoop);
        try (InputStream in = fs.open(path)) {
          sources.add(new ReportParser.Source(name, in.readAllBytes()));
          positions.add(i);
        }
      } catch (IOException | RuntimeException e) {
        reports[i] = rejected(name, file, RejectReason.READ_FAILED, "Cannot read " + file.path() + ": " + e);
      }
    }
    List<ParsedReport> parsed = parser.parseAll(sources);
    for (int j = 0; j < parsed.size(); j++) {
      reports[positions.get(j)] = parsed.get(j);
    }
    return List.of(reports);
  }

  /** A file that was never read has no content hash: its id hashes its path, so it stays unique and stable. */
  private static ParsedReport rejected(String name, InputFile file, RejectReason reason, String detail) {
    return ParsedReport.rejected(name, file.size(), "unread-" + sha256(file.path()), null, null, reason.name(), detail);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HashMap<String, String> hadoopEntries(Configuration hadoop) {
    HashMap<String, String> entries = new HashMap<>();
    for (Map.Entry<String, String> e : hadoop) {
      entries.put(e.getKey(), e.getValue());
    }
    return entries;
  }
}
