package io.gongkai.report;

/** The table families a table can follow (spec §0.5); detected per table, so one report may mix them. */
public enum Template {
  S2014,
  T2019,
  T2021
}
