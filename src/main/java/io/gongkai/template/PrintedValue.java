package io.gongkai.template;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.CellKind;
import io.gongkai.report.ValueLimits;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meaning of one printed cell text (spec §0.2, §0.3): its kind, its number and any unit written inline.
 *
 * @param value the number, null unless the kind carries one
 * @param unit the unit written inline ({@code 元}, {@code 万元}, {@code 件}…), null when none was written
 */
public record PrintedValue(CellKind kind, BigDecimal value, String unit) {
  public PrintedValue {
    requireNonNull(kind, "kind is null");
  }

  private static final PrintedValue EMPTY = new PrintedValue(CellKind.EMPTY, null, null);
  private static final PrintedValue NA = new PrintedValue(CellKind.NA, null, null);
  private static final PrintedValue TEXT = new PrintedValue(CellKind.TEXT, null, null);

  private static final List<String> NA_FORMS =
      List.of("/", "\\", "-", "--", "---", "—", "——", "–", "―", "N/A", "n/a", "NA", "无", "不适用", "不涉及");
  // Words that stand where a number belongs in real tables; they are values (TEXT), not row labels.
  private static final List<String> TEXT_FORMS = List.of("略", "详见附表", "见附表", "见附件", "详见附件", "不详", "暂无数据");
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<sign>[+\\-−]|减少|增加|减|增)?"
              + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
              + "(?<unit>亿元|万元|元|人次|件|条|次|个|人|项|篇|家|期|场)?");

  /** Reads a printed cell; never throws. */
  public static PrintedValue parse(String raw) {
    String s = compact(raw);
    if (s.isEmpty()) {
      return EMPTY;
    }
    if (NA_FORMS.contains(s)) {
      return NA;
    }
    if (s.equals("零")) {
      return new PrintedValue(CellKind.ZERO, BigDecimal.ZERO, null);
    }
    Matcher m = NUMBER.matcher(s);
    if (!m.matches()) {
      return TEXT;
    }
    BigDecimal number = new BigDecimal(m.group("num").replace(",", ""));
    if (!ValueLimits.fitsValue(number)) {
      return TEXT;
    }
    String sign = m.group("sign");
    if (sign != null && (sign.equals("-") || sign.equals("−") || sign.startsWith("减"))) {
      number = number.negate();
    }
    CellKind kind = number.signum() == 0 ? CellKind.ZERO : CellKind.NUMERIC;
    return new PrintedValue(kind, kind == CellKind.ZERO ? BigDecimal.ZERO : number, m.group("unit"));
  }

  /**
   * Whether a printed text reads as a cell value rather than a label: blank, a placeholder, a number (with unit), or
   * one of the words that stand in for a number.
   */
  public static boolean isValueText(String raw) {
    String s = compact(raw);
    return s.isEmpty()
        || NA_FORMS.contains(s)
        || TEXT_FORMS.contains(s)
        || s.equals("零")
        || NUMBER.matcher(s).matches();
  }

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");
  private static final Pattern SPACED_DIGITS = Pattern.compile("\\d[\\s\\u00a0\\u3000]+\\d");

  /**
   * Traditional-character reports write 萬元, 億元, 無, 條, 項, 個 (spec §0.1.3), and 減少13 in T2019's 本年增/減 column,
   * 詳見附表 and 暫無數據 where a number belongs.
   */
  private static String simplifyUnits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (TRADITIONAL_UNITS.indexOf(s.charAt(i)) >= 0) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
          char c = s.charAt(j);
          int k = TRADITIONAL_UNITS.indexOf(c);
          sb.append(k >= 0 ? SIMPLIFIED_UNITS.charAt(k) : c);
        }
        return sb.toString();
      }
    }
    return s;
  }

  private static final String TRADITIONAL_UNITS = "萬億無條項個場適減詳見暫數據";
  private static final String SIMPLIFIED_UNITS = "万亿无条项个场适减详见暂数据";

  /**
   * NFKC without whitespace, except that digits separated by whitespace ({@code 21 0}) stay apart: two numbers glued
   * into one cell must not read as {@code 210}.
   */
  private static String compact(String raw) {
    String s = raw.replace("&nbsp;", "");
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    s = simplifyUnits(s);
    if (SPACED_DIGITS.matcher(s).find()) {
      return s.strip();
    }
    return WHITESPACE.matcher(s).replaceAll("");
  }
}
