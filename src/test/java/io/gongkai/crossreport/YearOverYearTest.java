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
  private static final HidiroglouBerthelot.Parameters P = new HidiroglouBerthelot.Parameters(0.5, 0.05, 4, 4);

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
                + " pairs, E 281.5 outside [-0.9316, 2.152]",
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
}
