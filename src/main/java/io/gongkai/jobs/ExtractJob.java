package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;

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
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.CollectionAccumulator;

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

  /** Staging name of the directories the parse tasks write their child files into; never published. */
  static final String TASKS = "_tasks";

  /** Staging name of the R-T3-XYEAR rows before they join the staged checks. */
  static final String CROSS_YEAR = "_xyear";

  public RunSummary run(Options options) throws IOException {
    long started = System.nanoTime();
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
            + "-" + UUID.randomUUID().toString().substring(0, 8);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Manifest manifest = options.manifest() == null ? Manifest.empty() : Manifest.read(options.manifest(), hadoop);
    Warehouse warehouse = new Warehouse(options.output(), hadoop);
    boolean appendToPublished = options.append() && warehouse.has(Datasets.REPORTS.name());
    if (options.append()) {
      requireAppendable(warehouse);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HashMap<String, ManifestEntry>> entries = jsc.broadcast(manifest.entries());
    Broadcast<HashMap<String, String>> conf = jsc.broadcast(hadoopEntries(hadoop));
    Dataset<Row> published =
        appendToPublished ? spark.read().parquet(warehouse.dataset(Datasets.REPORTS.name())).select("report_id") : null;
    CollectionAccumulator<ChildFiles.Output> written = spark.sparkContext().collectionAccumulator("child files");
    String tasks = warehouse.staging(runId, TASKS);
    JavaRDD<Row> rows;
    long filesRead;
    HashMap<String, RepeatedContent.Repeat> repeats;
    if (options.inputFormat() == InputFormat.FILES) {
      List<InputFile> files = InputLister.list(options.inputs(), hadoop);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("Cannot run extract: no input files under " + options.inputs());
      }
      filesRead = files.size();
      repeats = RepeatedContent.find(RepeatedContent.idsOfFiles(spark, files, appendToPublished, conf), published);
      int partitions =
          Math.max(
              Math.min(files.size(), spark.sparkContext().defaultParallelism()),
              (files.size() + options.filesPerPartition() - 1) / options.filesPerPartition());
      rows =
          jsc.parallelize(files, partitions)
              .mapPartitions(parsePartition(conf, entries, jsc.broadcast(repeats), tasks, runId, written));
    } else {
      Dataset<Row> packed = PackedCorpus.read(spark, options.inputs(), options.inputFormat() == InputFormat.JSONL);
      int partitions = packed.rdd().getNumPartitions();
      filesRead = packed.count();
      repeats = RepeatedContent.find(RepeatedContent.idsOfPacked(packed), published);
      // A packed corpus is a few large files: Spark splits them by size, not by reports, and a single file of 20,000
      // reports would be parsed by one core. Small reports pack densely, so a packed partition holds four times the
      // files of a loose-file partition; the shuffle of the bytes is paid once and is cheap next to the parse.
      int wanted =
          (int) Math.max(
              spark.sparkContext().defaultParallelism(),
              (filesRead + PACKED_PARTITION_FACTOR * options.filesPerPartition() - 1)
                  / ((long) PACKED_PARTITION_FACTOR * options.filesPerPartition()));
      if (partitions * 2 < wanted) {
        packed = packed.repartition(wanted);
      }
      rows =
          packed.javaRDD()
              .mapPartitions(PackedCorpus.parsePartition(conf, entries, jsc.broadcast(repeats), tasks, runId, written));
    }
    long alreadyPresent = repeats.values().stream().filter(r -> r.firstPath() == null).count();
    try {
      // One pass: each parse task writes its reports rows through Spark and its child rows straight to Parquet
      // (ChildFiles), so no report is parsed twice and no row is staged and read back.
      spark.createDataFrame(rows, Datasets.REPORTS.schema())
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(warehouse.staging(runId, Datasets.REPORTS.name()));
      Map<String, Long> rowsWritten = new LinkedHashMap<>();
      rowsWritten.put(Datasets.REPORTS.name(), filesRead - alreadyPresent);
      Map<String, Long> childRows = ChildFiles.commit(written.value(), warehouse.staging(runId), hadoop);
      long crossYear = writeCrossYearChecks(warehouse, runId, childRows, appendToPublished);
      childRows.merge(Datasets.CHECKS.name(), crossYear, Long::sum);
      for (DatasetSpec spec : Datasets.CHILDREN) {
        long n = childRows.getOrDefault(spec.name(), 0L);
        if (n == 0) {
          writeEmpty(spec, warehouse.staging(runId, spec.name()));
        }
        rowsWritten.put(spec.name(), n);
      }
      RunSummary summary =
          summarize(runId, options, filesRead, alreadyPresent, manifest, started, warehouse, rowsWritten);
      List<String> names = Datasets.ALL.stream().map(DatasetSpec::name).toList();
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

  /**
   * R-T3-XYEAR over the staged reports and requests (and, when appending, the published ones): written beside the
   * run's other checks rows. Returns how many.
   */
  private long writeCrossYearChecks(
      Warehouse warehouse, String runId, Map<String, Long> childRows, boolean appendToPublished) throws IOException {
    if (childRows.getOrDefault(Datasets.REQUESTS.name(), 0L) == 0) {
      return 0;
    }
    Dataset<Row> earlier =
        appendToPublished && warehouse.has(Datasets.REQUESTS.name())
            ? CrossYearChecks.balances(
                spark.read().parquet(warehouse.dataset(Datasets.REPORTS.name())),
                spark.read().schema(Datasets.REQUESTS.schema()).parquet(warehouse.dataset(Datasets.REQUESTS.name())))
            : null;
    Dataset<Row> balances =
        CrossYearChecks.balances(
            spark.read().schema(Datasets.REPORTS.schema()).parquet(warehouse.staging(runId, Datasets.REPORTS.name())),
            spark.read().schema(Datasets.REQUESTS.schema())
                .parquet(warehouse.staging(runId, Datasets.REQUESTS.name())));
    String path = warehouse.staging(runId, CROSS_YEAR);
    write(CrossYearChecks.compare(balances, earlier).coalesce(spark.sparkContext().defaultParallelism()),
        Datasets.CHECKS, path);
    long n = spark.read().schema(Datasets.CHECKS.schema()).parquet(path).count();
    warehouse.moveFiles(path, warehouse.staging(runId, Datasets.CHECKS.name()));
    return n;
  }

  /** A dataset no report gave a row: written by Spark, so that it exists with its schema like the others. */
  private void writeEmpty(DatasetSpec spec, String path) {
    write(spark.createDataFrame(List.of(), spec.schema()).coalesce(1), spec, path);
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

  private static void write(Dataset<Row> data, DatasetSpec spec, String path) {
    var writer = data.write().mode(SaveMode.ErrorIfExists);
    if (spec.partitionBy() != null) {
      writer = writer.partitionBy(spec.partitionBy());
    }
    writer.parquet(path);
  }

  private RunSummary summarize(
      String run, Options options, long filesRead, long alreadyPresent, Manifest manifest, long started,
      Warehouse warehouse, Map<String, Long> rowsWritten) {
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
    return new RunSummary(
        run, options.append() ? "append" : "overwrite", spark.sparkContext().master(), ReportParser.VERSION,
        filesRead, parsed, rejected, alreadyPresent, byReason, byTemplate, checks, manifest.problems(), rowsWritten,
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * The per-partition work: read each file through Hadoop, parse it, write its child rows ({@link ChildFiles}) and
   * return its reports row. Lazy: one batch of files at a time.
   */
  static FlatMapFunction<Iterator<InputFile>, Row> parsePartition(
      Broadcast<HashMap<String, String>> conf, Broadcast<HashMap<String, ManifestEntry>> entries,
      Broadcast<HashMap<String, RepeatedContent.Repeat>> repeats, String tasks, String runId,
      CollectionAccumulator<ChildFiles.Output> written) {
    return files -> {
      Configuration hadoop = configuration(conf);
      ReportParser parser = new ReportParser();
      Map<String, ManifestEntry> manifest = entries.value();
      return ChildFiles.inTask(
          tasks, runId, hadoop, written,
          children ->
              new BatchedIterator<InputFile, Row>(
                  files,
                  ReportParser.BATCH_REPORTS,
                  ReportParser.BATCH_BYTES,
                  InputFile::size,
                  batch ->
                      rowsOf(
                          batch, repeats.value(), children, InputFile::path, InputFile::size,
                          parse -> readAll(parser, hadoop, parse),
                          file -> Manifest.lookup(manifest, file.path()))));
    };
  }

  /**
   * One batch's reports rows, its child rows given to {@code children}: the inputs not repeated are parsed together;
   * a copy of another input becomes a DUPLICATE_CONTENT row without being parsed; a report the warehouse holds gives
   * no row at all.
   */
  static <T> List<Row> rowsOf(
      List<T> batch, Map<String, RepeatedContent.Repeat> repeats, ReportRows.Sink children,
      Function<T, String> pathOf, ToLongFunction<T> sizeOf, Function<List<T>, List<ParsedReport>> parse,
      Function<T, ManifestEntry> manifestOf) {
    List<T> fresh = new ArrayList<>(batch.size());
    for (T input : batch) {
      if (!repeats.containsKey(pathOf.apply(input))) {
        fresh.add(input);
      }
    }
    List<ParsedReport> parsed = parse.apply(fresh);
    List<Row> rows = new ArrayList<>(batch.size());
    int next = 0;
    for (T input : batch) {
      String path = pathOf.apply(input);
      RepeatedContent.Repeat repeat = repeats.get(path);
      ParsedReport report;
      if (repeat == null) {
        report = parsed.get(next++);
      } else if (repeat.firstPath() == null) {
        continue;
      } else {
        report =
            ParsedReport.rejected(
                new Path(path).getName(), sizeOf.applyAsLong(input), repeat.reportId(), null, null,
                RejectReason.DUPLICATE_CONTENT.name(), "Same bytes as " + repeat.firstPath());
      }
      rows.add(ReportRows.of(report, path, manifestOf.apply(input), children));
    }
    return rows;
  }

  static Configuration configuration(Broadcast<HashMap<String, String>> conf) {
    Configuration hadoop = new Configuration(false);
    conf.value().forEach(hadoop::set);
    return hadoop;
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
