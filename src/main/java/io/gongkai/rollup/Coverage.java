package io.gongkai.rollup;

import io.gongkai.metric.NoValueReason;

/**
 * How a report counts towards one rollup row: with a value, or without one for a reason a reader of the total needs
 * to weigh. Each is a {@code rollups} column ({@link #column()}); together they add up to its {@code reports}.
 */
public enum Coverage {
  /** The metric has a value (an indicator: its numerator and denominator are known, even with a 0 denominator). */
  WITH_VALUE("reports_with_value"),
  /** A cell behind it was printed blank: missing, not 0. */
  BLANK("reports_blank"),
  /** A cell behind it holds {@code /}, {@code —}, words, or an amount without a unit. */
  NOT_NUMERIC("reports_not_numeric"),
  /** Its table or row was not found, or no template was detected. */
  NOT_FOUND("reports_not_found"),
  /** The report's file was rejected (unreadable, not a report, a duplicate…): nothing in it could be read. */
  REJECTED("reports_rejected");

  private final String column;

  Coverage(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }

  /** The coverage of a report's metric or indicator row in {@code metrics}, by its {@code no_value_reason}. */
  public static Coverage of(NoValueReason reason) {
    if (reason == null) {
      return WITH_VALUE;
    }
    return switch (reason) {
      case DENOMINATOR_ZERO -> WITH_VALUE;
      case EMPTY -> BLANK;
      case NOT_A_NUMBER, UNIT_MISSING -> NOT_NUMERIC;
      case ROW_NOT_FOUND, TABLE_NOT_FOUND, TEMPLATE_UNKNOWN -> NOT_FOUND;
    };
  }
}
