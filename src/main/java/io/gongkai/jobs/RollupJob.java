package io.gongkai.jobs;

import io.gongkai.warehouse.LockPolicy;
import io.gongkai.warehouse.PendingSnapshot;
import io.gongkai.warehouse.Snapshot;
import io.gongkai.warehouse.Warehouse;
import io.gongkai.warehouse.WarehouseLockedException;
import io.gongkai.warehouse.WriterLock;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code gongkai rollup}: recomputes every year's rollups from the published snapshot's {@code reports} and {@code
 * metrics} and publishes them as a new snapshot, with the per-report datasets shared unchanged. It fills the years an
 * {@code extract --no-rollup} left out, and repairs rollups after a change of the rollup rules. It does not re-read
 * metrics: a new row of {@code metrics.tsv} needs an extract, since metrics come from the parse. Same writer lock and
 * the same atomic publish as extract.
 */
public final class RollupJob {
  /** What a rollup run did, written as the snapshot's {@code _run.json}. */
  public record Result(String runId, String snapshot, String previousSnapshot, List<Integer> years, long rows,
      Map<String, Map<String, Long>> checksAcrossReports, double wallSeconds) {
    public String toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("run_id", runId);
      json.put("mode", "rollup");
      json.put("snapshot", snapshot);
      json.put("previous_snapshot", previousSnapshot);
      json.put("years", years);
      json.put("rows_written", Map.of(Datasets.ROLLUPS.name(), rows));
      json.put("checks_across_reports", checksAcrossReports);
      json.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(json)
            + "\n";
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("Cannot write rollup summary", e);
      }
    }

    public String toText() {
      return String.format(
          "Gongkai rollup %s%n  years           %s%n  rows written    %d%n  across reports  %s%n"
              + "  published       snapshot %s%n  wall time       %.1f s%n", runId, years, rows, checksAcrossReports,
          snapshot, wallSeconds);
    }
  }

  private final SparkSession spark;
  private final Consumer<String> warnings;

  public RollupJob(SparkSession spark, Consumer<String> warnings) {
    this.spark = spark;
    this.warnings = warnings;
  }

  /**
   * @throws IllegalArgumentException when the warehouse has no published snapshot (nothing written)
   * @throws WarehouseLockedException when another live run holds the warehouse
   */
  public Result run(String location, int keepSnapshots, LockPolicy policy) throws IOException {
    long started = System.nanoTime();
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
            + "-" + UUID.randomUUID().toString().substring(0, 8);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Warehouse warehouse = Warehouse.at(location, hadoop);
    Optional<Snapshot> previous = warehouse.current();
    if (previous.isEmpty()) {
      throw new IllegalArgumentException(
          String.format("Cannot roll up %s: it has no published snapshot (no %s file); run extract first", location,
              Warehouse.CURRENT));
    }
    WriterLock lock = warehouse.lock(runId, policy, warnings);
    PendingSnapshot next = null;
    try {
      List<String> leftovers = warehouse.recover(runId, keepSnapshots);
      if (!leftovers.isEmpty()) {
        warnings.accept(String.format("Warning: removed %d leftovers of runs that did not finish in %s: %s",
            leftovers.size(), location, leftovers));
      }
      previous = warehouse.current(); // read again under the lock: a run may have published meanwhile
      next = warehouse.begin(runId);
      // Checks computed across reports are recomputed with the rollups they compare with.
      next.carryOver(
          previous.get(), Datasets.PER_REPORT_NAMES, relative -> !CrossReportStage.acrossReports(relative));
      Dataset<Row> rollups =
          RollupStage.rollups(read(next.dataset(Datasets.REPORTS.name()), Datasets.REPORTS),
              read(next.dataset(Datasets.METRICS.name()), Datasets.METRICS), null);
      rollups.repartition(org.apache.spark.sql.functions.col("report_year")).write().mode(SaveMode.ErrorIfExists)
          .partitionBy(Datasets.ROLLUPS.partitionBy()).parquet(next.dataset(Datasets.ROLLUPS.name()));
      Map<String, Map<String, Long>> acrossReports =
          CrossReportStage.write(next, null,
              warehouse.staging(runId, CrossReportStage.FILE_PREFIX + Datasets.CHECKS.name()));
      long rows = read(next.dataset(Datasets.ROLLUPS.name()), Datasets.ROLLUPS).count();
      List<Integer> years = RollupStage.years(read(next.dataset(Datasets.REPORTS.name()), Datasets.REPORTS));
      for (DatasetSpec spec : Datasets.ALL) {
        if (!next.hasFiles(spec.name())) {
          ExtractJob.writePlaceholder(spark, next, spec, warehouse.staging(runId, Warehouse.PLACEHOLDER_PREFIX + spec.name()));
        }
      }
      Result result =
          new Result(runId, runId, previous.get().id(), years, rows, acrossReports,
              (System.nanoTime() - started) / 1e9);
      next.publish(result.toJson(), previous, lock, keepSnapshots).forEach(warnings);
      warehouse.deleteStaging(runId);
      return result;
    } catch (IOException | RuntimeException e) {
      if (next != null) {
        next.discard();
      }
      warehouse.deleteStaging(runId);
      throw e;
    } finally {
      lock.close();
    }
  }

  private Dataset<Row> read(String location, DatasetSpec spec) {
    return spark.read().schema(spec.schema()).parquet(location);
  }
}
