package io.gongkai.crossreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.metric.NoValueReason;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearOverYearTest {
  private static final AnomalyParameters.YearOverYear P =
      new AnomalyParameters.YearOverYear(new HidiroglouBerthelot.Parameters(0.5, 0.05, 4, 4), 2, 0.001,
          List.of("new_received", "lit_total", "fees_yuan"), java.util.Set.of("new_received", "lit_total"));

  /** The stratum of HidiroglouBerthelotTest.aWorkedStratum, with one body whose previous figure was printed blank. */
  @Test
  void aStratumOfBodies() {
    int[] now = {100, 105, 110, 95, 90, 100, 102, 1000};
    List<YearOverYear.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < now.length; i++) {
      pairs.add(new YearOverYear.Pair("b" + i, 2023, "a" + i, "a" + i + ".txt", "new_received",
          BigDecimal.valueOf(now[i]), null, BigDecimal.valueOf(100), null));
    }
    pairs.add(new YearOverYear.Pair("b8", 2023, "a8", "a8.txt", "new_received", BigDecimal.valueOf(40), null, null,
        NoValueReason.EMPTY));
    List<Finding> findings = YearOverYear.edit("2023 DEPARTMENT", pairs, P);

    Finding jump = findings.get(7);
    assertEquals(
        new Finding("b7", new CheckResult("R-XR-YOY", "new_received", CheckStatus.FAIL, CheckResult.Severity.WARNING,
            BigDecimal.valueOf(1000), BigDecimal.valueOf(100),
            "new_received 1000 (2023) vs 100 (2022, a7.txt): ratio 10, stratum 2023 DEPARTMENT median 1.01 over 8"
                + " pairs, E 281.5 outside [-0.9316, 2.152]; ×9.901 the median ratio, binomial p below 1e-6 at or below"
                + " max_chance 0.001",
            List.of("metrics.new_received", "report a7 metrics.new_received")), "a7", 281.4740214347894),
        jump);
    assertEquals("new_received 105 (2023) vs 100 (2022, a1.txt): ratio 1.05, stratum 2023 DEPARTMENT median 1.01"
        + " over 8 pairs, E 0.4058 within [-0.9316, 2.152]", findings.get(1).result().expression());
    assertEquals(CheckStatus.PASS, findings.get(1).result().status());
    Finding blank = findings.get(8);
    assertEquals(CheckStatus.UNCERTAIN, blank.result().status());
    assertEquals("new_received 40 (2023) vs EMPTY (2022, a8.txt): no ratio", blank.result().expression());
    assertEquals(null, blank.score());
    assertEquals("a8", blank.relatedReportId());
  }

  @Test
  void zerosAndSmallStrataAreUncertainWithTheirReason() {
    List<Finding> findings =
        YearOverYear.edit("2023 TOWNSHIP",
            List.of(
                new YearOverYear.Pair("b0", 2023, "a0", "a0.txt", "lit_total", BigDecimal.valueOf(3), null,
                    BigDecimal.ZERO, null),
                new YearOverYear.Pair("b1", 2023, "a1", "a1.txt", "lit_total", BigDecimal.valueOf(30), null,
                    BigDecimal.valueOf(2), null)),
            P);
    assertEquals("lit_total 3 (2023) vs 0 (2022, a0.txt): FROM_ZERO, no ratio", findings.get(0).result().expression());
    assertEquals("lit_total 30 (2023) vs 2 (2022, a1.txt): ratio 15; stratum 2023 TOWNSHIP has 1 usable pairs, fewer"
        + " than 4", findings.get(1).result().expression());
    assertEquals(List.of(CheckStatus.UNCERTAIN, CheckStatus.UNCERTAIN),
        findings.stream().map(f -> f.result().status()).toList());
  }

  /**
   * Outside the bounds is not yet a break. Ten bodies near 100 → 100 (median ratio 1.02, bounds [−0.8, 3.29]), one
   * 100 → 140 (E 4.408 outside, but ×1.373 the median ratio: within min_change, MODERATE_CHANGE), one 1 → 6 (×5.9,
   * but 6 of 7 requests falling in one year happens by chance: p = 2 · P(Bin(7, 1.02 / 2.02) ≥ 6) = 0.1316, CHANCE),
   * one 50 → 400 (a break: FAIL). The same 1 → 6 in yuan is no count: no chance test, and it FAILs.
   */
  @Test
  void screensOutsideTheBounds() {
    int[][] counts = {{100, 100}, {100, 105}, {100, 110}, {100, 95}, {100, 97}, {100, 100}, {100, 102}, {100, 101},
      {100, 99}, {100, 103}, {100, 140}, {1, 6}, {50, 400}};
    for (String metric : List.of("new_received", "fees_yuan")) {
      List<YearOverYear.Pair> pairs = new ArrayList<>();
      for (int i = 0; i < counts.length; i++) {
        pairs.add(new YearOverYear.Pair("b" + i, 2023, "a" + i, "a" + i + ".txt", metric,
            BigDecimal.valueOf(counts[i][1]), null, BigDecimal.valueOf(counts[i][0]), null));
      }
      List<Finding> findings = YearOverYear.edit("2023 DEPARTMENT", pairs, P);
      List<CheckStatus> expected = new ArrayList<>(java.util.Collections.nCopies(10, CheckStatus.PASS));
      expected.addAll(List.of(CheckStatus.UNCERTAIN, metric.equals("fees_yuan") ? CheckStatus.FAIL
          : CheckStatus.UNCERTAIN, CheckStatus.FAIL));
      assertEquals(expected, findings.stream().map(f -> f.result().status()).toList(), metric);
      if (metric.equals("new_received")) {
        assertEquals(List.of(
            "new_received 140 (2023) vs 100 (2022, a10.txt): ratio 1.4, stratum 2023 DEPARTMENT median 1.02 over 13"
                + " pairs, E 4.408 outside [-0.8, 3.29]; ×1.373 the median ratio, within min_change ×2"
                + " (MODERATE_CHANGE)",
            "new_received 6 (2023) vs 1 (2022, a11.txt): ratio 6, stratum 2023 DEPARTMENT median 1.02 over 13 pairs,"
                + " E 11.96 outside [-0.8, 3.29]; ×5.882 the median ratio, binomial p 0.1316 above max_chance 0.001"
                + " (CHANCE)",
            "new_received 400 (2023) vs 50 (2022, a12.txt): ratio 8, stratum 2023 DEPARTMENT median 1.02 over 13"
                + " pairs, E 136.9 outside [-0.8, 3.29]; ×7.843 the median ratio, binomial p below 1e-6 at or below"
                + " max_chance 0.001"),
            findings.subList(10, 13).stream().map(f -> f.result().expression()).toList());
      } else {
        assertEquals("fees_yuan 6 (2023) vs 1 (2022, a11.txt): ratio 6, stratum 2023 DEPARTMENT median 1.02 over 13"
            + " pairs, E 11.96 outside [-0.8, 3.29]; ×5.882 the median ratio", findings.get(11).result().expression());
      }
    }
  }

  /** p = 2 · min(P(Y ≤ k), P(Y ≥ k)) for Y ~ Bin(n, r / (1 + r)), worked: Bin(7, 0.5), k = 6: 2 · 8 / 128. */
  @Test
  void theChanceOfASplit() {
    assertEquals(0.125, YearOverYear.chance(1, 6, 1), 1e-12);
    assertEquals(1.0, YearOverYear.chance(5, 5, 1), 1e-12);
    assertEquals(2 * Math.pow(0.5, 10), YearOverYear.chance(10, 0, 1), 1e-12);
  }
}
