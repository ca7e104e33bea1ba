package io.gongkai.template;

/**
 * Stable codes for what the reader noticed about a report's tables (spec §6). Explicit numbers, never ordinals;
 * retired codes stay listed as comments.
 */
public enum ReportFlag {
  TEMPLATE_YEAR_MISMATCH(1),
  BLOCK_MISSING(2),
  ROW_NOT_FOUND(3),
  COLUMNS_INFERRED(4),
  UNIT_MISSING(5),
  TABLE_NOT_FOUND(6),
  // 7 retired before release (TOTAL_COLUMN_ZERO: a failing R-T3-ROWSUM already says it)
  EXTRA_VALUES(8),
  PERIOD_NOT_FULL_YEAR(9),
  /** Pinyin readings a mirror site inserted after characters were removed before reading; the subject counts them. */
  PINYIN_REMOVED(10);

  private final int code;

  ReportFlag(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
