package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One labelled cell of a truth file, keyed like a warehouse {@code cells} row.
 *
 * @param table t2, t3, t4 or s2014
 * @param block the block key, or null where the table has none (t3, s2014)
 * @param row the row key, or null where the table has a single data row (t4)
 * @param col the column key ({@code value} for s2014)
 * @param raw the cell text as printed ({@code ""} for a blank)
 * @param semantic NUMERIC, ZERO, EMPTY, NA or TEXT
 * @param value the number in its printed unit, null unless NUMERIC or ZERO
 * @param unit 元, 万元 or 亿元 for money cells, else null
 */
public record TruthCell(
    String table, String block, String row, String col, String raw, String semantic, BigDecimal value, String unit)
    implements Serializable {
  public TruthCell {
    requireNonNull(table, "table is null");
    requireNonNull(col, "col is null");
    requireNonNull(raw, "raw is null");
    requireNonNull(semantic, "semantic is null");
  }

  /** The key {@code Cell.path()} prints: {@code t3.new_received.total}, {@code t4.review.review_total}. */
  public String path() {
    return path(table, block, row, col);
  }

  static String path(String table, String block, String row, String col) {
    StringBuilder sb = new StringBuilder(table);
    if (block != null && !table.equals("t3")) {
      sb.append('.').append(block);
    }
    if (row != null) {
      sb.append('.').append(row);
    }
    return sb.append('.').append(col).toString();
  }
}
