package io.gongkai.crossreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.metric.NoValueReason;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InForceRollForwardTest {
  @Test
  void aStockRollsForward() {
    List<Finding> findings =
        InForceRollForward.check("b", 2023, "a", "a.txt",
            Map.of("rules_in_force", value(33), "rules_issued", value(5), "rules_repealed", value(2),
                "normative_docs_in_force", value(40), "normative_docs_issued", value(12), "normative_docs_repealed",
                value(0)),
            Map.of("rules_in_force", value(30), "normative_docs_in_force", value(30)));
    assertEquals(
        List.of(
            new Finding("b", new CheckResult("R-T2-INFORCE-XYEAR", "rules", CheckStatus.PASS,
                CheckResult.Severity.WARNING, BigDecimal.valueOf(33), BigDecimal.valueOf(33),
                "rules_in_force 33 (2023) = 30 (2022, a.txt) + issued 5 − repealed 2",
                List.of("metrics.rules_in_force", "metrics.rules_issued", "metrics.rules_repealed",
                    "report a metrics.rules_in_force")), "a", null),
            new Finding("b", new CheckResult("R-T2-INFORCE-XYEAR", "normative_docs", CheckStatus.FAIL,
                CheckResult.Severity.WARNING, BigDecimal.valueOf(40), BigDecimal.valueOf(42),
                "normative_docs_in_force 40 (2023) = 30 (2022, a.txt) + issued 12 − repealed 0",
                List.of("metrics.normative_docs_in_force", "metrics.normative_docs_issued",
                    "metrics.normative_docs_repealed", "report a metrics.normative_docs_in_force")), "a", null)),
        findings);
  }

  /** A blank is never 0: the stock cannot be rolled forward; a T2019 year before has no stock: no check at all. */
  @Test
  void aBlankIsUncertainAndAMissingStockIsNoCheck() {
    List<Finding> findings =
        InForceRollForward.check("b", 2023, "a", "a.txt",
            Map.of("rules_in_force", value(33), "rules_issued", new InForceRollForward.Value(null,
                NoValueReason.EMPTY), "rules_repealed", value(2)),
            Map.of("rules_in_force", value(30)));
    assertEquals(1, findings.size());
    assertEquals(CheckStatus.UNCERTAIN, findings.get(0).result().status());
    assertEquals("rules_in_force 33 (2023) = 30 (2022, a.txt) + issued EMPTY − repealed 2",
        findings.get(0).result().expression());
    assertEquals(null, findings.get(0).result().right());
    assertEquals(List.of(), InForceRollForward.check("b", 2023, "a", "a.txt",
        Map.of("rules_in_force", value(33), "rules_issued", value(1), "rules_repealed", value(2)), Map.of()));
  }

  private static InForceRollForward.Value value(long v) {
    return new InForceRollForward.Value(BigDecimal.valueOf(v), null);
  }
}
