package io.gongkai.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import io.gongkai.crossreport.AnomalyParameters;
import io.gongkai.crossreport.Finding;
import io.gongkai.crossreport.PreviousYear;
import io.gongkai.crossreport.YearOverYear;
import io.gongkai.metric.NoValueReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@link YearOverYear#ID} rows of some years: two groupings, each finished in plain Java. First by body name:
 * {@link PreviousYear#pairs} pairs each {@code BODY} report with the same body's report of the year before. Then, the
 * pairs joined with both reports' metrics, by stratum (year, body kind, metric): {@link YearOverYear#edit}. A
 * consolidated report is left out: its figures are its region's, compared with its bodies by R-XR-CONSOLIDATED.
 */
public final class YearOverYearStage {
  private static final StructType PAIRS =
      new StructType()
          .add("report_id", DataTypes.StringType)
          .add("file", DataTypes.StringType)
          .add("earlier_report_id", DataTypes.StringType)
          .add("earlier_file", DataTypes.StringType);

  private YearOverYearStage() {}

  /**
   * @param reports the {@code reports} dataset
   * @param pairs {@link #pairs} of the years to check
   * @param metrics the {@code metrics} dataset
   */
  public static Dataset<Row> checks(
      Dataset<Row> reports, Dataset<Row> pairs, Dataset<Row> metrics, AnomalyParameters.YearOverYear p) {
    Dataset<Row> bodies = bodies(reports);
    Dataset<Row> values =
        metrics.filter(col("kind").equalTo("METRIC").and(col("metric").isin(p.metrics().toArray())))
            .select(col("report_id"), col("metric"), col("value"), col("no_value_reason"));
    Dataset<Row> earlier =
        values.select(col("report_id").as("earlier_report_id"), col("metric"), col("value").as("previous"),
            col("no_value_reason").as("previous_reason"));
    Dataset<Row> joined =
        pairs.join(bodies.select(col("report_id"), col("report_year"),
                coalesce(col("body_kind"), lit(RollupStage.UNKNOWN_KIND)).as("body_kind")), "report_id")
            .join(values, "report_id")
            .join(earlier, scala.jdk.javaapi.CollectionConverters.asScala(
                List.of("earlier_report_id", "metric")).toSeq());
    JavaRDD<Row> checks =
        joined.groupBy("report_year", "body_kind", "metric")
            .agg(collect_list(struct(col("report_id"), col("earlier_report_id"), col("earlier_file"), col("value"),
                col("no_value_reason"), col("previous"), col("previous_reason"), col("file"))).as("pairs"))
            .javaRDD()
            .flatMap(stratum -> edit(stratum, p));
    return reports.sparkSession().createDataFrame(checks, Datasets.CHECKS.schema());
  }

  /** The parsed BODY reports with a body name and a year: the reports that have a year before. */
  static Dataset<Row> bodies(Dataset<Row> reports) {
    return reports.filter(col("status").equalTo("parsed").and(col("body").isNotNull())
        .and(col("report_year").isNotNull()).and(coalesce(col("scope"), lit("BODY")).equalTo("BODY")));
  }

  /**
   * Each BODY report of the given years (all when null) with the same body's report of the year before, where
   * {@link PreviousYear#pairs} finds it: {@code report_id, file, earlier_report_id, earlier_file}.
   */
  static Dataset<Row> pairs(Dataset<Row> reports, Collection<Integer> years) {
    Set<Integer> wanted = years == null ? null : new HashSet<>(years);
    JavaRDD<Row> pairRows =
        bodies(reports).groupBy("body")
            .agg(collect_list(struct(col("report_id"), col("file"), col("report_year"), col("region_code")))
                .as("reports"))
            .select("reports").javaRDD()
            .flatMap(body -> pairs(body.getList(0), wanted));
    return reports.sparkSession().createDataFrame(pairRows, PAIRS);
  }

  /** One body name's reports, paired with their year before; only later reports of the wanted years. */
  private static Iterator<Row> pairs(List<Row> reports, Set<Integer> wanted) {
    List<PreviousYear.Member> members = new ArrayList<>(reports.size());
    java.util.Map<String, String> files = new java.util.HashMap<>();
    for (Row r : reports) {
      int year = r.getInt(2);
      members.add(new PreviousYear.Member(r.getString(0), year, r.getString(3),
          wanted == null || wanted.contains(year)));
      files.put(r.getString(0), r.getString(1));
    }
    List<Row> out = new ArrayList<>();
    for (PreviousYear.Pair pair : PreviousYear.pairs(members)) {
      out.add(RowFactory.create(pair.later().reportId(), files.get(pair.later().reportId()),
          pair.earlier().reportId(), files.get(pair.earlier().reportId())));
    }
    return out.iterator();
  }

  private static Iterator<Row> edit(Row stratum, AnomalyParameters.YearOverYear p) {
    int year = stratum.getInt(0);
    String metric = stratum.getString(2);
    List<Row> rows = stratum.getList(3);
    List<YearOverYear.Pair> pairs = new ArrayList<>(rows.size());
    java.util.Map<String, String> files = new java.util.HashMap<>();
    for (Row r : rows) {
      files.put(r.getString(0), r.getString(7));
      pairs.add(new YearOverYear.Pair(r.getString(0), year, r.getString(1), r.getString(2), metric,
          decimal(r, 3), reason(r, 4), decimal(r, 5), reason(r, 6)));
    }
    List<Row> out = new ArrayList<>(pairs.size());
    for (Finding f : YearOverYear.edit(year + " " + stratum.getString(1), pairs, p)) {
      out.add(CrossReportRows.row(f, files.get(f.reportId()), year));
    }
    return out.iterator();
  }

  private static BigDecimal decimal(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDecimal(i).stripTrailingZeros();
  }

  private static NoValueReason reason(Row r, int i) {
    return r.isNullAt(i) ? null : NoValueReason.valueOf(r.getString(i));
  }
}
