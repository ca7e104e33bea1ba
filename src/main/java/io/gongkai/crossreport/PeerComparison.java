package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.metric.NoValueReason;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import io.gongkai.rollup.RollupLevel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@value #ID}: a BODY report's indicators (公开率, 不予公开率…) and key metrics (requests received, answered, reviews,
 * litigation) against its peers, by the {@link RobustZ} modified z-score: a county bureau whose 公开率 is far from
 * every county bureau of its province stands out.
 *
 * <p>Peers: the reports of the same year, region level (province, prefecture or county: the deepest the report's
 * region is known to, as the rollups place it), body kind and province. A province with fewer than {@code min_peers}
 * values falls back to the same year, level and body kind across the country; UNCERTAIN ({@code SMALL_GROUP}) when
 * that is small too. A report whose region is not known has no level and no province: it is compared with the other
 * reports of its year and kind without a region, across the country, only.
 *
 * <p>Calibration (the corpus, real and synthetic, is heavy-tailed):
 *
 * <ul>
 *   <li>Metrics (counts) are scored on x' = ln(1 + x): the requests of bodies of one kind span orders of magnitude
 *       (a county bureau 3, a city's public-security bureau 3,000), and on the raw scale every large body would be an
 *       outlier. The expression gives both scales; the median and {@code right_value} are the raw ones. Even so a
 *       count's outlier is UNCERTAIN, not FAIL: its distance measures the body's size (on 10,556 synthetic reports,
 *       whose bodies' sizes are log-normal with the spread of real ones, 150 of 260 false FAILs were counts far from
 *       their peers', none of them a report in error). A count FAILs by the zero rule only.
 *   <li>Indicators are scored in a funnel: each rate's binomial variance at its own denominator widens its band
 *       ({@link RobustZ}), so 7 denials in 36 requests is not judged as 700 in 3,600.
 *   <li>An indicator whose denominator is below {@code min_denominator} is UNCERTAIN ({@code SMALL_DENOMINATOR}) and
 *       is no peer of the others: a rate over 3 requests is noise.
 *   <li>"Zero where the peers' median is large": a metric at 0 FAILs ({@code ZERO_AMONG_LARGE}) where the raw median
 *       of its group reaches {@code zero_floor}. Not for indicators: a 公开率 of 0 is a finding of the score alone.
 *   <li>A count below 0 has no logarithm: UNCERTAIN ({@code NEGATIVE}) and no peer (a misprint the report's own
 *       checks judge).
 * </ul>
 *
 * <p>A report without a value (printed blank, not a number, not found, an indicator's denominator 0) gets no finding
 * and is no peer: there is nothing to compare, {@code metrics.no_value_reason} says why, and a blank is never read
 * as 0. The score is M (on ln(1 + x) for metrics); {@code right_value} the raw median of the group.
 */
public final class PeerComparison {
  public static final String ID = "R-XR-PEER";

  /** What a key measures, which decides its scale and rules. */
  public enum Kind {
    /** A count or amount ({@code metrics.value}): scored on ln(1 + x), checked for a 0 among large peers. */
    METRIC,
    /** A ratio ({@code metrics.ratio}): scored as is, compared only over a denominator of {@code min_denominator}. */
    INDICATOR
  }

  /**
   * The reports compared across the country: one year, region level, body kind and key. Provinces are split inside.
   *
   * @param level PROVINCE, PREFECTURE or COUNTY; null for the reports whose region is not known
   * @param bodyKind GOVERNMENT, DEPARTMENT, TOWNSHIP, OTHER, or UNKNOWN when no body was read
   * @param key the metric or indicator key
   */
  public record Group(int year, RollupLevel level, String bodyKind, String key, Kind kind) {
    public Group {
      requireNonNull(bodyKind, "bodyKind is null");
      requireNonNull(key, "key is null");
      requireNonNull(kind, "kind is null");
      if (level == RollupLevel.COUNTRY) {
        throw new IllegalArgumentException("Cannot compare peers at level COUNTRY: a report's level is its region's");
      }
    }

    /** {@code 2023 COUNTY DEPARTMENT}. */
    String name() {
      return year + " " + (level == null ? "UNKNOWN" : level.name()) + " " + bodyKind;
    }
  }

  /**
   * One report's figure.
   *
   * @param provinceCode the report's province; null exactly when its level is not known
   * @param value the metric's value or the indicator's ratio; null when it has none, with {@code reason}
   * @param numerator an indicator's numerator (shown in the expression); null for a metric
   * @param denominator an indicator's denominator; null for a metric
   */
  public record Member(String reportId, String provinceCode, String provinceName, BigDecimal value,
      BigDecimal numerator, BigDecimal denominator, NoValueReason reason) {
    public Member {
      requireNonNull(reportId, "reportId is null");
      if (value == null) {
        requireNonNull(reason, "reason is null without a value");
      }
    }

    /** A metric's value. */
    public static Member metric(String reportId, String provinceCode, String provinceName, BigDecimal value,
        NoValueReason reason) {
      return new Member(reportId, provinceCode, provinceName, value, null, null, reason);
    }

    String province() {
      return provinceName + "(" + provinceCode + ")";
    }
  }

  private PeerComparison() {}

  /**
   * Compares each member of one group with its peers.
   *
   * @return one finding per member with a value, in their order
   * @throws IllegalArgumentException when a member of a known level has no province, or an indicator's ratio comes
   *     without its denominator
   */
  public static List<Finding> compare(Group group, List<Member> members, AnomalyParameters.Peers p) {
    requireNonNull(p, "parameters are null");
    // The zero rule is on the raw scale, applied here; RobustZ scores only.
    RobustZ.Parameters score =
        new RobustZ.Parameters(p.score().threshold(), p.score().minPeers(), Double.POSITIVE_INFINITY);
    List<Member> scored = new ArrayList<>();
    Map<String, List<Member>> byProvince = new LinkedHashMap<>();
    for (Member m : members) {
      if (group.level() != null && m.provinceCode() == null) {
        throw new IllegalArgumentException(String.format(
            "Cannot compare report %s in %s: a report of a known level needs its province", m.reportId(),
            group.name()));
      }
      if (group.kind() == Kind.INDICATOR && m.value() != null && m.denominator() == null) {
        throw new IllegalArgumentException(String.format(
            "Cannot compare %s of report %s: a ratio without its denominator", group.key(), m.reportId()));
      }
      if (m.value() != null && excluded(group, m, p) == null) {
        scored.add(m);
        if (group.level() != null) {
          byProvince.computeIfAbsent(m.provinceCode(), c -> new ArrayList<>()).add(m);
        }
      }
    }
    Map<String, Scores> provinces = new LinkedHashMap<>();
    for (Map.Entry<String, List<Member>> e : byProvince.entrySet()) {
      if (e.getValue().size() >= Math.max(p.minProvincePeers(), p.score().minPeers())) {
        provinces.put(e.getKey(), new Scores(group, e.getValue(), score, p.minBetween()));
      }
    }
    Scores country = null;
    List<Finding> findings = new ArrayList<>();
    for (Member m : members) {
      if (m.value() == null) {
        continue;
      }
      String excluded = excluded(group, m, p);
      if (excluded != null) {
        findings.add(finding(group, m, CheckStatus.UNCERTAIN, null, null,
            head(group, m) + ": " + excluded + ", not compared", List.of("metrics." + group.key())));
        continue;
      }
      Scores s = group.level() == null ? null : provinces.get(m.provinceCode());
      String name;
      if (s != null) {
        name = group.name() + " " + m.province();
      } else {
        // Scored once per group, and only when some province is small.
        s = country = country != null ? country : new Scores(group, scored, score, p.minBetween());
        name = group.name() + ", country (" + (group.level() == null ? "no region read"
            : m.province() + " has " + byProvince.get(m.provinceCode()).size()) + ")";
      }
      findings.add(s.finding(m, name, p));
    }
    return findings;
  }

  /** Why a member with a value is not compared (nor a peer), or null when it is. */
  private static String excluded(Group group, Member m, AnomalyParameters.Peers p) {
    if (group.kind() == Kind.INDICATOR) {
      return m.denominator().compareTo(BigDecimal.valueOf(p.minDenominator())) < 0
          ? "denominator " + plain(m.denominator()) + " below min_denominator " + p.minDenominator()
              + " (SMALL_DENOMINATOR)"
          : null;
    }
    return m.value().signum() < 0 ? "below 0, no ln(1 + x) (NEGATIVE)" : null;
  }

  /** One group's scores, by report. */
  private static final class Scores {
    private final Group group;
    private final int size;
    private final double rawMedian;
    private final Map<String, RobustZ.Score> byReport = new LinkedHashMap<>();

    Scores(Group group, List<Member> members, RobustZ.Parameters p, double minBetween) {
      this.group = group;
      this.size = members.size();
      double[] raw = new double[size];
      double[] scaled = new double[size];
      for (int i = 0; i < size; i++) {
        raw[i] = members.get(i).value().doubleValue();
        scaled[i] = group.kind() == Kind.METRIC ? Math.log1p(raw[i]) : raw[i];
      }
      this.rawMedian = HidiroglouBerthelot.quantile(raw, 0.5);
      double[] variances = null;
      if (group.kind() == Kind.INDICATOR) {
        // A rate's binomial variance at its own denominator, around the group's median rate (shrunk by half a case
        // towards 1/2 so that a median of 0 or 1 still leaves some noise): the funnel of RobustZ.
        variances = new double[size];
        for (int i = 0; i < size; i++) {
          double n = members.get(i).denominator().doubleValue();
          double rate = Math.min(1, Math.max(0, (rawMedian * n + 0.5) / (n + 1)));
          variances[i] = rate * (1 - rate) / n;
        }
      }
      double leastBetween = group.kind() == Kind.INDICATOR
          ? minBetween * Math.sqrt(Math.min(1, Math.max(0, rawMedian)) * (1 - Math.min(1, Math.max(0, rawMedian))))
          : 0;
      List<RobustZ.Score> scores = RobustZ.score(scaled, variances, leastBetween, p);
      for (int i = 0; i < size; i++) {
        byReport.put(members.get(i).reportId(), scores.get(i));
      }
    }

    Finding finding(Member m, String name, AnomalyParameters.Peers p) {
      RobustZ.Score s = byReport.get(m.reportId());
      boolean log = group.kind() == Kind.METRIC;
      StringBuilder e = new StringBuilder(head(group, m)).append(" vs ").append(name).append(": ").append(size)
          .append(" reports, median ").append(log ? plain(BigDecimal.valueOf(rawMedian)) : number(rawMedian));
      List<String> evidence = List.of("metrics." + group.key(), "metrics." + group.key() + " of " + name);
      if (s.reason() == RobustZ.Reason.SMALL_GROUP) {
        e.append(", fewer than min_peers ").append(p.score().minPeers()).append(" (SMALL_GROUP)");
        return PeerComparison.finding(group, m, CheckStatus.UNCERTAIN, rawMedian, null, e.toString(), evidence);
      }
      if (log) {
        e.append("; ln(1 + x) ").append(number(s.value())).append(" vs median ").append(number(s.median()));
      }
      e.append(", MAD ").append(number(s.mad()));
      if (!log && !s.madZero()) {
        e.append(", sd at ").append(plain(m.denominator())).append(" ").append(number(s.spread())).append(" (τ ")
            .append(number(s.between())).append(")");
      }
      boolean zero = log && m.value().signum() == 0 && rawMedian >= p.score().zeroFloor();
      boolean outlier = s.reason() == RobustZ.Reason.OUTLIER;
      if (s.reason() == RobustZ.Reason.NO_SPREAD) {
        e.append(": more than half the group at its median, no spread to score by (NO_SPREAD)");
      } else {
        e.append(", M ").append(number(s.m())).append(outlier ? " outside ±" : " within ±")
            .append(number(p.score().threshold()));
        if (outlier) {
          e.append(log ? " (OUTLIER, a count: UNCERTAIN)" : " (OUTLIER)");
        }
      }
      if (zero) {
        e.append("; 0 where the median reaches zero_floor ").append(number(p.score().zeroFloor()))
            .append(" (ZERO_AMONG_LARGE)");
      }
      if (!zero && s.reason() == RobustZ.Reason.NO_SPREAD) {
        return PeerComparison.finding(group, m, CheckStatus.UNCERTAIN, rawMedian, null, e.toString(), evidence);
      }
      // A count far from its peers' says how large the body is (a county's public-security bureau beside its
      // archives bureau: three orders of magnitude), not that its report is wrong: UNCERTAIN, to look at. A count
      // FAILs by the zero rule; indicators, which size does not drive, by M.
      CheckStatus status = zero || (outlier && !log) ? CheckStatus.FAIL
          : outlier ? CheckStatus.UNCERTAIN : CheckStatus.PASS;
      return PeerComparison.finding(group, m, status, rawMedian,
          Double.isNaN(s.m()) ? null : s.m(), e.toString(), evidence);
    }
  }

  /** {@code disclosure_rate 0.1 (10 / 100)}, {@code new_received 3}. */
  private static String head(Group group, Member m) {
    if (group.kind() == Kind.INDICATOR) {
      return group.key() + " " + number(m.value().doubleValue()) + " (" + plain(m.numerator()) + " / "
          + plain(m.denominator()) + ")";
    }
    return group.key() + " " + plain(m.value());
  }

  private static Finding finding(Group group, Member m, CheckStatus status, Double median, Double score,
      String expression, List<String> evidence) {
    CheckResult result =
        new CheckResult(ID, group.key(), status, CheckResult.Severity.WARNING, m.value(),
            median == null ? null : BigDecimal.valueOf(median), expression, evidence);
    return new Finding(m.reportId(), result, null, score);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "?" : value.stripTrailingZeros().toPlainString();
  }

  /** Four significant digits, without an exponent for the magnitudes seen here. */
  private static String number(double x) {
    return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
