package io.gongkai.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.gongkai.metric.NoValueReason;
import io.gongkai.rollup.ConsolidatedCheck;
import io.gongkai.rollup.Coverage;
import io.gongkai.rollup.RollupLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@link ConsolidatedCheck#ID} rows of some years: every metric (not indicator) of every parsed consolidated
 * report against the {@code ALL}-kinds rollup row of its region, year and metric. A thin stage: one left join, then
 * {@link ConsolidatedCheck#evaluate} per row.
 *
 * <p>These rows depend on other reports: {@link CrossReportStage} writes them apart from the per-report checks.
 */
public final class ConsolidatedCheckStage {
  private ConsolidatedCheckStage() {}

  /**
   * @param reports the {@code reports} dataset
   * @param metrics the {@code metrics} dataset
   * @param rollups the {@code rollups} rows of at least the given years
   * @param years the years to check, all when null
   */
  public static Dataset<Row> checks(
      Dataset<Row> reports, Dataset<Row> metrics, Dataset<Row> rollups, Collection<Integer> years) {
    Dataset<Row> consolidated =
        reports.filter(col("status").equalTo("parsed").and(col("scope").equalTo("CONSOLIDATED"))
            .and(col("report_year").isNotNull()));
    if (years != null) {
      consolidated = consolidated.filter(col("report_year").isin(years.toArray()));
    }
    // The deepest level read, as ConsolidatedCheck.Region.deepest picks it.
    consolidated =
        consolidated.select(col("report_id"), col("file"), col("report_year"),
            when(col("county_code").isNotNull(), lit(RollupLevel.COUNTY.name()))
                .when(col("prefecture_code").isNotNull(), lit(RollupLevel.PREFECTURE.name()))
                .when(col("province_code").isNotNull(), lit(RollupLevel.PROVINCE.name())).as("level"),
            coalesce(col("county_code"), col("prefecture_code"), col("province_code")).as("region_code"),
            when(col("county_code").isNotNull(), col("county_name"))
                .when(col("prefecture_code").isNotNull(), col("prefecture_name"))
                .otherwise(col("province_name")).as("region_name"));
    Dataset<Row> values =
        metrics.filter(col("kind").equalTo("METRIC"))
            .select(col("report_id"), col("metric"), col("value"), col("no_value_reason"));
    List<String> counts = new ArrayList<>();
    for (Coverage c : Coverage.values()) {
      counts.add(c.column());
    }
    List<org.apache.spark.sql.Column> bodyColumns = new ArrayList<>(List.of(col("report_year"), col("level"),
        col("region_code"), col("metric"), col("value").as("bodies_value")));
    counts.forEach(c -> bodyColumns.add(col(c)));
    bodyColumns.add(col("bodies"));
    Dataset<Row> bodies =
        rollups.filter(col("body_kind").equalTo(RollupStage.ALL_KINDS).and(col("kind").equalTo("METRIC")))
            .select(bodyColumns.toArray(new org.apache.spark.sql.Column[0]));
    Dataset<Row> joined =
        consolidated.join(values, "report_id")
            .join(bodies, scala.jdk.javaapi.CollectionConverters.asScala(
                List.of("report_year", "level", "region_code", "metric")).toSeq(), "left");
    List<String> selected = new ArrayList<>(List.of("report_id", "file", "report_year", "level", "region_code",
        "region_name", "metric", "value", "no_value_reason", "bodies_value"));
    selected.addAll(counts);
    selected.add("bodies");
    JavaRDD<Row> rows =
        joined.select(selected.stream().map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new))
            .javaRDD().mapPartitions(ConsolidatedCheckStage::evaluate);
    return joined.sparkSession().createDataFrame(rows, Datasets.CHECKS.schema());
  }

  private static Iterator<Row> evaluate(Iterator<Row> in) {
    List<Row> out = new ArrayList<>();
    while (in.hasNext()) {
      Row r = in.next();
      int year = r.getInt(2);
      ConsolidatedCheck.Region region = r.isNullAt(3) ? null
          : new ConsolidatedCheck.Region(RollupLevel.valueOf(r.getString(3)), r.getString(4), r.getString(5));
      BigDecimal value = r.isNullAt(7) ? null : r.getDecimal(7).stripTrailingZeros();
      NoValueReason reason = r.isNullAt(8) ? null : NoValueReason.valueOf(r.getString(8));
      ConsolidatedCheck.Bodies bodies = r.isNullAt(10) ? null
          : new ConsolidatedCheck.Bodies(r.isNullAt(9) ? null : r.getDecimal(9).stripTrailingZeros(), r.getLong(10),
              r.getLong(11), r.getLong(12), r.getLong(13), r.getLong(14), r.getLong(15));
      out.add(
          ReportRows.check(new RowWriter(Datasets.CHECKS), ConsolidatedCheck.evaluate(year, r.getString(6), value,
                  reason, region, bodies))
              .set("report_id", r.getString(0))
              .set("file", r.getString(1))
              .set("report_year", year)
              .row());
    }
    return out.iterator();
  }
}
