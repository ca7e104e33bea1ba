package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import io.gongkai.check.CarryOverCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

/**
 * R-T3-XYEAR ({@link CarryOverCheck}) over a run: cross-report work, so it runs in Spark over the run's reports and
 * requests once its tasks have written them (and, when appending, those already in the warehouse). One grouping by body name and applicant column brings
 * a body's years together, with each report's region to tell same-named bodies apart (a report whose region was not
 * found can still be paired, when it has one candidate); {@link CarryOverCheck#pairs} pairs them in plain Java. (It
 * was a window to count a year's reports, a join of the requests with their reports and a self-join of consecutive
 * years: three shuffles, about 13 s of a 100,000-report run.)
 */
final class CrossYearChecks {
  static final String CHECK = CarryOverCheck.ID;

  /** The shape {@link #compare} takes: one report's balances for one applicant column. */
  static final StructType BALANCES =
      new StructType()
          .add("report_id", DataTypes.StringType)
          .add("file", DataTypes.StringType)
          .add("report_year", DataTypes.IntegerType)
          .add("body", DataTypes.StringType)
          .add("region", DataTypes.StringType)
          .add("applicant", DataTypes.StringType)
          .add("carried_over", DataTypes.LongType)
          .add("carried_forward", DataTypes.LongType);

  /** Where a decoded requests row holds the columns a balance takes; looked up once, not per report. */
  private static final int APPLICANT = Datasets.REQUESTS.indexOf("applicant");

  private static final int CARRIED_OVER = Datasets.REQUESTS.indexOf("carried_over");
  private static final int CARRIED_FORWARD = Datasets.REQUESTS.indexOf("carried_forward");

  private CrossYearChecks() {}

  /**
   * @param balances this run's rows in the shape of {@link #BALANCES}
   * @param earlier published rows in the same shape (or null)
   * @return rows in the layout of {@link Datasets#CHECKS}
   */
  static Dataset<Row> compare(Dataset<Row> balances, Dataset<Row> earlier) {
    Dataset<Row> current = balances.withColumn("current", lit(true));
    Dataset<Row> candidates =
        earlier == null ? current : current.unionByName(earlier.withColumn("current", lit(false)));
    Dataset<Row> bodies =
        candidates
            .groupBy("body", "applicant")
            .agg(
                collect_list(
                        struct(
                            col("report_id"), col("file"), col("report_year"), col("carried_over"),
                            col("carried_forward"), col("current"), col("region")))
                    .as("years"));
    JavaRDD<Row> checks = bodies.select("applicant", "years").javaRDD().flatMap(CrossYearChecks::checks);
    return balances.sparkSession().createDataFrame(checks, Datasets.CHECKS.schema());
  }

  /** One body's reports for one applicant column, paired and turned into {@code checks} rows. */
  private static Iterator<Row> checks(Row body) {
    String applicant = body.getString(0);
    List<Row> years = body.getList(1);
    List<CarryOverCheck.Balance> balances = new ArrayList<>(years.size());
    for (Row y : years) {
      balances.add(
          new CarryOverCheck.Balance(
              y.getString(0), y.getString(1), y.getInt(2), y.isNullAt(3) ? null : y.getLong(3),
              y.isNullAt(4) ? null : y.getLong(4), y.getBoolean(5), y.getString(6)));
    }
    List<Row> rows = new ArrayList<>();
    for (CarryOverCheck.Pair pair : CarryOverCheck.pairs(applicant, balances)) {
      rows.add(
          new RowWriter(Datasets.CHECKS)
              .set("report_id", pair.later().reportId())
              .set("file", pair.later().file())
              .set("report_year", pair.later().year())
              .set("check", CHECK)
              .set("scope", applicant)
              .set("status", pair.status().name())
              .set("severity", "WARNING")
              .set("left_value", scaled(pair.left()))
              .set("right_value", scaled(pair.right()))
              .set("delta", scaled(pair.delta()))
              .set("expression", pair.expression())
              .set("evidence", scala.jdk.javaapi.CollectionConverters.asScala(pair.evidence()).toList())
              .set("related_report_id", pair.earlier().reportId())
              .row());
    }
    return rows.iterator();
  }

  /** At the value columns' scale, as the other checks rows carry their values. */
  private static BigDecimal scaled(BigDecimal value) {
    return value == null ? null : value.setScale(((DecimalType) Datasets.VALUE).scale());
  }

  /**
   * Balances: one row per parsed report with a body and applicant column, in the shape of {@link #BALANCES}, from a
   * snapshot's {@code reports} and {@code requests} (this run's, or those already published).
   */
  static Dataset<Row> balances(Dataset<Row> reports, Dataset<Row> requests) {
    Dataset<Row> r =
        reports
            .where(col("status").equalTo("parsed").and(col("body").isNotNull()))
            .select(col("report_id"), col("file"), col("body"), col("region_code").as("region"));
    return requests
        .join(r, "report_id")
        .where(col("report_year").isNotNull())
        .select(
            col("report_id"), col("file"), col("report_year"), col("body"), col("region"), col("applicant"),
            col("carried_over"), col("carried_forward"));
  }
}
