package io.gongkai.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.gongkai.ingest.RejectReason;
import io.gongkai.metric.NoValueReason;
import io.gongkai.rollup.Coverage;
import io.gongkai.rollup.RollupLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The rollup stage: the {@code rollups} rows of some years, from the {@code reports} and {@code metrics} datasets.
 *
 * <p>Two aggregations, so that the wide explode by level and body kind runs on few rows: first per year, region as
 * read (province, prefecture, county codes), body kind, body and metric; then each of those rows is counted at its four
 * levels, under its kind and under {@code ALL}. Both are sums, so the second is exact, and so is {@code bodies}: each
 * first row is one body, and a body is identified within its region, so no body is counted twice at a level. (A
 * {@code countDistinct} of bodies in a first aggregation without the body made Spark group by the body anyway and then
 * again without it: a third pass over about one row per body and metric, since most regions' kinds have one body.)
 *
 * <p>Who counts: parsed reports whose scope is {@code BODY} (a consolidated report restates its bodies' figures and
 * would count them twice); rejected files of a known year that the manifest does not mark consolidated, under every
 * metric of that year, as {@link Coverage#REJECTED}, since whatever they hold is missing from the totals — except
 * {@code DUPLICATE_CONTENT}, whose bytes are counted once under the first path. A report without a year counts
 * nowhere (the run summary counts it). A metric a report's template does not define is not counted for it; a report
 * whose template was not detected counts as {@link Coverage#NOT_FOUND} under the metrics of its year, those that some
 * report of the year has with a known template.
 */
public final class RollupStage {
  /** The body kind of a rollup row over every kind. */
  public static final String ALL_KINDS = "ALL";
  /** The body kind of reports whose body was not read. */
  public static final String UNKNOWN_KIND = "UNKNOWN";

  /**
   * The region columns the first aggregation groups by: the codes only. A code names one region, and the names are
   * joined back to the summed rows ({@link #regionNames}); three name strings in the key made every row of it wider
   * in its shuffle.
   */
  private static final List<String> REGION_COLUMNS = List.of("province_code", "prefecture_code", "county_code");
  private static final List<String> METRIC_COLUMNS = List.of("metric", "kind", "unit");

  private RollupStage() {}

  /**
   * The years a rollup over these reports recomputes: every year some report (parsed or rejected, of any scope) has,
   * in order. A year whose reports are all consolidated or rejected is recomputed too, and may have no rollup rows.
   */
  public static List<Integer> years(Dataset<Row> reports) {
    List<Integer> years = new ArrayList<>();
    for (Row r : reports.select("report_year").where(col("report_year").isNotNull()).distinct()
        .orderBy("report_year").collectAsList()) {
      years.add(r.getInt(0));
    }
    return years;
  }

  /**
   * The rollup rows of the given years (all years when {@code years} is null), in the registry's layout.
   *
   * @param reports the {@code reports} dataset
   * @param metrics the {@code metrics} dataset
   */
  public static Dataset<Row> rollups(Dataset<Row> reports, Dataset<Row> metrics, Collection<Integer> years) {
    Dataset<Row> counted = reports.filter(col("report_year").isNotNull())
        .filter(coalesce(col("scope"), lit("BODY")).equalTo(lit("BODY")));
    Dataset<Row> yearMetrics = metrics;
    if (years != null) {
      Object[] wanted = years.toArray();
      counted = counted.filter(col("report_year").isin(wanted));
      yearMetrics = yearMetrics.filter(col("report_year").isin(wanted));
    }
    List<Column> where = new ArrayList<>();
    where.add(col("report_year"));
    REGION_COLUMNS.forEach(c -> where.add(col(c)));
    where.add(coalesce(col("body_kind"), lit(UNKNOWN_KIND)).as("body_kind"));

    Dataset<Row> parsed =
        counted.filter(col("status").equalTo("parsed"))
            .select(concat(List.of(col("report_id"), coalesce(col("body"), col("report_id")).as("body_id")), where)
                .toArray(new Column[0]));
    Dataset<Row> rows =
        yearMetrics.select(col("report_id"), col("metric"), col("kind"), col("unit"), col("template"), col("value"),
                col("numerator"), col("denominator"), coverage(col("no_value_reason")).as("coverage"))
            .join(parsed, "report_id");
    // The metrics of a year: those some report has with a known template. A report without one is counted under
    // them only, not under all S2014 and T2019/T2021 keys at once.
    Dataset<Row> metricsOfYear =
        yearMetrics.filter(col("template").isNotNull()).select("report_year", "metric", "kind", "unit").distinct();
    rows = rows.filter(col("template").isNotNull())
        .unionByName(rows.filter(col("template").isNull()).join(metricsOfYear,
            new String[] {"report_year", "metric", "kind", "unit"}, "left_semi"));

    List<String> groupColumns = new ArrayList<>(List.of("report_year"));
    groupColumns.addAll(REGION_COLUMNS);
    groupColumns.add("body_kind");
    groupColumns.add("body_id");
    groupColumns.addAll(METRIC_COLUMNS);
    Column withValue = col("coverage").equalTo(Coverage.WITH_VALUE.name());
    List<Column> aggregates = new ArrayList<>();
    aggregates.add(sum(when(withValue, col("value"))).as("value"));
    aggregates.add(sum(when(withValue, col("numerator"))).as("numerator"));
    aggregates.add(sum(when(withValue, col("denominator"))).as("denominator"));
    for (Coverage c : Coverage.values()) {
      aggregates.add(
          c == Coverage.REJECTED
              ? lit(0L).as(c.column())
              : count(when(col("coverage").equalTo(c.name()), lit(1))).as(c.column()));
    }
    aggregates.add(lit(1L).as("bodies"));
    Dataset<Row> perBody =
        rows.groupBy(groupColumns.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
            .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]));

    Dataset<Row> rejected =
        counted.filter(col("status").equalTo("rejected"))
            .filter(coalesce(col("reject_reason"), lit("")).notEqual(RejectReason.DUPLICATE_CONTENT.name()))
            .groupBy(where.toArray(new Column[0]))
            .agg(count(lit(1)).as(Coverage.REJECTED.column()))
            .join(metricsOfYear, "report_year");
    List<Column> rejectedColumns = new ArrayList<>();
    for (String name : perBody.columns()) {
      if (name.equals("value") || name.equals("numerator") || name.equals("denominator")) {
        rejectedColumns.add(lit(null).cast(Datasets.METRIC).as(name));
      } else if (name.equals("body_id")) {
        rejectedColumns.add(lit(null).cast("string").as(name));
      } else if (name.equals("bodies") || (name.startsWith("reports_") && !name.equals(Coverage.REJECTED.column()))) {
        rejectedColumns.add(lit(0L).as(name));
      } else {
        rejectedColumns.add(col(name));
      }
    }
    perBody = perBody.unionByName(rejected.select(rejectedColumns.toArray(new Column[0])));

    // One row per level and kind (own, ALL) in a single pass: eight unions would each recompute the per-body rows.
    List<Column> places = new ArrayList<>();
    for (RollupLevel level : RollupLevel.values()) {
      for (boolean allKinds : new boolean[] {false, true}) {
        places.add(
            functions.struct(
                lit(level.name()).as("level"),
                (level.codeColumn() == null ? lit(RollupLevel.COUNTRY_CODE) : col(level.codeColumn())).as("code"),
                (allKinds ? lit(ALL_KINDS) : col("body_kind")).as("kind")));
      }
    }
    List<Column> exploded = new ArrayList<>();
    exploded.add(col("report_year"));
    exploded.add(functions.explode(functions.array(places.toArray(new Column[0]))).as("place"));
    METRIC_COLUMNS.forEach(c -> exploded.add(col(c)));
    for (String name : List.of("value", "numerator", "denominator")) {
      exploded.add(col(name));
    }
    for (Coverage c : Coverage.values()) {
      exploded.add(col(c.column()));
    }
    exploded.add(col("bodies"));
    Dataset<Row> levels =
        perBody.select(exploded.toArray(new Column[0]))
            .filter(col("place.code").isNotNull())
            .withColumn("level", col("place.level"))
            .withColumn("region_code", col("place.code"))
            .withColumn("body_kind", col("place.kind"))
            .drop("place");
    Column[] keys =
        List.of("report_year", "level", "region_code", "body_kind", "metric", "kind", "unit").stream()
            .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    List<Column> sums = new ArrayList<>();
    for (String name : List.of("value", "numerator", "denominator")) {
      sums.add(sum(col(name)).cast(Datasets.SUM).as(name));
    }
    for (Coverage c : Coverage.values()) {
      sums.add(sum(col(c.column())).as(c.column()));
    }
    sums.add(sum(col("bodies")).as("bodies"));
    // The region's name is not aggregated here: a string buffer (first(region_name)) cannot be updated in place in
    // Spark's hash aggregation, so it turned this one into a sort of every exploded row on its string keys, most of
    // the rollup's time. Names are taken from the counted reports instead, few rows, and joined back.
    Dataset<Row> summed =
        levels.groupBy(keys).agg(sums.get(0), sums.subList(1, sums.size()).toArray(new Column[0]))
            .join(functions.broadcast(regionNames(counted)), new String[] {"report_year", "level", "region_code"},
                "left");
    Column reportsTotal = null;
    for (Coverage c : Coverage.values()) {
      reportsTotal = reportsTotal == null ? col(c.column()) : reportsTotal.plus(col(c.column()));
    }
    Column ratio =
        when(col("denominator").isNotNull().and(col("denominator").notEqual(lit(0))),
            col("numerator").cast("double").divide(col("denominator").cast("double")));
    summed = summed.withColumn("ratio", ratio).withColumn("reports", reportsTotal);
    return summed.select(
        Datasets.ROLLUPS.columns().stream().map(c -> col(c.name()).cast(c.type()).as(c.name()))
            .toArray(Column[]::new));
  }

  /**
   * The name of each region code per year and level, as the counted reports give it. The gazetteer gives a code one
   * name; should the reports of one year spell a code two ways (an append over snapshots of two gazetteer versions),
   * the smallest name is kept, so that a rollup row has one name and the same one on every run.
   */
  private static Dataset<Row> regionNames(Dataset<Row> counted) {
    Dataset<Row> names = null;
    for (RollupLevel level : RollupLevel.values()) {
      Dataset<Row> atLevel =
          counted.select(
              col("report_year"), lit(level.name()).as("level"),
              (level.codeColumn() == null ? lit(RollupLevel.COUNTRY_CODE) : col(level.codeColumn())).as("region_code"),
              (level.nameColumn() == null ? lit(RollupLevel.COUNTRY_NAME) : col(level.nameColumn())).as("region_name"));
      names = names == null ? atLevel : names.unionByName(atLevel);
    }
    return names.filter(col("region_code").isNotNull()).distinct()
        .groupBy("report_year", "level", "region_code").agg(min(col("region_name")).as("region_name"));
  }

  /** The {@link Coverage} of a {@code metrics} row, from its reason: the same mapping as {@link Coverage#of}. */
  private static Column coverage(Column reason) {
    Column result = null;
    for (NoValueReason r : NoValueReason.values()) {
      Column branch = reason.equalTo(lit(r.name()));
      result = result == null ? when(branch, lit(Coverage.of(r).name())) : result.when(branch, lit(Coverage.of(r).name()));
    }
    return result.otherwise(lit(Coverage.of(null).name()));
  }

  private static List<Column> concat(List<Column> a, List<Column> b) {
    List<Column> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
