package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A truth EMPTY cell the warehouse read as ZERO or 0, with the report it is in: the one kind of miss that must never
 * happen (a blank is never 0), so the evaluation names each one instead of leaving it to the worst-reports list.
 *
 * @param file the report's file name
 * @param truth where the truth file was read
 * @param miss the cell miss ({@link CellMiss#emptyAsZero()} is true)
 */
public record BlankReadAsZero(String file, String truth, CellMiss miss) implements Serializable {
  /** By file, truth and cell path: the order the evaluation lists them in, whatever order reports were scored in. */
  static final Comparator<BlankReadAsZero> ORDER =
      Comparator.comparing(BlankReadAsZero::file)
          .thenComparing(BlankReadAsZero::truth)
          .thenComparing(b -> b.miss().path());

  public BlankReadAsZero {
    requireNonNull(file, "file is null");
    requireNonNull(truth, "truth is null");
    requireNonNull(miss, "miss is null");
  }
}
