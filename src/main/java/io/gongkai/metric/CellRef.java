package io.gongkai.metric;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.TableId;

/**
 * The key of one template cell, as {@link io.gongkai.report.Cell} carries it.
 *
 * @param block the block key, null where the table has none (t3, s2014)
 * @param row the row key, null where the table has a single data row (t4)
 */
public record CellRef(TableId table, String block, String row, String col) {
  public CellRef {
    requireNonNull(table, "table is null");
    requireNonNull(col, "col is null");
  }

  /** The same readable key as {@link io.gongkai.report.Cell#path()}. */
  public String path() {
    return io.gongkai.report.Cell.path(table, block, row, col);
  }
}
