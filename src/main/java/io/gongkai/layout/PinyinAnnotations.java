package io.gongkai.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the pinyin readings some mirror sites insert after characters ({@code 寧強(qiáng)縣民政局},
 * {@code 主動(dòng)公開}): inside a label they hide it from every anchor, and inside a body name from the gazetteer.
 *
 * <p>Only a parenthesis right after a CJK character that holds one pinyin syllable is removed: an optional initial, a
 * vowel run (with or without tone marks) and an optional {@code n}/{@code ng}/{@code r}. Digits, numbering such as
 * {@code （一）} or {@code (1)}, English words without a vowel run of that shape ({@code (www)}), and parentheses after
 * anything but a CJK character stay as they are. A one-letter syllable counts only with a tone mark, so an enumeration
 * such as {@code 项(a)} stays.
 */
public final class PinyinAnnotations {
  private static final String VOWELS = "aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
  private static final Pattern ANNOTATION =
      Pattern.compile(
          "(?<=[\\u4e00-\\u9fff])[(（]((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[" + VOWELS + "]{1,4}(?:ng|n|r)?|[ńňǹḿ]g?)[)）]");

  private PinyinAnnotations() {}

  /** The text without its pinyin readings, and how many were removed. */
  public record Stripped(String text, int removed) {}

  public static Stripped strip(String text) {
    if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
      return new Stripped(text, 0);
    }
    Matcher m = ANNOTATION.matcher(text);
    StringBuilder sb = null;
    int last = 0;
    int removed = 0;
    while (m.find()) {
      String syllable = m.group(1);
      if (syllable.length() == 1 && TONED.indexOf(syllable.charAt(0)) < 0) {
        continue; // 项(a): an enumeration, not a reading
      }
      if (sb == null) {
        sb = new StringBuilder(text.length());
      }
      sb.append(text, last, m.start());
      last = m.end();
      removed++;
    }
    if (sb == null) {
      return new Stripped(text, 0);
    }
    sb.append(text, last, text.length());
    return new Stripped(sb.toString(), removed);
  }
}
