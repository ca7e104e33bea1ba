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
 * <p>When more than half the group shares one value the MAD is 0; M then uses the mean absolute deviation, M = (x −
 * median) / (1.253314 · MeanAD), 1.253314 ≈ √(π/2) making it a standard deviation's estimate for normal data (the
 * fallback IBM SPSS documents for the same score). When that is 0 too, every value equals the median: all PASS.
 *
 * <p>Besides: a metric at 0 where its peers' median is at least {@link Parameters#zeroFloor()} fails too ("zero where
 * the peers' median is large"), since a z-score over counts of tens of thousands rarely reaches it for a 0 alone.
 */
public final class RobustZ {
  /** 0.6745: the 0.75 quantile of the standard normal, which makes MAD / 0.6745 estimate a standard deviation. */
  static final double MAD_SCALE = 0.6745;

  /** √(π/2): the mean absolute deviation of a normal variable times this estimates its standard deviation. */
  static final double MEAN_AD_SCALE = 1.253314;

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
    ZERO_AMONG_LARGE
  }

  /**
   * The score of one value in its group.
   *
   * @param m the modified z-score; NaN in a small group; 0 where every value is the median
   * @param spread the scale used: MAD / 0.6745, or 1.253314 · MeanAD when the MAD is 0; NaN in a small group
   * @param madZero whether the MAD was 0 and the mean absolute deviation stood in
   * @param reason the rule that failed it, or why UNCERTAIN; null for PASS
   */
  public record Score(CheckStatus status, Reason reason, double value, double median, double mad, double spread,
      boolean madZero, double m, int peers) {
    public Score {
      requireNonNull(status, "status is null");
    }
  }

  private RobustZ() {}

  /** Scores every value of one group (the value scored is one of the group), in their order. */
  public static List<Score> score(double[] values, Parameters p) {
    requireNonNull(p, "parameters are null");
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("Cannot score value " + i + ": it must be finite, found " + values[i]);
      }
    }
    int n = values.length;
    List<Score> scores = new ArrayList<>(n);
    if (n == 0) {
      return scores;
    }
    double median = HidiroglouBerthelot.quantile(values, 0.5);
    double[] deviations = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      deviations[i] = Math.abs(values[i] - median);
      sum += deviations[i];
    }
    double mad = HidiroglouBerthelot.quantile(deviations, 0.5);
    double meanAd = sum / n;
    boolean madZero = mad == 0;
    double spread = madZero ? MEAN_AD_SCALE * meanAd : mad / MAD_SCALE;
    for (double x : values) {
      if (n < p.minPeers()) {
        scores.add(new Score(CheckStatus.UNCERTAIN, Reason.SMALL_GROUP, x, median, mad, Double.NaN, madZero,
            Double.NaN, n));
        continue;
      }
      double m = spread == 0 ? 0 : (x - median) / spread;
      Reason reason = Math.abs(m) > p.threshold() ? Reason.OUTLIER
          : x == 0 && median >= p.zeroFloor() ? Reason.ZERO_AMONG_LARGE : null;
      scores.add(new Score(reason == null ? CheckStatus.PASS : CheckStatus.FAIL, reason, x, median, mad, spread,
          madZero, m, n));
    }
    return scores;
  }
}
