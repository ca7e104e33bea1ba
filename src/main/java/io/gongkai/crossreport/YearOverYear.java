package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.metric.NoValueReason;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@value #ID}: a body's metric this year against its own report of the year before, by the {@link
 * HidiroglouBerthelot} edit within a stratum (one year, body kind and metric): a body whose requests jump tenfold
 * stands out from bodies of its kind, whose figures move together from year to year.
 *
 * <p>Per pair: UNCERTAIN when a side has no value (printed blank, {@code /}, not found: a blank is never 0), or has a
 * zero ({@code FROM_ZERO}, {@code TO_ZERO}, {@code BOTH_ZERO}: no ratio), or the stratum has fewer usable pairs than
 * {@code min_pairs} ({@code SMALL_STRATUM}); else FAIL outside the stratum's bounds on the effect E, PASS inside. The
 * score is E; the expression gives both values, the ratio, the stratum's median ratio and the bounds.
 */
public final class YearOverYear {
  public static final String ID = "R-XR-YOY";

  /**
   * One metric of a report and of the same body's report of the year before.
   *
   * @param current this year's value, null with {@code currentReason} when it has none
   * @param previous last year's value, null with {@code previousReason} when it has none
   */
  public record Pair(String reportId, int year, String earlierReportId, String earlierFile, String metric,
      BigDecimal current, NoValueReason currentReason, BigDecimal previous, NoValueReason previousReason) {
    public Pair {
      requireNonNull(reportId, "reportId is null");
      requireNonNull(earlierReportId, "earlierReportId is null");
      requireNonNull(metric, "metric is null");
      if (current == null) {
        requireNonNull(currentReason, "currentReason is null without a current value");
      }
      if (previous == null) {
        requireNonNull(previousReason, "previousReason is null without a previous value");
      }
    }

    boolean valued() {
      return current != null && previous != null;
    }
  }

  private YearOverYear() {}

  /**
   * Edits one stratum's pairs.
   *
   * @param stratum the stratum as the expression names it ({@code 2023 DEPARTMENT})
   * @return one finding per pair, in their order
   */
  public static List<Finding> edit(String stratum, List<Pair> pairs, HidiroglouBerthelot.Parameters p) {
    List<Pair> valued = pairs.stream().filter(Pair::valued).toList();
    double[] previous = new double[valued.size()];
    double[] current = new double[valued.size()];
    for (int i = 0; i < valued.size(); i++) {
      // Counts and yuan are never negative; a negative printed value (a typo) is not a year's level to compare.
      previous[i] = Math.max(0, valued.get(i).previous().doubleValue());
      current[i] = Math.max(0, valued.get(i).current().doubleValue());
    }
    List<HidiroglouBerthelot.Edit> edits = HidiroglouBerthelot.edit(previous, current, p);
    List<Finding> findings = new ArrayList<>(pairs.size());
    int k = 0;
    for (Pair pair : pairs) {
      if (!pair.valued()) {
        findings.add(finding(pair, CheckStatus.UNCERTAIN, null, String.format("%s %s (%d) vs %s (%d, %s): no ratio",
            pair.metric(), side(pair.current(), pair.currentReason()), pair.year(),
            side(pair.previous(), pair.previousReason()), pair.year() - 1, pair.earlierFile())));
        continue;
      }
      HidiroglouBerthelot.Edit e = edits.get(k++);
      String head = String.format("%s %s (%d) vs %s (%d, %s)", pair.metric(), pair.current().toPlainString(),
          pair.year(), pair.previous().toPlainString(), pair.year() - 1, pair.earlierFile());
      String expression;
      if (e.reason() == HidiroglouBerthelot.Reason.SMALL_STRATUM) {
        expression = String.format(Locale.ROOT, "%s: ratio %s; stratum %s has %d usable pairs, fewer than %d", head,
            number(e.ratio()), stratum, e.usablePairs(), p.minPairs());
      } else if (e.reason() != null) {
        expression = head + ": " + e.reason() + ", no ratio";
      } else {
        expression = String.format(Locale.ROOT, "%s: ratio %s, stratum %s median %s over %d pairs, E %s %s [%s, %s]",
            head, number(e.ratio()), stratum, number(e.medianRatio()), e.usablePairs(), number(e.effect()),
            e.status() == CheckStatus.FAIL ? "outside" : "within", number(e.lower()), number(e.upper()));
      }
      findings.add(finding(pair, e.status(), Double.isNaN(e.effect()) ? null : e.effect(), expression));
    }
    return findings;
  }

  private static Finding finding(Pair pair, CheckStatus status, Double score, String expression) {
    CheckResult result =
        new CheckResult(ID, pair.metric(), status, CheckResult.Severity.WARNING, pair.current(), pair.previous(),
            expression, List.of("metrics." + pair.metric(), "report " + pair.earlierReportId() + " metrics."
                + pair.metric()));
    return new Finding(pair.reportId(), result, pair.earlierReportId(), score);
  }

  private static String side(BigDecimal value, NoValueReason reason) {
    return value == null ? reason.name() : value.toPlainString();
  }

  /** Four significant digits, without an exponent for the magnitudes seen here. */
  private static String number(double x) {
    return new BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
