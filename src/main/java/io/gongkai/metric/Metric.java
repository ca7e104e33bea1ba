package io.gongkai.metric;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.TableId;
import io.gongkai.report.Template;
import java.util.List;

/**
 * One row of {@code metrics.tsv}: where a metric is printed in one template.
 *
 * @param cells the cells whose sum is the metric (one for a printed figure, several for a group subtotal), in printed
 *     order
 */
public record Metric(
    String key, Template template, TableId table, List<CellRef> cells, UnitKind unit, String meaningZh,
    String meaningEn) {
  public Metric {
    requireNonNull(key, "key is null");
    requireNonNull(template, "template is null");
    requireNonNull(table, "table is null");
    cells = List.copyOf(requireNonNull(cells, "cells is null"));
    requireNonNull(unit, "unit is null");
    requireNonNull(meaningZh, "meaningZh is null");
    requireNonNull(meaningEn, "meaningEn is null");
    if (cells.isEmpty()) {
      throw new IllegalArgumentException(String.format("Cannot build metric %s for %s: no cells", key, template));
    }
  }
}
