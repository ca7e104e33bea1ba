package io.gongkai.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One printed data cell, keyed by the spec's stable keys.
 *
 * @param block the block key ({@code art20_1}, {@code review}…), or null where the table has no blocks (t3, s2014)
 * @param row the row key, or null where the table has a single data row (t4)
 * @param col the column key ({@code value} for s2014)
 * @param raw the cell text as printed, trimmed; {@code ""} for a blank
 * @param value the number as printed (in its printed unit), null unless {@link CellKind#hasValue()}
 * @param unit {@code 元}, {@code 万元} or {@code 亿元} for money cells, else null
 * @param amountYuan the money amount converted to yuan, null unless a money cell has a value and a unit
 * @param confidence 1.0 when the cell's place is certain; lower when its row or column was inferred
 * @param line the source line (or row ordinal) the cell was read from, 0 when it was not printed at all
 */
public record Cell(
    TableId table,
    String block,
    String row,
    String col,
    String raw,
    CellKind kind,
    BigDecimal value,
    String unit,
    BigDecimal amountYuan,
    double confidence,
    int line) {
  public Cell {
    requireNonNull(table, "table is null");
    requireNonNull(col, "col is null");
    requireNonNull(raw, "raw is null");
    requireNonNull(kind, "kind is null");
    if (kind.hasValue() != (value != null)) {
      throw new IllegalArgumentException(
          String.format("Cannot build cell %s/%s/%s: kind %s with value %s", table.key(), row, col, kind, value));
    }
  }

  /** A readable key such as {@code t3.new_received.total} or {@code t4.review.review_total}. */
  public String path() {
    return path(table, block, row, col);
  }

  /** The readable key of the cell at (table, block, row, col); block is left out of table-3 keys, as it is printed. */
  public static String path(TableId table, String block, String row, String col) {
    StringBuilder sb = new StringBuilder(table.key());
    if (block != null && table != TableId.T3) {
      sb.append('.').append(block);
    }
    if (row != null) {
      sb.append('.').append(row);
    }
    return sb.append('.').append(col).toString();
  }
}
