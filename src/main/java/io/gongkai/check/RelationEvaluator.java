package io.gongkai.check;

import io.gongkai.report.Cell;
import io.gongkai.report.CellKey;
import io.gongkai.report.CellKind;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckResult.Severity;
import io.gongkai.report.CheckStatus;
import io.gongkai.report.TableId;
import io.gongkai.report.TsvTable;
import io.gongkai.template.RowSpec;
import io.gongkai.template.TemplateCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * Evaluates the relations of {@code relations.tsv} on one report's cells. A relation whose table is absent is not
 * evaluated; a relation with an EMPTY, NA or TEXT input is UNCERTAIN, never FAIL (spec §0.2); a relation over
 * missing cells is UNCERTAIN too. A cell the template has that the report did not print (its row or the table's end
 * cut off) is not a blank: the relation names it {@code (key NOT_PRINTED)} and is UNCERTAIN. A table not printed at
 * all is not evaluated (its TABLE_NOT_FOUND flag says so).
 */
public final class RelationEvaluator {
  private static final RelationEvaluator STANDARD =
      new RelationEvaluator(
          load("relations.tsv"),
          Map.of(
              TableId.S2014,
              TemplateCatalog.get().s2014Rows().stream().map(RowSpec::key).collect(Collectors.toUnmodifiableSet())));
  /** Signed by definition (spec §0.3): excluded from the non-negativity rules. */
  private static final Set<String> SIGNED_COLUMNS = Set.of("items_change");
  /** Money columns may hold decimals. */
  private static final Set<String> MONEY_COLUMNS = Set.of("amount_wan_yuan", "total_amount");

  private final List<Relation> relations;

  /**
   * Per table, the row keys its template prints. A wildcard term (ans_*) covers all of them: a row the reader did not
   * find leaves the sum incomplete (UNCERTAIN), instead of a partial sum that would FAIL. OCR text loses rows.
   */
  private final Map<TableId, Set<String>> templateRows;

  public RelationEvaluator(List<Relation> relations) {
    this(relations, Map.of());
  }

  public RelationEvaluator(List<Relation> relations, Map<TableId, Set<String>> templateRows) {
    this.relations = List.copyOf(relations);
    this.templateRows = Map.copyOf(templateRows);
  }

  public static RelationEvaluator standard() {
    return STANDARD;
  }

  public List<CheckResult> evaluate(List<Cell> cells) {
    return evaluate(cells, List.of());
  }

  /** @param unprinted the cells the template has that the report did not print */
  public List<CheckResult> evaluate(List<Cell> cells, List<CellKey> unprinted) {
    List<CheckResult> results = new ArrayList<>();
    // Each table's cells once, not once per relation (issue 19's profile).
    Map<TableId, List<Cell>> byTable = new java.util.EnumMap<>(TableId.class);
    for (Cell cell : cells) {
      byTable.computeIfAbsent(cell.table(), t -> new ArrayList<>()).add(cell);
    }
    for (Relation relation : relations) {
      List<Cell> printed = byTable.get(relation.table());
      if (printed == null) {
        continue;
      }
      List<Cell> table = new ArrayList<>(printed);
      if (!relation.scope().equals("all")) {
        for (CellKey key : unprinted) {
          if (key.table() == relation.table()) {
            table.add(notPrinted(key));
          }
        }
      }
      evaluate(relation, table, results);
    }
    return results;
  }

  /**
   * Stands in for a cell the report did not print, in the relation's own grouping of cells: an EMPTY-kind slot told
   * apart by identity (line -1, which no read cell has), never handed out of the evaluator.
   */
  private static Cell notPrinted(CellKey key) {
    return new Cell(key.table(), key.block(), key.row(), key.col(), "", CellKind.EMPTY, null, null, null, 0, NOT_PRINTED_LINE);
  }

  private static final int NOT_PRINTED_LINE = -1;

  private static boolean isNotPrinted(Cell cell) {
    return cell.line() == NOT_PRINTED_LINE;
  }

  private void evaluate(Relation relation, List<Cell> table, List<CheckResult> out) {
    switch (relation.scope()) {
      case "all" -> out.add(nonNegative(relation, table));
      case "each_col" -> {
        for (Map.Entry<String, Map<String, Cell>> col : groups(table, Cell::col, Cell::row).entrySet()) {
          addIfApplicable(relation, col.getKey(), col.getValue(), null, out);
        }
      }
      case "each_row" -> {
        for (Map.Entry<String, Map<String, Cell>> row : groups(table, RelationEvaluator::rowKey, Cell::col).entrySet()) {
          String key = row.getKey();
          addIfApplicable(relation, key.substring(key.indexOf('/') + 1), row.getValue(), null, out);
        }
      }
      case "each_block" -> {
        for (Map.Entry<String, Map<String, Cell>> block : groups(table, Cell::block, Cell::col).entrySet()) {
          addIfApplicable(relation, block.getKey(), block.getValue(), block.getKey(), out);
        }
      }
      default -> {
        Map<String, Cell> byRow = index(table, c -> true, Cell::row);
        if (byRow.containsKey(relation.scope())) {
          out.add(compare(relation, relation.scope(), byRow, null, templateRows.get(relation.table())));
        }
      }
    }
  }

  /** A row- or column-wise relation applies where its named (non-wildcard) terms exist, e.g. T2019 rows with 上一年项目数量. */
  private void addIfApplicable(
      Relation relation, String scope, Map<String, Cell> keyed, String block, List<CheckResult> out) {
    for (String term : concat(relation.left(), relation.right())) {
      if (!term.contains("*") && !isLiteral(term) && !keyed.containsKey(term)) {
        return;
      }
    }
    out.add(compare(relation, scope, keyed, block, null));
  }

  /** @param expected the keys the template prints for {@code keyed}'s table, or null when not known */
  private CheckResult compare(
      Relation relation, String scope, Map<String, Cell> keyed, String block, Set<String> expected) {
    Side left = side(relation.left(), keyed, block, expected);
    Side right = side(relation.right(), keyed, block, expected);
    CheckStatus status;
    if (left.sum == null || right.sum == null) {
      status = CheckStatus.UNCERTAIN;
    } else {
      status = relation.op().holds(left.sum.compareTo(right.sum)) ? CheckStatus.PASS : CheckStatus.FAIL;
    }
    List<String> evidence = new ArrayList<>(left.paths);
    evidence.addAll(right.paths);
    String expression = left.text + " " + relation.op().symbol() + " " + right.text;
    return new CheckResult(
        relation.check(), scope, status, relation.severity(), left.sum, right.sum, expression, evidence);
  }

  private record Side(BigDecimal sum, String text, List<String> paths) {}

  private static Side side(List<String> terms, Map<String, Cell> keyed, String block, Set<String> expected) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    List<String> texts = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (String term : terms) {
      if (isLiteral(term)) {
        sum = sum.add(new BigDecimal(term));
        texts.add(term);
        continue;
      }
      String key = block == null ? term : term.replace("*", block);
      List<Cell> matched = new ArrayList<>();
      if (key.endsWith("*")) {
        String prefix = key.substring(0, key.length() - 1);
        keyed.forEach((k, cell) -> {
          if (k.startsWith(prefix)) {
            matched.add(cell);
          }
        });
        if (matched.isEmpty()) {
          // No cell at all is not a sum of 0: the rows were not printed or not found.
          complete = false;
          texts.add("(" + key + " NOT_PRINTED)");
        } else if (expected != null) {
          for (String k : new java.util.TreeSet<>(expected)) {
            if (k.startsWith(prefix) && !keyed.containsKey(k)) {
              complete = false;
              texts.add("(" + k + " NOT_PRINTED)");
            }
          }
        }
      } else if (keyed.containsKey(key)) {
        matched.add(keyed.get(key));
      } else {
        complete = false;
        texts.add("(" + key + " NOT_PRINTED)");
      }
      for (Cell cell : matched) {
        if (isNotPrinted(cell)) {
          complete = false;
          texts.add("(" + (block == null ? termKey(cell, keyed) : cell.col()) + " NOT_PRINTED)");
          continue;
        }
        paths.add(cell.path());
        texts.add(display(cell));
        if (cell.kind().hasValue()) {
          sum = sum.add(cell.value());
        } else {
          complete = false;
        }
      }
    }
    return new Side(complete ? sum.stripTrailingZeros() : null, String.join(" + ", texts), paths);
  }

  private CheckResult nonNegative(Relation relation, List<Cell> table) {
    List<String> violations = new ArrayList<>();
    BigDecimal min = null;
    int valued = 0;
    for (Cell cell : table) {
      if (!cell.kind().hasValue() || SIGNED_COLUMNS.contains(cell.col())) {
        continue;
      }
      valued++;
      BigDecimal v = cell.value();
      min = min == null || v.compareTo(min) < 0 ? v : min;
      boolean money = cell.unit() != null || MONEY_COLUMNS.contains(cell.col());
      if (v.signum() < 0 || (!money && v.stripTrailingZeros().scale() > 0)) {
        violations.add(cell.path());
      }
    }
    CheckStatus status =
        valued == 0 ? CheckStatus.UNCERTAIN : violations.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL;
    String expression =
        valued == 0
            ? "no valued cell"
            : violations.isEmpty()
                ? valued + " cells are non-negative integers"
                : violations.size() + " of " + valued + " cells negative or fractional";
    return new CheckResult(
        relation.check(), "all", status, relation.severity(), min == null ? null : min.stripTrailingZeros(),
        BigDecimal.ZERO, expression, violations);
  }

  /** The key under which {@code keyed} holds the cell (its row in a column, its column in a row). */
  private static String termKey(Cell cell, Map<String, Cell> keyed) {
    for (Map.Entry<String, Cell> entry : keyed.entrySet()) {
      if (entry.getValue() == cell) {
        return entry.getKey();
      }
    }
    return cell.path();
  }

  private static String display(Cell cell) {
    return switch (cell.kind()) {
      case NUMERIC, ZERO -> cell.value().toPlainString();
      case EMPTY -> "空";
      case NA -> cell.raw();
      case TEXT -> "'" + cell.raw() + "'";
    };
  }

  private static boolean isLiteral(String term) {
    return !term.isEmpty() && (Character.isDigit(term.charAt(0)) || term.charAt(0) == '-');
  }

  private static String rowKey(Cell cell) {
    return (cell.block() == null ? "" : cell.block()) + "/" + cell.row();
  }

  /**
   * The cells grouped in one pass (by column, row or block, in order of first appearance), each group keyed within
   * (the first cell of a key wins); a cell whose group is null is in none, one whose key is null opens its group only.
   */
  private static Map<String, Map<String, Cell>> groups(
      List<Cell> cells, java.util.function.Function<Cell, String> group, java.util.function.Function<Cell, String> key) {
    Map<String, Map<String, Cell>> groups = new LinkedHashMap<>();
    for (Cell cell : cells) {
      String g = group.apply(cell);
      if (g == null) {
        continue;
      }
      Map<String, Cell> members = groups.computeIfAbsent(g, x -> new LinkedHashMap<>());
      String k = key.apply(cell);
      if (k != null) {
        members.putIfAbsent(k, cell);
      }
    }
    return groups;
  }

  private static Map<String, Cell> index(
      List<Cell> cells,
      java.util.function.Predicate<Cell> filter,
      java.util.function.Function<Cell, String> key) {
    Map<String, Cell> map = new LinkedHashMap<>();
    for (Cell cell : cells) {
      if (filter.test(cell) && key.apply(cell) != null) {
        map.putIfAbsent(key.apply(cell), cell);
      }
    }
    return map;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Relation> load(String name) {
    List<Relation> relations = new ArrayList<>();
    for (CSVRecord r : TsvTable.read(RelationEvaluator.class, name)) {
      relations.add(
          new Relation(
              r.get("check"),
              TableId.valueOf(r.get("table").toUpperCase(Locale.ROOT)),
              r.get("scope"),
              terms(r.get("left")),
              Relation.Operator.of(r.get("op")),
              terms(r.get("right")),
              Severity.valueOf(r.get("severity"))));
    }
    return relations;
  }

  private static List<String> terms(String side) {
    return Arrays.stream(side.split("\\+")).map(String::strip).toList();
  }
}
