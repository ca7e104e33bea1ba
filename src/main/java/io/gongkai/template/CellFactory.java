package io.gongkai.template;

import io.gongkai.layout.SourceCell;
import io.gongkai.report.Cell;
import io.gongkai.report.CellKind;
import io.gongkai.report.TableId;
import java.math.BigDecimal;

/** Builds keyed {@link Cell}s from printed cells, applying the column's value and unit rules (spec §0.2, §0.3). */
final class CellFactory {
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

  private CellFactory() {}

  /**
   * @param printed the printed cell, or null when the row or cell was not printed (or could not be read): an EMPTY
   *     cell with line 0
   */
  static Cell cell(
      TableId table, String block, String row, ColumnSpec column, SourceCell printed, int line, double confidence) {
    String raw = printed == null ? "" : printed.raw();
    PrintedValue value = PrintedValue.parse(raw);
    String unit = null;
    BigDecimal amountYuan = null;
    if (column.type().isMoney()) {
      unit = moneyUnit(value.unit());
      if (unit == null && column.type() == ColumnType.MONEY_WAN_YUAN) {
        unit = "万元"; // the header fixes the unit: 本年收费金额（单位：万元）, S2014 单位 column
      }
      if (unit != null && value.kind().hasValue()) {
        amountYuan = toYuan(value.value(), unit);
      }
    }
    BigDecimal number = value.kind().hasValue() ? value.value() : null;
    return new Cell(
        table, block, row, column.key(), raw, value.kind(), number, unit, amountYuan, confidence,
        printed == null ? 0 : line);
  }

  static boolean unitMissing(Cell cell, ColumnSpec column) {
    return column.type() == ColumnType.MONEY_INLINE_UNIT && cell.kind() == CellKind.NUMERIC && cell.unit() == null;
  }

  private static String moneyUnit(String unit) {
    if (unit == null) {
      return null;
    }
    return switch (unit) {
      case "元", "万元", "亿元" -> unit;
      default -> null;
    };
  }

  static BigDecimal toYuan(BigDecimal value, String unit) {
    return switch (unit) {
      case "万元" -> value.multiply(WAN).stripTrailingZeros();
      case "亿元" -> value.multiply(YI).stripTrailingZeros();
      default -> value.stripTrailingZeros();
    };
  }
}
