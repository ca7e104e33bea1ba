package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One check evaluation a truth file expects, or one anomaly it planted.
 *
 * @param check the stable check id ({@code R-T3-BALANCE}, {@code R-PROSE-RECEIVED})
 * @param scope the scope as the warehouse {@code checks} dataset writes it (a column, row, block, parent, {@code all},
 *     or for prose checks the cell paths joined by {@code +}); null for a planted anomaly without a scope
 * @param status PASS, FAIL or UNCERTAIN; always FAIL for a planted anomaly
 */
public record TruthCheck(String check, String scope, String status) implements Serializable {
  public TruthCheck {
    requireNonNull(check, "check is null");
    requireNonNull(status, "status is null");
  }
}
