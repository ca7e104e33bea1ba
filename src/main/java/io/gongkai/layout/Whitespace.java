package io.gongkai.layout;

/** Whitespace as Chinese web pages and PDFs print it: ASCII, no-break space, ideographic space, BOM, zero width. */
public final class Whitespace {
  private Whitespace() {}

  public static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff';
  }

  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }
}
