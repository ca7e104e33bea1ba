package io.gongkai.metric;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes an {@link Indicator} from metric values: the sum of the numerator's metrics over the sum of the
 * denominator's, as a ratio to 16 significant digits. The result is null, never 0 or NaN, when any operand has no
 * value or the denominator is 0.
 */
public final class IndicatorEvaluator {
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  private IndicatorEvaluator() {}

  /**
   * @param values the value of a metric key, or null when it has none (absent, or summed over no report); works on one
   *     report's values and on rollup sums alike
   */
  public static BigDecimal evaluate(Indicator indicator, Function<String, BigDecimal> values) {
    requireNonNull(indicator, "indicator is null");
    requireNonNull(values, "values is null");
    BigDecimal numerator = sum(indicator.numerator(), values);
    BigDecimal denominator = sum(indicator.denominator(), values);
    if (numerator == null || denominator == null || denominator.signum() == 0) {
      return null;
    }
    BigDecimal ratio = numerator.divide(denominator, PRECISION).stripTrailingZeros();
    return ratio.scale() < 0 ? ratio.setScale(0) : ratio;
  }

  /** The indicator over one report's metric values ({@link MetricReader#read}). */
  public static BigDecimal evaluate(Indicator indicator, List<MetricValue> values) {
    Map<String, BigDecimal> byKey = new HashMap<>();
    for (MetricValue value : values) {
      if (value.hasValue()) {
        byKey.put(value.metric(), value.value());
      }
    }
    return evaluate(indicator, byKey::get);
  }

  private static BigDecimal sum(List<String> keys, Function<String, BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String key : keys) {
      BigDecimal value = values.apply(key);
      if (value == null) {
        return null;
      }
      sum = sum.add(value);
    }
    return sum;
  }
}
