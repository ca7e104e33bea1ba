package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;

/** The columns of one warehouse {@code cells} row that the evaluation compares (see docs/datasets.md). */
public record WarehouseCell(
    String table, String block, String row, String col, String raw, String semantic, BigDecimal value, String unit)
    implements Serializable {
  public WarehouseCell {
    requireNonNull(table, "table is null");
    requireNonNull(col, "col is null");
    requireNonNull(semantic, "semantic is null");
  }
}
