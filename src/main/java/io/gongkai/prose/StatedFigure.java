package io.gongkai.prose;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A figure the prose states: 9867条, 1896件, 136.22万元, 5345余次.
 *
 * @param clause the clause holding the figure (between punctuation marks): what prose-versus-table rules read
 * @param metric the words before the number in its clause, e.g. 主动公开政府信息
 * @param raw the figure as written, e.g. {@code 5345余次}
 * @param approx written with 余, 多, 约, 近, 超 or 逾: never compared for equality (spec §0.3)
 */
public record StatedFigure(
    String section, String sentence, String clause, String metric, BigDecimal value, String unit, boolean approx,
    String raw) {
  public StatedFigure {
    requireNonNull(section, "section is null");
    requireNonNull(sentence, "sentence is null");
    requireNonNull(clause, "clause is null");
    requireNonNull(metric, "metric is null");
    requireNonNull(value, "value is null");
    requireNonNull(unit, "unit is null");
    requireNonNull(raw, "raw is null");
  }
}
