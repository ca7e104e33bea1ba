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

  /** Whether a normalised line is this section's title. */
  boolean isTitle(String normalizedLine) {
    return normalizedLine.length() <= MAX_TITLE_LENGTH && title.matcher(normalizedLine).find();
  }

  /** The section a line is the title of, or null when it is no section title. */
  public static Section titled(String line) {
    String normalized = LabelText.normalize(line);
    for (Section section : values()) {
      if (section.isTitle(normalized)) {
        return section;
      }
    }
    return null;
  }
}
