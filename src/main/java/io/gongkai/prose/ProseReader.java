package io.gongkai.prose;

import io.gongkai.layout.SourceRow;
import io.gongkai.layout.Whitespace;
import io.gongkai.template.ReportTables;
import io.gongkai.template.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the rows that lie outside the tables into sentences, each tagged with its section. Lines are joined before
 * splitting because PDF and wrapped text break sentences over lines; a sentence ends at 。！？； or at a section title.
 */
public final class ProseReader {
  public static final String PREAMBLE = "preamble";
  private static final Pattern PAGE_CHROME =
      Pattern.compile("当前位置|首页\\s*[>＞]|发布时间|阅读次数|选择阅读字号|点击下载|文件下载|关联文件|打印本页|关闭窗口");

  private ProseReader() {}

  public static List<Sentence> read(List<SourceRow> rows, ReportTables tables) {
    int shortLine = shortLineLength(rows, tables);
    List<Sentence> sentences = new ArrayList<>();
    String section = PREAMBLE;
    StringBuilder pending = new StringBuilder();
    int pendingLine = 0;
    for (SourceRow row : rows) {
      if (tables.inTable(row.line())) {
        continue;
      }
      String text = Whitespace.trim(row.text());
      if (text.isEmpty()) {
        continue;
      }
      Section titled = Section.titled(text);
      if (PAGE_CHROME.matcher(text).find()) {
        // Breadcrumbs, publication metadata and download links (spec §1): a sentence of their own, never joined.
        flush(sentences, section, pending, pendingLine);
        pending.setLength(0);
        sentences.add(new Sentence(section, text, row.line()));
        continue;
      }
      if (titled != null) {
        flush(sentences, section, pending, pendingLine);
        pending.setLength(0);
        section = titled.key();
        sentences.add(new Sentence(section, text, row.line()));
        continue;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (pending.length() == 0) {
          pendingLine = row.line();
        }
        pending.append(c);
        if (c == '。' || c == '！' || c == '？' || c == '；' || c == ';') {
          flush(sentences, section, pending, pendingLine);
          pending.setLength(0);
        }
      }
      // A short line without closing punctuation is a heading, signature or date (or a paragraph's last line):
      // its own sentence; so is a title line (…工作年度报告). Full-width lines are wrapped text whose sentence goes on.
      if (pending.length() > 0 && (text.length() < shortLine || text.endsWith("报告") || text.endsWith("報告"))) {
        flush(sentences, section, pending, pendingLine);
        pending.setLength(0);
      }
    }
    flush(sentences, section, pending, pendingLine);
    return sentences;
  }

  /**
   * Lines shorter than this end a sentence: 60% of the length of the longer prose lines (the 80th percentile), so
   * that wrapped PDF lines (~35 characters) join and one-paragraph-per-line text keeps its headings apart.
   */
  private static int shortLineLength(List<SourceRow> rows, ReportTables tables) {
    List<Integer> lengths = new ArrayList<>();
    for (SourceRow row : rows) {
      String text = Whitespace.trim(row.text());
      // Only lines with sentence punctuation are prose lines; table headers and signatures would skew the measure.
      if (!tables.inTable(row.line()) && text.matches(".*[，,。；].*")) {
        lengths.add(text.length());
      }
    }
    if (lengths.isEmpty()) {
      return 0;
    }
    lengths.sort(null);
    return (int) (lengths.get((int) (lengths.size() * 0.8)) * 0.6);
  }

  private static void flush(List<Sentence> out, String section, StringBuilder text, int line) {
    String sentence = Whitespace.trim(text.toString());
    if (!sentence.isEmpty()) {
      out.add(new Sentence(section, sentence, line));
    }
  }
}
