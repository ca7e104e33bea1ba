package io.gongkai.crossreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.crossreport.HidiroglouBerthelot.Edit;
import io.gongkai.crossreport.HidiroglouBerthelot.Parameters;
import io.gongkai.crossreport.HidiroglouBerthelot.Reason;
import io.gongkai.report.CheckStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class HidiroglouBerthelotTest {
  private static final Parameters DEFAULTS = new Parameters(0.5, 0.05, 4, 4);

  /**
   * Eight bodies with 100 requests last year; this year 100, 105, 110, 95, 90, 100, 102 and 1,000; then three with a
   * zero. Worked by hand: the usable ratios' median is (1 + 1.02) / 2 = 1.01; E = s · max(y)^0.5 gives −0.1, 0.40582,
   * 0.93458, −0.63158, −1.22222, −0.1, 0.0999951 and (10 / 1.01 − 1) · √1000 = 281.474; E's quartiles (type 7) are
   * −0.232895, −0.00000245 and 0.538010, so the bounds are M ∓ 4 · (M − Q1, Q3 − M) = [−0.931572, 2.152049]: the
   * tenfold jump fails, and so does the drop to 90 in a stratum this tight.
   */
  @Test
  void aWorkedStratum() {
    List<Edit> edits =
        HidiroglouBerthelot.edit(
            new double[] {100, 100, 100, 100, 100, 100, 100, 100, 0, 0, 50},
            new double[] {100, 105, 110, 95, 90, 100, 102, 1000, 0, 40, 0}, DEFAULTS);
    assertEquals(
        List.of("PASS", "PASS", "PASS", "PASS", "FAIL", "PASS", "PASS", "FAIL", "UNCERTAIN BOTH_ZERO",
            "UNCERTAIN FROM_ZERO", "UNCERTAIN TO_ZERO"),
        edits.stream().map(e -> e.status() + (e.reason() == null ? "" : " " + e.reason())).toList());
    Edit jump = edits.get(7);
    assertEquals(10.0, jump.ratio(), 1e-12);
    assertEquals(1.01, jump.medianRatio(), 1e-12);
    assertEquals(281.4740214347894, jump.effect(), 1e-9);
    assertEquals(-0.9315715949678578, jump.lower(), 1e-9);
    assertEquals(2.1520489912800578, jump.upper(), 1e-9);
    assertEquals(8, jump.usablePairs());
    assertEquals(-1.2222222222222223, edits.get(4).effect(), 1e-12);
    // A zero has no effect and no bounds; a ratio only when last year was above 0.
    assertEquals(Double.NaN, edits.get(9).ratio());
    assertEquals(0.0, edits.get(10).ratio());
    assertEquals(Double.NaN, edits.get(10).effect());
    assertEquals(Double.NaN, edits.get(10).upper());
  }

  @Test
  void aSmallStratumIsUncertainWithItsRatios() {
    List<Edit> edits =
        HidiroglouBerthelot.edit(new double[] {10, 10, 10, 0}, new double[] {10, 100, 11, 5}, DEFAULTS);
    assertEquals(
        List.of(CheckStatus.UNCERTAIN, CheckStatus.UNCERTAIN, CheckStatus.UNCERTAIN, CheckStatus.UNCERTAIN),
        edits.stream().map(Edit::status).toList());
    assertEquals(
        List.of(Reason.SMALL_STRATUM, Reason.SMALL_STRATUM, Reason.SMALL_STRATUM, Reason.FROM_ZERO),
        edits.stream().map(Edit::reason).toList());
    assertEquals(10.0, edits.get(1).ratio());
    assertEquals(1.1, edits.get(1).medianRatio(), 1e-12);
    assertEquals(3, edits.get(1).usablePairs());
  }

  /** Equal ratios make every quartile 0: the bounds close on E_M, and only a pair off the common ratio fails. */
  @Test
  void identicalRatiosLeaveOnlyTheOddPairOut() {
    List<Edit> edits =
        HidiroglouBerthelot.edit(
            new double[] {10, 20, 30, 40, 50, 60}, new double[] {20, 40, 60, 80, 100, 121}, DEFAULTS);
    assertEquals(
        List.of(CheckStatus.PASS, CheckStatus.PASS, CheckStatus.PASS, CheckStatus.PASS, CheckStatus.PASS,
            CheckStatus.FAIL),
        edits.stream().map(Edit::status).toList());
    assertEquals(0.0, edits.get(0).lower());
    assertEquals(0.0, edits.get(0).upper());
  }

  @Test
  void badInputIsRefusedWithTheValue() {
    assertEquals("Cannot use U = 1.5: it must be between 0 and 1",
        assertThrows(IllegalArgumentException.class, () -> new Parameters(1.5, 0.05, 4, 30)).getMessage());
    assertEquals("Cannot use min_pairs = 3: quartiles need at least 4",
        assertThrows(IllegalArgumentException.class, () -> new Parameters(0.5, 0.05, 4, 3)).getMessage());
    assertEquals("Cannot edit pair 1: values must be finite and at least 0, found -1.0 → 3.0",
        assertThrows(IllegalArgumentException.class,
            () -> HidiroglouBerthelot.edit(new double[] {1, -1}, new double[] {1, 3}, DEFAULTS)).getMessage());
  }
}
