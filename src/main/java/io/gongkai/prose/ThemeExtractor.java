package io.gongkai.prose;

import io.gongkai.report.TsvTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Themes of section 五: HanLP's TextRank keywords of the section ({@link TextRank}: HanLP's ranking, over arrays)
 * mapped onto the small theme vocabulary of {@code themes.tsv}; a theme's weight is its share of the vocabulary's
 * trigger occurrences in the section.
 */
public final class ThemeExtractor {
  private static final List<Vocabulary> THEMES = load("themes.tsv");
  private static final int KEYWORDS = 15;

  private record Vocabulary(String theme, List<String> triggers) {}

  private ThemeExtractor() {}

  public static List<Theme> extract(List<Sentence> sentences) {
    StringBuilder section = new StringBuilder();
    for (Sentence sentence : sentences) {
      if (sentence.section().equals("s5_problems")) {
        section.append(sentence.text()).append('\n');
      }
    }
    if (section.length() == 0) {
      return List.of();
    }
    String text = section.toString();
    int[] counts = new int[THEMES.size()];
    int total = 0;
    for (int t = 0; t < THEMES.size(); t++) {
      for (String trigger : THEMES.get(t).triggers()) {
        counts[t] += occurrences(text, trigger);
      }
      total += counts[t];
    }
    if (total == 0) {
      // No theme is named: the keywords would only decorate themes, so HanLP's segmentation and TextRank (about a
      // sixth of the parse in issue 19's profile) are skipped, with the same (empty) result.
      return List.of();
    }
    List<String> keywords = TextRank.keywords(text, KEYWORDS);
    List<Theme> themes = new ArrayList<>();
    for (int t = 0; t < THEMES.size(); t++) {
      if (counts[t] == 0) {
        continue;
      }
      Set<String> matched = new LinkedHashSet<>();
      for (String keyword : keywords) {
        for (String trigger : THEMES.get(t).triggers()) {
          if (keyword.contains(trigger) || trigger.contains(keyword) && keyword.length() >= 2) {
            matched.add(keyword);
          }
        }
      }
      for (String trigger : THEMES.get(t).triggers()) {
        if (text.contains(trigger)) {
          matched.add(trigger);
        }
      }
      themes.add(new Theme(THEMES.get(t).theme(), List.copyOf(matched), Math.round(1000.0 * counts[t] / total) / 1000.0));
    }
    themes.sort((a, b) -> Double.compare(b.weight(), a.weight()));
    return themes;
  }

  private static int occurrences(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      n++;
    }
    return n;
  }

  private static List<Vocabulary> load(String name) {
    List<Vocabulary> themes = new ArrayList<>();
    for (CSVRecord r : TsvTable.read(ThemeExtractor.class, name)) {
      themes.add(new Vocabulary(r.get("theme"), List.of(r.get("triggers").split("\\|"))));
    }
    return List.copyOf(themes);
  }
}
