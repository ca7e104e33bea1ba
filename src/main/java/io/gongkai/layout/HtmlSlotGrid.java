package io.gongkai.layout;

import java.util.Arrays;

/**
 * Slot occupancy of one HTML table row group, as in the HTML table-processing model (WHATWG HTML §4.9.12.1, "forming
 * a table"): a cell takes the first column at or after the cursor that no rowspan from an earlier row still covers,
 * and its rowspan ends with its row group. Only rowspans are remembered; a cell spanning one row needs no slots.
 */
final class HtmlSlotGrid {
  /** Clamp for {@code colspan}; the HTML spec allows 1000, no report table is wider than 15 columns. */
  static final int MAX_COLSPAN = 100;

  /** Clamp for {@code rowspan}, from the HTML spec. */
  static final int MAX_ROWSPAN = 65_534;

  /** A parsed value at least this large is already past every clamp, so digits beyond it are not accumulated. */
  private static final int PARSE_CAP = 1_000_000;

  private static final int FREE = -1;

  /** Per column, the last row (0-based within the group) a rowspan placed in an earlier row covers, or FREE. */
  private int[] coveredThrough = new int[0];

  private int row;
  private int cursor;

  /** Places the next cell of the current row and returns its first column. */
  int place(int colspan, int rowspan) {
    while (cursor < coveredThrough.length && coveredThrough[cursor] >= row) {
      cursor++;
    }
    int x0 = cursor;
    if (rowspan != 1) {
      // rowspan 0 means "to the end of the row group" in HTML.
      int last = rowspan == 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, (long) row + rowspan - 1);
      ensureWidth(x0 + colspan);
      for (int column = x0; column < x0 + colspan; column++) {
        coveredThrough[column] = Math.max(coveredThrough[column], last);
      }
    }
    cursor = x0 + colspan;
    return x0;
  }

  void endRow() {
    row++;
    cursor = 0;
  }

  /** Ends the row group: rowspans never cross {@code thead}/{@code tbody}/{@code tfoot} boundaries. */
  void endGroup() {
    coveredThrough = new int[0];
    row = 0;
    cursor = 0;
  }

  /** {@code colspan}: 1 when absent, unparsable or 0, at most {@link #MAX_COLSPAN}. */
  static int colspan(String attribute) {
    int value = parseNonNegative(attribute);
    return value <= 0 ? 1 : Math.min(value, MAX_COLSPAN);
  }

  /** {@code rowspan}: 1 when absent or unparsable, 0 kept (to the end of the group), at most {@link #MAX_ROWSPAN}. */
  static int rowspan(String attribute) {
    int value = parseNonNegative(attribute);
    return value < 0 ? 1 : Math.min(value, MAX_ROWSPAN);
  }

  /**
   * The HTML "rules for parsing non-negative integers": leading whitespace, an optional {@code +}, then the leading
   * digits ({@code "2px"} is 2). Returns -1 for an error (no digits, a minus sign).
   */
  static int parseNonNegative(String attribute) {
    int length = attribute.length();
    int i = 0;
    while (i < length && isAsciiWhitespace(attribute.charAt(i))) {
      i++;
    }
    if (i < length && attribute.charAt(i) == '+') {
      i++;
    }
    if (i == length || !isAsciiDigit(attribute.charAt(i))) {
      return -1;
    }
    int value = 0;
    while (i < length && isAsciiDigit(attribute.charAt(i))) {
      value = Math.min(PARSE_CAP, value * 10 + (attribute.charAt(i) - '0'));
      i++;
    }
    return value;
  }

  private void ensureWidth(int width) {
    if (width > coveredThrough.length) {
      int old = coveredThrough.length;
      coveredThrough = Arrays.copyOf(coveredThrough, Math.max(width, old * 2));
      Arrays.fill(coveredThrough, old, coveredThrough.length, FREE);
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
