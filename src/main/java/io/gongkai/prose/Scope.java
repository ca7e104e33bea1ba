package io.gongkai.prose;

/**
 * Whom a report's figures speak for. Stable names: they are stored in {@code reports.scope} and accepted in the
 * manifest's {@code scope} column.
 */
public enum Scope {
  /** One organ's own report: its figures are that body's work. */
  BODY,
  /**
   * Totals for a whole region, compiled from the reports of the bodies in it (全市共收到申请…件, 统计数据涵盖所辖…):
   * added to those bodies' reports in a rollup it would count everything twice.
   */
  CONSOLIDATED
}
