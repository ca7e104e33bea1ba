package io.gongkai.prose;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.TsvTable;
import io.gongkai.template.LabelText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads whom a report speaks for ({@link Scope}) from its title and prose, by the signs of {@code scope-signs.tsv}:
 * tried top to bottom, the first whose pattern is found in a sentence of its sections decides. Consolidation signs
 * (统计数据涵盖所辖…, 本报告由…汇总编制, 全市共收到申请…件) come before the own-organ sign (我局, 代表区政府受理), so a
 * report that states a region-wide total is consolidated even where it also speaks of its own office. A report
 * without any sign is {@link Scope#BODY}, the usual case, with {@link #NO_SIGN}.
 *
 * <p>The scope is read from the text, never assumed from the body's name: a county government whose figures cover
 * its towns and departments (统计数据涵盖所辖三镇六乡和县政府各部门) is consolidated, a 人民政府 report of its own
 * office is not. A title that names a region and no organ (上海市2023年政府信息公开工作年度报告) is the typical title of
 * a consolidated report: a sign found with it counts with the sign's {@code region_title_confidence}; alone it is no
 * proof, and the report stays {@link Scope#BODY} with {@link #NO_SIGN_REGION_TITLE}.
 */
public final class ScopeReader {
  /** BODY without any sign: most reports are one organ's own. */
  public static final double NO_SIGN = 0.6;
  /** BODY without any sign, under a title that names a region and no organ: more likely consolidated than most. */
  public static final double NO_SIGN_REGION_TITLE = 0.5;
  /** Evidence longer than this is cut around the sign. */
  private static final int MAX_EVIDENCE = 160;
  private static final String CLAUSE_END = ",，。；;！？!?";

  private static final List<Sign> SIGNS = load(TsvTable.read(ScopeReader.class, "scope-signs.tsv"), "scope-signs.tsv");

  private ScopeReader() {}

  /**
   * A report's scope.
   *
   * @param sign the deciding sign's key in {@code scope-signs.tsv}, null when no sign was found
   * @param evidence the clause the sign was found in, after the title when the title names a region and no organ;
   *     without a sign, why the report was read as {@link Scope#BODY}
   */
  public record Reading(Scope scope, double confidence, String evidence, String sign) {
    public Reading {
      requireNonNull(scope, "scope is null");
      requireNonNull(evidence, "evidence is null");
    }
  }

  /**
   * One line of {@code scope-signs.tsv}.
   *
   * @param sections the section keys it is looked for in; empty for any
   */
  record Sign(
      String key, Scope scope, double confidence, double regionTitleConfidence, Set<String> sections,
      Pattern pattern) {}

  public static Reading read(List<Sentence> sentences) {
    return read(sentences, SIGNS);
  }

  static Reading read(List<Sentence> sentences, List<Sign> signs) {
    MetaReader.Title title = MetaReader.title(sentences);
    boolean regionTitle = title != null && title.namesRegionWithoutOrgan();
    String titled = regionTitle ? LabelText.simplified(title.sentence()).strip() + " / " : "";
    List<String> texts = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      texts.add(LabelText.simplified(sentence.text())); // mirrors republish reports in traditional characters
    }
    for (Sign sign : signs) {
      for (int i = 0; i < sentences.size(); i++) {
        if (!sign.sections().isEmpty() && !sign.sections().contains(sentences.get(i).section())) {
          continue;
        }
        Matcher m = sign.pattern().matcher(texts.get(i));
        if (m.find()) {
          return new Reading(
              sign.scope(), regionTitle ? sign.regionTitleConfidence() : sign.confidence(),
              titled + clause(texts.get(i), m.start(), m.end()), sign.key());
        }
      }
    }
    return regionTitle
        ? new Reading(
            Scope.BODY, NO_SIGN_REGION_TITLE,
            titled + "the title names a region and no organ, but no sign in the prose says the figures cover it",
            null)
        : new Reading(
            Scope.BODY, NO_SIGN, "no sign of consolidation (涵盖所辖, 汇总, 全市共受理…件) nor of the own organ", null);
  }

  /** The clause around a match: from the punctuation before it to the punctuation after it, cut if too long. */
  static String clause(String text, int start, int end) {
    int from = start;
    while (from > 0 && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && CLAUSE_END.indexOf(text.charAt(to)) < 0) {
      to++;
    }
    to = Math.min(to + 1, text.length()); // with its punctuation
    from = Math.max(from, start - MAX_EVIDENCE / 4);
    to = Math.min(to, Math.max(end, from + MAX_EVIDENCE));
    return text.substring(from, to).strip();
  }

  /** The signs of a table in the format of {@code scope-signs.tsv}; a bad value names the table, record and value. */
  static List<Sign> load(List<CSVRecord> records, String table) {
    List<Sign> signs = new ArrayList<>();
    for (CSVRecord r : records) {
      String where = table + " record " + r.getRecordNumber();
      String sections = r.get("sections").strip();
      Set<String> keys = new LinkedHashSet<>();
      if (!sections.equals("*")) {
        for (String key : sections.split("\\|")) {
          keys.add(key.strip());
        }
      }
      signs.add(
          new Sign(
              r.get("sign").strip(),
              RuleColumns.enumValue(Scope.class, r.get("scope"), where, "scope"),
              RuleColumns.confidence(r.get("confidence"), where, "confidence"),
              RuleColumns.confidence(r.get("region_title_confidence"), where, "region_title_confidence"),
              Set.copyOf(keys),
              RuleColumns.pattern(r.get("pattern"), where)));
    }
    return List.copyOf(signs);
  }
}
