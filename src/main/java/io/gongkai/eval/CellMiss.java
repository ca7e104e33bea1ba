package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One truth cell the warehouse got wrong, or one warehouse cell the truth has none for ({@link #EXTRA}).
 *
 * @param path the cell's readable key, e.g. {@code t3.new_received.natural_person}
 * @param problem what differs: {@code missing}, {@code duplicated} (the warehouse has several cells with this key), or
 *     the differing fields joined by {@code +} ({@code kind}, {@code value}, {@code unit}), or {@link #EXTRA}
 * @param expected the truth cell, null for an {@link #EXTRA} cell
 * @param found the warehouse cell (the first of several when duplicated), null when missing
 * @param emptyAsZero true when the truth cell is EMPTY and the warehouse read it as ZERO or as the value 0
 */
public record CellMiss(String path, String problem, TruthCell expected, WarehouseCell found, boolean emptyAsZero)
    implements Serializable {
  public CellMiss {
    requireNonNull(path, "path is null");
    requireNonNull(problem, "problem is null");
    if (expected == null && !problem.equals(EXTRA)) {
      throw new NullPointerException("expected is null");
    }
  }

  /**
   * The problem of a cell the warehouse holds where the truth has none: the report did not print it (absent is not
   * blank), so a cell there, even an EMPTY one, is wrong.
   */
  public static final String EXTRA = "extra";

  /** {@code NUMERIC 16}, {@code EMPTY}, {@code NUMERIC 77180.86 万元}: a cell's meaning in one short string. */
  static String describe(String kind, BigDecimal value, String unit) {
    StringBuilder sb = new StringBuilder(kind);
    if (value != null) {
      sb.append(' ').append(plain(value));
    }
    if (unit != null) {
      sb.append(' ').append(unit);
    }
    return sb.toString();
  }

  /** A decimal without trailing zeros or an exponent: 16.0000 → 16, 1E+1 → 10. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
