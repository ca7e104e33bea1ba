package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.eval.TruthReader;
import io.gongkai.eval.TruthReport;
import io.gongkai.rollup.ExpectedRollups;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rollups of the eight real reports hold exactly the sums of their labelled cells: every row of {@code rollups}
 * equals the row computed in plain Java from the truth files ({@link ExpectedRollups}), at every level and body kind,
 * and no row is missing or extra. Where each report counts (year, region, kind) and which rows its reader did not
 * find are taken from {@code reports}: what is under test here is the sums and their coverage, not the region
 * resolver.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupOnSamplesTest {
  static final List<String> SAMPLES =
      List.of(
          "000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt",
          "003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt", "ha2024.pdf", "hzq2023.pdf", "hzq2024.pdf");

  @TempDir static Path dir;
  private SparkSession spark;
  private Path warehouse;

  @BeforeAll
  void extract() throws IOException {
    spark =
        SparkSession.builder().master("local[2]").appName("RollupOnSamplesTest").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    Path input = Files.createDirectories(dir.resolve("in"));
    for (String name : SAMPLES) {
      Files.write(input.resolve(name), resource("/samples/" + name));
    }
    warehouse = dir.resolve("w");
    new ExtractJob(spark).run(new ExtractJob.Options(List.of(input.toString()), warehouse.toString(), null, false, 3));
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void everyRollupRowIsTheSumOfTheTruthCells() throws IOException {
    List<ExpectedRollups.Report> reports = new ArrayList<>();
    for (Row r : read(warehouse, Datasets.REPORTS).collectAsList()) {
      String file = r.getAs("file");
      TruthReport truth =
          TruthReader.read(file, resource("/truth/" + file.substring(0, file.lastIndexOf('.')) + TruthReader.SUFFIX));
      reports.add(
          new ExpectedRollups.Report(
              r.getAs("report_id"), "rejected".equals(r.getAs("status")), r.getAs("report_year"), r.getAs("scope"),
              r.getAs("body_kind"), r.getAs("body"), r.getAs("province_code"), r.getAs("prefecture_code"),
              r.getAs("county_code"), truth.templateT2(), truth.templateT3(), truth.cells(), rowsNotFound(r)));
    }
    assertEquals(8, reports.size());
    Map<String, String> expected = ExpectedRollups.of(reports);
    Map<String, String> actual = actual(warehouse);
    assertSameRows(expected, actual);
    // Not a vacuous comparison: the country's requests of 2024 are the two 2024 reports' 总计 figures.
    assertTrue(expected.size() > 1000, "rows " + expected.size());
  }

  /**
   * R-XR-CONSOLIDATED on the consolidated samples, requests received: only 淮安市 2024 (ha2024) has a BODY report
   * below it, 洪泽区's own of 2024 (hzq2024, its table's 95), far below the city's 3119, which the region's other
   * bodies make up: UNCERTAIN. The others have no BODY report in their region and year; 004, an S2014 report, has
   * its own metric keys and no new_received.
   */
  @Test
  void consolidatedReportsAreComparedWithTheirRegionsBodies() {
    List<String> lines = new ArrayList<>();
    for (Row r : read(warehouse, Datasets.CHECKS)
        .filter("`check` = 'R-XR-CONSOLIDATED' and scope = 'new_received'").orderBy("file").collectAsList()) {
      lines.add(r.getAs("file") + " " + r.getAs("status") + " " + r.getAs("expression") + " "
          + r.getList(r.fieldIndex("evidence")));
    }
    assertEquals(
        List.of(
            "001_42bc1c002d3797e9.txt UNCERTAIN 1 vs nothing: no BODY report of COUNTY 630225 循化撒拉族自治县"
                + " [metrics.new_received, rollups.2020.COUNTY.630225.ALL.new_received]",
            "002_02af2ddfabc85d6c.txt UNCERTAIN 0 vs nothing: no BODY report of COUNTY 410773 新乡市平原城乡一体化示范区"
                + " [metrics.new_received, rollups.2020.COUNTY.410773.ALL.new_received]",
            "ha2024.pdf UNCERTAIN 3119 > 95 summed over 1 of 1 BODY reports of PREFECTURE 3208 淮安市 (1 body)"
                + " [metrics.new_received, rollups.2024.PREFECTURE.3208.ALL.new_received]",
            "hzq2023.pdf UNCERTAIN 21 vs nothing: no BODY report of COUNTY 320813 洪泽区"
                + " [metrics.new_received, rollups.2023.COUNTY.320813.ALL.new_received]"),
        lines);
    // Every metric of every consolidated report is checked once.
    assertEquals(
        read(warehouse, Datasets.METRICS).filter("kind = 'METRIC'")
            .join(read(warehouse, Datasets.REPORTS).filter("scope = 'CONSOLIDATED'").select("report_id"),
                "report_id").count(),
        read(warehouse, Datasets.CHECKS).filter("`check` = 'R-XR-CONSOLIDATED'").count());
  }

  /** Ratios follow from the summed operands; indicators carry no value, metrics no operands. */
  @Test
  void ratiosAreTheSummedOperandsDivided() {
    for (Row r : read(warehouse, Datasets.ROLLUPS).collectAsList()) {
      String kind = r.getAs("kind");
      BigDecimal num = r.getAs("numerator");
      BigDecimal den = r.getAs("denominator");
      Double ratio = r.getAs("ratio");
      if (kind.equals("METRIC")) {
        assertEquals(null, num, r.toString());
        assertEquals(null, ratio, r.toString());
      } else if (den == null || den.signum() == 0) {
        assertEquals(null, ratio, r.toString());
      } else {
        assertEquals(num.doubleValue() / den.doubleValue(), ratio, 1e-12, r.toString());
      }
    }
  }

  /** The rollup rows keyed and printed like {@link ExpectedRollups}. */
  private org.apache.spark.sql.Dataset<Row> read(Path warehouse, DatasetSpec spec) {
    return spark.read().schema(spec.schema()).parquet(ExtractJobTest.published(warehouse, spec.name()));
  }

  private Map<String, String> actual(Path warehouse) {
    return rollupRows(spark, warehouse);
  }

  /** The published rollup rows of a warehouse, keyed and printed like {@link ExpectedRollups}. */
  static Map<String, String> rollupRows(SparkSession spark, Path warehouse) {
    Map<String, String> rows = new TreeMap<>();
    for (Row r :
        spark.read().schema(Datasets.ROLLUPS.schema()).parquet(ExtractJobTest.published(warehouse, "rollups"))
            .collectAsList()) {
      String key = r.getAs("report_year") + "|" + r.getAs("level") + "|" + r.getAs("region_code") + "|"
          + r.getAs("body_kind") + "|" + r.getAs("metric");
      StringBuilder sb = new StringBuilder();
      sb.append("value=").append(ExpectedRollups.plain(r.getAs("value"))).append(" num=")
          .append(ExpectedRollups.plain(r.getAs("numerator"))).append(" den=")
          .append(ExpectedRollups.plain(r.getAs("denominator")));
      for (String c :
          List.of("reports_with_value", "reports_blank", "reports_not_numeric", "reports_not_found",
              "reports_rejected", "reports", "bodies")) {
        sb.append(' ').append(c).append('=').append((long) r.getAs(c));
      }
      if (rows.put(key, sb.toString()) != null) {
        throw new AssertionError("Two rollup rows for " + key);
      }
    }
    return rows;
  }

  /** The subjects of the reader's ROW_NOT_FOUND and BLOCK_MISSING flags: t3.carried_over, t2.art20_5. */
  static java.util.Set<String> rowsNotFound(Row report) {
    java.util.Set<String> rows = new java.util.HashSet<>();
    List<String> flags = report.getList(report.fieldIndex("flags"));
    for (String flag : flags) {
      if (flag.startsWith("ROW_NOT_FOUND(")) {
        rows.add(flag.substring("ROW_NOT_FOUND(".length(), flag.length() - 1));
      } else if (flag.startsWith("BLOCK_MISSING(")) {
        rows.add("t2." + flag.substring("BLOCK_MISSING(".length(), flag.length() - 1));
      }
    }
    return rows;
  }

  /** Fails with the first differing rows, expected against actual, instead of two maps of thousands of rows. */
  static void assertSameRows(Map<String, String> expected, Map<String, String> actual) {
    List<String> diffs = new ArrayList<>();
    java.util.Set<String> keys = new java.util.TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    for (String key : keys) {
      String e = expected.get(key);
      String a = actual.get(key);
      if (!java.util.Objects.equals(e, a)) {
        diffs.add(key + "\n   expected " + e + "\n   actual   " + a);
      }
    }
    assertTrue(diffs.isEmpty(),
        diffs.size() + " of " + keys.size() + " rollup rows differ:\n" + String.join("\n", diffs.subList(0, Math.min(12, diffs.size()))));
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = RollupOnSamplesTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
