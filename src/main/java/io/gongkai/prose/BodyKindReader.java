package io.gongkai.prose;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.TsvTable;
import io.gongkai.template.LabelText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the kind of organ a publishing body is from its name, by the rules of {@code body-kinds.tsv}: tried top to
 * bottom, the first whose pattern is found in the name (simplified characters, no whitespace) decides. A name that no
 * rule matches is {@link BodyKind#OTHER} with {@link #UNMATCHED}: a body was identified, of no known kind.
 */
public final class BodyKindReader {
  /** Confidence of {@link BodyKind#OTHER} for a name no rule matches. */
  public static final double UNMATCHED = 0.4;

  private static final List<Rule> RULES = load(TsvTable.read(BodyKindReader.class, "body-kinds.tsv"), "body-kinds.tsv");

  private BodyKindReader() {}

  /**
   * The kind of a body.
   *
   * @param kind the kind
   * @param confidence the deciding rule's confidence, or {@link #UNMATCHED}
   * @param evidence the body name it was read from, as given
   */
  public record Reading(BodyKind kind, double confidence, String evidence) {
    public Reading {
      requireNonNull(kind, "kind is null");
      requireNonNull(evidence, "evidence is null");
    }
  }

  /** One line of {@code body-kinds.tsv}. */
  record Rule(BodyKind kind, double confidence, Pattern pattern) {}

  /** The kind of the named body; null for a null or blank name. */
  public static Reading read(String body) {
    return read(body, RULES);
  }

  static Reading read(String body, List<Rule> rules) {
    if (body == null || body.isBlank()) {
      return null;
    }
    String name = LabelText.simplified(body).replaceAll("[\\s\\u00a0\\u3000]+", "");
    for (Rule rule : rules) {
      if (rule.pattern().matcher(name).find()) {
        return new Reading(rule.kind(), rule.confidence(), body);
      }
    }
    return new Reading(BodyKind.OTHER, UNMATCHED, body);
  }

  /** The rules of a table in the format of {@code body-kinds.tsv}; a bad value names the table, record and value. */
  static List<Rule> load(List<CSVRecord> records, String table) {
    List<Rule> rules = new ArrayList<>();
    for (CSVRecord r : records) {
      String where = table + " record " + r.getRecordNumber();
      rules.add(
          new Rule(
              RuleColumns.enumValue(BodyKind.class, r.get("kind"), where, "kind"),
              RuleColumns.confidence(r.get("confidence"), where, "confidence"),
              RuleColumns.pattern(r.get("pattern"), where)));
    }
    return List.copyOf(rules);
  }
}
