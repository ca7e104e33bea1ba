package io.gongkai.region;

import static java.util.Objects.requireNonNull;

/**
 * One administrative division of the gazetteer.
 *
 * <p>{@code parentCode} is null for a province. For a prefecture it is the province's code; for a town, its county's
 * code. For a county it is its prefecture's code, or its province's code when the source lists the county under a
 * placeholder prefecture row (北京市 东城区 has parent {@code 11}, not {@code 1101} "市辖区"; 济源市 has parent
 * {@code 41}, not {@code 4190} "省直辖县级行政区划"). The parent's code is always a prefix of the code.
 *
 * @param code the statistical division code, {@link Level#codeLength()} digits
 * @param name the official name as printed in the source, e.g. 循化撒拉族自治县
 */
public record Division(String code, String name, Level level, String parentCode) {
  public Division {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    requireNonNull(level, "level is null");
    if (code.length() != level.codeLength() || !allDigits(code)) {
      throw new IllegalArgumentException(
          "Cannot create division " + name + ": code " + code + " is not " + level.codeLength() + " digits for "
              + level);
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("Cannot create division " + code + ": name is empty");
    }
    if (level == Level.PROVINCE) {
      if (parentCode != null) {
        throw new IllegalArgumentException(
            "Cannot create division " + code + ": a province has no parent, found " + parentCode);
      }
    } else if (parentCode == null || parentCode.length() >= code.length() || !code.startsWith(parentCode)) {
      throw new IllegalArgumentException(
          "Cannot create division " + code + ": parent code " + parentCode + " is not a proper prefix of the code");
    }
  }

  /** The two-digit code of the province this division belongs to (its own code for a province). */
  public String provinceCode() {
    return code.substring(0, 2);
  }

  /** Whether {@code other} is this division or one of its descendants (by code prefix). */
  public boolean contains(Division other) {
    return other.code.startsWith(code);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
