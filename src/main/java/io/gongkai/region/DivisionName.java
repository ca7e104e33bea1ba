package io.gongkai.region;

import static java.util.Objects.requireNonNull;

/**
 * One surface form of a division: its official name or one of its generated aliases.
 *
 * @param text the surface form, at least two characters
 */
public record DivisionName(String text, Division division, NameKind kind) {
  public DivisionName {
    requireNonNull(text, "text is null");
    requireNonNull(division, "division is null");
    requireNonNull(kind, "kind is null");
    if (text.length() < 2) {
      throw new IllegalArgumentException(
          "Cannot name division " + division.code() + " by '" + text + "': a name has at least 2 characters");
    }
    if (kind == NameKind.OFFICIAL && !text.equals(division.name())) {
      throw new IllegalArgumentException(
          "Cannot name division " + division.code() + " officially by '" + text + "': its name is "
              + division.name());
    }
  }
}
