package io.gongkai.crossreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.crossreport.PeerComparison.Group;
import io.gongkai.crossreport.PeerComparison.Kind;
import io.gongkai.crossreport.PeerComparison.Member;
import io.gongkai.metric.NoValueReason;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import io.gongkai.rollup.RollupLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerComparisonTest {
  /** The bundled defaults: |M| > 3.5, 10 peers, zero_floor 100, min_denominator 30. */
  private static final AnomalyParameters.Peers P =
      new AnomalyParameters.Peers(new RobustZ.Parameters(3.5, 10, 100), 30, List.of("disclosure_rate"),
          List.of("new_received"));

  private static final Group RATES = new Group(2023, RollupLevel.COUNTY, "DEPARTMENT", "disclosure_rate",
      Kind.INDICATOR);
  private static final Group RECEIVED = new Group(2023, RollupLevel.COUNTY, "DEPARTMENT", "new_received", Kind.METRIC);

  /**
   * 河北: 30 county departments at 78–82 % (six at each) and one at 10 %: median 0.8, absolute deviations 0 (6), 0.01
   * (12), 0.02 (12), 0.7, so MAD = 0.01, a spread (0.01 / 0.6745)² = 0.00022 below the binomial variance of a rate
   * over 100 requests, p̃(1 − p̃) / 100 = 0.001618 at p̃ = 80.5 / 101: τ = 0, each rate's sd is its binomial one,
   * 0.04022, and M(0.1) = −0.7 / 0.04022 = −17.40, M(0.78) = −0.4973. Beside them one without a 公开率
   * (no request answered: no finding, no peer), one over 3 requests (SMALL_DENOMINATOR, no peer: the group stays 31),
   * and 山西 with 4 bureaus, which fall back to the country's 35.
   */
  @Test
  void aProvinceGroupAndItsFallbackToTheCountry() {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      members.add(rate("h" + i, "13", "河北省", 78 + i % 5, 100));
    }
    members.add(rate("h30", "13", "河北省", 10, 100));
    members.add(new Member("h31", "13", "河北省", null, null, null, NoValueReason.DENOMINATOR_ZERO));
    members.add(rate("h32", "13", "河北省", 2, 3));
    for (int i = 0; i < 4; i++) {
      members.add(rate("s" + i, "14", "山西省", 60 + 10 * i, 100));
    }
    List<Finding> findings = PeerComparison.compare(RATES, members, P);
    assertEquals(36, findings.size());

    assertEquals(
        new Finding("h30", new CheckResult("R-XR-PEER", "disclosure_rate", CheckStatus.FAIL,
            CheckResult.Severity.WARNING, new BigDecimal("0.1"), BigDecimal.valueOf(0.8),
            "disclosure_rate 0.1 (10 / 100) vs 2023 COUNTY DEPARTMENT 河北省(13): 31 reports, median 0.8, MAD 0.01,"
                + " sd at 100 0.04022 (τ 0), M -17.4 outside ±3.5 (OUTLIER)",
            List.of("metrics.disclosure_rate", "metrics.disclosure_rate of 2023 COUNTY DEPARTMENT 河北省(13)")),
            null, findings.get(30).score()),
        findings.get(30));
    assertEquals(-0.7 / Math.sqrt(80.5 / 101 * (20.5 / 101) / 100), findings.get(30).score(), 1e-9);
    assertEquals("h0 PASS disclosure_rate 0.78 (78 / 100) vs 2023 COUNTY DEPARTMENT 河北省(13): 31 reports, median"
        + " 0.8, MAD 0.01, sd at 100 0.04022 (τ 0), M -0.4973 within ±3.5", line(findings.get(0)));
    assertEquals("h32 UNCERTAIN disclosure_rate 0.6667 (2 / 3): denominator 3 below min_denominator 30"
        + " (SMALL_DENOMINATOR), not compared", line(findings.get(31)));
    assertEquals(List.of("metrics.disclosure_rate"), findings.get(31).result().evidence());
    assertEquals(null, findings.get(31).score());
    assertEquals(null, findings.get(31).result().right());
    // The country: 河北's 31 and 山西's 4; median 0.8, MAD 0.01 still: 山西's 0.6 stands out, while 0.7 and 0.9, 10
    // requests from the median in 100, are within a rate's binomial noise (M ±2.486).
    assertEquals(
        List.of(
            "s0 FAIL disclosure_rate 0.6 (60 / 100) vs 2023 COUNTY DEPARTMENT, country (山西省(14) has 4): 35"
                + " reports, median 0.8, MAD 0.01, sd at 100 0.04022 (τ 0), M -4.973 outside ±3.5 (OUTLIER)",
            "s1 PASS disclosure_rate 0.7 (70 / 100) vs 2023 COUNTY DEPARTMENT, country (山西省(14) has 4): 35"
                + " reports, median 0.8, MAD 0.01, sd at 100 0.04022 (τ 0), M -2.486 within ±3.5",
            "s2 PASS disclosure_rate 0.8 (80 / 100) vs 2023 COUNTY DEPARTMENT, country (山西省(14) has 4): 35"
                + " reports, median 0.8, MAD 0.01, sd at 100 0.04022 (τ 0), M 0 within ±3.5",
            "s3 PASS disclosure_rate 0.9 (90 / 100) vs 2023 COUNTY DEPARTMENT, country (山西省(14) has 4): 35"
                + " reports, median 0.8, MAD 0.01, sd at 100 0.04022 (τ 0), M 2.486 within ±3.5"),
        findings.subList(32, 36).stream().map(PeerComparisonTest::line).toList());
  }

  /**
   * Requests of 11 county bureaus doubling from 10 to 10,240: on the raw scale (median 320, MAD 310) 10,240 is an
   * outlier, M = 0.6745 · 9920 / 310 = 21.58; on ln(1 + x) they are evenly spaced (median ln 321 = 5.771, MAD ln(321
   * / 41) = 2.058) and M(10,240) = 0.6745 · ln(10241 / 321) / 2.058 = 1.135.
   */
  @Test
  void metricsAreScoredOnTheirLogarithm() {
    List<Member> members = new ArrayList<>();
    double[] raw = new double[11];
    for (int i = 0; i < 11; i++) {
      raw[i] = 10 << i;
      members.add(Member.metric("c" + i, "13", "河北省", BigDecimal.valueOf(10 << i), null));
    }
    assertEquals(RobustZ.Reason.OUTLIER, RobustZ.score(raw, P.score()).get(10).reason());
    assertEquals(0.6745 * 9920 / 310, RobustZ.score(raw, P.score()).get(10).m(), 1e-9);
    List<Finding> findings = PeerComparison.compare(RECEIVED, members, P);
    assertEquals("c10 PASS new_received 10240 vs 2023 COUNTY DEPARTMENT 河北省(13): 11 reports, median 320;"
        + " ln(1 + x) 9.234 vs median 5.771, MAD 2.058, M 1.135 within ±3.5", line(findings.get(10)));
    assertEquals(0.6745 * Math.log(10241.0 / 321) / Math.log(321.0 / 41), findings.get(10).score(), 1e-9);
    assertEquals(new BigDecimal("320.0"), findings.get(10).result().right());
    assertEquals(new BigDecimal("10240"), findings.get(10).result().left());
  }

  /**
   * The same bureaus and one at 0: the raw median (160 + 320) / 2 = 240 reaches zero_floor 100, so the 0 FAILs
   * although its M on ln(1 + x) is within the threshold: median (ln 161 + ln 321) / 2 = 5.426, absolute deviations
   * sorted 0.345, 0.345, 1.032, 1.037, 1.712, 1.729, 2.381…, MAD (1.729 + 2.381) / 2 = 2.055, M = −0.6745 · 5.426 /
   * 2.055 = −1.781.
   */
  @Test
  void zeroWhereTheRawMedianIsLarge() {
    List<Member> members = new ArrayList<>();
    members.add(Member.metric("zero", "13", "河北省", BigDecimal.ZERO, null));
    for (int i = 0; i < 11; i++) {
      members.add(Member.metric("c" + i, "13", "河北省", BigDecimal.valueOf(10 << i), null));
    }
    List<Finding> findings = PeerComparison.compare(RECEIVED, members, P);
    assertEquals("zero FAIL new_received 0 vs 2023 COUNTY DEPARTMENT 河北省(13): 12 reports, median 240; ln(1 + x) 0"
        + " vs median 5.426, MAD 2.055, M -1.781 within ±3.5; 0 where the median reaches zero_floor 100"
        + " (ZERO_AMONG_LARGE)", line(findings.get(0)));
    assertEquals(List.of(), lines(findings).stream().filter(l -> !l.startsWith("zero") && !l.contains(" PASS "))
        .toList());
    // Where the raw median stays below zero_floor, a 0 is judged by its M alone: 0, 10 … 320, median ln 41 = 3.714,
    // MAD ln(41 / 11) = 1.316, M = −0.6745 · 3.714 / 1.316 = −1.904.
    members.subList(7, 12).clear();
    assertEquals("zero PASS new_received 0 vs 2023 COUNTY DEPARTMENT 河北省(13): 7 reports, median 40; ln(1 + x) 0"
        + " vs median 3.714, MAD 1.316, M -1.904 within ±3.5", line(
            PeerComparison.compare(RECEIVED, members, new AnomalyParameters.Peers(
                new RobustZ.Parameters(3.5, 3, 100), 30, List.of(), List.of("new_received"))).get(0)));
  }

  /**
   * The zero rule is for counts: an indicator at 0 is judged by its M alone, even under a zero_floor its peers'
   * median reaches. Ratios 0, 0.1 … 0.9 over 100 requests: median 0.45, MAD 0.25; the binomial variance at p̃ =
   * 45.5 / 101 over 100 requests, 0.002475, is part of (0.25 / 0.6745)², τ = 0.3673, and with all denominators equal
   * the sd is MAD / 0.6745 again: M(0) = −0.6745 · 0.45 / 0.25.
   */
  @Test
  void indicatorsAreNotCheckedForAZero() {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      members.add(rate("r" + i, "13", "河北省", 10 * i, 100));
    }
    AnomalyParameters.Peers lowFloor =
        new AnomalyParameters.Peers(new RobustZ.Parameters(3.5, 10, 0.1), 30, List.of("disclosure_rate"), List.of());
    assertEquals("r0 PASS disclosure_rate 0 (0 / 100) vs 2023 COUNTY DEPARTMENT 河北省(13): 10 reports, median 0.45,"
        + " MAD 0.25, sd at 100 0.3706 (τ 0.3673), M -1.214 within ±3.5", line(PeerComparison.compare(RATES, members, lowFloor).get(0)));
  }

  /**
   * Reviews of 17 township offices: 12 none, 4 one, 1 three. More than half share the median 0, so the MAD is 0:
   * the zeros PASS, the others are UNCERTAIN (NO_SPREAD), with no score. The raw median 0 is far below zero_floor.
   */
  @Test
  void aZeroMadLeavesAllButTheMedianUncertain() {
    Group reviews = new Group(2023, RollupLevel.COUNTY, "TOWNSHIP", "review_total", Kind.METRIC);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      members.add(Member.metric("t" + i, "13", "河北省", BigDecimal.valueOf(i < 12 ? 0 : i < 16 ? 1 : 3), null));
    }
    List<Finding> findings = PeerComparison.compare(reviews, members, P);
    assertEquals(
        List.of(
            "t0 PASS review_total 0 vs 2023 COUNTY TOWNSHIP 河北省(13): 17 reports, median 0; ln(1 + x) 0 vs median 0,"
                + " MAD 0, M 0 within ±3.5",
            "t12 UNCERTAIN review_total 1 vs 2023 COUNTY TOWNSHIP 河北省(13): 17 reports, median 0; ln(1 + x) 0.6931"
                + " vs median 0, MAD 0: more than half the group at its median, no spread to score by (NO_SPREAD)",
            "t16 UNCERTAIN review_total 3 vs 2023 COUNTY TOWNSHIP 河北省(13): 17 reports, median 0; ln(1 + x) 1.386"
                + " vs median 0, MAD 0: more than half the group at its median, no spread to score by (NO_SPREAD)"),
        List.of(line(findings.get(0)), line(findings.get(12)), line(findings.get(16))));
    assertEquals(null, findings.get(16).score());
    assertEquals(0.0, findings.get(0).score());
  }

  /**
   * Without a region a report has no level and no province: its peers are the reports of its year and kind without
   * a region, across the country. Here only 3 of them: SMALL_GROUP, with the median for reference and no score.
   * A blank is no value and no peer (not 0), and a negative count has no logarithm.
   */
  @Test
  void reportsWithoutARegionAndSmallGroups() {
    Group unknown = new Group(2023, null, "DEPARTMENT", "new_received", Kind.METRIC);
    List<Finding> findings =
        PeerComparison.compare(unknown,
            List.of(
                Member.metric("u0", null, null, BigDecimal.valueOf(12), null),
                Member.metric("u1", null, null, null, NoValueReason.EMPTY),
                Member.metric("u2", null, null, BigDecimal.valueOf(30), null),
                Member.metric("u3", null, null, BigDecimal.valueOf(-4), null),
                Member.metric("u4", null, null, BigDecimal.valueOf(2000), null)),
            P);
    assertEquals(
        List.of(
            "u0 UNCERTAIN new_received 12 vs 2023 UNKNOWN DEPARTMENT, country (no region read): 3 reports, median 30,"
                + " fewer than min_peers 10 (SMALL_GROUP)",
            "u2 UNCERTAIN new_received 30 vs 2023 UNKNOWN DEPARTMENT, country (no region read): 3 reports, median 30,"
                + " fewer than min_peers 10 (SMALL_GROUP)",
            "u3 UNCERTAIN new_received -4: below 0, no ln(1 + x) (NEGATIVE), not compared",
            "u4 UNCERTAIN new_received 2000 vs 2023 UNKNOWN DEPARTMENT, country (no region read): 3 reports, median"
                + " 30, fewer than min_peers 10 (SMALL_GROUP)"),
        lines(findings));
    assertEquals(null, findings.get(0).score());
    assertEquals(new BigDecimal("30.0"), findings.get(0).result().right());
  }

  /** Two small provinces that make a small country: both SMALL_GROUP, the country's size in the expression. */
  @Test
  void aSmallCountryIsUncertainToo() {
    Group provinces = new Group(2023, RollupLevel.PROVINCE, "OTHER", "disclosure_rate", Kind.INDICATOR);
    List<Finding> findings =
        PeerComparison.compare(provinces,
            List.of(rate("p0", "11", "北京市", 50, 100), rate("p1", "11", "北京市", 60, 100),
                rate("p2", "31", "上海市", 70, 100)),
            P);
    assertEquals("p2 UNCERTAIN disclosure_rate 0.7 (70 / 100) vs 2023 PROVINCE OTHER, country (上海市(31) has 1): 3"
        + " reports, median 0.6, fewer than min_peers 10 (SMALL_GROUP)", line(findings.get(2)));
  }

  @Test
  void badMembersAreRefusedByName() {
    assertEquals("Cannot compare report x in 2023 COUNTY DEPARTMENT: a report of a known level needs its province",
        assertThrows(IllegalArgumentException.class, () -> PeerComparison.compare(RECEIVED,
            List.of(Member.metric("x", null, null, BigDecimal.ONE, null)), P)).getMessage());
    assertEquals("Cannot compare disclosure_rate of report x: a ratio without its denominator",
        assertThrows(IllegalArgumentException.class, () -> PeerComparison.compare(RATES,
            List.of(new Member("x", "13", "河北省", BigDecimal.ONE, null, null, null)), P)).getMessage());
    assertEquals("Cannot compare peers at level COUNTRY: a report's level is its region's",
        assertThrows(IllegalArgumentException.class,
            () -> new Group(2023, RollupLevel.COUNTRY, "DEPARTMENT", "new_received", Kind.METRIC)).getMessage());
    assertEquals("reason is null without a value",
        assertThrows(NullPointerException.class, () -> Member.metric("x", "13", "河北省", null, null)).getMessage());
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(PeerComparisonTest::line).toList();
  }

  /**
   * A count far from its peers' is UNCERTAIN, not FAIL: ten county bureaus with 9, 10, 11 requests and one with
   * 2,000. ln(1 + x): median ln(1 + 10) = 2.398, MAD ln(12 / 11) = 0.08701, M(2000) = 0.6745 · (7.601 − 2.398) / 0.08701 =
   * 40.34: far out, yet the size of a body is no error in its report.
   */
  @Test
  void aCountFarFromItsPeersIsUncertain() {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      members.add(Member.metric("c" + i, "13", "河北省", BigDecimal.valueOf(9 + i % 3), null));
    }
    members.add(Member.metric("big", "13", "河北省", BigDecimal.valueOf(2000), null));
    Finding big = PeerComparison.compare(RECEIVED, members, P).get(10);
    assertEquals("big UNCERTAIN new_received 2000 vs 2023 COUNTY DEPARTMENT 河北省(13): 11 reports, median 10;"
        + " ln(1 + x) 7.601 vs median 2.398, MAD 0.08701, M 40.34 outside ±3.5 (OUTLIER, a count: UNCERTAIN)",
        line(big));
    assertEquals(40.34, big.score(), 0.01);
  }

  /**
   * min_between: the 河北 group's rates over 100 requests spread less than their binomial noise (τ = 0), yet bodies of
   * one kind differ. With min_between 0.2, τ ≥ 0.2 · √(0.8 · 0.2) = 0.08 and the sd √(0.0064 + 0.001618) = 0.08954:
   * 0.1 stays an outlier (M −7.818), a body at 0.6 is now within (M −2.234).
   */
  @Test
  void aLeastSpreadBetweenBodies() {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      members.add(rate("h" + i, "13", "河北省", 78 + i % 5, 100));
    }
    members.add(rate("low", "13", "河北省", 10, 100));
    members.add(rate("mid", "13", "河北省", 60, 100));
    AnomalyParameters.Peers floor = new AnomalyParameters.Peers(new RobustZ.Parameters(3.5, 10, 100), 30, 0.2,
        List.of("disclosure_rate"), List.of());
    List<Finding> findings = PeerComparison.compare(RATES, members, floor);
    assertEquals(List.of(
        "low FAIL disclosure_rate 0.1 (10 / 100) vs 2023 COUNTY DEPARTMENT 河北省(13): 32 reports, median 0.8, MAD"
            + " 0.01, sd at 100 0.08954 (τ 0.08), M -7.818 outside ±3.5 (OUTLIER)",
        "mid PASS disclosure_rate 0.6 (60 / 100) vs 2023 COUNTY DEPARTMENT 河北省(13): 32 reports, median 0.8, MAD"
            + " 0.01, sd at 100 0.08954 (τ 0.08), M -2.234 within ±3.5"),
        findings.subList(30, 32).stream().map(PeerComparisonTest::line).toList());
  }

  /** A province group below min_province_peers is scored within the country's group, though it has min_peers. */
  @Test
  void aProvinceBelowMinProvincePeersJoinsTheCountry() {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      members.add(rate("h" + i, "13", "河北省", 50 + i, 100));
    }
    members.add(rate("s0", "14", "山西省", 55, 100));
    AnomalyParameters.Peers p = new AnomalyParameters.Peers(new RobustZ.Parameters(3.5, 10, 100), 30, 30, 0,
        List.of("disclosure_rate"), List.of());
    assertEquals(List.of("2023 COUNTY DEPARTMENT, country (河北省(13) has 12): 13 reports",
            "2023 COUNTY DEPARTMENT, country (山西省(14) has 1): 13 reports"),
        List.of(group(PeerComparison.compare(RATES, members, p).get(0)),
            group(PeerComparison.compare(RATES, members, p).get(12))));
    assertEquals("2023 COUNTY DEPARTMENT 河北省(13): 12 reports",
        group(PeerComparison.compare(RATES, members, P).get(0)));
  }

  private static String group(Finding f) {
    String e = f.result().expression();
    return e.substring(e.indexOf(" vs ") + 4, e.indexOf(", median"));
  }

  private static Member rate(String id, String province, String name, int numerator, int denominator) {
    return new Member(id, province, name,
        BigDecimal.valueOf((double) numerator / denominator), BigDecimal.valueOf(numerator),
        BigDecimal.valueOf(denominator), null);
  }

  private static String line(Finding f) {
    return f.reportId() + " " + f.result().status() + " " + f.result().expression();
  }
}
