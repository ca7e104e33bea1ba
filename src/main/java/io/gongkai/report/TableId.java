package io.gongkai.report;

import java.util.Locale;

/** The statistical tables of a report; {@link #key()} is the value used in the data ({@code t2}, {@code s2014}…). */
public enum TableId {
  /** 主动公开政府信息情况 (T2019 or T2021 table 2). */
  T2,
  /** 收到和处理政府信息公开申请情况. */
  T3,
  /** 政府信息公开行政复议、行政诉讼情况. */
  T4,
  /** The 2014–2018 政府信息公开情况统计表 (one table). */
  S2014;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
