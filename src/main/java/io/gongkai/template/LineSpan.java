package io.gongkai.template;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.TableId;

/** The first and last source line a table's rows were read from. */
public record LineSpan(TableId table, int first, int last) {
  public LineSpan {
    requireNonNull(table, "table is null");
    if (first > last) {
      throw new IllegalArgumentException(String.format("Cannot span %s from line %d to %d", table, first, last));
    }
  }
}
