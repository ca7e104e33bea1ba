package io.gongkai.prose;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Columns shared by the rule tables of {@link BodyKindReader} and {@link ScopeReader}. A bad value is a packaging
 * bug: it throws naming the table, record, column and value.
 */
final class RuleColumns {
  private RuleColumns() {}

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where, String column) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          String.format(
              "Cannot read %s: %s '%s' is not one of %s", where, column, value,
              Arrays.toString(type.getEnumConstants())),
          e);
    }
  }

  /** A number in (0, 1]. */
  static double confidence(String value, String where, String column) {
    double d;
    try {
      d = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(String.format("Cannot read %s: %s '%s' is not a number", where, column, value));
    }
    if (!(d > 0 && d <= 1)) {
      throw new IllegalStateException(String.format("Cannot read %s: %s %s is outside (0, 1]", where, column, value));
    }
    return d;
  }

  static Pattern pattern(String regex, String where) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(
          String.format("Cannot read %s: pattern '%s' is not a regex: %s", where, regex, e.getDescription()), e);
    }
  }
}
