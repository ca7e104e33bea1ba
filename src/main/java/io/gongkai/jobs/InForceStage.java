package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import io.gongkai.crossreport.Finding;
import io.gongkai.crossreport.InForceRollForward;
import io.gongkai.metric.NoValueReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@link InForceRollForward#ID} rows of some years: the pairs of {@link YearOverYearStage#pairs}, each side's
 * stock metrics gathered per report, then {@link InForceRollForward#check} in plain Java.
 */
public final class InForceStage {
  private InForceStage() {}

  /**
   * @param reports the {@code reports} dataset
   * @param pairs {@link YearOverYearStage#pairs} of the years to check
   * @param metrics the {@code metrics} dataset
   */
  public static Dataset<Row> checks(Dataset<Row> reports, Dataset<Row> pairs, Dataset<Row> metrics) {
    Dataset<Row> stocks =
        metrics.filter(col("kind").equalTo("METRIC").and(col("metric").isin(InForceRollForward.metrics().toArray())))
            .groupBy("report_id")
            .agg(collect_list(struct(col("metric"), col("value"), col("no_value_reason"))).as("stock"));
    Dataset<Row> joined =
        pairs
            .join(reports.select("report_id", "report_year"), "report_id")
            .join(stocks, "report_id")
            .join(stocks.select(col("report_id").as("earlier_report_id"), col("stock").as("earlier_stock")),
                "earlier_report_id")
            .select("report_id", "file", "report_year", "earlier_report_id", "earlier_file", "stock",
                "earlier_stock");
    JavaRDD<Row> rows = joined.javaRDD().flatMap(InForceStage::check);
    return reports.sparkSession().createDataFrame(rows, Datasets.CHECKS.schema());
  }

  private static Iterator<Row> check(Row r) {
    int year = r.getInt(2);
    List<Row> out = new ArrayList<>(2);
    for (Finding f :
        InForceRollForward.check(r.getString(0), year, r.getString(3), r.getString(4), stock(r.getList(5)),
            stock(r.getList(6)))) {
      out.add(CrossReportRows.row(f, r.getString(1), year));
    }
    return out.iterator();
  }

  private static Map<String, InForceRollForward.Value> stock(List<Row> metrics) {
    Map<String, InForceRollForward.Value> values = new HashMap<>();
    for (Row m : metrics) {
      values.put(m.getString(0), new InForceRollForward.Value(
          m.isNullAt(1) ? null : m.getDecimal(1).stripTrailingZeros(),
          m.isNullAt(2) ? null : NoValueReason.valueOf(m.getString(2))));
    }
    return values;
  }
}
