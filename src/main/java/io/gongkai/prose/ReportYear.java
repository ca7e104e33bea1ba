package io.gongkai.prose;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report is about, from the title or the statistics period, not the publication date (a 2020 report is
 * published in 2021).
 */
public final class ReportYear {
  private static final int MIN = 2007; // 条例 took effect on 2008-05-01; the first reports covered 2008
  private static final int MAX = 2035;
  private static final Pattern TITLE =
      Pattern.compile("(\\d{4})\\s*年\\s*度?\\s*(?:的)?\\s*(?:政府)?\\s*(?:信息公开|政务公开)");
  private static final Pattern STATISTICS_TABLE = Pattern.compile("统计表\\s*[（(]\\s*(\\d{4})\\s*年\\s*度?\\s*[）)]");
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日");
  private static final Pattern ANY_YEAR = Pattern.compile("(\\d{4})\\s*年");

  private ReportYear() {}

  public static OptionalInt detect(String text) {
    for (Pattern pattern : new Pattern[] {TITLE, STATISTICS_TABLE, PERIOD}) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        int year = Integer.parseInt(m.group(1));
        if (year >= MIN && year <= MAX) {
          return OptionalInt.of(year);
        }
      }
    }
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = ANY_YEAR.matcher(text);
    int best = -1;
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (year >= MIN && year <= MAX) {
        int n = counts.merge(year, 1, Integer::sum);
        if (best < 0 || n > counts.get(best) || (n == counts.get(best) && year < best)) {
          best = year;
        }
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }
}
