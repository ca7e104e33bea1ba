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
  // 1、 1． (1) （1） at the start of a label or after a closing group paren are one numbering form: "1."
  private static final Pattern ITEM_NUMBER = Pattern.compile("(^|\\))\\(?(\\d{1,2})(?:[、.]|\\))");
  private static final Pattern LEADING_NUMBERING =
      Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d{1,2}\\.)+");

  private LabelText() {}

  /** The matching form of a label; never null, {@code ""} for a blank. */
  public static String normalize(String label) {
    // Every row's text of every report passes here (section titles, the S2014 header search, row anchors): issue
    // 19's profile had the three regex passes and NFKC at 14 % of the parse. The same steps as character loops; the
    // regexes stay for what a loop cannot do simply (sub-item numbering), and only when a digit is there to match.
    String s = withoutWhitespace(nfkc(label));
    if (s.isEmpty()) {
      return s;
    }
    if (hasTraditionalCandidate(s)) {
      // Mirror sites republish reports in traditional characters (spec §0.1.3): 本年製發件數, 勾稽關係.
      s = HanLP.convertToSimplifiedChinese(s);
    }
    s = withoutQuotes(s);
    return hasAsciiDigit(s) ? ITEM_NUMBER.matcher(s).replaceAll("$1$2.") : s;
  }

  /**
   * NFKC. Labels are ASCII, CJK ideographs, full-width forms and a few punctuation marks that NFKC leaves alone; for
   * those it is a character map (a full-width form is its ASCII character, the ideographic space a space), done here
   * without the normaliser. Any other character sends the whole label through {@link Normalizer}.
   */
  static String nfkc(String label) {
    char[] out = null;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      char mapped;
      if (c < 0x80 || (c >= CJK_FIRST && c <= CJK_LAST) || NFKC_STABLE.indexOf(c) >= 0) {
        continue;
      } else if (c >= 0xff01 && c <= 0xff5e) {
        mapped = (char) (c - 0xfee0);
      } else if (c == '\u3000') {
        mapped = ' ';
      } else {
        return Normalizer.normalize(label, Normalizer.Form.NFKC);
      }
      if (out == null) {
        out = label.toCharArray();
      }
      out[i] = mapped;
    }
    return out == null ? label : new String(out);
  }

  /** Punctuation of labels that NFKC leaves as it is (LabelTextTest holds each to it). */
  static final String NFKC_STABLE = "、。〈〉《》「」『』【】〔〕‘’“”—―·〝〞";

  /** Without whitespace: Java's {@code \s}, no-break, ideographic and zero-width spaces, the BOM. */
  private static String withoutWhitespace(String s) {
    int i = 0;
    while (i < s.length() && !isLabelSpace(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isLabelSpace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isLabelSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff';
  }

  /** Without quotes ({@link #QUOTE_CHARS}), and with the full-width colon and comma as ASCII ones. */
  private static String withoutQuotes(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean quote = QUOTE_CHARS.indexOf(c) >= 0;
      char mapped = c == '：' ? ':' : c == '，' ? ',' : c;
      if (sb == null && (quote || mapped != c)) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null && !quote) {
        sb.append(mapped);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static final String QUOTE_CHARS = "\"'“”‘’「」『』〝〞";

  private static boolean hasAsciiDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
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
