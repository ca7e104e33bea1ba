package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.crossreport.AnomalyParameters;
import io.gongkai.crossreport.HidiroglouBerthelot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * R-XR-YOY over the {@code reports} and {@code metrics} datasets: who is paired with whom, which strata, which years.
 * Forty county education bureaus (one stratum: 2023 DEPARTMENT) with 100 requests in 2022 and 100 to 108 in 2023,
 * one of which jumps to 1,000; beside them a consolidated report, a body with two reports for 2022, and a body whose
 * 2022 figure was printed blank.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearOverYearStageTest {
  private static final AnomalyParameters.YearOverYear PARAMETERS =
      new AnomalyParameters.YearOverYear(new HidiroglouBerthelot.Parameters(0.5, 0.05, 4, 30), 2, 0.001,
          List.of("new_received"), java.util.Set.of("new_received"));

  private SparkSession spark;
  private final List<Row> reports = new ArrayList<>();
  private final List<Row> metrics = new ArrayList<>();

  @BeforeAll
  void start() {
    spark =
        SparkSession.builder().master("local[2]").appName("YearOverYearStageTest").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    for (int i = 0; i < 40; i++) {
      // 40 counties of Hebei (1301xx…): the same name, a region each, so each bureau pairs with its own year before.
      String region = String.format("13%04d", 100 + i);
      report("a" + i, 2022, "县教育局", region, "BODY", "DEPARTMENT");
      report("b" + i, 2023, "县教育局", region, "BODY", "DEPARTMENT");
      metric("a" + i, 2022, "100", null);
      metric("b" + i, 2023, i == 7 ? "1000" : String.valueOf(100 + i % 9), null);
    }
    // Consolidated: a region's figures, not a body's; left out even though its years pair.
    report("c22", 2022, "河北省人民政府", "13", "CONSOLIDATED", "GOVERNMENT");
    report("c23", 2023, "河北省人民政府", "13", "CONSOLIDATED", "GOVERNMENT");
    metric("c22", 2022, "5000", null);
    metric("c23", 2023, "50000", null);
    // Two reports of one body for 2022: the 2023 report cannot be paired with certainty.
    report("d22", 2022, "市场监督管理局", "1302", "BODY", "DEPARTMENT");
    report("e22", 2022, "市场监督管理局", "1302", "BODY", "DEPARTMENT");
    report("d23", 2023, "市场监督管理局", "1302", "BODY", "DEPARTMENT");
    metric("d22", 2022, "10", null);
    metric("e22", 2022, "10", null);
    metric("d23", 2023, "900", null);
    // Printed blank last year: UNCERTAIN, not a jump from 0.
    report("f22", 2022, "司法局", "1303", "BODY", "DEPARTMENT");
    report("f23", 2023, "司法局", "1303", "BODY", "DEPARTMENT");
    metric("f22", 2022, null, "EMPTY");
    metric("f23", 2023, "12", null);
    // T2021 stocks: b0's rolls forward (30 + 5 − 2 = 33), b1's does not (30 + 5 − 0 ≠ 40), f23's issued is blank.
    stock("a0", 2022, "30", "0", "0");
    stock("b0", 2023, "33", "5", "2");
    stock("a1", 2022, "30", "1", "0");
    stock("b1", 2023, "40", "5", "0");
    stock("f22", 2022, "8", "0", "0");
    stock("f23", 2023, "9", null, "0");
  }

  @Test
  void stocksRollForwardBetweenABodysYears() {
    List<String> out = new ArrayList<>();
    for (Row r :
        InForceStage.checks(reportsFrame(), YearOverYearStage.pairs(reportsFrame(), null), metricsFrame())
            .orderBy("report_id").collectAsList()) {
      out.add(r.getAs("report_id") + " " + r.getAs("check") + " " + r.getAs("scope") + " " + r.getAs("status")
          + " ← " + r.getAs("related_report_id") + ": " + r.getAs("expression"));
    }
    assertEquals(
        List.of(
            "b0 R-T2-INFORCE-XYEAR rules PASS ← a0: rules_in_force 33 (2023) = 30 (2022, a0.txt) + issued 5"
                + " − repealed 2",
            "b1 R-T2-INFORCE-XYEAR rules FAIL ← a1: rules_in_force 40 (2023) = 30 (2022, a1.txt) + issued 5"
                + " − repealed 0",
            "f23 R-T2-INFORCE-XYEAR rules UNCERTAIN ← f22: rules_in_force 9 (2023) = 8 (2022, f22.txt) + issued EMPTY"
                + " − repealed 0"),
        out);
  }

  /**
   * R-XR-STALE over {@code tables}: b2 reprints a2's table 3 (40 non-zero cells), b3 a2-like all-zero table 4; d23 has
   * two candidates for its year before, so no pair and no row; the consolidated c23 is left out.
   */
  @Test
  void tablesReprintedFromTheYearBefore() {
    List<Row> tables = new ArrayList<>();
    tables.add(table("a2", 2022, "t3", 175, 40, "0f0f"));
    tables.add(table("b2", 2023, "t3", 175, 40, "0f0f"));
    tables.add(table("a3", 2022, "t4", 15, 0, "0000"));
    tables.add(table("b3", 2023, "t4", 15, 0, "0000"));
    tables.add(table("a4", 2022, "t3", 175, 12, "1111"));
    tables.add(table("b4", 2023, "t3", 175, 13, "2222"));
    tables.add(table("d22", 2022, "t3", 175, 30, "3333"));
    tables.add(table("d23", 2023, "t3", 175, 30, "3333"));
    tables.add(table("c22", 2022, "t3", 175, 90, "4444"));
    tables.add(table("c23", 2023, "t3", 175, 90, "4444"));
    List<String> out = new ArrayList<>();
    for (Row r :
        StaleTableStage.checks(reportsFrame(), YearOverYearStage.pairs(reportsFrame(), null),
                spark.createDataFrame(tables, Datasets.TABLES.schema()), new AnomalyParameters.Stale(5))
            .orderBy("report_id").collectAsList()) {
      out.add(r.getAs("report_id") + " " + r.getAs("check") + " " + r.getAs("scope") + " " + r.getAs("status")
          + " ← " + r.getAs("related_report_id") + " " + r.getAs("score") + ": " + r.getAs("expression"));
    }
    assertEquals(
        List.of(
            "b2 R-XR-STALE t3 FAIL ← a2 40.0: t3 (T2021) of 2023 against 2022's (a2.txt): identical cell for cell, 175"
                + " cells of which 40 non-zero (digest 0f0f)",
            "b3 R-XR-STALE t4 UNCERTAIN ← a3 null: t4 (T2021) of 2023 against 2022's (a3.txt): identical, 15 cells of"
                + " which 0 non-zero, fewer than 5: too little to tell a copy",
            "b4 R-XR-STALE t3 PASS ← a4 null: t3 (T2021) of 2023 against 2022's (a4.txt): differs (175 cells, 13"
                + " non-zero; 175 cells, 12 non-zero the year before)"),
        out);
  }

  private static Row table(String id, int year, String table, int cells, int nonZero, String digest) {
    return new RowWriter(Datasets.TABLES).set("report_id", id).set("file", id + ".txt").set("report_year", year)
        .set("table", table).set("template", "T2021").set("cells", cells).set("numbers", cells)
        .set("nonzero", nonZero).set("blank", 0).set("not_applicable", 0).set("digest", digest).row();
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void eachBodyAgainstItsYearBeforeWithinItsStratum() {
    List<String> rows = checks(null);
    assertEquals(41, rows.size(), String.join("\n", rows));
    assertEquals("b7 2023 new_received FAIL ← a7 1000 vs 100 new_received 1000 (2023) vs 100 (2022, a7.txt): ratio"
        + " 10, stratum 2023 DEPARTMENT median 1.035 over 40 pairs, E 273.9 outside [-0.6943, 0.9947]; ×9.662 the"
        + " median ratio, binomial p below 1e-6 at or below max_chance 0.001", find(rows, "b7 "));
    assertEquals("b0 2023 new_received PASS ← a0 100 vs 100 new_received 100 (2023) vs 100 (2022, a0.txt): ratio 1,"
        + " stratum 2023 DEPARTMENT median 1.035 over 40 pairs, E -0.35 within [-0.6943, 0.9947]", find(rows, "b0 "));
    assertEquals("f23 2023 new_received UNCERTAIN ← f22 12 vs null new_received 12 (2023) vs EMPTY (2022, f22.txt):"
        + " no ratio", find(rows, "f23 "));
    assertEquals(1, rows.stream().filter(r -> r.contains(" FAIL ")).count(), String.join("\n", rows));
  }

  /** Only the later reports of the years asked for get a check; the year before is read whatever its year. */
  @Test
  void onlyTheYearsAskedFor() {
    assertEquals(41, checks(List.of(2023)).size());
    assertEquals(List.of(), checks(List.of(2022)));
  }

  private List<String> checks(List<Integer> years) {
    List<String> out = new ArrayList<>();
    for (Row r :
        YearOverYearStage.checks(reportsFrame(), YearOverYearStage.pairs(reportsFrame(), years), metricsFrame(),
                PARAMETERS)
            .orderBy("report_id").collectAsList()) {
      out.add(r.getAs("report_id") + " " + r.getAs("report_year") + " " + r.getAs("scope") + " " + r.getAs("status")
          + " ← " + r.getAs("related_report_id") + " " + plain(r.getAs("left_value")) + " vs "
          + plain(r.getAs("right_value")) + " " + r.getAs("expression"));
    }
    return out;
  }

  private org.apache.spark.sql.Dataset<Row> reportsFrame() {
    return spark.createDataFrame(reports, Datasets.REPORTS.schema());
  }

  private org.apache.spark.sql.Dataset<Row> metricsFrame() {
    return spark.createDataFrame(metrics, Datasets.METRICS.schema());
  }

  private static String find(List<String> rows, String prefix) {
    return rows.stream().filter(r -> r.startsWith(prefix)).findFirst().orElse(null);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "null" : value.stripTrailingZeros().toPlainString();
  }

  private void report(String id, int year, String body, String region, String scope, String kind) {
    reports.add(new RowWriter(Datasets.REPORTS).set("report_id", id).set("file", id + ".txt")
        .set("report_year", year).set("status", "parsed").set("body", body).set("region_code", region)
        .set("scope", scope).set("body_kind", kind).row());
  }

  private void stock(String id, int year, String inForce, String issued, String repealed) {
    metric(id, year, "rules_in_force", inForce, inForce == null ? "EMPTY" : null);
    metric(id, year, "rules_issued", issued, issued == null ? "EMPTY" : null);
    metric(id, year, "rules_repealed", repealed, repealed == null ? "EMPTY" : null);
  }

  private void metric(String id, int year, String value, String reason) {
    metric(id, year, "new_received", value, reason);
  }

  private void metric(String id, int year, String key, String value, String reason) {
    metrics.add(new RowWriter(Datasets.METRICS).set("report_id", id).set("file", id + ".txt")
        .set("report_year", year).set("metric", key).set("kind", "METRIC").set("template", "T2021")
        .set("unit", "COUNT").set("value", value == null ? null : new BigDecimal(value).setScale(4))
        .set("no_value_reason", reason).row());
  }
}
