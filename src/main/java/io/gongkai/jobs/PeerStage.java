package io.gongkai.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.gongkai.crossreport.AnomalyParameters;
import io.gongkai.crossreport.Finding;
import io.gongkai.crossreport.PeerComparison;
import io.gongkai.rollup.RollupLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@link PeerComparison#ID} rows of some years: one grouping, by year, region level, body kind and key, finished
 * in plain Java by {@link PeerComparison#compare}, which splits each country group by province and falls back to the
 * country for a small province. Grouping at the country level keeps it one shuffle: a country group of one year,
 * level, kind and key is at most some 10^5 reports at national scale, a few MB of doubles.
 *
 * <p>Who is compared: parsed {@code BODY} reports with a year (a consolidated report's figures are a region's); their
 * level is the deepest their region is known to, as the rollups place them ({@code UNKNOWN} without a region). Only
 * values are shuffled: a metric without a value, or an indicator without a ratio, has no row (PeerComparison would
 * give it none) and is no peer.
 */
public final class PeerStage {
  /** The level of a report whose region was not read. */
  static final String UNKNOWN_LEVEL = "UNKNOWN";

  private PeerStage() {}

  /**
   * @param reports the {@code reports} dataset
   * @param metrics the {@code metrics} dataset
   * @param years the years to check, all when null
   */
  public static Dataset<Row> checks(
      Dataset<Row> reports, Dataset<Row> metrics, Collection<Integer> years, AnomalyParameters.Peers p) {
    Dataset<Row> bodies =
        reports.filter(col("status").equalTo("parsed").and(col("report_year").isNotNull())
            .and(coalesce(col("scope"), lit("BODY")).equalTo("BODY")));
    Column wanted =
        col("kind").equalTo("METRIC").and(col("metric").isin(p.metrics().toArray())).and(col("value").isNotNull())
            .or(col("kind").equalTo("INDICATOR").and(col("metric").isin(p.indicators().toArray()))
                .and(col("ratio").isNotNull()));
    Dataset<Row> values = metrics.filter(wanted);
    if (years != null) {
      bodies = bodies.filter(col("report_year").isin(years.toArray()));
      values = values.filter(col("report_year").isin(years.toArray()));
    }
    // The deepest level read, as RollupStage counts a report and ConsolidatedCheckStage places one.
    Column level =
        when(col("county_code").isNotNull(), lit(RollupLevel.COUNTY.name()))
            .when(col("prefecture_code").isNotNull(), lit(RollupLevel.PREFECTURE.name()))
            .when(col("province_code").isNotNull(), lit(RollupLevel.PROVINCE.name()))
            .otherwise(lit(UNKNOWN_LEVEL));
    Dataset<Row> joined =
        values.select(col("report_id"), col("metric"), col("kind"), col("value"), col("numerator"),
                col("denominator"), col("ratio"))
            .join(bodies.select(col("report_id"), col("file"), col("report_year"), level.as("level"),
                col("province_code"), col("province_name"),
                coalesce(col("body_kind"), lit(RollupStage.UNKNOWN_KIND)).as("body_kind")), "report_id");
    JavaRDD<Row> checks =
        joined.groupBy("report_year", "level", "body_kind", "metric", "kind")
            .agg(collect_list(struct(col("report_id"), col("file"), col("province_code"), col("province_name"),
                col("value"), col("numerator"), col("denominator"), col("ratio"))).as("members"))
            .javaRDD()
            .flatMap(group -> compare(group, p));
    return reports.sparkSession().createDataFrame(checks, Datasets.CHECKS.schema());
  }

  private static Iterator<Row> compare(Row group, AnomalyParameters.Peers p) {
    int year = group.getInt(0);
    String level = group.getString(1);
    PeerComparison.Kind kind = PeerComparison.Kind.valueOf(group.getString(4));
    PeerComparison.Group g =
        new PeerComparison.Group(year, level.equals(UNKNOWN_LEVEL) ? null : RollupLevel.valueOf(level),
            group.getString(2), group.getString(3), kind);
    List<Row> rows = group.getList(5);
    List<PeerComparison.Member> members = new ArrayList<>(rows.size());
    Map<String, String> files = new HashMap<>();
    for (Row r : rows) {
      files.put(r.getString(0), r.getString(1));
      BigDecimal value =
          kind == PeerComparison.Kind.INDICATOR ? BigDecimal.valueOf(r.getDouble(7)) : r.getDecimal(4)
              .stripTrailingZeros();
      members.add(new PeerComparison.Member(r.getString(0), r.getString(2), r.getString(3), value, decimal(r, 5),
          decimal(r, 6), null));
    }
    List<Row> out = new ArrayList<>(members.size());
    for (Finding f : PeerComparison.compare(g, members, p)) {
      out.add(CrossReportRows.row(f, files.get(f.reportId()), year));
    }
    return out.iterator();
  }

  private static BigDecimal decimal(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDecimal(i).stripTrailingZeros();
  }
}
