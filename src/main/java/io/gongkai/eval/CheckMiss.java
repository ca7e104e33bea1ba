package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One check on which the warehouse and the truth disagree.
 *
 * @param check the check id
 * @param scope the scope (of the truth entry, or of the warehouse row for a false positive); null for a planted anomaly
 *     without a scope
 * @param expected the truth status, {@code FAIL (planted)} for a planted anomaly, or {@code none} when the truth has no
 *     such evaluation (a false positive)
 * @param found the warehouse status(es) for that check and scope, joined by {@code ,}, or {@code missing}
 */
public record CheckMiss(String check, String scope, String expected, String found) implements Serializable {
  public CheckMiss {
    requireNonNull(check, "check is null");
    requireNonNull(expected, "expected is null");
    requireNonNull(found, "found is null");
  }
}
