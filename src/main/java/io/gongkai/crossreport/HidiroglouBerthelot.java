package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.CheckStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Hidiroglou–Berthelot edit (Hidiroglou and Berthelot 1986, "Statistical editing and imputation for periodic
 * business surveys"; as in the R package univOutl's {@code HBmethod} and Statistics Norway's KOSTRA editing), over
 * the pairs (y<sub>t−1</sub>, y<sub>t</sub>) of one stratum:
 *
 * <ol>
 *   <li>r = y<sub>t</sub> / y<sub>t−1</sub>, and r<sub>M</sub> the stratum's median ratio;
 *   <li>centred: s = 1 − r<sub>M</sub> / r when r &lt; r<sub>M</sub>, else r / r<sub>M</sub> − 1, so a halving and a
 *       doubling are equally far from the median;
 *   <li>sized: E = s · max(y<sub>t−1</sub>, y<sub>t</sub>)<sup>U</sup>, so that a jump from 2 to 20 weighs less than
 *       one from 200 to 2,000 (0 ≤ U ≤ 1);
 *   <li>with E's quartiles Q1, M, Q3: d<sub>Q1</sub> = max(E<sub>M</sub> − E<sub>Q1</sub>, |A · E<sub>M</sub>|),
 *       d<sub>Q3</sub> = max(E<sub>Q3</sub> − E<sub>M</sub>, |A · E<sub>M</sub>|); the pair FAILs outside
 *       [E<sub>M</sub> − C · d<sub>Q1</sub>, E<sub>M</sub> + C · d<sub>Q3</sub>].
 * </ol>
 *
 * <p>Ratios need both years above zero: a pair with a zero is left out of the stratum's statistics and is UNCERTAIN
 * with its reason (a body that received nothing last year and 40 requests this year is worth a look, yet no ratio
 * measures it). A stratum with fewer usable pairs than {@link Parameters#minPairs()} has no reliable quartiles: its
 * pairs are UNCERTAIN ({@link Reason#SMALL_STRATUM}), with their ratio as evidence. Quartiles are R's default (type
 * 7: linear between order statistics), as {@code HBmethod} computes them.
 */
public final class HidiroglouBerthelot {
  /**
   * @param u the size exponent U (0 ignores size, 1 weighs it fully)
   * @param a the least half-width of the bounds, as a share of |E<sub>M</sub>|: keeps a stratum of near-equal ratios
   *     from flagging tiny differences
   * @param c how many quartile distances from E<sub>M</sub> the bounds lie
   * @param minPairs the fewest usable pairs a stratum needs
   */
  public record Parameters(double u, double a, double c, int minPairs) implements java.io.Serializable {
    public Parameters {
      if (!(u >= 0 && u <= 1)) {
        throw new IllegalArgumentException("Cannot use U = " + u + ": it must be between 0 and 1");
      }
      if (!(a >= 0)) {
        throw new IllegalArgumentException("Cannot use A = " + a + ": it must be at least 0");
      }
      if (!(c > 0)) {
        throw new IllegalArgumentException("Cannot use C = " + c + ": it must be above 0");
      }
      if (minPairs < 4) {
        throw new IllegalArgumentException("Cannot use min_pairs = " + minPairs + ": quartiles need at least 4");
      }
    }
  }

  /** Why a pair is UNCERTAIN. */
  public enum Reason {
    /** Both years are 0: nothing to compare. */
    BOTH_ZERO,
    /** Last year 0, this year not: a ratio without bound. */
    FROM_ZERO,
    /** This year 0, last year not. */
    TO_ZERO,
    /** Too few usable pairs in the stratum for its quartiles. */
    SMALL_STRATUM
  }

  /**
   * The edit of one pair.
   *
   * @param ratio y<sub>t</sub> / y<sub>t−1</sub>; NaN when y<sub>t−1</sub> is 0
   * @param medianRatio the stratum's median ratio; NaN when it has no usable pair
   * @param effect E; NaN when not computed (a zero, or a small stratum)
   * @param lower the lower bound on E; NaN when not computed
   * @param upper the upper bound on E; NaN when not computed
   * @param usablePairs the stratum's pairs without a zero
   * @param reason why UNCERTAIN, null otherwise
   */
  public record Edit(CheckStatus status, Reason reason, double ratio, double medianRatio, double effect, double lower,
      double upper, int usablePairs) {
    public Edit {
      requireNonNull(status, "status is null");
    }
  }

  private HidiroglouBerthelot() {}

  /**
   * Edits every pair of one stratum.
   *
   * @param previous y<sub>t−1</sub> of each pair, at least 0
   * @param current y<sub>t</sub> of each pair, at least 0, in the same order
   * @return the edits, in the pairs' order
   */
  public static List<Edit> edit(double[] previous, double[] current, Parameters p) {
    requireNonNull(p, "parameters are null");
    if (previous.length != current.length) {
      throw new IllegalArgumentException(
          "Cannot edit " + previous.length + " previous values against " + current.length + " current ones");
    }
    int n = previous.length;
    for (int i = 0; i < n; i++) {
      if (!(previous[i] >= 0) || !(current[i] >= 0) || Double.isInfinite(previous[i])
          || Double.isInfinite(current[i])) {
        throw new IllegalArgumentException(
            "Cannot edit pair " + i + ": values must be finite and at least 0, found " + previous[i] + " → "
                + current[i]);
      }
    }
    double[] ratios = new double[n];
    int usable = 0;
    for (int i = 0; i < n; i++) {
      ratios[i] = previous[i] == 0 ? Double.NaN : current[i] / previous[i];
      if (previous[i] > 0 && current[i] > 0) {
        usable++;
      }
    }
    double[] usableRatios = new double[usable];
    for (int i = 0, k = 0; i < n; i++) {
      if (previous[i] > 0 && current[i] > 0) {
        usableRatios[k++] = ratios[i];
      }
    }
    double medianRatio = usable == 0 ? Double.NaN : quantile(usableRatios, 0.5);
    double[] effects = new double[n];
    double[] usableEffects = new double[usable];
    for (int i = 0, k = 0; i < n; i++) {
      if (previous[i] > 0 && current[i] > 0) {
        double r = ratios[i];
        double s = r < medianRatio ? 1 - medianRatio / r : r / medianRatio - 1;
        effects[i] = s * Math.pow(Math.max(previous[i], current[i]), p.u());
        usableEffects[k++] = effects[i];
      } else {
        effects[i] = Double.NaN;
      }
    }
    double lower = Double.NaN;
    double upper = Double.NaN;
    if (usable >= p.minPairs()) {
      double q1 = quantile(usableEffects, 0.25);
      double m = quantile(usableEffects, 0.5);
      double q3 = quantile(usableEffects, 0.75);
      double least = Math.abs(p.a() * m);
      lower = m - p.c() * Math.max(m - q1, least);
      upper = m + p.c() * Math.max(q3 - m, least);
    }
    List<Edit> edits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Reason reason = null;
      if (previous[i] == 0 && current[i] == 0) {
        reason = Reason.BOTH_ZERO;
      } else if (previous[i] == 0) {
        reason = Reason.FROM_ZERO;
      } else if (current[i] == 0) {
        reason = Reason.TO_ZERO;
      } else if (usable < p.minPairs()) {
        reason = Reason.SMALL_STRATUM;
      }
      if (reason != null) {
        edits.add(new Edit(CheckStatus.UNCERTAIN, reason, ratios[i], medianRatio,
            reason == Reason.SMALL_STRATUM ? effects[i] : Double.NaN, Double.NaN, Double.NaN, usable));
      } else {
        boolean outside = effects[i] < lower || effects[i] > upper;
        edits.add(new Edit(outside ? CheckStatus.FAIL : CheckStatus.PASS, null, ratios[i], medianRatio, effects[i],
            lower, upper, usable));
      }
    }
    return edits;
  }

  /** R's type-7 quantile: linear interpolation between the order statistics at (n − 1) · q. */
  static double quantile(double[] values, double q) {
    if (values.length == 0) {
      throw new IllegalArgumentException("Cannot take a quantile of no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
