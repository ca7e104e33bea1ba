package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.metric.NoValueReason;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@value #ID} (soft): in T2021's table 2, a stock of rules or normative documents rolls forward, 现行有效(Y) =
 * 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y), between a body's report and its report of the year before (paired like
 * R-T3-XYEAR). Soft, and a WARNING: bodies restate their stock after a clean-up (清理), and a document made and
 * repealed within the year moves neither side.
 *
 * <p>Read from the metrics {@code <kind>_in_force}, {@code <kind>_issued} and {@code <kind>_repealed} (metrics.tsv, T2021
 * only), for {@code rules} and {@code normative_docs}: no check where either report lacks them (an S2014 or T2019
 * table); UNCERTAIN where one of the four figures has no value (a blank is never 0).
 */
public final class InForceRollForward {
  public static final String ID = "R-T2-INFORCE-XYEAR";

  /** The stocks rolled forward, each the prefix of its three metric keys. */
  public static final List<String> KINDS = List.of("rules", "normative_docs");

  /** A metric's value in one report, or why it has none. */
  public record Value(BigDecimal value, NoValueReason reason) {
    public Value {
      if (value == null) {
        requireNonNull(reason, "reason is null without a value");
      }
    }

    String printed() {
      return value == null ? reason.name() : value.toPlainString();
    }
  }

  private InForceRollForward() {}

  /** The metric keys this check reads. */
  public static List<String> metrics() {
    List<String> keys = new ArrayList<>();
    for (String kind : KINDS) {
      keys.add(kind + "_in_force");
      keys.add(kind + "_issued");
      keys.add(kind + "_repealed");
    }
    return keys;
  }

  /**
   * The checks of one report against the same body's report of the year before, one per kind both have.
   *
   * @param later the later report's metric values by key
   * @param earlier the earlier report's
   */
  public static List<Finding> check(String reportId, int year, String earlierReportId, String earlierFile,
      Map<String, Value> later, Map<String, Value> earlier) {
    List<Finding> findings = new ArrayList<>();
    for (String kind : KINDS) {
      Value now = later.get(kind + "_in_force");
      Value issued = later.get(kind + "_issued");
      Value repealed = later.get(kind + "_repealed");
      Value before = earlier.get(kind + "_in_force");
      if (now == null || issued == null || repealed == null || before == null) {
        continue;
      }
      BigDecimal expected =
          before.value() == null || issued.value() == null || repealed.value() == null
              ? null
              : before.value().add(issued.value()).subtract(repealed.value());
      CheckStatus status = expected == null || now.value() == null ? CheckStatus.UNCERTAIN
          : now.value().compareTo(expected) == 0 ? CheckStatus.PASS : CheckStatus.FAIL;
      String expression = String.format("%s_in_force %s (%d) = %s (%d, %s) + issued %s − repealed %s", kind,
          now.printed(), year, before.printed(), year - 1, earlierFile, issued.printed(), repealed.printed());
      List<String> evidence = List.of("metrics." + kind + "_in_force", "metrics." + kind + "_issued",
          "metrics." + kind + "_repealed", "report " + earlierReportId + " metrics." + kind + "_in_force");
      findings.add(new Finding(reportId,
          new CheckResult(ID, kind, status, CheckResult.Severity.WARNING, now.value(), expected, expression,
              evidence),
          earlierReportId, null));
    }
    return findings;
  }
}
