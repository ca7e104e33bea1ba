package io.gongkai.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ReportComparison} on hand-made rows: one rule per test, whole results compared. */
class ReportComparisonTest {
  private static final TruthCell RECEIVED =
      new TruthCell("t3", null, "new_received", "natural_person", "16", "NUMERIC", new BigDecimal("16"), null);
  private static final TruthCell FEES =
      new TruthCell("t2", "art20_8", "admin_fees", "amount_wan_yuan", "7730.28", "NUMERIC", new BigDecimal("7730.28"),
          "万元");
  private static final TruthCell BLANK =
      new TruthCell("t3", null, "granted", "legal_person", "", "EMPTY", null, null);
  private static final TruthCell UPHELD =
      new TruthCell("t4", "review", null, "review_upheld", "0", "ZERO", BigDecimal.ZERO, null);

  @Test
  void cellsWithTheSameKindValueAndUnitAreCorrectWhateverTheScale() {
    ReportScore s =
        ReportComparison.score(
            real(List.of(RECEIVED, FEES, BLANK, UPHELD), List.of()), "r1",
            List.of(
                found(RECEIVED, "NUMERIC", "16.0000", null),
                found(FEES, "NUMERIC", "7730.2800", "万元"),
                found(BLANK, "EMPTY", null, null),
                found(UPHELD, "ZERO", "0.0000", null)),
            List.of());

    assertEquals(Map.of("T2019", new Tally(3, 3), "T2021", new Tally(1, 1)), s.cellsByTemplate());
    assertEquals(List.of(), s.misses());
    assertEquals(0, s.emptyAsZero());
  }

  @Test
  void eachDifferenceIsNamedInTheMiss() {
    WarehouseCell wrongValue = found(RECEIVED, "NUMERIC", "17", null);
    WarehouseCell wrongUnit = found(FEES, "NUMERIC", "7730.28", "元");
    WarehouseCell wrongKind = found(UPHELD, "NA", null, null);

    ReportScore s =
        ReportComparison.score(
            real(List.of(RECEIVED, FEES, UPHELD, BLANK), List.of()), "r1", List.of(wrongValue, wrongUnit, wrongKind),
            List.of());

    assertEquals(
        List.of(
            new CellMiss("t3.new_received.natural_person", "value", RECEIVED, wrongValue, false),
            new CellMiss("t2.art20_8.admin_fees.amount_wan_yuan", "unit", FEES, wrongUnit, false),
            new CellMiss("t4.review.review_upheld", "kind+value", UPHELD, wrongKind, false),
            new CellMiss("t3.granted.legal_person", "missing", BLANK, null, false)),
        s.misses());
    assertEquals(Map.of("T2019", new Tally(3, 0), "T2021", new Tally(1, 0)), s.cellsByTemplate());
  }

  @Test
  void emptyReadAsZeroOrAsTheValueZeroIsCounted() {
    TruthCell blank2 = new TruthCell("t3", null, "granted", "total", "", "EMPTY", null, null);
    ReportScore s =
        ReportComparison.score(
            real(List.of(BLANK, blank2), List.of()), "r1",
            List.of(found(BLANK, "ZERO", "0", null), found(blank2, "NUMERIC", "0.0000", null)), List.of());

    assertEquals(2, s.emptyAsZero());
    assertEquals(List.of("kind+value", "kind+value"), s.misses().stream().map(CellMiss::problem).toList());
    assertTrue(s.misses().stream().allMatch(CellMiss::emptyAsZero));
  }

  @Test
  void aCellTheTruthHasNoneForIsWrongAsExtraEvenWhenEmpty() {
    // The truth lists every printed cell; a row cut off has none. The parser's EMPTY cell there (absent read as
    // blank) and a value there are wrong, one miss each, counted under the table's template; the truth's own cell
    // stays right.
    TruthCell cutOff = new TruthCell("t3", null, "result_total", "total", "", "EMPTY", null, null);
    TruthCell notPrinted = new TruthCell("t4", "review", null, "review_total", "", "EMPTY", null, null);
    WarehouseCell blank = found(cutOff, "EMPTY", null, null);
    WarehouseCell zero = found(notPrinted, "ZERO", "0", null);

    ReportScore s =
        ReportComparison.score(
            real(List.of(RECEIVED), List.of()), "r1", List.of(found(RECEIVED, "NUMERIC", "16", null), blank, zero),
            List.of());

    assertEquals(
        List.of(
            new CellMiss("t3.result_total.total", CellMiss.EXTRA, null, blank, false),
            new CellMiss("t4.review.review_total", CellMiss.EXTRA, null, zero, false)),
        s.misses());
    assertEquals(Map.of("T2019", new Tally(3, 1)), s.cellsByTemplate());
    assertEquals(
        "t3.result_total.total extra: not printed, found EMPTY (raw '')", EvalTable.miss(s.misses().get(0)));
  }

  @Test
  void aKeyTheWarehouseHoldsTwiceIsWrongEvenWhenOneCopyIsRight() {
    WarehouseCell right = found(RECEIVED, "NUMERIC", "16", null);
    WarehouseCell other = found(RECEIVED, "NUMERIC", "61", null);

    ReportScore s = ReportComparison.score(real(List.of(RECEIVED), List.of()), "r1", List.of(other, right), List.of());

    assertEquals(List.of(new CellMiss("t3.new_received.natural_person", "duplicated", RECEIVED, right, false)),
        s.misses());
  }

  @Test
  void expectedChecksAgreeOnlyWhenTheWarehouseRowHasTheSameStatus() {
    TruthReport truth =
        real(
            List.of(),
            List.of(
                new TruthCheck("R-T3-BALANCE", "natural_person", "FAIL"),
                new TruthCheck("R-T3-BALANCE", "total", "PASS"),
                new TruthCheck("R-T4-SUM", "review", "UNCERTAIN"),
                new TruthCheck("R-T4-SUM", "lit_direct", "PASS")));
    ReportScore s =
        ReportComparison.score(
            truth, "r1", List.of(),
            List.of(
                hard("R-T3-BALANCE", "natural_person", "FAIL"),
                hard("R-T3-BALANCE", "total", "FAIL"),
                hard("R-T4-SUM", "review", "UNCERTAIN")));

    assertEquals(new CheckTally(2, 1, 1, 1, 0, 0), s.checks().get("R-T3-BALANCE"));
    assertEquals(new CheckTally(2, 1, 0, 0, 0, 0), s.checks().get("R-T4-SUM"));
    assertEquals(
        List.of(
            new CheckMiss("R-T3-BALANCE", "total", "PASS", "FAIL"),
            new CheckMiss("R-T4-SUM", "lit_direct", "PASS", "missing")),
        s.checkMisses());
  }

  @Test
  void plantedAnomaliesCountAsFailsAndFallBackToTheCheckIdWhenTheScopeDiffers() {
    TruthReport truth =
        synthetic(
            List.of(new TruthCheck("R-T3-BALANCE", "natural_person", "FAIL")),
            List.of(
                new TruthCheck("R-T3-BALANCE", "natural_person", "FAIL"), // also expected: counted once
                new TruthCheck("R-PROSE-RECEIVED", "t3.new_received.total", "FAIL"), // scope differs below
                new TruthCheck("R-PROSE-ANSWERED", "t3.result_total.total", "FAIL"))); // not detected
    ReportScore s =
        ReportComparison.score(
            truth, "r1", List.of(),
            List.of(
                hard("R-T3-BALANCE", "natural_person", "FAIL"),
                soft("R-PROSE-RECEIVED", "t3.new_received.total+t3.carried_over.total", "FAIL"),
                soft("R-PROSE-ANSWERED", "t3.result_total.total", "PASS"),
                soft("R-PROSE-CARRIED-OVER", "t3.carried_over.total", "FAIL")));

    assertEquals(new CheckTally(1, 1, 1, 0, 0, 0), s.checks().get("R-T3-BALANCE"));
    assertEquals(new CheckTally(0, 0, 1, 0, 0, 0), s.checks().get("R-PROSE-RECEIVED"));
    assertEquals(new CheckTally(0, 0, 0, 0, 1, 0), s.checks().get("R-PROSE-ANSWERED"));
    // A synthetic truth labels every anomaly: a FAIL it does not plant is false.
    assertEquals(new CheckTally(0, 0, 0, 1, 0, 0), s.checks().get("R-PROSE-CARRIED-OVER"));
    assertEquals(
        List.of(
            new CheckMiss("R-PROSE-ANSWERED", "t3.result_total.total", "FAIL (planted)", "PASS"),
            new CheckMiss("R-PROSE-CARRIED-OVER", "t3.carried_over.total", "none", "FAIL")),
        s.checkMisses());
  }

  @Test
  void anomaliesAcrossReportsCountOncePerReportWhateverTheirScopes() {
    TruthReport truth =
        synthetic(
            List.of(),
            List.of(
                new TruthCheck("R-XR-YOY", "new_received", "FAIL"),
                new TruthCheck("R-XR-STALE", "t3", "FAIL"),
                new TruthCheck("R-XR-STALE", "t4", "FAIL"),
                new TruthCheck("R-XR-COPY", "COPIED_FORWARD", "FAIL")));
    ReportScore s =
        ReportComparison.score(
            truth, "r1", List.of(),
            List.of(
                // A body's jump moves every count it prints: three rows, one report found.
                soft("R-XR-YOY", "new_received", "FAIL"),
                soft("R-XR-YOY", "processed_total", "FAIL"),
                soft("R-XR-YOY", "review_total", "PASS"),
                soft("R-XR-STALE", "t3", "FAIL"),
                soft("R-XR-STALE", "t4", "PASS"),
                soft("R-XR-COPY", "COPIED_FORWARD", "UNCERTAIN"),
                soft("R-XR-PEER", "denial_rate", "FAIL"),
                soft("R-XR-PEER", "disclosure_rate", "FAIL")));

    assertEquals(new CheckTally(0, 0, 1, 0, 0, 0), s.checks().get("R-XR-YOY"));
    assertEquals(new CheckTally(0, 0, 1, 0, 0, 0), s.checks().get("R-XR-STALE"));
    assertEquals(new CheckTally(0, 0, 0, 0, 1, 0), s.checks().get("R-XR-COPY"));
    assertEquals(new CheckTally(0, 0, 0, 1, 0, 0), s.checks().get("R-XR-PEER"));
    assertEquals(
        List.of(
            new CheckMiss("R-XR-PEER", "denial_rate,disclosure_rate", "none", "FAIL"),
            new CheckMiss("R-XR-COPY", "COPIED_FORWARD", "FAIL (planted)", "none")),
        s.checkMisses());

    // A real truth does not label them: unlabelled, as the soft checks are.
    ReportScore real = ReportComparison.score(real(List.of(), List.of()), "r1", List.of(),
        List.of(soft("R-XR-PEER", "denial_rate", "FAIL")));
    assertEquals(new CheckTally(0, 0, 0, 0, 0, 1), real.checks().get("R-XR-PEER"));
    assertEquals(List.of(), real.checkMisses());
  }

  /**
   * A consolidated report's consolidated_checks are expected checks: its FAILs true positives or misses; a metric they
   * do not list is not judged.
   */
  @Test
  void consolidatedChecksAreExpectedChecks() {
    TruthReport truth = new TruthReport(
        "file:/t/truth/a.txt.truth.json", "a.txt", "tab", List.of(), "UTF-8", "T2021", "T2021", List.of(), List.of(),
        List.of(), true, null, null,
        List.of(new TruthCheck("R-XR-CONSOLIDATED", "new_received", "FAIL"),
            new TruthCheck("R-XR-CONSOLIDATED", "granted", "UNCERTAIN"),
            new TruthCheck("R-XR-CONSOLIDATED", "lit_total", "FAIL")));
    ReportScore s = ReportComparison.score(truth, "r1", List.of(),
        List.of(soft("R-XR-CONSOLIDATED", "new_received", "FAIL"), soft("R-XR-CONSOLIDATED", "granted", "UNCERTAIN"),
            soft("R-XR-CONSOLIDATED", "lit_total", "PASS"), soft("R-XR-CONSOLIDATED", "fees_yuan", "FAIL")));
    // fees_yuan is not among the truth's metrics: unlabelled, not a false positive.
    assertEquals(new CheckTally(3, 2, 1, 0, 1, 1), s.checks().get("R-XR-CONSOLIDATED"));
  }

  @Test
  void softFailsARealTruthDoesNotLabelAreUnlabelledButHardOnesAreFalsePositives() {
    ReportScore s =
        ReportComparison.score(
            real(List.of(), List.of()), "r1", List.of(),
            List.of(soft("R-PROSE-RECEIVED", "t3.new_received.total", "FAIL"), hard("R-T4-SUM", "review", "FAIL")));

    assertEquals(new CheckTally(0, 0, 0, 0, 0, 1), s.checks().get("R-PROSE-RECEIVED"));
    assertEquals(new CheckTally(0, 0, 0, 1, 0, 0), s.checks().get("R-T4-SUM"));
    assertEquals(List.of(new CheckMiss("R-T4-SUM", "review", "none", "FAIL")), s.checkMisses());
  }

  @Test
  void anUnmatchedTruthHasEveryCellMissingAndEveryCheckDisagreeing() {
    TruthReport truth = real(List.of(RECEIVED), List.of(new TruthCheck("R-T3-BALANCE", "total", "FAIL")));

    ReportScore s = ReportComparison.score(truth, null, List.of(), List.of());

    assertNull(s.reportId());
    assertEquals(new Tally(1, 0), s.cells());
    assertEquals(new CheckTally(1, 0, 0, 0, 1, 0), s.checks().get("R-T3-BALANCE"));
  }

  @Test
  void damageFollowsTheNamedNoiseKindsTheOcrLayoutAndTheTruthsOwnFlag() {
    assertFalse(rendering("pipe", List.of(), null).damaged());
    assertFalse(rendering("pipe", List.of("blank_cells", "unit_missing", "gb18030", "page_furniture"), null).damaged());
    for (String kind : TruthReport.DAMAGING_NOISE) {
      assertTrue(rendering("pipe", List.of("unit_missing", kind), null).damaged(), kind);
    }
    assertEquals(
        List.of("ocr", "ocr_damage", "truncated_labels", "traditional", "label_truncated", "label_garbled",
            "ocr_lost_cells"),
        TruthReport.DAMAGING_NOISE);
    assertTrue(rendering("ocr_tab", List.of(), null).damaged());
    assertTrue(rendering("pipe", List.of(), true).damaged());
    // the evaluator's rule wins over a generator that calls traditional characters undamaged
    assertTrue(rendering("html", List.of("traditional"), false).damaged());
  }

  @Test
  void templatesComeFromTheTruthPerTable() {
    TruthReport truth =
        new TruthReport(
            "t", "a.txt", "pipe", List.of(), null, "T2021", "T2019", List.of(), List.of(), List.of(), true, null);
    TruthCell s2014 = new TruthCell("s2014", null, "req_received", "value", "3", "NUMERIC", BigDecimal.ONE, null);

    assertEquals("T2021", truth.template(FEES));
    assertEquals("T2019", truth.template(RECEIVED));
    assertEquals("T2019", truth.template(UPHELD));
    assertEquals("S2014", truth.template(s2014));
    assertEquals(
        "unknown",
        new TruthReport(
                "t", "a.txt", "pipe", List.of(), null, "none", null, List.of(), List.of(), List.of(), true, null)
            .template(RECEIVED));
  }

  @Test
  void anomalyFlagsAreFailRowsOfTheirNameAndSubject() {
    assertEquals(
        new WarehouseCheck("TEMPLATE_YEAR_MISMATCH", "t3", "FAIL", "FLAG"),
        WarehouseCheck.ofFlag("TEMPLATE_YEAR_MISMATCH(t3)"));
    assertEquals(
        new WarehouseCheck("TEMPLATE_YEAR_MISMATCH", "all", "FAIL", "FLAG"),
        WarehouseCheck.ofFlag("TEMPLATE_YEAR_MISMATCH"));
    assertNull(WarehouseCheck.ofFlag("COLUMNS_INFERRED(t3.granted)"));
    assertNull(WarehouseCheck.ofFlag("BLOCK_MISSING(art20_5)"));

    TruthReport planted =
        synthetic(List.of(), List.of(new TruthCheck("TEMPLATE_YEAR_MISMATCH", "t3", "FAIL")));
    ReportScore hit =
        ReportComparison.score(
            planted, "r1", List.of(),
            List.of(
                WarehouseCheck.ofFlag("TEMPLATE_YEAR_MISMATCH(t3)"),
                WarehouseCheck.ofFlag("TEMPLATE_YEAR_MISMATCH(t2)")));
    assertEquals(new CheckTally(0, 0, 1, 1, 0, 0), hit.checks().get("TEMPLATE_YEAR_MISMATCH"));
    // a real truth does not label flags
    ReportScore real =
        ReportComparison.score(
            real(List.of(), List.of()), "r1", List.of(), List.of(WarehouseCheck.ofFlag("TEMPLATE_YEAR_MISMATCH(t3)")));
    assertEquals(new CheckTally(0, 0, 0, 0, 0, 1), real.checks().get("TEMPLATE_YEAR_MISMATCH"));
  }

  static TruthReport real(List<TruthCell> cells, List<TruthCheck> checks) {
    return new TruthReport(
        "file:/t/a.truth.json", "a.txt", TruthReport.REAL_LAYOUT, List.of(), null, "T2021", "T2019", cells, checks,
        List.of(), false, null);
  }

  static TruthReport synthetic(List<TruthCheck> checks, List<TruthCheck> planted) {
    return new TruthReport(
        "file:/t/truth/a.txt.truth.json", "a.txt", "tab", List.of("units"), "UTF-8", "T2021", "T2021", List.of(),
        checks, planted, true, null);
  }

  private static TruthReport rendering(String layout, List<String> noise, Boolean declared) {
    return new TruthReport(
        "t", "a.txt", layout, noise, null, null, null, List.of(), List.of(), List.of(), true, declared);
  }

  static WarehouseCell found(TruthCell key, String semantic, String value, String unit) {
    return new WarehouseCell(
        key.table(), key.block(), key.row(), key.col(), value == null ? "" : value, semantic,
        value == null ? null : new BigDecimal(value), unit);
  }

  static WarehouseCheck hard(String check, String scope, String status) {
    return new WarehouseCheck(check, scope, status, "ERROR");
  }

  static WarehouseCheck soft(String check, String scope, String status) {
    return new WarehouseCheck(check, scope, status, "WARNING");
  }
}
