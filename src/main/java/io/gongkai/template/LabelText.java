package io.gongkai.template;

import com.hankcs.hanlp.HanLP;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Label normalisation of spec §0.1, applied identically to printed labels and to template anchors so that they meet
 * on one form: NFKC, no whitespace, simplified characters, no quotes, one sub-item numbering style.
 */
public final class LabelText {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
  private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』〝〞]");
  // 1、 1． (1) （1） at the start of a label or after a closing group paren are one numbering form: "1."
  private static final Pattern ITEM_NUMBER = Pattern.compile("(^|\\))\\(?(\\d{1,2})(?:[、.]|\\))");
  private static final Pattern LEADING_NUMBERING =
      Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d{1,2}\\.)+");

  private LabelText() {}

  /** The matching form of a label; never null, {@code ""} for a blank. */
  public static String normalize(String label) {
    String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
    s = WHITESPACE.matcher(s).replaceAll("");
    if (s.isEmpty()) {
      return s;
    }
    if (hasTraditionalCandidate(s)) {
      // Mirror sites republish reports in traditional characters (spec §0.1.3): 本年製發件數, 勾稽關係.
      s = HanLP.convertToSimplifiedChinese(s);
    }
    s = QUOTES.matcher(s).replaceAll("");
    s = s.replace('：', ':').replace('，', ',');
    return ITEM_NUMBER.matcher(s).replaceAll("$1$2.");
  }

  /** The text in simplified characters (only converted when it may hold traditional ones). */
  public static String simplified(String text) {
    return hasTraditionalCandidate(text) ? HanLP.convertToSimplifiedChinese(text) : text;
  }

  /** The label without its leading numbering ({@code (七)总计} → {@code 总计}, {@code 3.其他} → {@code 其他}). */
  public static String stripNumbering(String normalized) {
    return LEADING_NUMBERING.matcher(normalized).replaceFirst("");
  }

  /**
   * A cheap pre-test so that the dictionary conversion runs only on labels that may hold traditional characters: any
   * CJK character outside GB2312 is a candidate (every simplified template character is inside it).
   */
  private static boolean hasTraditionalCandidate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= CJK_FIRST && c <= CJK_LAST && !SIMPLIFIED.get(c - CJK_FIRST)) {
        return true;
      }
    }
    return false;
  }

  private static final char CJK_FIRST = 0x4e00;
  private static final char CJK_LAST = 0x9fff;
  private static final BitSet SIMPLIFIED = gb2312Characters();

  private static BitSet gb2312Characters() {
    CharsetEncoder encoder = Charset.forName("GB2312").newEncoder();
    BitSet set = new BitSet(CJK_LAST - CJK_FIRST + 1);
    for (char c = CJK_FIRST; c <= CJK_LAST; c++) {
      if (encoder.canEncode(c)) {
        set.set(c - CJK_FIRST);
      }
    }
    return set;
  }
}
