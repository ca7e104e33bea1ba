package io.gongkai.jobs;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;

/**
 * R-T3-XYEAR (spec §3.3, soft): this year's 上年结转 equals last year's 结转下年度, per applicant column, for the same
 * body. The same body is the same publishing body name in the same province, in consecutive report years; the
 * check is attached to the later report, with the earlier report's id in its evidence. Cross-report work, so it
 * runs in Spark over the parsed reports (and, when appending, the reports already in the warehouse).
 */
final class CrossYearChecks {
  static final String CHECK = "R-T3-XYEAR";

  private CrossYearChecks() {}

  /**
   * @param reports this run's reports rows (any rows with the {@code reports} columns)
   * @param requests this run's {@code requests} rows
   * @param earlier requests rows already published, in the shape of {@link #balances} (or null)
   */
  static Dataset<Row> of(Dataset<Row> reports, Dataset<Row> requests, Dataset<Row> earlier) {
    return compare(balances(reports, requests).where(col("report_year").isNotNull()), earlier);
  }

  /**
   * @param balances this run's rows in the shape of {@link #balances}
   * @param earlier published rows in the same shape (or null)
   */
  static Dataset<Row> compare(Dataset<Row> balances, Dataset<Row> earlier) {
    Dataset<Row> current = balances.withColumn("current", lit(true));
    Dataset<Row> candidates =
        earlier == null ? current : current.unionByName(earlier.withColumn("current", lit(false)));
    // A body with two reports for the same year (a republication under another name, a department and its office
    // sharing a name) cannot be paired with certainty: such years are left without the check rather than failed
    // against the wrong report.
    Dataset<Row> counted =
        candidates.withColumn(
            "copies",
            functions.count(lit(1)).over(Window.partitionBy("body", "province", "report_year", "applicant")));
    Dataset<Row> c = counted.where(col("current").and(col("copies").equalTo(1))).alias("c");
    Dataset<Row> p = counted.where(col("copies").equalTo(1)).alias("p");
    Dataset<Row> pairs =
        c.join(
            p,
            col("c.body").equalTo(col("p.body"))
                .and(col("c.province").equalTo(col("p.province")))
                .and(col("c.applicant").equalTo(col("p.applicant")))
                .and(col("c.report_year").equalTo(col("p.report_year").plus(1))));
    Column over = col("c.carried_over");
    Column forward = col("p.carried_forward");
    Column status =
        when(over.isNull().or(forward.isNull()), lit("UNCERTAIN"))
            .when(over.equalTo(forward), lit("PASS"))
            .otherwise(lit("FAIL"));
    Column left = over.cast(Datasets.VALUE);
    Column right = forward.cast(Datasets.VALUE);
    return pairs.select(
        col("c.report_id").as("report_id"),
        col("c.file").as("file"),
        col("c.report_year").as("report_year"),
        lit(CHECK).as("check"),
        col("c.applicant").as("scope"),
        status.as("status"),
        lit("WARNING").as("severity"),
        left.as("left_value"),
        right.as("right_value"),
        left.minus(right).as("delta"),
        concat(
                lit("carried_over "), coalesce(over.cast("string"), lit("空")), lit(" ("), col("c.report_year").cast("string"),
                lit(") = carried_forward "), coalesce(forward.cast("string"), lit("空")), lit(" ("),
                col("p.report_year").cast("string"), lit(", "), col("p.file"), lit(")"))
            .as("expression"),
        array(
                concat(lit("t3.carried_over."), col("c.applicant")),
                concat(lit("report "), col("p.report_id"), lit(" t3.carried_forward."), col("p.applicant")))
            .as("evidence"));
  }

  /**
   * One row per parsed report with a body and applicant column: body, province, year, 上年结转 and 结转下年度 (this
   * run's rows, or those already published).
   */
  static Dataset<Row> balances(Dataset<Row> reports, Dataset<Row> requests) {
    Dataset<Row> r =
        reports
            .where(col("status").equalTo("parsed").and(col("body").isNotNull()))
            .select(col("report_id"), col("file"), col("body"), coalesce(col("province_code"), lit("")).as("province"));
    return requests
        .join(r, "report_id")
        .select(
            col("report_id"), col("file"), col("report_year"), col("body"), col("province"), col("applicant"),
            col("carried_over"), col("carried_forward"));
  }
}
