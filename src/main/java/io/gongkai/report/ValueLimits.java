package io.gongkai.report;

import java.math.BigDecimal;

/**
 * The numbers Gongkai stores exactly. A printed number with more digits than the warehouse's value columns hold
 * (OCR that glues two cells' digits, a phone number in a count cell) is not a value: the parser reads it as TEXT and
 * keeps its raw text, instead of rounding it or failing the run when Spark cannot encode it.
 */
public final class ValueLimits {
  /** Digits before the decimal point of a printed value: 9,999,999,999,999,999 is the largest. */
  public static final int INTEGER_DIGITS = 16;

  /** Digits after the decimal point of a printed value (万元 amounts such as 136.22 need two). */
  public static final int FRACTION_DIGITS = 4;

  private ValueLimits() {}

  /**
   * True when {@code value} is a printed value Gongkai can store exactly. Runs for every number the parser reads, so
   * trailing zeros are stripped only when the scale alone would refuse it (0.12340000).
   */
  public static boolean fitsValue(BigDecimal value) {
    BigDecimal v = value.scale() > FRACTION_DIGITS ? value.stripTrailingZeros() : value;
    return v.scale() <= FRACTION_DIGITS && v.precision() - v.scale() <= INTEGER_DIGITS;
  }
}
