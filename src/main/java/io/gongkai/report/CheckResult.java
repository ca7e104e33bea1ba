package io.gongkai.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * One evaluation of a relation.
 *
 * @param check the stable check id ({@code R-T3-BALANCE})
 * @param scope the column, row, block or parent the evaluation covers ({@code natural_person}, {@code all})
 * @param left the left side's value, null when it could not be computed
 * @param right the right side's value, null when it could not be computed
 * @param expression the relation with the values filled in, e.g. {@code 16 + 1 = 17 + 1}
 * @param evidence the paths of the cells used ({@code t3.new_received.natural_person}…)
 */
public record CheckResult(
    String check,
    String scope,
    CheckStatus status,
    Severity severity,
    BigDecimal left,
    BigDecimal right,
    String expression,
    List<String> evidence) {
  public CheckResult {
    requireNonNull(check, "check is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(status, "status is null");
    requireNonNull(severity, "severity is null");
    requireNonNull(expression, "expression is null");
    evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
  }

  /** How much a FAIL matters: printed or arithmetic relations are errors, plausibility rules warnings. */
  public enum Severity {
    ERROR,
    WARNING
  }
}
