package io.gongkai.metric;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One row of {@code indicators.tsv}: a ratio of two sums of metrics.
 *
 * @param numerator metric keys whose values are summed
 * @param denominator metric keys whose values are summed
 */
public record Indicator(
    String key, List<String> numerator, List<String> denominator, String nameZh, String meaningEn) {
  public Indicator {
    requireNonNull(key, "key is null");
    numerator = List.copyOf(requireNonNull(numerator, "numerator is null"));
    denominator = List.copyOf(requireNonNull(denominator, "denominator is null"));
    requireNonNull(nameZh, "nameZh is null");
    requireNonNull(meaningEn, "meaningEn is null");
  }
}
