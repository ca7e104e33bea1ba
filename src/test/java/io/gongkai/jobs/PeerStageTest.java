package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.crossreport.AnomalyParameters;
import io.gongkai.crossreport.RobustZ;
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
 * R-XR-PEER over the {@code reports} and {@code metrics} datasets: who is compared with whom. Thirty-one county
 * departments of 河北 (one group: 2023 COUNTY DEPARTMENT 河北省) with 公开率 78–82 % and requests 100–129, one of which
 * (h30) discloses 10 % and received none; two county departments of 山西, too few for a province group, compared with
 * the country; beside them a 河北 bureau that answered 3 requests, one whose 公开率 has no value, a consolidated
 * report of 河北, a prefecture-level bureau and a bureau without a region, each alone in its group.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeerStageTest {
  private static final AnomalyParameters.Peers PARAMETERS =
      new AnomalyParameters.Peers(new RobustZ.Parameters(3.5, 10, 100), 30, List.of("disclosure_rate"),
          List.of("new_received"));

  private SparkSession spark;
  private final List<Row> reports = new ArrayList<>();
  private final List<Row> metrics = new ArrayList<>();

  @BeforeAll
  void start() {
    spark =
        SparkSession.builder().master("local[2]").appName("PeerStageTest").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    for (int i = 0; i < 31; i++) {
      String id = String.format("h%02d", i);
      report(id, "13", "河北省", "1301", String.format("1301%02d", i + 1), "BODY", "DEPARTMENT");
      rate(id, i == 30 ? 10 : 78 + i % 5, 100);
      received(id, i == 30 ? "0" : String.valueOf(100 + i), null);
    }
    // 3 requests answered: a 公开率 of 0.6667 is noise, not compared and no peer.
    report("h31", "13", "河北省", "1301", "130140", "BODY", "DEPARTMENT");
    rate("h31", 2, 3);
    // No request answered: no ratio, no row.
    report("h32", "13", "河北省", "1301", "130141", "BODY", "DEPARTMENT");
    metrics.add(indicator("h32", null, null, null, "DENOMINATOR_ZERO"));
    // 山西: two county bureaus, compared with the country's 33.
    report("s0", "14", "山西省", "1401", "140105", "BODY", "DEPARTMENT");
    rate("s0", 80, 100);
    report("s1", "14", "山西省", "1401", "140106", "BODY", "DEPARTMENT");
    rate("s1", 40, 100);
    // A consolidated report: its figures are 河北's, left out.
    report("c", "13", "河北省", null, null, "CONSOLIDATED", "GOVERNMENT");
    rate("c", 10, 100);
    // A prefecture's bureau and a bureau whose region was not read: alone in their groups.
    report("p", "13", "河北省", "1301", null, "BODY", "DEPARTMENT");
    rate("p", 80, 100);
    report("u", null, null, null, null, "BODY", null);
    rate("u", 80, 100);
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void eachReportAgainstItsProvinceOrTheCountry() {
    List<String> rows = checks(null);
    // 31 + h31 + s0 + s1 + p + u 公开率, 31 requests; nothing for h32 and c.
    assertEquals(67, rows.size(), String.join("\n", rows));
    assertEquals(
        List.of(
            "h00 disclosure_rate PASS 0.78 vs 0.8 M -0.4973 disclosure_rate 0.78 (78 / 100) vs 2023 COUNTY"
                + " DEPARTMENT 河北省(13): 31 reports, median 0.8, MAD 0.01, sd at 100 0.04022 (τ 0), M -0.4973 within ±3.5",
            "h30 disclosure_rate FAIL 0.1 vs 0.8 M -17.4 disclosure_rate 0.1 (10 / 100) vs 2023 COUNTY DEPARTMENT"
                + " 河北省(13): 31 reports, median 0.8, MAD 0.01, sd at 100 0.04022 (τ 0), M -17.4 outside ±3.5 (OUTLIER)",
            "h31 disclosure_rate UNCERTAIN 0.6667 vs null M null disclosure_rate 0.6667 (2 / 3): denominator 3 below"
                + " min_denominator 30 (SMALL_DENOMINATOR), not compared",
            "p disclosure_rate UNCERTAIN 0.8 vs 0.8 M null disclosure_rate 0.8 (80 / 100) vs 2023 PREFECTURE"
                + " DEPARTMENT, country (河北省(13) has 1): 1 reports, median 0.8, fewer than min_peers 10 (SMALL_GROUP)",
            "s0 disclosure_rate PASS 0.8 vs 0.8 M 0 disclosure_rate 0.8 (80 / 100) vs 2023 COUNTY DEPARTMENT, country"
                + " (山西省(14) has 2): 33 reports, median 0.8, MAD 0.01, sd at 100 0.04022 (τ 0), M 0 within ±3.5",
            "s1 disclosure_rate FAIL 0.4 vs 0.8 M -9.945 disclosure_rate 0.4 (40 / 100) vs 2023 COUNTY DEPARTMENT,"
                + " country (山西省(14) has 2): 33 reports, median 0.8, MAD 0.01, sd at 100 0.04022 (τ 0), M -9.945"
                + " outside ±3.5 (OUTLIER)",
            "u disclosure_rate UNCERTAIN 0.8 vs 0.8 M null disclosure_rate 0.8 (80 / 100) vs 2023 UNKNOWN UNKNOWN,"
                + " country (no region read): 1 reports, median 0.8, fewer than min_peers 10 (SMALL_GROUP)"),
        rows.stream().filter(r -> r.contains(" disclosure_rate ")
            && List.of("h00", "h30", "h31", "p", "s0", "s1", "u").contains(r.substring(0, r.indexOf(' ')))).toList());
    // Requests on ln(1 + x): 100–129 and h30's 0, median ln 115 = 4.745, MAD ln(123 / 115) = 0.06725 (the 16th of
    // the 31 absolute deviations); h30's 0 is far out, M = −0.6745 · 4.745 / 0.06725 (UNCERTAIN for a count), and a
    // 0 among large peers: FAIL.
    assertEquals(
        List.of(
            "h00 new_received PASS 100 vs 114 M -1.302 new_received 100 vs 2023 COUNTY DEPARTMENT 河北省(13): 31 reports,"
                + " median 114; ln(1 + x) 4.615 vs median 4.745, MAD 0.06725, M -1.302 within ±3.5",
            "h30 new_received FAIL 0 vs 114 M -47.59 new_received 0 vs 2023 COUNTY DEPARTMENT 河北省(13): 31 reports,"
                + " median 114; ln(1 + x) 0 vs median 4.745, MAD 0.06725, M -47.59 outside ±3.5 (OUTLIER, a count:"
                + " UNCERTAIN); 0 where"
                + " the median reaches zero_floor 100 (ZERO_AMONG_LARGE)"),
        rows.stream().filter(r -> r.startsWith("h00 new_received") || r.startsWith("h30 new_received")).toList());
    assertEquals(List.of("h30 disclosure_rate", "h30 new_received", "s1 disclosure_rate"),
        rows.stream().filter(r -> r.contains(" FAIL ")).map(r -> r.substring(0, r.indexOf(" FAIL "))).toList());
  }

  /** The whole row of a FAIL, as the warehouse holds it. */
  @Test
  void aRowOfChecks() {
    Row r = PeerStage.checks(reportsFrame(), metricsFrame(), null, PARAMETERS)
        .filter("report_id = 'h30' and scope = 'disclosure_rate'").collectAsList().get(0);
    assertEquals("h30 h30.txt 2023 R-XR-PEER WARNING 0.1000 0.8000 -0.7000 null"
            + " [metrics.disclosure_rate, metrics.disclosure_rate of 2023 COUNTY DEPARTMENT 河北省(13)]",
        r.getAs("report_id") + " " + r.getAs("file") + " " + r.getAs("report_year") + " " + r.getAs("check") + " "
            + r.getAs("severity") + " " + r.getAs("left_value") + " " + r.getAs("right_value") + " "
            + r.getAs("delta") + " " + r.getAs("related_report_id") + " " + r.getList(r.fieldIndex("evidence")));
    assertEquals(-0.7 / Math.sqrt(80.5 / 101 * (20.5 / 101) / 100), (double) r.getAs("score"), 1e-9);
  }

  /** Only the years asked for: 2022 has no report. */
  @Test
  void onlyTheYearsAskedFor() {
    assertEquals(67, checks(List.of(2023)).size());
    assertEquals(List.of(), checks(List.of(2022)));
  }

  private List<String> checks(List<Integer> years) {
    List<String> out = new ArrayList<>();
    for (Row r : PeerStage.checks(reportsFrame(), metricsFrame(), years, PARAMETERS).orderBy("report_id", "scope")
        .collectAsList()) {
      Double score = r.getAs("score");
      out.add(r.getAs("report_id") + " " + r.getAs("scope") + " " + r.getAs("status") + " "
          + plain(r.getAs("left_value")) + " vs " + plain(r.getAs("right_value")) + " M "
          + (score == null ? "null" : new BigDecimal(score).round(new java.math.MathContext(4)).stripTrailingZeros()
              .toPlainString())
          + " " + r.getAs("expression"));
    }
    return out;
  }

  private org.apache.spark.sql.Dataset<Row> reportsFrame() {
    return spark.createDataFrame(reports, Datasets.REPORTS.schema());
  }

  private org.apache.spark.sql.Dataset<Row> metricsFrame() {
    return spark.createDataFrame(metrics, Datasets.METRICS.schema());
  }

  private static String plain(BigDecimal value) {
    return value == null ? "null" : value.stripTrailingZeros().toPlainString();
  }

  private void report(String id, String province, String provinceName, String prefecture, String county,
      String scope, String kind) {
    reports.add(new RowWriter(Datasets.REPORTS).set("report_id", id).set("file", id + ".txt")
        .set("report_year", 2023).set("status", "parsed").set("body", "教育局 " + id)
        .set("region_code", county != null ? county : prefecture != null ? prefecture : province)
        .set("province_code", province).set("province_name", provinceName)
        .set("prefecture_code", prefecture).set("prefecture_name", prefecture == null ? null : "石家庄市")
        .set("county_code", county).set("county_name", county == null ? null : "县" + county)
        .set("scope", scope).set("body_kind", kind).row());
  }

  private void rate(String id, int numerator, int denominator) {
    metrics.add(indicator(id, new BigDecimal(numerator).setScale(4), new BigDecimal(denominator).setScale(4),
        (double) numerator / denominator, null));
  }

  private static Row indicator(String id, BigDecimal numerator, BigDecimal denominator, Double ratio, String reason) {
    return new RowWriter(Datasets.METRICS).set("report_id", id).set("file", id + ".txt").set("report_year", 2023)
        .set("metric", "disclosure_rate").set("kind", "INDICATOR").set("template", "T2021").set("unit", "RATIO")
        .set("numerator", numerator).set("denominator", denominator).set("ratio", ratio)
        .set("no_value_reason", reason).row();
  }

  private void received(String id, String value, String reason) {
    metrics.add(new RowWriter(Datasets.METRICS).set("report_id", id).set("file", id + ".txt")
        .set("report_year", 2023).set("metric", "new_received").set("kind", "METRIC").set("template", "T2021")
        .set("unit", "COUNT").set("value", value == null ? null : new BigDecimal(value).setScale(4))
        .set("no_value_reason", reason).row());
  }
}
