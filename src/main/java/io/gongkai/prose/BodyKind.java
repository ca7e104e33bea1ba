package io.gongkai.prose;

/**
 * What kind of organ the publishing body is, read from its name by {@link BodyKindReader}. Stable names: they are
 * stored in {@code reports.body_kind} and accepted in the manifest's {@code body_kind} column.
 */
public enum BodyKind {
  /** A people's government (人民政府) or its general office (办公厅/办公室), a 行政公署. */
  GOVERNMENT,
  /** A department of a government: 局, 委, 委员会, 办, 厅, 署, 中心… */
  DEPARTMENT,
  /** A township-level body: 乡, 镇 (and their 人民政府), 街道, 街道办事处. */
  TOWNSHIP,
  /** An identified body of none of the kinds above: a development zone's 管委会, a school, hospital or company. */
  OTHER
}
