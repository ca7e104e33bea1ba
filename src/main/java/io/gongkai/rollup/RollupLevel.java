package io.gongkai.rollup;

/**
 * The administrative levels a rollup sums at, each named by the {@code reports} column that holds a report's region
 * at that level. A report counts at every level its region is known to: one resolved only to its province counts in
 * the province and the country, never in a prefecture or county (it would be counted in none of them or in a wrong
 * one). Townships and streets count in their county: the spec's tables are published by county-level and higher
 * governments' bodies, and the gazetteer's 9-digit codes roll up to their 6-digit county.
 */
public enum RollupLevel {
  COUNTRY(null, null),
  PROVINCE("province_code", "province_name"),
  PREFECTURE("prefecture_code", "prefecture_name"),
  COUNTY("county_code", "county_name");

  /** The region code of the whole country in {@code rollups}: the GB/T 2260 codes start at the provinces. */
  public static final String COUNTRY_CODE = "CN";

  public static final String COUNTRY_NAME = "全国";

  private final String codeColumn;
  private final String nameColumn;

  RollupLevel(String codeColumn, String nameColumn) {
    this.codeColumn = codeColumn;
    this.nameColumn = nameColumn;
  }

  /** The {@code reports} column holding the region code at this level; null for the country (one region). */
  public String codeColumn() {
    return codeColumn;
  }

  /** The {@code reports} column holding the region name at this level; null for the country. */
  public String nameColumn() {
    return nameColumn;
  }
}
