package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * The columns of one warehouse {@code checks} row that the evaluation compares (see docs/datasets.md), or an anomaly
 * flag of a {@code reports} row in the same shape.
 *
 * @param severity ERROR for hard relations, WARNING for soft ones (prose checks among them), {@value #FLAG} for a
 *     report flag
 */
public record WarehouseCheck(String check, String scope, String status, String severity) implements Serializable {
  /** The severity of a row made from a report flag. */
  public static final String FLAG = "FLAG";

  /**
   * Report flags that are anomalies rather than reading diagnostics: the synthetic corpus plants them like check
   * failures ({@code {"check": "TEMPLATE_YEAR_MISMATCH", "scope": "t3"}}), and the warehouse records them in {@code
   * reports.flags} as {@code TEMPLATE_YEAR_MISMATCH(t3)}. Each such flag is scored as a FAIL of that id and scope.
   */
  public static final List<String> ANOMALY_FLAGS = List.of("TEMPLATE_YEAR_MISMATCH");

  /**
   * The anomalies across reports, scored per report rather than per row: one planted event shows in several rows of
   * its report (a body whose level jumps moves every count it prints, R-XR-YOY; a denial outlier moves 不予公开率 and
   * 公开率 alike, R-XR-PEER; a reprint repeats table 3 and table 4, R-XR-STALE; a copy may match two earlier reports,
   * R-XR-COPY), and what a reader follows up is the report. A report is a positive of such an id when it has at least
   * one FAIL row of it; a truth positive when the generator planted the id in it, in any scope.
   */
  public static final List<String> PER_REPORT = List.of("R-XR-YOY", "R-XR-PEER", "R-XR-STALE", "R-XR-COPY");

  public WarehouseCheck {
    requireNonNull(check, "check is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(status, "status is null");
  }

  /** True unless a hard relation (severity ERROR): real truths do not label soft checks or flags. */
  public boolean soft() {
    return !"ERROR".equals(severity);
  }

  /**
   * The FAIL row of a report flag such as {@code TEMPLATE_YEAR_MISMATCH(t3)} (scope {@code t3}; {@code all} without a
   * subject), or null when the flag is not one of the {@link #ANOMALY_FLAGS}.
   */
  public static WarehouseCheck ofFlag(String flag) {
    if (flag == null) {
      return null;
    }
    int open = flag.indexOf('(');
    String name = open < 0 ? flag : flag.substring(0, open);
    if (!ANOMALY_FLAGS.contains(name)) {
      return null;
    }
    String scope = open < 0 || !flag.endsWith(")") ? "all" : flag.substring(open + 1, flag.length() - 1);
    return new WarehouseCheck(name, scope, "FAIL", FLAG);
  }
}
