package io.gongkai.eval;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import io.gongkai.jobs.DatasetSpec;
import io.gongkai.jobs.Datasets;
import io.gongkai.jobs.InputFile;
import io.gongkai.jobs.InputLister;
import io.gongkai.warehouse.Warehouse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code gongkai eval}: truth files against a warehouse. The Spark side only lists and reads, matches truths to
 * reports, and groups each report's cells and checks with its truth; {@link ReportComparison} judges each report and
 * {@link EvalAccumulator} sums on the driver, report by report, so memory holds the figures and the worst reports,
 * never the corpus.
 *
 * <ol>
 *   <li>List every {@code *.truth.json} under the truth directory (recursively, hidden entries skipped) on the driver.
 *   <li>Parse them on the executors (Jackson); a file that cannot be read fails the evaluation, naming the file.
 *   <li>Match each truth to a {@code reports} row by file name ({@link ReportMatcher}) on the driver: only the truths'
 *       names and the reports with those names are collected.
 *   <li>Cogroup truths, {@code cells}, and {@code checks} plus the anomaly flags of {@code reports} ({@link
 *       WarehouseCheck#ANOMALY_FLAGS}) of the matched reports by {@code report_id}; score each truth.
 * </ol>
 *
 * <p>A missing truth directory, no truth files, an unreadable truth file or a missing {@code reports}, {@code cells}
 * or {@code checks} dataset is an {@link IllegalArgumentException}; failures reading Parquet propagate. The session is
 * the caller's: this class never stops it.
 */
public final class Evaluation {
  /** Truth files per partition when parsing and grouping: a few hundred reports' cells per task. */
  static final int TRUTHS_PER_PARTITION = 500;

  /** Key of a truth no report matched: it is scored alone (all cells missing), never against another report. */
  private static final String UNMATCHED = "\u0000unmatched:";

  /**
   * What to evaluate.
   *
   * @param truth the truth directory (any Hadoop URI), searched recursively
   * @param warehouse the warehouse written by extract (any Hadoop URI)
   * @param worst how many of the worst reports to keep with their misses (0 or more)
   */
  public record Options(String truth, String warehouse, int worst) {
    public Options {
      requireNonNull(truth, "truth is null");
      requireNonNull(warehouse, "warehouse is null");
      if (worst < 0) {
        throw new IllegalArgumentException(String.format("Cannot list the %s worst reports: must be 0 or more", worst));
      }
    }
  }

  private final SparkSession spark;

  public Evaluation(SparkSession spark) {
    this.spark = requireNonNull(spark, "spark is null");
  }

  public EvalResult run(Options options) throws IOException {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> truthFiles = listTruthFiles(options.truth(), hadoop);
    // The three datasets from one snapshot, resolved once: a run may publish while this one reads.
    List<DatasetSpec> specs = List.of(Datasets.REPORTS, Datasets.CELLS, Datasets.CHECKS);
    Map<String, String> locations =
        Warehouse.at(options.warehouse(), hadoop).datasetLocations(specs.stream().map(DatasetSpec::name).toList());
    Map<DatasetSpec, String> datasets = new HashMap<>();
    for (DatasetSpec spec : specs) {
      datasets.put(spec, locations.get(spec.name()));
    }

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions =
        Math.max(spark.sparkContext().defaultParallelism(), (truthFiles.size() + TRUTHS_PER_PARTITION - 1)
            / TRUTHS_PER_PARTITION);
    Broadcast<HashMap<String, String>> conf = jsc.broadcast(entries(hadoop));
    JavaRDD<Loaded> truths =
        jsc.parallelize(truthFiles, Math.min(partitions, truthFiles.size()))
            .mapPartitions(files -> load(files, conf.value()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<Loaded> index = truths.map(Loaded::index).collect();
      List<String> errors = index.stream().map(Loaded::error).filter(e -> e != null).sorted().toList();
      if (!errors.isEmpty()) {
        throw new IllegalArgumentException(
            errors.get(0) + (errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more truth files)"));
      }
      HashMap<String, String> reportOf = match(index, datasets.get(Datasets.REPORTS));
      Broadcast<HashMap<String, String>> matched = jsc.broadcast(reportOf);
      Dataset<Row> ids =
          spark.createDataset(new ArrayList<>(new LinkedHashSet<>(reportOf.values())), Encoders.STRING())
              .toDF("report_id");

      JavaPairRDD<String, TruthReport> byReport =
          truths.mapToPair(
              t -> new Tuple2<>(
                  matched.value().getOrDefault(t.source(), UNMATCHED + t.source()), t.truth()));
      JavaPairRDD<String, WarehouseCell> cells =
          read(datasets.get(Datasets.CELLS), Datasets.CELLS)
              .select("report_id", "table", "block", "row", "col", "raw", "semantic", "value", "unit")
              .join(functions.broadcast(ids), "report_id")
              .javaRDD()
              .mapToPair(
                  r -> new Tuple2<>(
                      r.getString(0),
                      new WarehouseCell(
                          r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                          r.getString(6), r.getDecimal(7), r.getString(8))));
      JavaPairRDD<String, WarehouseCheck> checks =
          read(datasets.get(Datasets.CHECKS), Datasets.CHECKS)
              .select("report_id", "check", "scope", "status", "severity")
              .join(functions.broadcast(ids), "report_id")
              .javaRDD()
              .mapToPair(
                  r -> new Tuple2<>(
                      r.getString(0),
                      new WarehouseCheck(r.getString(1), r.getString(2), r.getString(3), r.getString(4))));
      JavaPairRDD<String, WarehouseCheck> flags =
          read(datasets.get(Datasets.REPORTS), Datasets.REPORTS)
              .select(col("report_id"), functions.explode(col("flags")).as("flag"))
              .join(functions.broadcast(ids), "report_id")
              .javaRDD()
              .flatMapToPair(
                  r -> {
                    WarehouseCheck flag = WarehouseCheck.ofFlag(r.getString(1));
                    return (flag == null ? List.<Tuple2<String, WarehouseCheck>>of()
                        : List.of(new Tuple2<>(r.getString(0), flag))).iterator();
                  });

      // Each partition folds its own scores; only the partial results travel to the driver, so every core scores and
      // the driver holds the worst reports' misses, not every report's.
      int worst = options.worst();
      EvalAccumulator accumulator = new EvalAccumulator(worst);
      List<EvalAccumulator> parts =
          byReport.cogroup(cells, checks.union(flags), partitions)
              .mapPartitions(
                  groups -> {
                    EvalAccumulator part = new EvalAccumulator(worst);
                    groups.forEachRemaining(
                        group -> {
                          String id = group._1().startsWith(UNMATCHED) ? null : group._1();
                          for (TruthReport truth : group._2()._1()) {
                            part.add(ReportComparison.score(truth, id, group._2()._2(), group._2()._3()));
                          }
                        });
                    return List.of(part).iterator();
                  })
              .collect();
      parts.forEach(accumulator::merge);
      matched.destroy();
      return accumulator.result();
    } finally {
      truths.unpersist(false);
      conf.destroy();
    }
  }

  /** The truth files under {@code dir}, sorted; an argument error when the directory is missing or has none. */
  static List<String> listTruthFiles(String dir, Configuration hadoop) throws IOException {
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(hadoop);
    if (!fs.exists(root)) {
      throw new IllegalArgumentException(String.format("Cannot read truth files: %s does not exist", dir));
    }
    // The extract job's lister, not FileSystem.listFiles: on the local filesystem that starts a shell per file to read
    // permissions (131 s for 20,000 truth files). It skips hidden entries inside directories, as extract does.
    List<String> files = new ArrayList<>();
    for (InputFile file : InputLister.list(List.of(dir), hadoop)) {
      if (file.path().endsWith(TruthReader.SUFFIX)) {
        files.add(file.path());
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          String.format("Cannot evaluate: no *%s files under %s", TruthReader.SUFFIX, dir));
    }
    files.sort(null);
    return files;
  }

  /** Read with the registry schema, as export does, so the columns have the documented types whatever Spark infers. */
  private Dataset<Row> read(String location, DatasetSpec spec) {
    return spark.read().schema(spec.schema()).parquet(location);
  }

  /** Truth source → report_id for every truth some report matches ({@link ReportMatcher}). */
  private HashMap<String, String> match(List<Loaded> index, String reports) {
    Set<String> names = new LinkedHashSet<>();
    index.forEach(t -> names.add(name(t.truth().file())));
    Dataset<Row> wanted = spark.createDataset(new ArrayList<>(names), Encoders.STRING()).toDF("file");
    Map<String, List<ReportMatcher.Candidate>> byName = new HashMap<>();
    for (Row r :
        read(reports, Datasets.REPORTS)
            .select("report_id", "file", "path", "status")
            .join(functions.broadcast(wanted), "file")
            .select(col("report_id"), col("file"), col("path"), col("status"))
            .collectAsList()) {
      byName.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
          .add(new ReportMatcher.Candidate(r.getString(0), r.getString(2), r.getString(3)));
    }
    HashMap<String, String> reportOf = new HashMap<>();
    for (Loaded t : index) {
      ReportMatcher.Candidate c =
          ReportMatcher.match(t.source(), t.truth().file(), byName.getOrDefault(name(t.truth().file()), List.of()));
      if (c != null) {
        reportOf.put(t.source(), c.reportId());
      }
    }
    return reportOf;
  }

  private static String name(String file) {
    String normalized = file.replace('\\', '/');
    return normalized.substring(normalized.lastIndexOf('/') + 1);
  }

  /**
   * One truth file as read on an executor: the truth, or the reason it could not be read. For the driver's index the
   * cells and checks are dropped ({@link #index}), so only names travel.
   */
  record Loaded(String source, TruthReport truth, String error) implements Serializable {
    Loaded index() {
      return truth == null
          ? this
          : new Loaded(
              source,
              new TruthReport(
                  truth.source(), truth.file(), truth.layout(), List.of(), null, null, null, List.of(), List.of(),
                  List.of(), false, null),
              null);
    }
  }

  private static Iterator<Loaded> load(Iterator<String> files, HashMap<String, String> entries) {
    Configuration hadoop = new Configuration(false);
    entries.forEach(hadoop::set);
    List<Loaded> out = new ArrayList<>();
    while (files.hasNext()) {
      String file = files.next();
      try {
        Path path = new Path(file);
        byte[] bytes;
        try (InputStream in = path.getFileSystem(hadoop).open(path)) {
          bytes = in.readAllBytes();
        }
        out.add(new Loaded(file, TruthReader.read(file, bytes), null));
      } catch (IllegalArgumentException e) {
        out.add(new Loaded(file, null, e.getMessage()));
      } catch (IOException e) {
        out.add(new Loaded(file, null, "Cannot read truth file " + file + ": " + e.getMessage()));
      } catch (UncheckedIOException e) {
        out.add(new Loaded(file, null, "Cannot read truth file " + file + ": " + e.getCause().getMessage()));
      }
    }
    return out.iterator();
  }

  private static HashMap<String, String> entries(Configuration hadoop) {
    HashMap<String, String> entries = new HashMap<>();
    for (Map.Entry<String, String> e : hadoop) {
      entries.put(e.getKey(), e.getValue());
    }
    return entries;
  }
}
