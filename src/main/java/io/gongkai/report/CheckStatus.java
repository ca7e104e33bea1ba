package io.gongkai.report;

/** Outcome of one relation on one scope. */
public enum CheckStatus {
  PASS,
  FAIL,
  /** An input was EMPTY, NA or TEXT: the relation cannot be judged (spec §0.2). */
  UNCERTAIN
}
