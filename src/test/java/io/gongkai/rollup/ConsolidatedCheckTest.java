package io.gongkai.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.metric.NoValueReason;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckResult.Severity;
import io.gongkai.report.CheckStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsolidatedCheckTest {
  private static final ConsolidatedCheck.Region HUAIAN =
      new ConsolidatedCheck.Region(RollupLevel.PREFECTURE, "320800", "淮安市");
  private static final List<String> EVIDENCE =
      List.of("metrics.new_received", "rollups.2024.PREFECTURE.320800.ALL.new_received");

  @Test
  void everyBodyReportedAndTheSumIsTheTotal() {
    assertEquals(
        result(CheckStatus.PASS, "3119", "3119", "3119 = 3119 summed over 14 of 14 BODY reports of PREFECTURE 320800"
            + " 淮安市 (12 bodies)"),
        check(new BigDecimal("3119"), bodies("3119", 14, 0, 0, 0, 0, 12)));
  }

  @Test
  void bodiesAboveTheTotalFailEvenWithAFigureMissing() {
    // A missing figure could only add to the bodies' 3200, which already exceeds 3119.
    assertEquals(
        result(CheckStatus.FAIL, "3119", "3200", "3119 < 3200 summed over 13 of 15 BODY reports of PREFECTURE 320800"
            + " 淮安市 (1 blank, 1 rejected; 14 bodies)"),
        check(new BigDecimal("3119"), bodies("3200", 13, 1, 0, 0, 1, 14)));
  }

  @Test
  void bodiesBelowTheTotalAreUncertain() {
    // The region's other bodies may not be in the corpus: nobody can tell how many it has.
    assertEquals(
        result(CheckStatus.UNCERTAIN, "3119", "2950", "3119 > 2950 summed over 14 of 14 BODY reports of PREFECTURE"
            + " 320800 淮安市 (14 bodies)"),
        check(new BigDecimal("3119"), bodies("2950", 14, 0, 0, 0, 0, 14)));
  }

  @Test
  void anEqualSumWithABlankBodyIsUncertain() {
    // The blank body may hold a figure the total then misses: a blank is never 0.
    assertEquals(
        result(CheckStatus.UNCERTAIN, "3119", "3119", "3119 = 3119 summed over 13 of 15 BODY reports of PREFECTURE"
            + " 320800 淮安市 (1 not numeric, 1 not found; 15 bodies)"),
        check(new BigDecimal("3119"), bodies("3119", 13, 0, 1, 1, 0, 15)));
  }

  @Test
  void aConsolidatedFigureMissingIsUncertain() {
    assertEquals(
        result(CheckStatus.UNCERTAIN, null, "2950", "EMPTY vs 2950 summed over 14 of 14 BODY reports of PREFECTURE"
            + " 320800 淮安市 (1 body)"),
        ConsolidatedCheck.evaluate(2024, "new_received", null, NoValueReason.EMPTY, HUAIAN,
            bodies("2950", 14, 0, 0, 0, 0, 1)));
  }

  @Test
  void noBodyFigureAtAllIsUncertain() {
    assertEquals(
        result(CheckStatus.UNCERTAIN, "3119", null, "3119 vs nothing summed over 0 of 2 BODY reports of PREFECTURE"
            + " 320800 淮安市 (2 blank; 2 bodies)"),
        check(new BigDecimal("3119"), new ConsolidatedCheck.Bodies(null, 0, 2, 0, 0, 0, 2)));
  }

  @Test
  void aRegionWithoutBodyReportsIsUncertain() {
    assertEquals(
        result(CheckStatus.UNCERTAIN, "3119", null, "3119 vs nothing: no BODY report of PREFECTURE 320800 淮安市"),
        check(new BigDecimal("3119"), null));
  }

  @Test
  void aReportWithoutRegionHasNothingToCompare() {
    assertEquals(
        new CheckResult("R-XR-CONSOLIDATED", "new_received", CheckStatus.UNCERTAIN, Severity.WARNING,
            new BigDecimal("3119"), null, "3119 vs nothing: the report's region was not read",
            List.of("metrics.new_received")),
        ConsolidatedCheck.evaluate(2024, "new_received", new BigDecimal("3119"), null, null, null));
  }

  @Test
  void theRegionIsTheDeepestLevelRead() {
    assertEquals(new ConsolidatedCheck.Region(RollupLevel.COUNTY, "320813", "洪泽区"),
        ConsolidatedCheck.Region.deepest("320000", "江苏省", "320800", "淮安市", "320813", "洪泽区"));
    assertEquals(new ConsolidatedCheck.Region(RollupLevel.PREFECTURE, "320800", "淮安市"),
        ConsolidatedCheck.Region.deepest("320000", "江苏省", "320800", "淮安市", null, null));
    assertEquals(new ConsolidatedCheck.Region(RollupLevel.PROVINCE, "320000", "江苏省"),
        ConsolidatedCheck.Region.deepest("320000", "江苏省", null, null, null, null));
    assertEquals(null, ConsolidatedCheck.Region.deepest(null, null, null, null, null, null));
  }

  private static CheckResult check(BigDecimal consolidated, ConsolidatedCheck.Bodies bodies) {
    return ConsolidatedCheck.evaluate(2024, "new_received", consolidated, null, HUAIAN, bodies);
  }

  private static ConsolidatedCheck.Bodies bodies(
      String value, long withValue, long blank, long notNumeric, long notFound, long rejected, long bodies) {
    return new ConsolidatedCheck.Bodies(new BigDecimal(value), withValue, blank, notNumeric, notFound, rejected, bodies);
  }

  private static CheckResult result(CheckStatus status, String left, String right, String expression) {
    return new CheckResult("R-XR-CONSOLIDATED", "new_received", status, Severity.WARNING,
        left == null ? null : new BigDecimal(left), right == null ? null : new BigDecimal(right), expression, EVIDENCE);
  }
}
