package io.gongkai.rollup;

import static java.util.Objects.requireNonNull;

import io.gongkai.metric.NoValueReason;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ID}: a consolidated report's printed total of one metric against the rollup of the {@code BODY} reports of
 * the same region and year (every body kind), the check issue 15 asks for on the consolidated report.
 *
 * <p>A consolidated report (上海市…年度报告, 全市共收到申请34290件) is compiled from its region's bodies' reports, so its
 * total can be no smaller than what those bodies printed; it may be larger, since the region has bodies whose reports
 * are not in the corpus (or that published none). Counts and amounts are never negative, so:
 *
 * <ul>
 *   <li>FAIL when the bodies' sum exceeds the consolidated total, even if some body's figure is missing (a missing
 *       figure can only add to the sum): the consolidated report left something out, or a report was placed in the
 *       wrong region;
 *   <li>PASS when the two are equal and every BODY report of the region has the figure (none blank, {@code /}, not
 *       found or rejected);
 *   <li>UNCERTAIN otherwise: the sum is below the total (bodies missing from the corpus, which no one can count), a
 *       body's figure is missing, the consolidated report has no value, or there is no BODY report or no region to
 *       compare with.
 * </ul>
 *
 * <p>The expression says the coverage: how many BODY reports of the region were summed, how many of them had the
 * figure, and how many distinct bodies they came from.
 */
public final class ConsolidatedCheck {
  public static final String ID = "R-XR-CONSOLIDATED";

  /**
   * The region a consolidated report speaks for: its deepest level read ({@code COUNTY} over {@code PREFECTURE} over
   * {@code PROVINCE}), with that level's code and name.
   */
  public record Region(RollupLevel level, String code, String name) {
    public Region {
      requireNonNull(level, "level is null");
      requireNonNull(code, "code is null");
    }

    /** The deepest region given; null when no code is (the report's region was not read). */
    public static Region deepest(
        String provinceCode, String provinceName, String prefectureCode, String prefectureName, String countyCode,
        String countyName) {
      if (countyCode != null) {
        return new Region(RollupLevel.COUNTY, countyCode, countyName);
      }
      if (prefectureCode != null) {
        return new Region(RollupLevel.PREFECTURE, prefectureCode, prefectureName);
      }
      if (provinceCode != null) {
        return new Region(RollupLevel.PROVINCE, provinceCode, provinceName);
      }
      return null;
    }

    @Override
    public String toString() {
      return level + " " + code + (name == null ? "" : " " + name);
    }
  }

  /**
   * The region's rollup row of one metric over every body kind, as {@code rollups} holds it.
   *
   * @param value the sum over the reports with a value, null when none has one
   */
  public record Bodies(BigDecimal value, long withValue, long blank, long notNumeric, long notFound, long rejected,
      long bodies) {
    public long reports() {
      return withValue + blank + notNumeric + notFound + rejected;
    }

    /** Whether every BODY report of the region has the figure. */
    public boolean complete() {
      return withValue == reports();
    }
  }

  private ConsolidatedCheck() {}

  /**
   * Evaluates one metric of a consolidated report.
   *
   * @param consolidated the report's value, null when it has none
   * @param reason why it has none (null when it has a value)
   * @param region the region it speaks for, null when not read
   * @param bodies the region's rollup row of that year and metric, null when the region has no BODY report
   */
  public static CheckResult evaluate(
      int year, String metric, BigDecimal consolidated, NoValueReason reason, Region region, Bodies bodies) {
    requireNonNull(metric, "metric is null");
    if (consolidated == null) {
      requireNonNull(reason, "reason is null when the consolidated value is");
    }
    List<String> evidence = new ArrayList<>();
    evidence.add("metrics." + metric);
    String left = consolidated == null ? reason.name() : consolidated.toPlainString();
    if (region == null) {
      return result(metric, CheckStatus.UNCERTAIN, consolidated, null,
          left + " vs nothing: the report's region was not read", evidence);
    }
    evidence.add(
        String.format("rollups.%d.%s.%s.ALL.%s", year, region.level(), region.code(), metric));
    if (bodies == null || bodies.reports() == 0) {
      return result(metric, CheckStatus.UNCERTAIN, consolidated, null,
          left + " vs nothing: no BODY report of " + region, evidence);
    }
    BigDecimal sum = bodies.withValue() == 0 ? null : requireNonNull(bodies.value(), "bodies' value is null");
    CheckStatus status;
    String operator;
    if (consolidated == null || sum == null) {
      status = CheckStatus.UNCERTAIN;
      operator = "vs";
    } else {
      int cmp = sum.compareTo(consolidated);
      operator = cmp == 0 ? "=" : cmp > 0 ? "<" : ">";
      status = cmp > 0 ? CheckStatus.FAIL : cmp == 0 && bodies.complete() ? CheckStatus.PASS : CheckStatus.UNCERTAIN;
    }
    String expression =
        String.format("%s %s %s summed over %d of %d BODY reports of %s (%s)", left, operator,
            sum == null ? "nothing" : sum.toPlainString(), bodies.withValue(), bodies.reports(), region,
            coverage(bodies));
    return result(metric, status, consolidated, sum, expression, evidence);
  }

  /** The reports without the figure by why, then the bodies: {@code 1 blank, 1 rejected; 13 bodies}. */
  private static String coverage(Bodies b) {
    List<String> missing = new ArrayList<>();
    add(missing, b.blank(), "blank");
    add(missing, b.notNumeric(), "not numeric");
    add(missing, b.notFound(), "not found");
    add(missing, b.rejected(), "rejected");
    String bodies = b.bodies() + (b.bodies() == 1 ? " body" : " bodies");
    return missing.isEmpty() ? bodies : String.join(", ", missing) + "; " + bodies;
  }

  private static void add(List<String> parts, long count, String what) {
    if (count > 0) {
      parts.add(count + " " + what);
    }
  }

  private static CheckResult result(
      String metric, CheckStatus status, BigDecimal left, BigDecimal right, String expression,
      List<String> evidence) {
    return new CheckResult(ID, metric, status, CheckResult.Severity.WARNING, left, right, expression, evidence);
  }
}
