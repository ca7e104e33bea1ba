package io.gongkai.template;

import java.util.regex.Pattern;

/**
 * The six parts of a T2019/T2021 report (spec §1), recognised by their numeral and a keyword so that table rows such
 * as 三、本年度办理结果 and 四、结转下年度继续办理 are not taken for section titles.
 */
public enum Section {
  S1_OVERVIEW("s1_overview", "一", "总体情况|概述|基本情况"),
  S2_ACTIVE_DISCLOSURE("s2_active_disclosure", "二", "主动公开"),
  S3_REQUESTS("s3_requests", "三", "收到和处理|依申请公开"),
  S4_REVIEW_LITIGATION("s4_review_litigation", "四", "行政复议|行政诉讼"),
  S5_PROBLEMS("s5_problems", "五", "问题|改进"),
  S6_OTHER("s6_other", "六", "其他|需要报告");

  /** A title is short; a prose line that starts with 二、 is not one. */
  private static final int MAX_TITLE_LENGTH = 40;

  private final String key;
  private final Pattern title;

  Section(String key, String numeral, String keywords) {
    this.key = key;
    this.title = Pattern.compile("^" + numeral + "[、.,](?:.*)(?:" + keywords + ")");
  }

  public String key() {
    return key;
  }

  /**
   * False when the line cannot be a title whatever normalisation makes of it: its first character that is not an ASCII
   * space or quote is ASCII, or a CJK ideograph other than 一 to 六, which normalisation leaves as they are. Every line of every
   * report is tested, and most are prose or table rows; any other first character (a full-width form, a Kangxi
   * radical ⼀ that a PDF font maps for 一, a no-break space) is normalised and tested.
   */
  static boolean mayBeTitle(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r') || c == '"' || c == '\'') {
        continue; // whitespace and quotes, which normalisation drops
      }
      if (c < 0x80) {
        return false;
      }
      if (c >= 0x4e00 && c <= 0x9fff) {
        return NUMERALS.indexOf(c) >= 0;
      }
      return true;
    }
    return false;
  }

  private static final String NUMERALS = "一二三四五六";

  /** Whether a normalised line is this section's title. */
  boolean isTitle(String normalizedLine) {
    return normalizedLine.length() <= MAX_TITLE_LENGTH && title.matcher(normalizedLine).find();
  }

  /** The section a line is the title of, or null when it is no section title. */
  public static Section titled(String line) {
    if (!mayBeTitle(line)) {
      return null;
    }
    String normalized = LabelText.normalize(line);
    for (Section section : values()) {
      if (section.isTitle(normalized)) {
        return section;
      }
    }
    return null;
  }
}
