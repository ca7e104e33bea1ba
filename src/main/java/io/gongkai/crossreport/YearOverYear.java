package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.metric.NoValueReason;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * {@value #ID}: a body's metric this year against its own report of the year before, by the {@link
 * HidiroglouBerthelot} edit within a stratum (one year, body kind and metric): a body whose requests jump tenfold
 * stands out from bodies of its kind, whose figures move together from year to year.
 *
 * <p>Per pair: UNCERTAIN when a side has no value (printed blank, {@code /}, not found: a blank is never 0), or has a
 * zero ({@code FROM_ZERO}, {@code TO_ZERO}, {@code BOTH_ZERO}: no ratio), or the stratum has fewer usable pairs than
 * {@code min_pairs} ({@code SMALL_STRATUM}); else PASS inside the stratum's bounds on the effect E. A pair outside
 * them FAILs only through two screens, else it is UNCERTAIN with the screen's name:
 *
 * <ul>
 *   <li>{@code MODERATE_CHANGE}: its ratio lies within a factor {@code min_change} of the stratum's median ratio.
 *       The bounds sit C quartile distances from the median effect, a distance that shrinks with the stratum's
 *       spread: on near-normal ratios they fall at about 2.2 standard deviations of the log ratio, so about 3 % of
 *       any stratum lies outside (measured on simulated strata; more where sizes differ by orders of magnitude, as
 *       E grows with size<sup>U</sup>). Editing for a statistics office sends those 3 % to a clerk; a flag an
 *       analyst acts on should be a break, and a body moving with its kind within a doubling is not one.
 *   <li>{@code CHANCE}: for counts (requests, reviews, decisions), the split of y<sub>t−1</sub> + y<sub>t</sub>
 *       between the two years is within chance: under a constant rate that moved with the stratum's median ratio,
 *       y<sub>t</sub> given the sum is binomial with p = r<sub>M</sub> / (1 + r<sub>M</sub>) (the conditional test
 *       of two Poisson counts), and a two-sided p above {@code max_chance} is no evidence of a break: 1 request
 *       then 6 is a ratio of 6 and p = 0.125. Not for yuan, which are no counts of events.
 * </ul>
 *
 * <p>The score is E; the expression gives both values, the ratio, the stratum's median ratio and the bounds, and for a
 * pair outside them its fold change and its p.
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
  public static List<Finding> edit(String stratum, List<Pair> pairs, AnomalyParameters.YearOverYear parameters) {
    HidiroglouBerthelot.Parameters p = parameters.edit();
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
      CheckStatus status = e.status();
      if (status == CheckStatus.FAIL) {
        double relative = e.ratio() / e.medianRatio();
        double fold = Math.max(relative, 1 / relative);
        String change = String.format(Locale.ROOT, "; ×%s the median ratio", number(fold));
        if (fold < parameters.minChange()) {
          status = CheckStatus.UNCERTAIN;
          expression += change + ", within min_change ×" + number(parameters.minChange()) + " (MODERATE_CHANGE)";
        } else if (parameters.counts().contains(pair.metric())) {
          double chance = chance(previous[k - 1], current[k - 1], e.medianRatio());
          boolean byChance = chance > parameters.maxChance();
          expression += change + String.format(Locale.ROOT, ", binomial p %s %s max_chance %s%s",
              chance < 1e-6 ? "below 1e-6" : number(chance),
              byChance ? "above" : "at or below", number(parameters.maxChance()), byChance ? " (CHANCE)" : "");
          if (byChance) {
            status = CheckStatus.UNCERTAIN;
          }
        } else {
          expression += change;
        }
      }
      findings.add(finding(pair, status, Double.isNaN(e.effect()) ? null : e.effect(), expression));
    }
    return findings;
  }

  /**
   * The two-sided p of the split of two yearly counts under a rate that moved by {@code medianRatio}: the current
   * count given the sum is binomial with p = r<sub>M</sub> / (1 + r<sub>M</sub>); twice the smaller tail, at most 1.
   */
  public static double chance(double previous, double current, double medianRatio) {
    long n = Math.round(previous + current);
    if (n > Integer.MAX_VALUE) {
      return 0;
    }
    int k = (int) Math.round(current);
    BinomialDistribution b = new BinomialDistribution(null, (int) n, medianRatio / (1 + medianRatio));
    double lower = b.cumulativeProbability(k);
    double upper = k == 0 ? 1 : 1 - b.cumulativeProbability(k - 1);
    return Math.min(1, 2 * Math.min(lower, upper));
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
