package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

/**
 * A publishing body of the synthetic corpus: a government, department, township or other organ at one
 * administrative level.
 *
 * @param name the body as printed (淮安市洪泽区人民政府, 洪泽区教育局, 高良涧街道办事处)
 * @param kind its level and kind
 * @param regionCode the statistical code of its region (2, 4, 6 or 9 digits)
 * @param region the region's official names from the province down
 * @param self how the prose refers to it (我市, 我局, 本街道)
 * @param office the office that compiles the report (淮安市人民政府办公室)
 * @param scale the median number of new requests a year, before the yearly drift
 * @param ruleMaking whether it can make 规章 (provincial governments and 设区的市)
 * @param unprefixed the name without the optional parent-region prefix (洪泽区人民政府 for 淮安市洪泽区人民政府): with
 *     the region code, which body this is however its name is printed
 */
record Body(
    String name,
    Kind kind,
    String regionCode,
    String region,
    String self,
    String office,
    double scale,
    boolean ruleMaking,
    String unprefixed) {
  Body {
    requireNonNull(name, "name is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(regionCode, "regionCode is null");
    requireNonNull(region, "region is null");
    requireNonNull(unprefixed, "unprefixed is null");
  }

  /** One body, one series of reports: two draws with the same identity are the same body. */
  String identity() {
    return regionCode + "|" + unprefixed;
  }

  /**
   * The body kind of the truth's {@code body_kind}: GOVERNMENT for a 人民政府, 行政公署 and their 办公厅/办公室,
   * DEPARTMENT for the other 局/委/办, TOWNSHIP for a 乡/镇/街道, OTHER for the rest (开发区管理委员会, 住房公积金管理中心).
   */
  String bodyKind() {
    return switch (kind) {
      case PROVINCE_GOV, PREFECTURE_GOV, COUNTY_GOV -> "GOVERNMENT";
      case DEPARTMENT -> unprefixed.endsWith("人民政府办公室") || unprefixed.endsWith("人民政府办公厅")
          || unprefixed.endsWith("行政公署办公室") ? "GOVERNMENT" : "DEPARTMENT";
      case TOWN -> "TOWNSHIP";
      case OTHER -> "OTHER";
    };
  }

  enum Kind {
    PROVINCE_GOV,
    PREFECTURE_GOV,
    COUNTY_GOV,
    DEPARTMENT,
    TOWN,
    /** An organ that is neither a government, a department nor a township: its figures are a department's. */
    OTHER
  }
}
