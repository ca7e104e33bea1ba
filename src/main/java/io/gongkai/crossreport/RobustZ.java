package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.CheckStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The modified z-score of Iglewicz and Hoaglin (1993, "How to Detect and Handle Outliers"): within one peer group, M =
 * 0.6745 · (x − median) / MAD, MAD the median absolute deviation from the median; |M| above the threshold (3.5 in
 * their advice) is an outlier. Median and MAD are not moved by the outliers themselves, as a mean and a standard
 * deviation would be.
 *
 * <p>When more than half the group shares one value the MAD is 0 and the group has no spread to measure a distance
 * by: a value equal to the median PASSes, any other is UNCERTAIN ({@link Reason#NO_SPREAD}). The usual stand-in,
 * the mean absolute deviation scaled by √(π/2), makes every value off the median an outlier in exactly the groups
 * where that is least informative: reviews of township offices, most of which have none (on 10,556 synthetic
 * reports it made 1,036 of the 1,060 false R-XR-PEER FAILs).
 *
 * <p>Rates over different denominators (a funnel plot's setting: Spiegelhalter 2005, "Funnel plots for comparing
 * institutional performance", with additive over-dispersion): a value's own sampling variance v<sub>i</sub> is added
 * to the spread between units, M = (x − median) / √(τ² + v<sub>i</sub>), τ the spread the values show beyond
 * their own sampling variances, found as the MAD is (see {@link #between}). A rate over 36 requests is then
 * judged by a wider band than one over 3,000, as its binomial noise demands; without variances M is the plain score.
 *
 * <p>Besides: a metric at 0 where its peers' median is at least {@link Parameters#zeroFloor()} fails too ("zero where
 * the peers' median is large"), since a z-score over counts of tens of thousands rarely reaches it for a 0 alone.
 */
public final class RobustZ {
  /** 0.6745: the 0.75 quantile of the standard normal, which makes MAD / 0.6745 estimate a standard deviation. */
  static final double MAD_SCALE = 0.6745;

  /**
   * @param threshold |M| above which a value fails
   * @param minPeers the fewest values a group needs for a score: smaller groups are UNCERTAIN
   * @param zeroFloor a 0 fails where the group's median is at least this; {@link Double#POSITIVE_INFINITY} never
   */
  public record Parameters(double threshold, int minPeers, double zeroFloor) implements java.io.Serializable {
    public Parameters {
      if (!(threshold > 0)) {
        throw new IllegalArgumentException("Cannot use threshold " + threshold + ": it must be above 0");
      }
      if (minPeers < 3) {
        throw new IllegalArgumentException("Cannot use min_peers = " + minPeers + ": a median needs at least 3");
      }
    }
  }

  /** Why a value is UNCERTAIN, or which rule made it FAIL. */
  public enum Reason {
    /** Fewer values in the group than {@link Parameters#minPeers()}. */
    SMALL_GROUP,
    /** |M| above the threshold. */
    OUTLIER,
    /** 0 where the peers' median reaches {@link Parameters#zeroFloor()}. */
    ZERO_AMONG_LARGE,
    /** The MAD is 0 (more than half the group shares the median) and the value is not the median: no scale. */
    NO_SPREAD
  }

  /**
   * The score of one value in its group.
   *
   * @param m the modified z-score; NaN in a small group and for NO_SPREAD; 0 for the median of a group whose MAD is 0
   * @param spread the scale of this value: MAD / 0.6745, or √(τ² + v) with variances; NaN in a small group
   * @param madZero whether the MAD was 0
   * @param between τ, the spread between units beyond their sampling variance; NaN without variances
   * @param reason the rule that failed it, or why UNCERTAIN; null for PASS
   */
  public record Score(CheckStatus status, Reason reason, double value, double median, double mad, double spread,
      boolean madZero, double between, double m, int peers) {
    public Score {
      requireNonNull(status, "status is null");
    }
  }

  private RobustZ() {}

  /**
   * τ, the spread between units: the τ at which the median of |x<sub>i</sub> − median| / √(τ² + v<sub>i</sub>) is
   * 0.6745, as the MAD makes it for a normal sample (with every v<sub>i</sub> = 0 this τ is MAD / 0.6745). Subtracting
   * the median v from the MAD's square instead lets the many small denominators, whose noise fills the MAD, hide the
   * spread the large ones show: on 10,556 synthetic reports τ came out 0 in groups whose bodies' 无法提供率 differed
   * by a factor of two, and a body over 900 requests was held to its binomial band alone. 0 when the sampling
   * variances explain all the spread. Found by bisection: the median falls as τ grows, and at τ = MAD / 0.6745 it is
   * at most 0.6745.
   */
  private static double between(double[] values, double[] variances, double median, double spread) {
    int n = values.length;
    double[] z = new double[n];
    java.util.function.DoubleUnaryOperator medianZ = tau -> {
      for (int i = 0; i < n; i++) {
        double sd = Math.sqrt(tau * tau + variances[i]);
        z[i] = sd == 0 ? (values[i] == median ? 0 : Double.MAX_VALUE) : Math.abs(values[i] - median) / sd;
      }
      return HidiroglouBerthelot.quantile(z, 0.5);
    };
    if (medianZ.applyAsDouble(0) <= MAD_SCALE) {
      return 0;
    }
    double lo = 0;
    double hi = spread;
    for (int k = 0; k < 60; k++) {
      double mid = (lo + hi) / 2;
      if (medianZ.applyAsDouble(mid) > MAD_SCALE) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** Scores every value of one group (the value scored is one of the group), in their order. */
  public static List<Score> score(double[] values, Parameters p) {
    return score(values, null, p);
  }

  /**
   * Scores every value of one group with its own sampling variance (a rate's binomial variance at its denominator).
   *
   * @param variances v<sub>i</sub> of each value, at least 0; null for the plain score
   */
  public static List<Score> score(double[] values, double[] variances, Parameters p) {
    return score(values, variances, 0, p);
  }

  /**
   * As {@link #score(double[], double[], Parameters)}, with τ at least {@code leastBetween}: where most units are
   * small, their sampling noise fills the MAD and τ comes out 0 however much the few large units differ; a least
   * spread between units keeps a large unit from being held to its own narrow binomial band.
   */
  public static List<Score> score(double[] values, double[] variances, double leastBetween, Parameters p) {
    requireNonNull(p, "parameters are null");
    if (variances != null && variances.length != values.length) {
      throw new IllegalArgumentException(
          "Cannot score " + values.length + " values with " + variances.length + " variances");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("Cannot score value " + i + ": it must be finite, found " + values[i]);
      }
      if (variances != null && !(variances[i] >= 0 && Double.isFinite(variances[i]))) {
        throw new IllegalArgumentException(
            "Cannot score value " + i + ": its variance must be finite and at least 0, found " + variances[i]);
      }
    }
    int n = values.length;
    List<Score> scores = new ArrayList<>(n);
    if (n == 0) {
      return scores;
    }
    double median = HidiroglouBerthelot.quantile(values, 0.5);
    double[] deviations = new double[n];
    for (int i = 0; i < n; i++) {
      deviations[i] = Math.abs(values[i] - median);
    }
    double mad = HidiroglouBerthelot.quantile(deviations, 0.5);
    boolean madZero = mad == 0;
    double spread = mad / MAD_SCALE;
    double between =
        variances == null || madZero ? Double.NaN : Math.max(leastBetween, between(values, variances, median, spread));
    for (int i = 0; i < n; i++) {
      double x = values[i];
      if (n < p.minPeers()) {
        scores.add(new Score(CheckStatus.UNCERTAIN, Reason.SMALL_GROUP, x, median, mad, Double.NaN, madZero,
            between, Double.NaN, n));
        continue;
      }
      double scale = variances == null ? spread : Math.sqrt(between * between + variances[i]);
      boolean zero = x == 0 && median >= p.zeroFloor();
      double m = madZero ? (x == median ? 0 : Double.NaN) : (x - median) / scale;
      Reason reason = zero ? Reason.ZERO_AMONG_LARGE
          : Double.isNaN(m) ? Reason.NO_SPREAD
          : Math.abs(m) > p.threshold() ? Reason.OUTLIER : null;
      CheckStatus status = reason == null ? CheckStatus.PASS
          : reason == Reason.NO_SPREAD ? CheckStatus.UNCERTAIN : CheckStatus.FAIL;
      scores.add(new Score(status, reason, x, median, mad, scale, madZero, between, m, n));
    }
    return scores;
  }
}
