package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.gongkai.parse.ReportParser;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import io.gongkai.warehouse.LockPolicy;
import io.gongkai.warehouse.PendingSnapshot;
import io.gongkai.warehouse.PublishStep;
import io.gongkai.warehouse.Snapshot;
import io.gongkai.warehouse.Warehouse;
import io.gongkai.warehouse.WarehouseLockedException;
import io.gongkai.warehouse.WriterLock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The extract job: list the inputs, key each by its bytes, parse every file once in tasks that write the per-report
 * datasets themselves ({@link ParseStage}), add the checks across years, roll up, check across reports, publish. Thin
 * by design: all parsing is {@link ReportParser}; all layout is {@link Datasets}.
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

  /**
   * Options of one run.
   *
   * @param keepSnapshots how many snapshots the warehouse retains after a publish: the new one and its predecessors,
   *     so a reader that resolved {@code CURRENT} before the publish can finish its query (at least 1; default 2)
   * @param lockPolicy how the writer lock proves its holder alive
   * @param rollup whether to recompute the rollups of the years this run touched ({@code --no-rollup} leaves those
   *     years out of {@code rollups} until {@code gongkai rollup} runs)
   * @param allowReadFailures whether input files that could not be read (READ_FAILED) still let the run end with
   *     exit code 0 ({@code --allow-read-failures}); recorded in the run summary's {@code exit_code}
   */
  public record Options(
      List<String> inputs,
      String output,
      String manifest,
      boolean append,
      int filesPerPartition,
      InputFormat inputFormat,
      int keepSnapshots,
      LockPolicy lockPolicy,
      boolean rollup,
      boolean allowReadFailures) {
    public static final int DEFAULT_KEEP_SNAPSHOTS = 2;

    public Options {
      if (keepSnapshots < 1) {
        throw new IllegalArgumentException("--keep-snapshots must be at least 1, found " + keepSnapshots);
      }
    }

    public Options(
        List<String> inputs, String output, String manifest, boolean append, int filesPerPartition,
        InputFormat inputFormat, int keepSnapshots, LockPolicy lockPolicy, boolean rollup) {
      this(inputs, output, manifest, append, filesPerPartition, inputFormat, keepSnapshots, lockPolicy, rollup, false);
    }

    public Options(
        List<String> inputs, String output, String manifest, boolean append, int filesPerPartition,
        InputFormat inputFormat) {
      this(inputs, output, manifest, append, filesPerPartition, inputFormat, DEFAULT_KEEP_SNAPSHOTS,
          LockPolicy.DEFAULT, true);
    }

    public Options(List<String> inputs, String output, String manifest, boolean append, int filesPerPartition) {
      this(inputs, output, manifest, append, filesPerPartition, InputFormat.FILES);
    }
  }

  private final SparkSession spark;
  private final Consumer<String> warnings;
  private final ParseProgress.Settings progress;

  public ExtractJob(SparkSession spark) {
    this(spark, System.err::println);
  }

  /** A job whose warnings (a lock taken over, leftovers of crashed runs removed) go to {@code warnings}. */
  public ExtractJob(SparkSession spark, Consumer<String> warnings) {
    this(spark, warnings, ParseProgress.Settings.OFF);
  }

  /** A job that also prints a progress line while it parses, as {@code progress} says. */
  public ExtractJob(SparkSession spark, Consumer<String> warnings, ParseProgress.Settings progress) {
    this.spark = spark;
    this.warnings = warnings;
    this.progress = java.util.Objects.requireNonNull(progress, "progress is null");
  }

  /** How many more reports a packed-corpus partition holds than a loose-file one. */
  static final int PACKED_PARTITION_FACTOR = 4;

  /**
   * Staging name of the parse tasks' files: one directory per task attempt, whose files move into the snapshot when
   * the attempt succeeded; never published from here.
   */
  static final String PARSED = "parsed";

  /**
   * Runs the job: takes the warehouse's writer lock before reading anything, removes what crashed runs left, parses,
   * writes a new snapshot and publishes it by swapping {@code CURRENT}; releases the lock.
   *
   * @throws IllegalArgumentException for bad arguments (nothing written)
   * @throws WarehouseLockedException when another live run holds the warehouse (nothing read or written)
   */
  public RunSummary run(Options options) throws IOException {
    long started = System.nanoTime();
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
            + "-" + UUID.randomUUID().toString().substring(0, 8);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Warehouse warehouse = Warehouse.at(options.output(), hadoop);
    if (warehouse.hasUnversionedLayout()) {
      throw new IllegalArgumentException(
          String.format(
              "Cannot write warehouse %s: it holds datasets in the unversioned layout of earlier versions (reports/ "
                  + "and no %s file); extract into a new warehouse", options.output(), Warehouse.CURRENT));
    }
    List<String> runWarnings = new ArrayList<>();
    Consumer<String> warn =
        w -> {
          runWarnings.add(w);
          warnings.accept(w);
        };
    WriterLock lock = warehouse.lock(runId, options.lockPolicy(), warn);
    try {
      List<String> leftovers = warehouse.recover(runId, options.keepSnapshots());
      if (!leftovers.isEmpty()) {
        warn.accept(
            String.format("Warning: removed %d leftovers of runs that did not finish in %s: %s", leftovers.size(),
                options.output(), leftovers));
      }
      PublishStep.LOCKED.reached();
      return runLocked(options, runId, started, hadoop, warehouse, lock, runWarnings);
    } finally {
      lock.close();
      warehouse.deleteIfCreatedAndEmpty();
    }
  }

  private RunSummary runLocked(
      Options options, String runId, long started, Configuration hadoop, Warehouse warehouse, WriterLock lock,
      List<String> runWarnings) throws IOException {
    Optional<Snapshot> previous = warehouse.current();
    if (options.append() && previous.isPresent()) {
      requireAppendable(previous.get());
    }
    Manifest manifest = options.manifest() == null ? Manifest.empty() : Manifest.read(options.manifest(), hadoop);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HashMap<String, ManifestEntry>> entries = jsc.broadcast(manifest.entries());
    JavaRDD<Row> keyedRows;
    int partitions;
    long total;
    List<String> listingNotes = new ArrayList<>();
    Broadcast<HashMap<String, String>> conf = jsc.broadcast(hadoopEntries(hadoop));
    if (options.inputFormat() == InputFormat.FILES) {
      InputLister.Listing listing = InputLister.listing(options.inputs(), hadoop);
      List<InputFile> files = listing.files();
      listingNotes.addAll(listing.notes());
      listing.notes().forEach(n -> warnings.accept("Note: " + n));
      if (files.isEmpty()) {
        throw new IllegalArgumentException("Cannot run extract: no input files under " + options.inputs());
      }
      partitions =
          Math.max(
              Math.min(files.size(), spark.sparkContext().defaultParallelism()),
              (files.size() + options.filesPerPartition() - 1) / options.filesPerPartition());
      keyedRows = jsc.parallelize(files, partitions).mapPartitions(ParseStage.readFiles(conf));
      total = files.size();
    } else {
      Dataset<Row> packed = PackedCorpus.read(spark, options.inputs(), options.inputFormat() == InputFormat.JSONL);
      total = packed.count();
      partitions = PackedCorpus.partitions(
          packed, total, spark.sparkContext().defaultParallelism(), options.filesPerPartition());
      keyedRows = packed.javaRDD().mapPartitions(ParseStage.keyPacked());
    }
    boolean appendTo = options.append() && previous.isPresent();
    Dataset<Row> keyed =
        ParseStage.markPublished(
            spark.createDataFrame(keyedRows, ParseStage.KEYED),
            appendTo ? read(previous.get().dataset(Datasets.REPORTS.name()), Datasets.REPORTS) : null);
    int tasks = parseTasks(spark.sparkContext().defaultParallelism(), partitions, total);
    // Counted as each task parses, for the progress lines only: the summary counts from the tasks' tallies.
    LiveCount parsedFiles = LiveCount.register(spark.sparkContext(), "files parsed");
    PendingSnapshot next = null;
    try {
      // The parse tasks write the per-report datasets into the run's staging area, an attempt's files in a directory
      // of its own; those of the attempts that succeeded move into the snapshot below.
      String written = warehouse.staging(runId, PARSED);
      List<ParseStage.Tally> tallies;
      try (parsedFiles; ParseProgress printer = ParseProgress.start(progress, parsedFiles::sum, total)) {
        tallies =
            ParseStage.spread(keyed, tasks)
                .javaRDD()
                .mapPartitions(ParseStage.parseAndWrite(written, runId, conf, entries, parsedFiles.accumulator()))
                .collect();
      }
      PublishStep.PARSED.reached();
      long filesRead = 0;
      long alreadyPresent = 0;
      long readFailed = 0;
      for (ParseStage.Tally tally : tallies) {
        filesRead += tally.reports();
        alreadyPresent += tally.alreadyPresent();
        readFailed += tally.readFailed();
      }
      next = warehouse.begin(runId);
      ParseStage.adopt(next, written, tallies, hadoop);
      if (next.hasFiles(Datasets.REQUESTS.name())) {
        Dataset<Row> earlier =
            appendTo && hasDataset(previous.get(), Datasets.REQUESTS)
                ? CrossYearChecks.balances(
                    read(previous.get().dataset(Datasets.REPORTS.name()), Datasets.REPORTS),
                    read(previous.get().dataset(Datasets.REQUESTS.name()), Datasets.REQUESTS))
                : null;
        // Before the carry-over: the snapshot's reports and requests are this run's alone.
        Dataset<Row> carryOver =
            CrossYearChecks.compare(
                CrossYearChecks.balances(
                    read(next.dataset(Datasets.REPORTS.name()), Datasets.REPORTS),
                    read(next.dataset(Datasets.REQUESTS.name()), Datasets.REQUESTS)),
                earlier);
        String staged = warehouse.staging(runId, "checks-across-years");
        write(carryOver.coalesce(1), Datasets.CHECKS, staged);
        next.adopt(Datasets.CHECKS.name(), staged);
      }
      // The tasks' directories are scratch: what is left in them are failed attempts' files.
      warehouse.deleteStaging(runId, PARSED);
      PublishStep.DATASETS_WRITTEN.reached();
      RunSummary summary =
          summarize(runId, options, filesRead, alreadyPresent, readFailed, manifest, listingNotes, started, next,
              previous, runWarnings);
      if (appendTo && summary.rowsWritten().getOrDefault(Datasets.REPORTS.name(), 0L) == 0) {
        // Nothing new: the published snapshot stays as it is; the run is still a run, and says so.
        next.discard();
        next = null;
        warehouse.writeRunSummary(summary.toJson(), runId);
        warehouse.deleteStaging(runId);
        return summary;
      }
      if (appendTo) {
        // Checks computed across reports belong to their year's rollup: rollUp carries over those of the years it
        // does not recompute.
        next.carryOver(
            previous.get(), Datasets.PER_REPORT_NAMES, relative -> !CrossReportStage.acrossReports(relative));
        PublishStep.CARRIED_OVER.reached();
      }
      summary =
          rollUp(options, summary, appendTo ? previous.get() : null, next, warehouse.staging(runId, "rollups"),
              started);
      for (DatasetSpec spec : Datasets.ALL) {
        if (!next.hasFiles(spec.name())) {
          writePlaceholder(spark, next, spec, warehouse.staging(runId, Warehouse.PLACEHOLDER_PREFIX + spec.name()));
        }
      }
      List<String> afterCommit = next.publish(summary.toJson(), previous, lock, options.keepSnapshots());
      afterCommit.forEach(warnings);
      try {
        warehouse.deleteStaging(runId);
        PublishStep.STAGING_DELETED.reached();
      } catch (IOException e) {
        warnings.accept("Warning: published snapshot " + runId + ", but cannot delete its staging area: "
            + e.getMessage() + "; the next run deletes it");
      }
      return summary;
    } catch (IOException | RuntimeException e) {
      if (next != null) {
        next.discard(); // a no-op once published: after the commit point nothing is undone
      }
      warehouse.deleteStaging(runId);
      throw e;
    }
  }

  /**
   * Recomputes the rollups of the years this run touched from the new snapshot's reports and metrics (the carried-over
   * reports of those years included), and carries the other years' rollup files over as they were. An overwrite
   * touches every year it holds.
   */
  private RunSummary rollUp(
      Options options, RunSummary summary, Snapshot appendedTo, PendingSnapshot next, String staging,
      long runStarted) throws IOException {
    long started = System.nanoTime();
    List<Integer> touched;
    List<Integer> checkYears = null;
    if (appendedTo == null) {
      touched = null;
    } else {
      touched = new ArrayList<>();
      for (Row r : read(next.dataset(Datasets.REPORTS.name()), Datasets.REPORTS)
          .join(read(appendedTo.dataset(Datasets.REPORTS.name()), Datasets.REPORTS).select("report_id"),
              new String[] {"report_id"}, "left_anti")
          .select("report_year").distinct().collectAsList()) {
        if (!r.isNullAt(0)) {
          touched.add(r.getInt(0));
        }
      }
      java.util.Collections.sort(touched);
      java.util.Set<String> recomputed = new java.util.HashSet<>();
      touched.forEach(y -> recomputed.add(Datasets.ROLLUPS.partitionBy() + "=" + y + "/"));
      next.carryOver(appendedTo, Datasets.ROLLUPS.name(),
          relative -> recomputed.stream().noneMatch(relative::startsWith));
      checkYears = CrossReportStage.yearsToRecompute(touched,
          RollupStage.years(read(next.dataset(Datasets.REPORTS.name()), Datasets.REPORTS)));
      java.util.Set<String> rechecked = new java.util.HashSet<>();
      checkYears.forEach(y -> rechecked.add(Datasets.CHECKS.partitionBy() + "=" + y + "/"));
      next.carryOver(appendedTo, Datasets.CHECKS.name(),
          relative -> CrossReportStage.acrossReports(relative) && rechecked.stream().noneMatch(relative::startsWith));
    }
    // The years recomputed: every year of the snapshot's reports for an overwrite (a year whose reports are all
    // consolidated or rejected has no rollup rows, yet it was recomputed), else the touched ones.
    List<Integer> years =
        touched != null ? touched : RollupStage.years(read(next.dataset(Datasets.REPORTS.name()), Datasets.REPORTS));
    Map<String, Map<String, Long>> acrossReports = Map.of();
    RunSummary.StageCost acrossReportsCost = RunSummary.StageCost.NONE;
    if (options.rollup()) {
      Dataset<Row> rollups =
          RollupStage.rollups(read(next.dataset(Datasets.REPORTS.name()), Datasets.REPORTS),
              read(next.dataset(Datasets.METRICS.name()), Datasets.METRICS), touched);
      // An append writes its years beside the snapshot, then moves them in next to the carried-over years.
      String staged = touched == null ? next.dataset(Datasets.ROLLUPS.name()) : staging;
      // Few rows (regions × kinds × metrics): one file per year.
      write(rollups.repartition(col("report_year")), Datasets.ROLLUPS, staged);
      if (touched != null) {
        next.adopt(Datasets.ROLLUPS.name(), staged);
      }
      boolean rssReset = MemoryProbe.reset();
      long checked = System.nanoTime();
      acrossReports = CrossReportStage.write(next, checkYears, staging + "-" + CrossReportStage.FILE_PREFIX + "checks");
      MemoryProbe.Peak peak = MemoryProbe.read(rssReset);
      acrossReportsCost =
          new RunSummary.StageCost((System.nanoTime() - checked) / 1e9, peak.peakRssMb(), peak.heapPeakMb());
    }
    PublishStep.ROLLED_UP.reached();
    long rows = options.rollup()
        ? read(next.dataset(Datasets.ROLLUPS.name()), Datasets.ROLLUPS)
            .filter(touched == null ? lit(true) : col("report_year").isin(touched.toArray())).count()
        : 0;
    long now = System.nanoTime();
    return summary.withRollup(rows, options.rollup() ? years : List.of(), options.rollup() ? null : years,
        acrossReports, (now - started) / 1e9, (now - runStarted) / 1e9, acrossReportsCost);
  }

  private boolean hasDataset(Snapshot snapshot, DatasetSpec spec) throws IOException {
    Path location = new Path(snapshot.dataset(spec.name()));
    return location.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(location);
  }

  private Dataset<Row> read(String location, DatasetSpec spec) {
    return spark.read().schema(spec.schema()).parquet(location);
  }

  /**
   * Gives a dataset without rows its schema: one Parquet file with no row group, so that Spark, DuckDB and pandas read
   * zero rows instead of failing on a directory without files. A partitioned dataset keeps it in the null
   * partition's directory, where Spark puts the rows whose partition value is unknown.
   */
  static void writePlaceholder(SparkSession spark, PendingSnapshot next, DatasetSpec spec, String scratch)
      throws IOException {
    org.apache.spark.sql.types.StructType schema = spec.schema();
    String subdirectory = "";
    if (spec.partitionBy() != null) {
      schema = new org.apache.spark.sql.types.StructType(
          java.util.Arrays.stream(schema.fields()).filter(f -> !f.name().equals(spec.partitionBy()))
              .toArray(org.apache.spark.sql.types.StructField[]::new));
      subdirectory = spec.partitionBy() + "=" + NULL_PARTITION;
    }
    spark.createDataFrame(List.<Row>of(), schema).coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(scratch);
    next.adoptPlaceholder(spec.name(), subdirectory, scratch);
  }

  /** The directory value Spark (and Hive) write for a null partition value. */
  public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  /**
   * The codec of the published datasets: Spark's default, named so that a program writing the same datasets without
   * Spark (the benchmark's plain Parquet phase) writes them the same way.
   */
  public static final String PARQUET_COMPRESSION = "snappy";

  /** Before any parse: new rows must have the types of the published ones, or the dataset would hold two. */
  private void requireAppendable(Snapshot previous) throws IOException {
    FileSystem fs = previous.path().getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (DatasetSpec spec : Datasets.ALL) {
      String location = previous.dataset(spec.name());
      if (!fs.exists(new Path(location))) {
        continue; // a dataset this version added: the append creates it
      }
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

  /**
   * Write tasks per dataset: about one per 20,000 reports against the small-files trap, at least one per core, and a
   * multiple of the cores — five tasks on two cores leave one core idle for the last fifth of every write (the cells
   * and checks writes of 100,000 reports ran at 1.47 cores).
   */
  public static int outputPartitions(int cores, int inputPartitions, long reports) {
    long wanted = Math.max(cores, Math.min(inputPartitions, (reports + 19_999) / 20_000));
    return (int) ((wanted + cores - 1) / cores * cores);
  }

  /**
   * Parse tasks, each writing its own files: the write tasks' count ({@link #outputPartitions}), raised to four tasks a
   * core when the input's partitions ({@code --files-per-partition}) allow it. With one task a core, a task lost with
   * its executor loses a core's whole share, and the last task runs alone for up to a task's length; four a core
   * bound both at a quarter of a share, for at most four times the files of a small run (at scale, one task per
   * 20,000 reports already gives more).
   */
  public static int parseTasks(int cores, int inputPartitions, long reports) {
    long wanted = Math.max(outputPartitions(cores, inputPartitions, reports), Math.min(inputPartitions, 4L * cores));
    return (int) ((wanted + cores - 1) / cores * cores);
  }

  private static void write(Dataset<Row> data, DatasetSpec spec, String path) {
    var writer = data.write().mode(SaveMode.ErrorIfExists).option("compression", PARQUET_COMPRESSION);
    if (spec.partitionBy() != null) {
      writer = writer.partitionBy(spec.partitionBy());
    }
    writer.parquet(path);
  }

  private RunSummary summarize(
      String run, Options options, long filesRead, long alreadyPresent, long readFailed, Manifest manifest,
      List<String> listingNotes,
      long started, PendingSnapshot next, Optional<Snapshot> previous, List<String> runWarnings) throws IOException {
    Map<String, Long> rowsWritten = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.PER_REPORT) {
      rowsWritten.put(spec.name(), next.hasFiles(spec.name()) ? read(next.dataset(spec.name()), spec).count() : 0L);
    }
    long parsed = 0;
    long rejected = 0;
    Map<String, Long> byReason = new TreeMap<>();
    Map<String, Long> byTemplate = new TreeMap<>();
    Map<String, Long> checks = new LinkedHashMap<>();
    checks.put("PASS", 0L);
    checks.put("FAIL", 0L);
    checks.put("UNCERTAIN", 0L);
    if (rowsWritten.get(Datasets.REPORTS.name()) > 0) {
      Dataset<Row> reports = read(next.dataset(Datasets.REPORTS.name()), Datasets.REPORTS);
      for (Row r : reports.groupBy("status", "reject_reason").count().collectAsList()) {
        if ("parsed".equals(r.getString(0))) {
          parsed += r.getLong(2);
        } else {
          rejected += r.getLong(2);
          byReason.merge(String.valueOf(r.getString(1)), r.getLong(2), Long::sum);
        }
      }
      for (Row r : reports.filter(col("status").equalTo("parsed")).groupBy("template_t2", "template_t3").count()
          .collectAsList()) {
        byTemplate.put("t2=" + r.getString(0) + ",t3=" + r.getString(1), r.getLong(2));
      }
      Row sums =
          reports.agg(functions.sum("checks_pass"), functions.sum("checks_fail"), functions.sum("checks_uncertain"))
              .first();
      checks.put("PASS", sums.isNullAt(0) ? 0 : sums.getLong(0));
      checks.put("FAIL", sums.isNullAt(1) ? 0 : sums.getLong(1));
      checks.put("UNCERTAIN", sums.isNullAt(2) ? 0 : sums.getLong(2));
    }
    boolean nothingNew = options.append() && previous.isPresent() && rowsWritten.get(Datasets.REPORTS.name()) == 0;
    return new RunSummary(
        run, options.append() ? "append" : "overwrite", spark.sparkContext().master(), ReportParser.VERSION,
        filesRead, parsed, rejected, alreadyPresent, readFailed, options.allowReadFailures(), byReason, byTemplate, checks, manifest.problems(), listingNotes,
        rowsWritten,
        (System.nanoTime() - started) / 1e9, nothingNew ? previous.get().id() : run, !nothingNew,
        previous.map(Snapshot::id).orElse(null), List.copyOf(runWarnings), RunSummary.Rollup.NONE);
  }

  private static HashMap<String, String> hadoopEntries(Configuration hadoop) {
    HashMap<String, String> entries = new HashMap<>();
    for (Map.Entry<String, String> e : hadoop) {
      entries.put(e.getKey(), e.getValue());
    }
    return entries;
  }
}
