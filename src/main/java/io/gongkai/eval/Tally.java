package io.gongkai.eval;

import java.io.Serializable;

/** Cells counted and cells correct in one bucket (overall, a layout, a template, a noise kind…). */
public record Tally(long total, long correct) implements Serializable {
  public static final Tally ZERO = new Tally(0, 0);

  public Tally {
    if (total < 0 || correct < 0 || correct > total) {
      throw new IllegalArgumentException(String.format("Cannot count %s correct of %s cells", correct, total));
    }
  }

  public long wrong() {
    return total - correct;
  }

  /** Correct over total; NaN when the bucket is empty (written as null in JSON and {@code -} in the table). */
  public double accuracy() {
    return total == 0 ? Double.NaN : (double) correct / total;
  }

  public Tally plus(Tally other) {
    return new Tally(total + other.total, correct + other.correct);
  }
}
