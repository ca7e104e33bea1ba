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

  /** Five of six equal: MAD 0, so 1.253314 × the mean absolute deviation (4 / 6) stands in: M(9) = 4.7873. */
  @Test
  void aZeroMadFallsBackOnTheMeanAbsoluteDeviation() {
    List<Score> scores = RobustZ.score(new double[] {5, 5, 5, 5, 5, 9}, DEFAULTS);
    assertEquals(List.of("PASS", "PASS", "PASS", "PASS", "PASS", "FAIL OUTLIER"), lines(scores));
    assertEquals(true, scores.get(5).madZero());
    assertEquals(4 / (1.253314 * 4 / 6), scores.get(5).m(), 1e-12);
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
