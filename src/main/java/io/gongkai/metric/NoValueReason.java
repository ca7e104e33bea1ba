package io.gongkai.metric;

/**
 * Why a metric the report's template defines has no value. Codes are stable and meant for output rows: explicit
 * numbers, never ordinals; a retired code stays here as a comment so its number is never reused.
 */
public enum NoValueReason {
  /** The cell was printed blank: missing, never 0 (spec §0.2). */
  EMPTY(1),
  /** The cell holds a not-applicable placeholder ({@code /}, {@code —}, NA) or words (TEXT). */
  NOT_A_NUMBER(2),
  /** The table was read but the row (or its table-2 block) was not found. */
  ROW_NOT_FOUND(3),
  /** The report has no cell of the metric's table. */
  TABLE_NOT_FOUND(4),
  /** No template was detected for any table, so no metric can be placed. */
  TEMPLATE_UNKNOWN(5),
  /** A YUAN metric's cell holds a non-zero amount printed without a unit (T2019 采购总金额, flag UNIT_MISSING). */
  UNIT_MISSING(6),
  /** Indicators only: the numerator and denominator are known, but the denominator is 0; no ratio, never 0 or NaN. */
  DENOMINATOR_ZERO(7);

  private final int code;

  NoValueReason(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
