package io.gongkai.jobs;

import static java.util.Objects.requireNonNull;

import io.gongkai.warehouse.Snapshot;
import io.gongkai.warehouse.Warehouse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads the published snapshot of a warehouse as an analyst would (resolved once) and says whether it is whole: every
 * dataset readable with the registry's schema, and every row's {@code report_id} one of {@code reports}. Each dataset
 * also gets a content fingerprint (the sum of a 64-bit hash of every row), equal for equal rows in any order and any
 * file layout, so two warehouses, or one warehouse at two moments, can be compared without exporting them.
 */
public final class SnapshotVerification {
  /**
   * One dataset of the snapshot.
   *
   * @param rows its rows
   * @param reports distinct report ids among them
   * @param orphans rows whose report id is not in {@code reports}: must be 0
   * @param fingerprint sum over rows of xxhash64 of every column, as a decimal
   */
  public record DatasetState(String name, long rows, long reports, long orphans, BigDecimal fingerprint) {
    public String toText() {
      return String.format("%-18s %10d rows %8d reports %6d orphans  fingerprint %s", name, rows, reports, orphans,
          fingerprint.toPlainString());
    }
  }

  /** The snapshot read, its datasets, and what is wrong with it (empty when whole). */
  public record Result(String snapshot, List<DatasetState> datasets, List<String> problems) {
    public boolean whole() {
      return problems.isEmpty();
    }
  }

  private final SparkSession spark;
  /**
   * Row count and fingerprint of every dataset read so far, by warehouse location and dataset name: comparing one
   * reference with several warehouses reads the reference once.
   */
  private final Map<String, Map<String, DatasetState>> states = new HashMap<>();

  public SnapshotVerification(SparkSession spark) {
    this.spark = requireNonNull(spark, "spark is null");
  }

  /**
   * @throws IllegalArgumentException when the warehouse has no published snapshot
   */
  public Result run(String warehouse) throws IOException {
    Warehouse w = Warehouse.at(warehouse, spark.sparkContext().hadoopConfiguration());
    Optional<Snapshot> snapshot = w.current();
    if (snapshot.isEmpty()) {
      throw new IllegalArgumentException(
          String.format("Cannot verify %s: it has no published snapshot (no %s file)", warehouse, Warehouse.CURRENT));
    }
    List<String> problems = new ArrayList<>();
    List<DatasetState> states = new ArrayList<>();
    Map<String, String> locations;
    try {
      locations = w.datasetLocations(Datasets.ALL.stream().map(DatasetSpec::name).toList());
    } catch (IllegalArgumentException e) {
      return new Result(snapshot.get().id(), states, List.of(e.getMessage()));
    }
    Dataset<Row> reportIds =
        spark.read().schema(Datasets.REPORTS.schema()).parquet(locations.get(Datasets.REPORTS.name()))
            .select("report_id").distinct();
    for (DatasetSpec spec : Datasets.ALL) {
      try {
        Dataset<Row> data = spark.read().schema(spec.schema()).parquet(locations.get(spec.name()));
        Column[] columns = spec.columns().stream().map(c -> functions.col(c.name())).toArray(Column[]::new);
        // A dataset across reports (rollups) has no report_id: no reports to count, no orphans.
        boolean perReport = Datasets.PER_REPORT.contains(spec);
        Row summary =
            data.agg(
                    functions.count(functions.lit(1)),
                    perReport ? functions.countDistinct(functions.col("report_id")) : functions.lit(0L),
                    functions.sum(functions.xxhash64(columns).cast("decimal(38,0)")))
                .first();
        long orphans =
            !perReport || spec == Datasets.REPORTS
                ? 0 : data.join(reportIds, new String[] {"report_id"}, "left_anti").count();
        BigDecimal fingerprint = summary.isNullAt(2) ? BigDecimal.ZERO : summary.getDecimal(2);
        DatasetState state = new DatasetState(spec.name(), summary.getLong(0), summary.getLong(1), orphans,
            fingerprint);
        states.add(state);
        this.states.computeIfAbsent(warehouse, k -> new HashMap<>()).put(spec.name(), state);
        if (orphans > 0) {
          problems.add(String.format("Dataset %s has %d rows whose report_id is not in reports", spec.name(), orphans));
        }
      } catch (RuntimeException e) {
        problems.add(String.format("Cannot read dataset %s at %s: %s", spec.name(), locations.get(spec.name()),
            e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")));
      }
    }
    return new Result(snapshot.get().id(), states, problems);
  }

  /** How one dataset of two warehouses differs: the rows only one of them has (as many times as it has them more). */
  public record Difference(String dataset, long onlyInFirst, long onlyInSecond, List<String> examples) {
    public String toText() {
      return String.format("%-18s differs: %d rows only in the first, %d only in the second; e.g. %s", dataset,
          onlyInFirst, onlyInSecond, examples);
    }
  }

  /**
   * Every dataset of two warehouses' published snapshots compared row for row, as multisets (file layout and order do
   * not matter; a row present twice in one and once in the other is a difference). Empty when they hold the same rows.
   * A run's id is in no dataset, so two runs on the same input compare equal.
   *
   * <p>A dataset whose row count and fingerprint are equal on both sides is taken as equal without the row-by-row
   * comparison (two shuffles of every row): a difference hidden by it needs two multisets whose 64-bit row hashes sum
   * to the same value, a chance of about 2^-64 for rows that are not built to collide. Rows are compared one by one
   * only where the fingerprints differ, to say which rows differ.
   */
  public List<Difference> compare(String first, String second) throws IOException {
    Map<String, String> a = locations(first);
    Map<String, String> b = locations(second);
    List<Difference> differences = new ArrayList<>();
    for (DatasetSpec spec : Datasets.ALL) {
      DatasetState left0 = state(first, a, spec);
      DatasetState right0 = state(second, b, spec);
      if (left0 != null && right0 != null && left0.rows() == right0.rows()
          && left0.fingerprint().equals(right0.fingerprint())) {
        continue;
      }
      // As JSON text: one comparable column whatever the types (maps cannot be grouped on), and readable examples.
      Dataset<Row> left = asJson(a.get(spec.name()), spec);
      Dataset<Row> right = asJson(b.get(spec.name()), spec);
      Dataset<Row> onlyLeft = left.exceptAll(right);
      Dataset<Row> onlyRight = right.exceptAll(left);
      long l = onlyLeft.count();
      long r = onlyRight.count();
      if (l + r > 0) {
        List<String> examples = new ArrayList<>();
        onlyLeft.limit(2).collectAsList().forEach(row -> examples.add("first: " + abbreviate(row.getString(0))));
        onlyRight.limit(2).collectAsList().forEach(row -> examples.add("second: " + abbreviate(row.getString(0))));
        differences.add(new Difference(spec.name(), l, r, examples));
      }
    }
    return differences;
  }

  /** The dataset's row count and fingerprint, read once per warehouse; null when it cannot be read. */
  private DatasetState state(String warehouse, Map<String, String> locations, DatasetSpec spec) {
    DatasetState known = states.getOrDefault(warehouse, Map.of()).get(spec.name());
    if (known != null) {
      return known;
    }
    try {
      Column[] columns = spec.columns().stream().map(c -> functions.col(c.name())).toArray(Column[]::new);
      Row summary = spark.read().schema(spec.schema()).parquet(locations.get(spec.name()))
          .agg(functions.count(functions.lit(1)), functions.sum(functions.xxhash64(columns).cast("decimal(38,0)")))
          .first();
      DatasetState state = new DatasetState(spec.name(), summary.getLong(0), 0, 0,
          summary.isNullAt(1) ? BigDecimal.ZERO : summary.getDecimal(1));
      states.computeIfAbsent(warehouse, k -> new HashMap<>()).put(spec.name(), state);
      return state;
    } catch (RuntimeException e) {
      // Unreadable here: the row-by-row comparison below fails with the reader's message.
      return null;
    }
  }

  private Map<String, String> locations(String warehouse) throws IOException {
    Warehouse w = Warehouse.at(warehouse, spark.sparkContext().hadoopConfiguration());
    if (w.current().isEmpty()) {
      throw new IllegalArgumentException(
          String.format("Cannot compare %s: it has no published snapshot (no %s file)", warehouse, Warehouse.CURRENT));
    }
    return w.datasetLocations(Datasets.ALL.stream().map(DatasetSpec::name).toList());
  }

  private Dataset<Row> asJson(String location, DatasetSpec spec) {
    Column[] columns = spec.columns().stream().map(c -> functions.col(c.name())).toArray(Column[]::new);
    return spark.read().schema(spec.schema()).parquet(location)
        .select(functions.to_json(functions.struct(columns)).as("row"));
  }

  private static String abbreviate(String row) {
    return row.length() <= 300 ? row : row.substring(0, 300) + "…";
  }
}
