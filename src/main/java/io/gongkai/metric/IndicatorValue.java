package io.gongkai.metric;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One indicator of one report: its numerator and denominator (the sums of its operand metrics) when every operand has
 * a value, and their ratio when the denominator is not 0.
 *
 * <p>The operands are kept, not only the ratio: a rollup's indicator is the sum of the numerators over the sum of the
 * denominators of the reports that have both, never a mean of the reports' ratios (a body with 2 requests would weigh
 * as much as one with 20,000).
 *
 * @param reason null when the ratio is there; {@link NoValueReason#DENOMINATOR_ZERO} when both operands are known but
 *     the denominator is 0 (the operands still count in a rollup); otherwise the reason of the first operand without
 *     a value, in {@link MetricReader}'s precedence
 */
public record IndicatorValue(
    String indicator, BigDecimal numerator, BigDecimal denominator, BigDecimal ratio, NoValueReason reason) {
  public IndicatorValue {
    requireNonNull(indicator, "indicator is null");
    if ((numerator == null) != (denominator == null)) {
      throw new IllegalArgumentException(
          String.format("Cannot build indicator value %s: numerator %s with denominator %s", indicator, numerator,
              denominator));
    }
    boolean zero = denominator != null && denominator.signum() == 0;
    boolean expectRatio = denominator != null && !zero;
    if ((ratio != null) != expectRatio
        || (reason == null) != expectRatio
        || (zero && reason != NoValueReason.DENOMINATOR_ZERO)) {
      throw new IllegalArgumentException(
          String.format("Cannot build indicator value %s: %s / %s = %s with reason %s", indicator, numerator,
              denominator, ratio, reason));
    }
  }

  /** True when the numerator and the denominator are known (the ratio may still be null: a 0 denominator). */
  public boolean hasOperands() {
    return numerator != null;
  }
}
