package io.gongkai.region;

/**
 * The four administrative levels of the gazetteer, each with the length of its statistical division code. A code's
 * prefixes of length 2, 4 and 6 are the codes of its ancestors (when those exist as divisions).
 */
public enum Level {
  /** 省, 自治区, 直辖市: {@code provinces.csv}. */
  PROVINCE(2),
  /** 地级市, 地区, 自治州, 盟: {@code cities.csv} (its placeholder rows are not divisions, see {@link Gazetteer}). */
  PREFECTURE(4),
  /** 市辖区, 县, 县级市, 自治县, 旗, functional zones with a 7x code: {@code areas.csv}. */
  COUNTY(6),
  /** 镇, 乡, 街道 and the like: {@code streets.csv}. */
  TOWN(9);

  private final int codeLength;

  Level(int codeLength) {
    this.codeLength = codeLength;
  }

  /** The number of digits of a code at this level. */
  public int codeLength() {
    return codeLength;
  }
}
