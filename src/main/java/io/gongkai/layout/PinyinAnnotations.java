package io.gongkai.layout;

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
 *
 * <p>It runs on every text and HTML report: the text is scanned for an opening parenthesis after a CJK character, and
 * only the few characters up to its closing one are matched against the syllable pattern.
 */
public final class PinyinAnnotations {
  private static final String VOWELS = "aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
  private static final Pattern SYLLABLE =
      Pattern.compile("(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[" + VOWELS + "]{1,4}(?:ng|n|r)?|[ńňǹḿ]g?");
  /** The longest syllable with its initial: zhuang. */
  private static final int LONGEST = 6;

  private PinyinAnnotations() {}

  /** The text without its pinyin readings, and how many were removed. */
  public record Stripped(String text, int removed) {}

  public static Stripped strip(String text) {
    StringBuilder sb = null;
    int last = 0;
    int removed = 0;
    for (int i = 1; i < text.length(); i++) {
      char open = text.charAt(i);
      if ((open != '(' && open != '（') || !isCjk(text.charAt(i - 1))) {
        continue;
      }
      int close = closing(text, i + 1);
      if (close < 0 || !isReading(text.substring(i + 1, close))) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length());
      }
      sb.append(text, last, i);
      last = close + 1;
      removed++;
      i = close;
    }
    if (sb == null) {
      return new Stripped(text, 0);
    }
    sb.append(text, last, text.length());
    return new Stripped(sb.toString(), removed);
  }

  /** The index of the closing parenthesis within {@link #LONGEST} characters of {@code from}, or -1. */
  private static int closing(String text, int from) {
    for (int k = from; k < text.length() && k <= from + LONGEST; k++) {
      char c = text.charAt(k);
      if (c == ')' || c == '）') {
        return k;
      }
    }
    return -1;
  }

  private static boolean isReading(String inside) {
    if (inside.isEmpty() || !SYLLABLE.matcher(inside).matches()) {
      return false;
    }
    return inside.length() > 1 || TONED.indexOf(inside.charAt(0)) >= 0; // 项(a): an enumeration, not a reading
  }

  private static boolean isCjk(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }
}
