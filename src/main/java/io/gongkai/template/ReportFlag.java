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
  TOTAL_COLUMN_ZERO(7),
  EXTRA_VALUES(8);

  private final int code;

  ReportFlag(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
