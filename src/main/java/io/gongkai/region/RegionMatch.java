package io.gongkai.region;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where a report comes from: its province, prefecture and county (each code with its official name, each nullable),
 * how sure the resolver is, and the text snippets that decided it.
 *
 * <p>Invariants: a level's code and name are both present or both null; a present level's code starts with the code
 * of every present level above it; a prefecture or county implies a province; {@code confidence} is in [0, 1] and is
 * 0 exactly when no level is present. The prefecture is null for the counties of the four municipalities and the
 * counties directly under a province (see {@link Gazetteer}). {@code evidence} is never null; when nothing is resolved
 * it may still list the ambiguous names that were seen (鼓楼区 alone).
 */
public record RegionMatch(
    String provinceCode,
    String provinceName,
    String prefectureCode,
    String prefectureName,
    String countyCode,
    String countyName,
    double confidence,
    List<String> evidence) {
  private static final RegionMatch EMPTY = new RegionMatch(null, null, null, null, null, null, 0, List.of());

  public RegionMatch {
    evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
    checkPair("province", provinceCode, provinceName, Level.PROVINCE);
    checkPair("prefecture", prefectureCode, prefectureName, Level.PREFECTURE);
    checkPair("county", countyCode, countyName, Level.COUNTY);
    if ((prefectureCode != null || countyCode != null) && provinceCode == null) {
      throw new IllegalArgumentException(
          "Cannot create region match " + (countyCode != null ? countyCode : prefectureCode)
              + ": a prefecture or county needs a province");
    }
    checkPrefix(prefectureCode, provinceCode);
    checkPrefix(countyCode, prefectureCode != null ? prefectureCode : provinceCode);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Cannot create region match: confidence " + confidence + " is not in [0, 1]");
    }
    if ((provinceCode == null) != (confidence == 0)) {
      throw new IllegalArgumentException(
          "Cannot create region match " + provinceCode + ": confidence " + confidence
              + " must be 0 exactly when nothing is resolved");
    }
  }

  /** No region: every level null, confidence 0, no evidence. */
  public static RegionMatch empty() {
    return EMPTY;
  }

  /** Nothing resolved, but these names were seen and left ambiguous. */
  public static RegionMatch unresolved(List<String> evidence) {
    return new RegionMatch(null, null, null, null, null, null, 0, evidence);
  }

  /** The most specific code: the county's, else the prefecture's, else the province's; null when none. */
  public String code() {
    if (countyCode != null) {
      return countyCode;
    }
    return prefectureCode != null ? prefectureCode : provinceCode;
  }

  /** The official name that goes with {@link #code()}. */
  public String name() {
    if (countyName != null) {
      return countyName;
    }
    return prefectureName != null ? prefectureName : provinceName;
  }

  /** Whether no level is resolved. */
  public boolean isEmpty() {
    return provinceCode == null;
  }

  private static void checkPair(String what, String code, String name, Level level) {
    if ((code == null) != (name == null)) {
      throw new IllegalArgumentException(
          "Cannot create region match: " + what + " code " + code + " and name " + name + " must both be present");
    }
    if (code != null && code.length() != level.codeLength()) {
      throw new IllegalArgumentException(
          "Cannot create region match: " + what + " code " + code + " is not " + level.codeLength() + " digits");
    }
  }

  private static void checkPrefix(String code, String parentCode) {
    if (code != null && parentCode != null && !code.startsWith(parentCode)) {
      throw new IllegalArgumentException(
          "Cannot create region match: code " + code + " does not start with " + parentCode);
    }
  }
}
