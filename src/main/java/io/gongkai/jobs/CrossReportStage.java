package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;

import io.gongkai.crossreport.AnomalyParameters;
import io.gongkai.crossreport.CopiedProse;
import io.gongkai.warehouse.PendingSnapshot;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The checks that depend on other reports' files (R-XR-CONSOLIDATED against the rollups, R-XR-YOY against the year
 * before and its stratum, R-T2-INFORCE-XYEAR and R-XR-STALE against the year before, R-XR-PEER against the reports
 * of the same year, level, body kind and province, R-XR-COPY against every report's prose), computed over the whole
 * snapshot after the rollups and written apart from the per-report checks: in files named {@value #FILE_PREFIX}… in
 * their {@code report_year} partitions of {@code checks}. A run replaces those files of the years it recomputes and
 * shares every other file.
 *
 * <p>An append that adds reports of year Y recomputes Y (its rollups, strata, peer groups and consolidated reports
 * changed), Y + 1 (its reports' year before changed) and every later year (a later report may be a copy of a new
 * one): {@link #yearsToRecompute}.
 */
public final class CrossReportStage {
  /** The name prefix of the {@code checks} files computed across reports. */
  public static final String FILE_PREFIX = "xr-";

  private CrossReportStage() {}

  /** Whether a file of {@code checks} (its path relative to the dataset) holds checks computed across reports. */
  public static boolean acrossReports(String relativePath) {
    return relativePath.substring(relativePath.lastIndexOf('/') + 1).startsWith(FILE_PREFIX);
  }

  /**
   * The years whose checks across reports change when reports of {@code touched} years are added: each and the next
   * (their year before changed), and every year of the snapshot after the earliest touched one: an R-XR-COPY pair is
   * written in its later report's year, and a new report can be the earlier side of a copy made in any later year.
   * An append of the newest year recomputes that year only; one that fills in an old year recomputes every year after
   * it. Not recomputed: the R-XR-COPY rows of the years before, although a sentence that the new year's reports make
   * boilerplate is left out of every report from then on; it changes an earlier pair only when both its reports print
   * that sentence, and {@code gongkai rollup} recomputes every year.
   *
   * @param present the years of the snapshot's reports
   */
  public static List<Integer> yearsToRecompute(List<Integer> touched, List<Integer> present) {
    TreeSet<Integer> years = new TreeSet<>(touched);
    touched.forEach(y -> years.add(y + 1));
    if (!touched.isEmpty()) {
      int earliest = java.util.Collections.min(touched);
      present.stream().filter(y -> y > earliest).forEach(years::add);
    }
    return List.copyOf(years);
  }

  /**
   * Writes the checks across reports of the given years (all when null) into the snapshot's {@code checks}, from its
   * reports, metrics and (already written) rollups.
   *
   * @param staging an empty location to write to before the files move into the snapshot
   * @return how many were written, by check id and status
   */
  public static Map<String, Map<String, Long>> write(PendingSnapshot next, List<Integer> years, String staging)
      throws IOException {
    SparkSession spark = SparkSession.active();
    Dataset<Row> reports = read(spark, next, Datasets.REPORTS);
    Dataset<Row> metrics = read(spark, next, Datasets.METRICS);
    // Each report with its body's year before: one grouping by body name, shared by the checks of the year before.
    Dataset<Row> pairs = YearOverYearStage.pairs(reports, years).persist();
    try {
      // Each check's query is built on a driver thread of its own: building one runs its shuffles (adaptive query
      // execution plans from their output), and one after the other they kept under one core busy.
      Map<String, ConcurrentQueries.Query<Dataset<Row>>> stages = new LinkedHashMap<>();
      Dataset<Row> rollups = read(spark, next, Datasets.ROLLUPS);
      stages.put("the consolidated-report checks",
          () -> ConsolidatedCheckStage.checks(reports, metrics, rollups, years));
      stages.put("the year-over-year checks",
          () -> YearOverYearStage.checks(reports, pairs, metrics, AnomalyParameters.get().yearOverYear()));
      stages.put("the in-force checks", () -> InForceStage.checks(reports, pairs, metrics));
      Dataset<Row> tables = read(spark, next, Datasets.TABLES);
      stages.put("the stale-table checks",
          () -> StaleTableStage.checks(reports, pairs, tables, AnomalyParameters.get().stale()));
      stages.put("the peer checks", () -> PeerStage.checks(reports, metrics, years, AnomalyParameters.get().peers()));
      // A snapshot of a version before the sentences dataset has no prose to compare.
      if (next.hasFiles(Datasets.SENTENCES.name())) {
        Dataset<Row> sentences = read(spark, next, Datasets.SENTENCES);
        stages.put("the copied-prose checks", () -> CopyStage.checks(reports, sentences, years,
            AnomalyParameters.get().copies(), staging + "-" + CopiedProse.ID));
      }
      Dataset<Row> checks = null;
      for (Dataset<Row> stage : ConcurrentQueries.run(stages, stages.size()).values()) {
        checks = checks == null ? stage : checks.unionByName(stage);
      }
      // Few rows per year against the per-report checks: one file per year.
      checks.repartition(col("report_year")).write().mode(SaveMode.ErrorIfExists)
          .partitionBy(Datasets.CHECKS.partitionBy()).parquet(staging);
    } finally {
      pairs.unpersist();
    }
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (Row r : spark.read().schema(Datasets.CHECKS.schema()).parquet(staging).groupBy("check", "status").count()
        .collectAsList()) {
      counts.computeIfAbsent(r.getString(0), c -> new TreeMap<>()).put(r.getString(1), r.getLong(2));
    }
    next.adopt(Datasets.CHECKS.name(), staging, FILE_PREFIX);
    counts.replaceAll((check, byStatus) -> Collections.unmodifiableMap(byStatus));
    return Collections.unmodifiableMap(counts);
  }

  /** A dataset of the snapshot; without rows when a warehouse written before this version lacks it. */
  private static Dataset<Row> read(SparkSession spark, PendingSnapshot next, DatasetSpec spec) throws IOException {
    org.apache.hadoop.fs.Path location = new org.apache.hadoop.fs.Path(next.dataset(spec.name()));
    if (!location.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(location)) {
      return spark.createDataFrame(List.<Row>of(), spec.schema());
    }
    return spark.read().schema(spec.schema()).parquet(location.toString());
  }
}
