package io.gongkai.prose;

import io.gongkai.template.LabelText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publishing body, statistics period and publication date from the title, preamble and signature. */
public final class MetaReader {
  private static final Pattern TITLE =
      Pattern.compile("(\\d{4})\\s*年\\s*度?.{0,8}?(?:政府信息公开|政务公开|信息公开).{0,12}?(?:报告|工作)");
  private static final Pattern ORG_SUFFIX =
      Pattern.compile("(?:人民政府|政府|办公室|办公厅|局|委员会|管委会|中心|厅|院|署|所|街道办事处|街道|镇|乡|委|公司)$");
  /** A region's name ends so: 省, 市, 县, 区, 州, 盟, 旗, 地区 (自治区/自治州/自治县 included). */
  private static final Pattern REGION_END = Pattern.compile("(?:省|市|县|区|州|盟|旗|地区)$");
  private static final String DATE = "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?";
  /** A date range; the end's year may be left to the start's: 自2020年1月1日起至12月31日止. */
  private static final Pattern PERIOD =
      Pattern.compile(
          DATE + "\\s*(?:起)?\\s*(?:至|到|—|－|-|~|～)\\s*(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");
  /** A sentence about the statistics period (统计期限, 统计时间段, 数据统计…), whatever its section. */
  private static final Pattern STATISTICS = Pattern.compile("统计(?:期限|期间|时间|时段|周期|区间)|数据统计");
  /** The statistics period stated as a year: 统计期限为2020年度, 统计时间为2020年全年; not followed by a month. */
  private static final Pattern PERIOD_YEAR =
      Pattern.compile(
          "统计(?:期限|期间|时间段?|时段|周期)\\s*(?:为|是|[:：])?\\s*(\\d{4})\\s*年\\s*(?:度|全年)?(?!\\s*\\d)");
  private static final Pattern PUBLISHED = Pattern.compile("发布(?:时间|日期)\\s*[:：]?\\s*(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
  private static final Pattern SIGNATURE_DATE = Pattern.compile("^\\s*" + DATE + "\\s*$");
  private static final int HEAD = 8;
  private static final int MAX_TITLE = 80;
  private static final int TAIL = 6;

  /** Period: a date range in the preamble or in a sentence about the statistics period. */
  public static final double PERIOD_STATED = 0.9;
  /** Period: the first date range elsewhere; it may be the span of some other work (专项行动自…至…). */
  public static final double PERIOD_RANGE_ELSEWHERE = 0.6;
  /** Period: a statistics period stated as a year, read as 1 January to 31 December of that year. */
  public static final double PERIOD_YEAR_ONLY = 0.5;
  /** Publication date: the page's 发布时间/发布日期, the publisher's own metadata. */
  public static final double PUBLISHED_PAGE = 0.9;
  /** Publication date: the signature's date, when the report was signed; it is usually published days later. */
  public static final double PUBLISHED_SIGNATURE = 0.7;

  private MetaReader() {}

  public static ReportMeta read(List<Sentence> sentences) {
    String body = null;
    double confidence = 0;
    String evidence = null;
    Title title = title(sentences);
    String titlePrefix = title == null ? null : title.prefix();
    String titleSentence = title == null ? null : title.sentence();
    if (title != null) {
      if (ORG_SUFFIX.matcher(titlePrefix).find()) {
        body = titlePrefix;
        confidence = 0.9;
        evidence = titleSentence;
      } else if (title.above() != null) {
        body = clean(title.above());
        confidence = 0.9;
        evidence = title.above() + " " + titleSentence;
      }
    }
    if (body == null) {
      for (int i = sentences.size() - 1; i >= Math.max(0, sentences.size() - TAIL); i--) {
        String text = sentences.get(i).text();
        if (isOrganisation(text)) {
          body = clean(text);
          confidence = 0.8;
          evidence = text;
          break;
        }
      }
    }
    if (body == null && titlePrefix != null && titlePrefix.codePoints().filter(Character::isIdeographic).count() >= 2) {
      body = titlePrefix;
      confidence = 0.5;
      evidence = titleSentence;
    }
    LocalDate start = null;
    LocalDate end = null;
    double periodConfidence = 0;
    LocalDate published = null;
    double publishedConfidence = 0;
    // The most telling statement of the period wins; between equals, the first.
    for (Sentence sentence : sentences) {
      String text = sentence.text();
      if (periodConfidence < PERIOD_STATED) {
        Matcher m = PERIOD.matcher(text);
        if (m.find()) {
          LocalDate from = date(m.group(1), m.group(2), m.group(3));
          LocalDate to = date(m.group(4) != null ? m.group(4) : m.group(1), m.group(5), m.group(6));
          if (from != null && to != null && m.group(4) == null && to.isBefore(from)) {
            to = to.plusYears(1); // 自2020年7月1日至6月30日: the end is in the next year
          }
          boolean stated = sentence.section().equals(ProseReader.PREAMBLE) || STATISTICS.matcher(text).find();
          double level = stated ? PERIOD_STATED : PERIOD_RANGE_ELSEWHERE;
          if (from != null && to != null && level > periodConfidence) {
            start = from;
            end = to;
            periodConfidence = level;
          }
        } else if (periodConfidence < PERIOD_YEAR_ONLY) {
          Matcher y = PERIOD_YEAR.matcher(text);
          if (y.find()) {
            int year = Integer.parseInt(y.group(1));
            start = LocalDate.of(year, 1, 1);
            end = LocalDate.of(year, 12, 31);
            periodConfidence = PERIOD_YEAR_ONLY;
          }
        }
      }
      if (published == null) {
        Matcher m = PUBLISHED.matcher(text);
        if (m.find()) {
          published = date(m.group(1), m.group(2), m.group(3));
          publishedConfidence = published == null ? 0 : PUBLISHED_PAGE;
        }
      }
    }
    if (published == null) {
      for (int i = sentences.size() - 1; i >= Math.max(0, sentences.size() - TAIL); i--) {
        Matcher m = SIGNATURE_DATE.matcher(sentences.get(i).text());
        if (m.matches()) {
          published = date(m.group(1), m.group(2), m.group(3));
          publishedConfidence = published == null ? 0 : PUBLISHED_SIGNATURE;
          break;
        }
      }
    }
    return new ReportMeta(body, confidence, evidence, start, end, periodConfidence, published, publishedConfidence);
  }

  /**
   * The report's title: the first short line among the first sentences that reads …年度政府信息公开工作报告 after a
   * name, never a paragraph that mentions the year's work.
   *
   * @param sentence the title sentence as printed
   * @param prefix what precedes the year, cleaned ({@code 海东市循化县}); empty when the title starts with the year
   * @param above the line above when the title starts with the year and that line names an organisation (PDF titles
   *     print the body on its own line: 淮安市人民政府 / 2024 年政府信息公开工作年度报告), else null
   */
  record Title(String sentence, String prefix, String above) {
    /** The title names a region and no organ: 上海市2023年政府信息公开工作年度报告, 海东市循化县2020年度…报告. */
    boolean namesRegionWithoutOrgan() {
      return above == null && !ORG_SUFFIX.matcher(prefix).find() && REGION_END.matcher(prefix).find();
    }
  }

  /** The title ({@link Title}), or null when the first sentences hold none. */
  static Title title(List<Sentence> sentences) {
    for (int i = 0; i < Math.min(HEAD, sentences.size()); i++) {
      String text = sentences.get(i).text();
      Matcher m = TITLE.matcher(text);
      // A title is a short line whose prefix is a name, not a paragraph that mentions the year's work.
      if (text.length() <= MAX_TITLE && m.find() && !text.substring(0, m.start()).matches(".*[,，。；、].*")) {
        String prefix = clean(text.substring(0, m.start()));
        String previous = i > 0 ? sentences.get(i - 1).text() : null;
        String above = prefix.isEmpty() && previous != null && isOrganisation(previous) ? previous : null;
        return new Title(text, prefix, above);
      }
    }
    return null;
  }

  private static boolean isOrganisation(String text) {
    String s = clean(text);
    return s.length() >= 4 && s.length() <= 40 && ORG_SUFFIX.matcher(s).find() && s.chars().noneMatch(Character::isDigit);
  }

  /** Bodies are compared and stored in simplified characters: mirrors republish reports in traditional ones. */
  private static String clean(String s) {
    return LabelText.simplified(s).replaceAll("[\\s\\u00a0\\u3000]+", "").replaceAll("^(关于|《)", "").replaceAll("[》:：,，]+$", "");
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
