package io.gongkai.metric;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.Template;
import java.math.BigDecimal;

/**
 * One metric of one report: a value, or no value and the reason why.
 *
 * @param template the template whose row of {@code metrics.tsv} was read; null with {@link
 *     NoValueReason#TEMPLATE_UNKNOWN}
 * @param value the count, or the amount in yuan, in canonical form (no trailing zeros, never in exponent form); null
 *     when {@code reason} is set
 * @param reason why there is no value; null when there is one
 */
public record MetricValue(String metric, Template template, UnitKind unit, BigDecimal value, NoValueReason reason) {
  public MetricValue {
    requireNonNull(metric, "metric is null");
    requireNonNull(unit, "unit is null");
    if ((value == null) == (reason == null)) {
      throw new IllegalArgumentException(
          String.format("Cannot build metric value %s: value %s with reason %s", metric, value, reason));
    }
    if ((template == null) != (reason == NoValueReason.TEMPLATE_UNKNOWN)) {
      throw new IllegalArgumentException(
          String.format("Cannot build metric value %s: template %s with reason %s", metric, template, reason));
    }
    value = value == null ? null : canonical(value);
  }

  public static MetricValue of(String metric, Template template, UnitKind unit, BigDecimal value) {
    return new MetricValue(metric, template, unit, requireNonNull(value, "value is null"), null);
  }

  public static MetricValue missing(String metric, Template template, UnitKind unit, NoValueReason reason) {
    return new MetricValue(metric, template, unit, null, requireNonNull(reason, "reason is null"));
  }

  public boolean hasValue() {
    return value != null;
  }

  private static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
