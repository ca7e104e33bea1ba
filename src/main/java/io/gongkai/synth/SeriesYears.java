package io.gongkai.synth;

/**
 * The years of a body's series of reports, as a bit set over {@link #FIRST}..{@link #LAST} (bit {@code y - FIRST}),
 * and the room a body has left for a further series once the gazetteer's bodies are all drawn.
 *
 * <p>A further series is kept at least one year apart from the body's others: every check across years compares a
 * report with its body's report of the year just before (R-XR-YOY, R-XR-STALE, R-T2-INFORCE-XYEAR, R-T3-XYEAR and the
 * copied-forward R-XR-COPY), and the generator's truth knows only the pairs within a series, whose levels and copies
 * it carries from one year to the next. A year left out between two series is a body that did not publish that year.
 */
final class SeriesYears {
  static final int FIRST = 2014;
  static final int LAST = 2024;

  /**
   * A run of years free for a further series.
   *
   * @param start its first year
   * @param length how many years
   */
  record Room(int start, int length) {}

  private SeriesYears() {}

  /** The bits of years {@code start .. start + length - 1}. */
  static int of(int start, int length) {
    if (start < FIRST || length < 1 || start + length - 1 > LAST) {
      throw new IllegalArgumentException(
          String.format("Cannot take years %d to %d: a series lies within %d..%d", start, start + length - 1, FIRST,
              LAST));
    }
    return ((1 << length) - 1) << (start - FIRST);
  }

  /**
   * The longest run of years neither taken nor next to a year taken, the latest of equal runs (a national corpus is
   * mostly recent years); null when none is left.
   */
  static Room room(int taken) {
    // A year is free when it and both its neighbours are untaken.
    int blocked = taken | (taken << 1) | (taken >>> 1);
    Room best = null;
    int run = 0;
    for (int y = FIRST; y <= LAST; y++) {
      if ((blocked & (1 << (y - FIRST))) == 0) {
        run++;
        if (best == null || run >= best.length()) {
          best = new Room(y - run + 1, run);
        }
      } else {
        run = 0;
      }
    }
    return best;
  }
}
