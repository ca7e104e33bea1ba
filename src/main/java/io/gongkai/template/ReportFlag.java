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
  PINYIN_REMOVED(10),
  /**
   * A table was printed but its rows cannot tell its template's variant (table 3 cut off before （六）其他处理): the
   * template is left unknown (null), never guessed. The subject is the table ({@code t3}).
   */
  TEMPLATE_UNKNOWN(11),
  /**
   * The last printed row of a cut-off table lacks cells at its end: what is printed is read into its columns from the
   * first on, the rest are not printed (no cells). The subject is the row ({@code t3.denied_other_law}).
   */
  ROW_INCOMPLETE(12);

  private final int code;

  ReportFlag(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
