package io.gongkai.template;

/** How a column's printed text is read into a value (spec §0.3). */
public enum ColumnType {
  /** A count of documents, requests, cases: a non-negative integer. */
  COUNT,
  /** T2019 {@code 本年增/减}: a signed delta ({@code -3}, {@code 减少2}, {@code +5}). */
  SIGNED_DELTA,
  /** Money whose unit the header fixes at 万元 (T2021 本年收费金额, S2014 费用 and 专项经费). */
  MONEY_WAN_YUAN,
  /** Money whose unit each report writes inline (T2019 采购总金额: {@code 161330元}, {@code 45670 万元}). */
  MONEY_INLINE_UNIT;

  public boolean isMoney() {
    return this == MONEY_WAN_YUAN || this == MONEY_INLINE_UNIT;
  }
}
