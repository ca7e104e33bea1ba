package io.gongkai.synth;

import io.gongkai.report.CellKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled cells of one generated report, in truth-file order (t2, t3, t4 or s2014). Built in two steps: the
 * value model sets each cell's {@link Cell#number}; the presentation step then decides how it is printed ({@link
 * Cell#raw}, {@link Cell#kind}, {@link Cell#value}, {@link Cell#unit}), which is what the truth file records.
 */
final class Sheet {
  /** One cell; mutable while the report is being made. */
  static final class Cell {
    final String table;
    final String block;
    final String row;
    final String col;
    /** The figure the body had; null when the model has none (S2014 header rows). */
    BigDecimal number;
    String raw = "";
    CellKind kind = CellKind.EMPTY;
    BigDecimal value;
    String unit;
    /**
     * False for a cell the rendering cut off (noise cut_table3): the body had it, the text does not print it, so the
     * truth has no entry for it and a relation over it is UNCERTAIN.
     */
    boolean printed = true;

    Cell(String table, String block, String row, String col) {
      this.table = table;
      this.block = block;
      this.row = row;
      this.col = col;
    }

    String path() {
      StringBuilder sb = new StringBuilder(table);
      if (block != null && !table.equals("t3")) {
        sb.append('.').append(block);
      }
      if (row != null) {
        sb.append('.').append(row);
      }
      return sb.append('.').append(col).toString();
    }

    /** Whether the cell was printed with a value (NUMERIC or ZERO). */
    boolean hasValue() {
      return printed && kind.hasValue();
    }

    long n() {
      return number == null ? 0 : number.longValueExact();
    }
  }

  private final Map<String, Cell> cells = new LinkedHashMap<>();

  Cell add(String table, String block, String row, String col) {
    Cell cell = new Cell(table, block, row, col);
    cells.put(cell.path(), cell);
    return cell;
  }

  void remove(String path) {
    cells.remove(path);
  }

  /** The cell at a path such as {@code t3.new_received.total}; null when the report has none. */
  Cell get(String path) {
    return cells.get(path);
  }

  Cell t3(String row, String col) {
    return cells.get("t3." + row + "." + col);
  }

  Cell t4(String col) {
    return cells.get("t4." + col.substring(0, col.lastIndexOf('_')) + "." + col);
  }

  Cell s14(String row) {
    return cells.get("s2014." + row + ".value");
  }

  Collection<Cell> all() {
    return cells.values();
  }

  List<Cell> table(String table) {
    List<Cell> list = new ArrayList<>();
    for (Cell c : cells.values()) {
      if (c.table.equals(table)) {
        list.add(c);
      }
    }
    return list;
  }

  /** Whether the rendering prints any cell of the table. */
  boolean has(String table) {
    for (Cell c : cells.values()) {
      if (c.table.equals(table) && c.printed) {
        return true;
      }
    }
    return false;
  }

  static BigDecimal num(long n) {
    return BigDecimal.valueOf(n);
  }
}
