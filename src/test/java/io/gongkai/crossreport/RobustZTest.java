package io.gongkai.crossreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.crossreport.RobustZ.Parameters;
import io.gongkai.crossreport.RobustZ.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustZTest {
  private static final Parameters DEFAULTS = new Parameters(3.5, 3, 100);

  /**
   * Worked by hand: median 11; absolute deviations 1, 1, 0, 2, 2, 39, 11, so MAD = 2 and the scale 2 / 0.6745 =
   * 2.96516; M(50) = 39 / 2.96516 = 13.153 and M(0) = −3.7098 fail, M(13) = 0.6745 passes.
   */
  @Test
  void aWorkedGroup() {
    List<Score> scores = RobustZ.score(new double[] {10, 12, 11, 13, 9, 50, 0}, DEFAULTS);
    assertEquals(List.of("PASS", "PASS", "PASS", "PASS", "PASS", "FAIL OUTLIER", "FAIL OUTLIER"), lines(scores));
    Score high = scores.get(5);
    assertEquals(11.0, high.median());
    assertEquals(2.0, high.mad());
    assertEquals(2 / 0.6745, high.spread(), 1e-12);
    assertEquals(39 / (2 / 0.6745), high.m(), 1e-12);
    assertEquals(7, high.peers());
    assertEquals(0.6745, scores.get(3).m(), 1e-12);
  }

  /**
   * Five of six equal: MAD 0, no scale. The median PASSes with M 0; 9 is UNCERTAIN (the mean absolute deviation
   * would make it M = 4.79, an outlier only because most of the group is alike); a 0 among large peers still FAILs.
   */
  @Test
  void aZeroMadLeavesTheOthersUncertain() {
    List<Score> scores = RobustZ.score(new double[] {5, 5, 5, 5, 5, 9}, DEFAULTS);
    assertEquals(List.of("PASS", "PASS", "PASS", "PASS", "PASS", "UNCERTAIN NO_SPREAD"), lines(scores));
    assertEquals(true, scores.get(5).madZero());
    assertEquals(0.0, scores.get(0).m());
    assertEquals(Double.NaN, scores.get(5).m());
    assertEquals(List.of("PASS", "PASS", "PASS", "PASS", "FAIL ZERO_AMONG_LARGE"),
        lines(RobustZ.score(new double[] {300, 300, 300, 300, 0}, DEFAULTS)));
  }

  /**
   * The funnel: median 0.5, MAD 0.05, so the values spread (0.05 / 0.6745)² = 0.005495, of which the typical
   * sampling variance 0.001 is noise: τ² = 0.004495. The 0.3 with its own variance 0.02 (a rate over a dozen cases):
   * M = −0.2 / √(0.004495 + 0.02) = −1.278; the 0.3 with 0.001 (over hundreds): −0.2 / √0.005495 = −2.698.
   */
  @Test
  void aValuesOwnVarianceWidensItsBand() {
    double[] values = {0.40, 0.45, 0.50, 0.55, 0.60, 0.50, 0.30};
    double[] variances = {0.001, 0.001, 0.001, 0.001, 0.001, 0.001, 0.02};
    Score noisy = RobustZ.score(values, variances, DEFAULTS).get(6);
    assertEquals(-0.2 / Math.sqrt(0.05 * 0.05 / (0.6745 * 0.6745) - 0.001 + 0.02), noisy.m(), 1e-12);
    assertEquals(Math.sqrt(0.05 * 0.05 / (0.6745 * 0.6745) - 0.001), noisy.between(), 1e-12);
    assertEquals(-1.278, noisy.m(), 1e-3);
    variances[6] = 0.001;
    assertEquals(-2.698, RobustZ.score(values, variances, DEFAULTS).get(6).m(), 1e-3);
    assertEquals(Double.NaN, RobustZ.score(values, DEFAULTS).get(6).between());
    assertEquals("Cannot score value 1: its variance must be finite and at least 0, found -1.0",
        assertThrows(IllegalArgumentException.class,
            () -> RobustZ.score(new double[] {1, 2}, new double[] {0, -1}, DEFAULTS)).getMessage());
  }

  @Test
  void equalValuesAllPass() {
    assertEquals(List.of("PASS", "PASS", "PASS"), lines(RobustZ.score(new double[] {3, 3, 3}, DEFAULTS)));
  }

  /** M(0) = −200 / (60 / 0.6745) = −2.248 passes the score, but 0 among peers whose median is 200 does not. */
  @Test
  void zeroWhereThePeersAreLargeFails() {
    List<Score> scores = RobustZ.score(new double[] {0, 150, 200, 210, 260, 400, 90}, DEFAULTS);
    assertEquals(List.of("FAIL ZERO_AMONG_LARGE", "PASS", "PASS", "PASS", "PASS", "PASS", "PASS"), lines(scores));
    assertEquals(-200 / (60 / 0.6745), scores.get(0).m(), 1e-12);
  }

  @Test
  void aSmallGroupIsUncertain() {
    assertEquals(List.of("UNCERTAIN SMALL_GROUP", "UNCERTAIN SMALL_GROUP"),
        lines(RobustZ.score(new double[] {1, 200}, DEFAULTS)));
  }

  @Test
  void badInputIsRefusedWithTheValue() {
    assertEquals("Cannot use min_peers = 2: a median needs at least 3",
        assertThrows(IllegalArgumentException.class, () -> new Parameters(3.5, 2, 100)).getMessage());
    assertEquals("Cannot score value 1: it must be finite, found NaN",
        assertThrows(IllegalArgumentException.class, () -> RobustZ.score(new double[] {1, Double.NaN}, DEFAULTS))
            .getMessage());
  }

  private static List<String> lines(List<Score> scores) {
    return scores.stream().map(s -> s.status() + (s.reason() == null ? "" : " " + s.reason())).toList();
  }
}
