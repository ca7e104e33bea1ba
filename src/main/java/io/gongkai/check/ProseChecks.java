package io.gongkai.check;

import io.gongkai.prose.StatedFigure;
import io.gongkai.report.Cell;
import io.gongkai.report.CellKey;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import io.gongkai.report.TsvTable;
import io.gongkai.template.LabelText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * Prose versus tables (spec §3.4, §5): a stated figure whose clause matches a rule of {@code prose-relations.tsv} is
 * compared with the table cells the rule names. These are soft checks (severity WARNING): prose and tables may count
 * differently. Approximate figures (5500余条) and figures no rule maps are not checks; a rule whose cells the report
 * does not have is not applied, unless the template has them and the report did not print them (a table or row
 * cut off or left out): then the check is UNCERTAIN and says which cells were NOT_PRINTED. The first rule that matches and applies wins, so specific rules come first.
 */
public final class ProseChecks {
  private static final List<Rule> RULES = load("prose-relations.tsv");

  private ProseChecks() {}

  private record Rule(
      String check, List<String> units, Pattern clause, Pattern sentence, List<String> cells, List<String> alternative) {}

  public static List<CheckResult> evaluate(List<StatedFigure> figures, List<Cell> cells) {
    return evaluate(figures, cells, List.of());
  }

  /** @param unprinted the cells the report's templates have that it did not print */
  public static List<CheckResult> evaluate(List<StatedFigure> figures, List<Cell> cells, List<CellKey> unprinted) {
    Map<String, Cell> byPath = new HashMap<>();
    for (CellKey key : unprinted) {
      byPath.put(key.path(), null); // known to the template, not printed
    }
    for (Cell cell : cells) {
      byPath.put(cell.path(), cell);
    }
    List<CheckResult> results = new ArrayList<>();
    for (StatedFigure figure : figures) {
      if (figure.approx()) {
        continue;
      }
      // The rules are written in simplified characters; a mirror's traditional prose (收到申請) must meet them. The
      // clause is cut from the converted sentence: converted alone, 答覆 stays as it is (覆 is also a simplified
      // character), while the sentence around it tells the converter it is 答复.
      String sentence = LabelText.simplified(figure.sentence());
      int at = figure.sentence().indexOf(figure.clause());
      String clause = at >= 0 && sentence.length() == figure.sentence().length()
          ? sentence.substring(at, at + figure.clause().length())
          : LabelText.simplified(figure.clause());
      for (Rule rule : RULES) {
        if (!rule.units().contains(figure.unit())
            || !rule.clause().matcher(clause).find()
            || (rule.sentence() != null && !rule.sentence().matcher(sentence).find())
            || !byPath.keySet().containsAll(rule.cells())) {
          continue;
        }
        results.add(compare(rule, figure, byPath));
        break;
      }
    }
    return results;
  }

  private static CheckResult compare(Rule rule, StatedFigure figure, Map<String, Cell> byPath) {
    BigDecimal table = sum(rule.cells(), byPath);
    BigDecimal alternative = rule.alternative().isEmpty() || !byPath.keySet().containsAll(rule.alternative())
        ? null : sum(rule.alternative(), byPath);
    CheckStatus status;
    if (table == null) {
      status = CheckStatus.UNCERTAIN;
    } else if (figure.value().compareTo(table) == 0
        || (alternative != null && figure.value().compareTo(alternative) == 0)) {
      status = CheckStatus.PASS;
    } else {
      status = CheckStatus.FAIL;
    }
    List<String> notPrinted = rule.cells().stream().filter(path -> byPath.get(path) == null).toList();
    String tableText = table != null
        ? table.toPlainString()
        : notPrinted.isEmpty()
            ? "?"
            : notPrinted.stream().map(path -> "(" + path + " NOT_PRINTED)").collect(Collectors.joining(" "));
    String expression =
        String.format("prose '%s' %s = %s %s", figure.clause(), figure.value().toPlainString(),
            String.join(" + ", rule.cells()), tableText);
    if (alternative != null && status != CheckStatus.UNCERTAIN) {
      expression += " (or with carried-over " + alternative.toPlainString() + ")";
    }
    List<String> evidence = rule.cells().stream().filter(path -> byPath.get(path) != null).toList();
    return new CheckResult(
        rule.check(), String.join("+", rule.cells()), status, CheckResult.Severity.WARNING, figure.value(), table,
        expression, evidence);
  }

  private static BigDecimal sum(List<String> paths, Map<String, Cell> byPath) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String path : paths) {
      Cell cell = byPath.get(path);
      if (cell == null || !cell.kind().hasValue()) {
        return null;
      }
      sum = sum.add(cell.value());
    }
    return sum.stripTrailingZeros();
  }

  private static List<Rule> load(String name) {
    List<Rule> rules = new ArrayList<>();
    for (CSVRecord r : TsvTable.read(ProseChecks.class, name)) {
      rules.add(
          new Rule(
              r.get("check"),
              List.of(r.get("units").split("\\|")),
              Pattern.compile(r.get("clause")),
              r.get("sentence").isEmpty() ? null : Pattern.compile(r.get("sentence")),
              paths(r.get("cells")),
              paths(r.get("alternative"))));
    }
    return List.copyOf(rules);
  }

  private static List<String> paths(String side) {
    return side.isBlank() ? List.of() : Arrays.stream(side.split("\\+")).map(String::strip).toList();
  }
}
