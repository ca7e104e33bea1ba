package io.gongkai.check;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.CheckResult.Severity;
import io.gongkai.report.TableId;
import java.util.List;

/**
 * One relation of {@code relations.tsv}.
 *
 * <p>{@code scope} says how the relation is applied: {@code each_col} once per column with row keys as terms (table
 * 3's 勾稽关系), {@code each_row} once per row with column keys as terms, {@code each_block} once per table-4 block
 * with {@code *} standing for the block key, {@code all} over every valued cell (the non-negativity rules), or a
 * single row key with row keys as terms (S2014). A term ending in {@code *} sums every present key with that prefix.
 */
public record Relation(
    String check, TableId table, String scope, List<String> left, Operator op, List<String> right, Severity severity) {
  public Relation {
    requireNonNull(check, "check is null");
    requireNonNull(table, "table is null");
    requireNonNull(scope, "scope is null");
    left = List.copyOf(requireNonNull(left, "left is null"));
    requireNonNull(op, "op is null");
    right = List.copyOf(requireNonNull(right, "right is null"));
    requireNonNull(severity, "severity is null");
  }

  /** How the two sides compare. */
  public enum Operator {
    EQ("="),
    LE("<="),
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    static Operator of(String symbol) {
      for (Operator op : values()) {
        if (op.symbol.equals(symbol)) {
          return op;
        }
      }
      throw new IllegalArgumentException(String.format("Cannot read relation operator '%s'", symbol));
    }

    boolean holds(int comparison) {
      return switch (this) {
        case EQ -> comparison == 0;
        case LE -> comparison <= 0;
        case GE -> comparison >= 0;
      };
    }
  }
}
