package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import io.gongkai.crossreport.AnomalyParameters;
import io.gongkai.crossreport.Finding;
import io.gongkai.crossreport.StaleTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@link StaleTables#ID} rows of some years: the pairs of {@link YearOverYearStage#pairs}, each side's {@code
 * tables} rows gathered per report, then {@link StaleTables#check} in plain Java. A report's tables are a handful of
 * short rows, so the stage reads little whatever the corpus.
 */
public final class StaleTableStage {
  private StaleTableStage() {}

  /**
   * @param reports the {@code reports} dataset
   * @param pairs {@link YearOverYearStage#pairs} of the years to check
   * @param tables the {@code tables} dataset
   */
  public static Dataset<Row> checks(
      Dataset<Row> reports, Dataset<Row> pairs, Dataset<Row> tables, AnomalyParameters.Stale p) {
    Dataset<Row> byReport =
        tables.groupBy("report_id")
            .agg(collect_list(struct(col("table"), col("template"), col("cells"), col("nonzero"), col("digest")))
                .as("tables"));
    Dataset<Row> joined =
        pairs
            .join(reports.select("report_id", "report_year"), "report_id")
            .join(byReport, "report_id")
            .join(byReport.select(col("report_id").as("earlier_report_id"), col("tables").as("earlier_tables")),
                "earlier_report_id")
            .select("report_id", "file", "report_year", "earlier_report_id", "earlier_file", "tables",
                "earlier_tables");
    int minNonZero = p.minNonZeroCells();
    JavaRDD<Row> rows = joined.javaRDD().flatMap(r -> check(r, minNonZero));
    return reports.sparkSession().createDataFrame(rows, Datasets.CHECKS.schema());
  }

  private static Iterator<Row> check(Row r, int minNonZero) {
    int year = r.getInt(2);
    List<Row> out = new ArrayList<>(4);
    for (Finding f :
        StaleTables.check(r.getString(0), year, r.getString(3), r.getString(4), tables(r.getList(5)),
            tables(r.getList(6)), minNonZero)) {
      out.add(CrossReportRows.row(f, r.getString(1), year));
    }
    return out.iterator();
  }

  private static Map<String, StaleTables.Table> tables(List<Row> rows) {
    Map<String, StaleTables.Table> tables = new HashMap<>();
    for (Row t : rows) {
      tables.put(t.getString(0), new StaleTables.Table(t.getString(0), t.isNullAt(1) ? null : t.getString(1),
          t.getInt(2), t.getInt(3), t.getString(4)));
    }
    return tables;
  }
}
