package io.gongkai.check;

import static java.util.Objects.requireNonNull;

import io.gongkai.crossreport.PreviousYear;
import io.gongkai.report.CheckStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R-T3-XYEAR (spec §3.3, soft): this year's 上年结转 equals last year's 结转下年度, per applicant column, for the same
 * body. This class pairs the reports of one body name and applicant column (the caller's grouping); within a name,
 * reports whose regions differ are different bodies (城关镇人民政府 of two counties, 洪泽区人民政府 of two provinces).
 * The check is attached to the later report, with the earlier report's id in its evidence.
 */
public final class CarryOverCheck {
  public static final String ID = "R-T3-XYEAR";

  private CarryOverCheck() {}

  /**
   * One report's table-3 balances for one applicant column.
   *
   * @param carriedOver 上年结转 (this year's opening), null unless printed as a number
   * @param carriedForward 结转下年度 (this year's closing), null unless printed as a number
   * @param current whether the report is in this run (checks are made for these only); published reports are not
   * @param region the report's most specific region code (2, 4, 6 or 9 digits), null when unknown
   */
  public record Balance(
      String reportId, String file, int year, Long carriedOver, Long carriedForward, boolean current, String region) {
    public Balance {
      requireNonNull(reportId, "reportId is null");
    }
  }

  /** A report and the same body's report of the year before, for one applicant column. */
  public record Pair(String applicant, Balance later, Balance earlier) {
    public Pair {
      requireNonNull(applicant, "applicant is null");
      requireNonNull(later, "later is null");
      requireNonNull(earlier, "earlier is null");
    }

    /** UNCERTAIN when either side was not printed as a number. */
    public CheckStatus status() {
      if (later.carriedOver() == null || earlier.carriedForward() == null) {
        return CheckStatus.UNCERTAIN;
      }
      return later.carriedOver().equals(earlier.carriedForward()) ? CheckStatus.PASS : CheckStatus.FAIL;
    }

    public BigDecimal left() {
      return later.carriedOver() == null ? null : BigDecimal.valueOf(later.carriedOver());
    }

    public BigDecimal right() {
      return earlier.carriedForward() == null ? null : BigDecimal.valueOf(earlier.carriedForward());
    }

    public BigDecimal delta() {
      return left() == null || right() == null ? null : left().subtract(right());
    }

    /** {@code carried_over 3 (2024) = carried_forward 3 (2023, a23.txt)}; 空 for a side not printed. */
    public String expression() {
      return "carried_over " + printed(later.carriedOver()) + " (" + later.year() + ") = carried_forward "
          + printed(earlier.carriedForward()) + " (" + earlier.year() + ", " + earlier.file() + ")";
    }

    /** The later report's cell, then the earlier report's, named with its report id. */
    public List<String> evidence() {
      return List.of(
          "t3.carried_over." + applicant, "report " + earlier.reportId() + " t3.carried_forward." + applicant);
    }

    private static String printed(Long value) {
      return value == null ? "空" : value.toString();
    }
  }

  /**
   * The pairs of consecutive years among one body name's balances for one applicant column, the later in this run, in
   * order of year: {@link PreviousYear#pairs} decides which reports are one body's consecutive years.
   */
  public static List<Pair> pairs(String applicant, List<Balance> balances) {
    Map<String, Balance> byId = new HashMap<>();
    List<PreviousYear.Member> members = new ArrayList<>(balances.size());
    for (Balance b : balances) {
      byId.put(b.reportId(), b);
      members.add(new PreviousYear.Member(b.reportId(), b.year(), b.region(), b.current()));
    }
    List<Pair> pairs = new ArrayList<>();
    for (PreviousYear.Pair p : PreviousYear.pairs(members)) {
      pairs.add(new Pair(applicant, byId.get(p.later().reportId()), byId.get(p.earlier().reportId())));
    }
    return pairs;
  }
}
