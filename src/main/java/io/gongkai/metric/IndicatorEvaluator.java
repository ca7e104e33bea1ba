package io.gongkai.metric;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    if (numerator == null || denominator == null) {
      return null;
    }
    return ratio(numerator, denominator);
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

  /**
   * The report's indicators, in catalogue order, with their operands: only those whose every operand metric is one of
   * the report's metrics (an S2014 report has none of the T2019/T2021 indicators).
   */
  public static List<IndicatorValue> read(List<Indicator> indicators, List<MetricValue> values) {
    requireNonNull(indicators, "indicators is null");
    Map<String, MetricValue> byKey = new HashMap<>();
    for (MetricValue value : requireNonNull(values, "values is null")) {
      byKey.put(value.metric(), value);
    }
    List<IndicatorValue> read = new ArrayList<>();
    for (Indicator indicator : indicators) {
      List<MetricValue> numerator = operands(indicator.numerator(), byKey);
      List<MetricValue> denominator = operands(indicator.denominator(), byKey);
      if (numerator == null || denominator == null) {
        continue;
      }
      Set<NoValueReason> reasons = EnumSet.noneOf(NoValueReason.class);
      numerator.stream().filter(v -> !v.hasValue()).forEach(v -> reasons.add(v.reason()));
      denominator.stream().filter(v -> !v.hasValue()).forEach(v -> reasons.add(v.reason()));
      if (!reasons.isEmpty()) {
        read.add(new IndicatorValue(indicator.key(), null, null, null, MetricReader.first(reasons)));
        continue;
      }
      BigDecimal num = numerator.stream().map(MetricValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal den = denominator.stream().map(MetricValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal ratio = ratio(num, den);
      read.add(new IndicatorValue(indicator.key(), num, den, ratio, ratio == null ? NoValueReason.DENOMINATOR_ZERO : null));
    }
    return read;
  }

  /** The operands' values, or null when one of them is not a metric of the report. */
  private static List<MetricValue> operands(List<String> keys, Map<String, MetricValue> byKey) {
    List<MetricValue> operands = new ArrayList<>(keys.size());
    for (String key : keys) {
      MetricValue value = byKey.get(key);
      if (value == null) {
        return null;
      }
      operands.add(value);
    }
    return operands;
  }

  /** numerator / denominator to 16 significant digits, in canonical form; null when the denominator is 0. */
  public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() == 0) {
      return null;
    }
    BigDecimal ratio = numerator.divide(denominator, PRECISION).stripTrailingZeros();
    return ratio.scale() < 0 ? ratio.setScale(0) : ratio;
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
