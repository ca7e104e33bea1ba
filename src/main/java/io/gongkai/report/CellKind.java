package io.gongkai.report;

/**
 * What a printed cell means (spec §0.2). A blank is {@link #EMPTY}, never 0; only {@link #NUMERIC} and {@link #ZERO}
 * carry a value and count in sums.
 */
public enum CellKind {
  /** A number other than zero: {@code 16}, {@code 1,234}, {@code 161330元}, {@code 减少2}. */
  NUMERIC,
  /** An explicit zero: {@code 0}, {@code 0件}, {@code 零}. */
  ZERO,
  /** Nothing printed (blank, {@code &nbsp;}): missing, not zero. */
  EMPTY,
  /** A not-applicable placeholder: {@code /}, {@code —}, {@code 无}, {@code 不适用}. */
  NA,
  /** Words where a number belongs ({@code 详见附表}, {@code 略}): flagged, never summed. */
  TEXT;

  public boolean hasValue() {
    return this == NUMERIC || this == ZERO;
  }
}
