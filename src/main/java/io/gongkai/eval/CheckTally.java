package io.gongkai.eval;

import java.io.Serializable;

/**
 * The figures of one check id (or of all of them).
 *
 * @param evaluated expected_checks entries of the truth
 * @param agreed those whose warehouse row (same report, check and scope) has the same status
 * @param tp truth FAILs (expected or planted) matched by a warehouse FAIL
 * @param fp warehouse FAILs matched by no truth FAIL (the truth says PASS or UNCERTAIN, or has no such evaluation)
 * @param fn truth FAILs without a matching warehouse FAIL
 * @param unlabelled soft warehouse FAILs in reports whose truth does not label soft checks (real truths): neither
 *     true nor false, left out of precision
 */
public record CheckTally(long evaluated, long agreed, long tp, long fp, long fn, long unlabelled)
    implements Serializable {
  public static final CheckTally ZERO = new CheckTally(0, 0, 0, 0, 0, 0);

  public CheckTally plus(CheckTally o) {
    return new CheckTally(
        evaluated + o.evaluated, agreed + o.agreed, tp + o.tp, fp + o.fp, fn + o.fn, unlabelled + o.unlabelled);
  }

  /** Agreed over evaluated; NaN when the truth evaluates this check nowhere. */
  public double agreement() {
    return evaluated == 0 ? Double.NaN : (double) agreed / evaluated;
  }

  /** TP / (TP + FP); NaN when the warehouse has no (labelled) FAIL of this check. */
  public double precision() {
    return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
  }

  /** TP / (TP + FN); NaN when the truth has no FAIL of this check. */
  public double recall() {
    return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
  }
}
