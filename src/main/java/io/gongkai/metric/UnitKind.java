package io.gongkai.metric;

/** What a metric's value counts. */
public enum UnitKind {
  /** A count (requests, cases, documents, decisions): the cell's number. */
  COUNT,
  /** Money in yuan: the cell's {@code amount_yuan}, whatever unit (元, 万元, 亿元) was printed or set by the header. */
  YUAN
}
