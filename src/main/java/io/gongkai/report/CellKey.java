package io.gongkai.report;

import static java.util.Objects.requireNonNull;

/**
 * Where a cell of a template sits (table, block, row, col), without a value: the key of a cell the template has but
 * the report did not print (a row or table cut off or left out). Such a cell is no EMPTY cell; it is absent from the
 * cells, and checks that need it say {@code NOT_PRINTED}.
 */
public record CellKey(TableId table, String block, String row, String col) {
  public CellKey {
    requireNonNull(table, "table is null");
    requireNonNull(col, "col is null");
  }

  /** The same readable key as {@link Cell#path()}. */
  public String path() {
    return Cell.path(table, block, row, col);
  }
}
