package io.gongkai.prose;

import io.gongkai.report.ValueLimits;
import io.gongkai.template.LabelText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds stated figures in sentences from the segmenter's number and classifier tokens: a number token ({@code m})
 * followed by a classifier (条, 件, 次, 人次, 万元…), optionally with 余/多 between them or 约/近/超/逾 before. Years,
 * dates and document numbers have no such classifier and are not figures.
 */
public final class FigureExtractor {
  static final Set<String> UNITS =
      Set.of("条", "件", "次", "人次", "人", "期", "篇", "个", "项", "元", "万元", "亿元", "场", "家", "份", "批", "起");
  private static final Set<String> APPROX_BEFORE = Set.of("约", "近", "超", "逾", "超过", "近万", "大约");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:、（）()！？!?]");
  private static final int METRIC_TOKENS = 6;
  private static final Set<String> MINUS = Set.of("-", "−", "－");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private FigureExtractor() {}

  public static List<StatedFigure> extract(List<Sentence> sentences) {
    List<Sentence> withDigits = withDigits(sentences);
    List<String> simplified = withDigits.stream().map(FigureExtractor::segmentedText).toList();
    List<List<Token>> tokens = ProseSegmenter.segmentAll(simplified);
    List<StatedFigure> figures = new ArrayList<>();
    for (int i = 0; i < withDigits.size(); i++) {
      extract(withDigits.get(i), simplified.get(i), tokens.get(i), figures);
    }
    return figures;
  }

  /** The texts {@link #extract} segments; the benchmark times HanLP alone on the same texts. */
  public static List<String> segmentedTexts(List<Sentence> sentences) {
    return withDigits(sentences).stream().map(FigureExtractor::segmentedText).toList();
  }

  /** A figure needs a digit: the other sentences are not segmented. */
  private static List<Sentence> withDigits(List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (containsDigit(sentence.text())) {
        out.add(sentence);
      }
    }
    return out;
  }

  /**
   * In simplified characters: mirror sites republish reports in traditional ones (spec §0.1.3), and HanLP, the units
   * and the metrics are simplified. Clause and raw are cut from the text as written.
   */
  private static String segmentedText(Sentence sentence) {
    return LabelText.simplified(sentence.text());
  }

  private static void extract(Sentence sentence, String simplified, List<Token> tokens, List<StatedFigure> out) {
    // t2s conversion is character for character but for a few phrases; when the lengths differ, cut from the
    // simplified text rather than at offsets that no longer line up.
    String written = sentence.text().length() == simplified.length() ? sentence.text() : simplified;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (!NUMBER.matcher(word).matches()) {
        continue;
      }
      // pdftotext puts a space on each side of a run of digits (申请 53 件): the words around the number are the
      // next and previous non-blank tokens.
      int next = nonBlank(tokens, i + 1, 1);
      int before = nonBlank(tokens, i - 1, -1);
      boolean approx = before >= 0 && APPROX_BEFORE.contains(tokens.get(before).word());
      String unit = null;
      int last = next;
      if (next < tokens.size()) {
        String w = tokens.get(next).word();
        int after = nonBlank(tokens, next + 1, 1);
        if (UNITS.contains(w)) {
          unit = w;
        } else if ((w.startsWith("余") || w.startsWith("多")) && UNITS.contains(w.substring(1))) {
          // HanLP tags 余次 as one word (even as a name): 5345余次
          unit = w.substring(1);
          approx = true;
        } else if ((w.equals("余") || w.equals("多")) && after < tokens.size()
            && UNITS.contains(tokens.get(after).word())) {
          unit = tokens.get(after).word();
          approx = true;
          last = after;
        }
      }
      if (unit == null) {
        continue;
      }
      BigDecimal value = new BigDecimal(word.replace(",", ""));
      boolean negative = negative(tokens, i);
      if (negative) {
        value = value.negate();
      }
      if (!ValueLimits.fitsValue(value)) {
        continue; // digits run together (a phone or document number), not a figure the warehouse can hold exactly
      }
      // As written (2400 餘條 in a traditional pdftotext rendering is 2400餘條), without the spaces.
      int start = Math.min(offset(tokens, i), written.length());
      int end = Math.min(offset(tokens, last + 1), written.length());
      String raw = (negative ? "-" : "") + WHITESPACE.matcher(written.substring(start, end)).replaceAll("");
      out.add(
          new StatedFigure(
              sentence.section(), sentence.text(), clause(written, tokens, i),
              metric(tokens, negative ? i - 1 : i), value, unit,
              approx, raw));
    }
  }

  /** Where token {@code index} starts in the segmented text. */
  private static int offset(List<Token> tokens, int index) {
    int offset = 0;
    for (int i = 0; i < index; i++) {
      offset += tokens.get(i).word().length();
    }
    return offset;
  }

  /** The first token from {@code from} on, in steps of {@code step}, that is not blank; out of range when none. */
  private static int nonBlank(List<Token> tokens, int from, int step) {
    int i = from;
    while (i >= 0 && i < tokens.size() && tokens.get(i).word().isBlank()) {
      i += step;
    }
    return i;
  }

  /**
   * A minus sign right before the number, not between two figures (1-3件, 1件-3件 are ranges): a table's negative value
   * restated in the prose (行政诉讼-1件) is -1, and reading it as 1 made a false contradiction with the table.
   */
  private static boolean negative(List<Token> tokens, int number) {
    if (number == 0 || !MINUS.contains(tokens.get(number - 1).word())) {
      return false;
    }
    if (number < 2) {
      return true;
    }
    String before = tokens.get(number - 2).word();
    return !NUMBER.matcher(before).matches() && !UNITS.contains(before);
  }

  /** The words before the number, back to the clause start: what the figure counts. */
  private static String metric(List<Token> tokens, int number) {
    StringBuilder sb = new StringBuilder();
    for (int i = number - 1, n = 0; i >= 0 && n < METRIC_TOKENS; i--) {
      Token t = tokens.get(i);
      if (t.word().isBlank()) {
        continue; // PDF and OCR text put spaces inside sentences (共主动公开政府信息 9867条); they are not words
      }
      n++;
      boolean time = t.nature().equals("qt") || t.nature().equals("t") || t.word().matches("年度?|月|日");
      if (time || t.nature().startsWith("w") || CLAUSE_BREAK.matcher(t.word()).find()
          || NUMBER.matcher(t.word()).matches()) {
        break;
      }
      sb.insert(0, t.word());
    }
    return sb.toString().replaceFirst("^(?:共计|累计|全年|合计|总计|其中|共)+", "");
  }

  /** The clause around token {@code number}: from the previous punctuation mark to the next. */
  private static String clause(String text, List<Token> tokens, int number) {
    int offset = Math.min(offset(tokens, number), text.length());
    int start = offset;
    while (start > 0 && !CLAUSE_BREAK.matcher(String.valueOf(text.charAt(start - 1))).matches()) {
      start--;
    }
    int end = offset;
    while (end < text.length() && !CLAUSE_BREAK.matcher(String.valueOf(text.charAt(end))).matches()) {
      end++;
    }
    return text.substring(start, end);
  }

  private static boolean containsDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
