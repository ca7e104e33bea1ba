package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one evaluation: what {@code gongkai eval} prints and writes as JSON, and what tests assert floors on.
 * Rates are NaN where their denominator is 0.
 *
 * @param truthFiles truth files read
 * @param unmatched the file names of truth files no warehouse report matched (their cells count as missing), sorted
 * @param cells every truth cell
 * @param undamaged cells of renderings without a {@link TruthReport#DAMAGING_NOISE} kind (real reports included)
 * @param damaged cells of renderings with one
 * @param emptyReportedAsZero truth EMPTY cells the warehouse read as ZERO or 0 (a blank is never 0: must be 0)
 * @param blanksReadAsZero the first {@value EvalAccumulator#BLANKS_LISTED} of them by file and cell, each named
 * @param byLayout cells per layout ({@value TruthReport#REAL_LAYOUT} for real truths)
 * @param byTemplate cells per table template (T2019, T2021, S2014, unknown)
 * @param byNoise cells per noise kind; a report with several kinds counts in each, one without any in {@link #NO_NOISE}
 * @param byCheck check agreement and anomaly precision/recall per check id
 * @param worst the reports with the most wrong cells (then the most check disagreements), worst first, with every miss;
 *     reports without a miss are not listed
 */
public record EvalResult(
    long truthFiles,
    List<String> unmatched,
    Tally cells,
    Tally undamaged,
    Tally damaged,
    long emptyReportedAsZero,
    List<BlankReadAsZero> blanksReadAsZero,
    SortedMap<String, Tally> byLayout,
    SortedMap<String, Tally> byTemplate,
    SortedMap<String, Tally> byNoise,
    SortedMap<String, CheckTally> byCheck,
    List<ReportScore> worst) {
  /** The {@link #byNoise} bucket of renderings without noise. */
  public static final String NO_NOISE = "none";

  public EvalResult {
    unmatched = List.copyOf(requireNonNull(unmatched, "unmatched is null"));
    requireNonNull(cells, "cells is null");
    requireNonNull(undamaged, "undamaged is null");
    requireNonNull(damaged, "damaged is null");
    blanksReadAsZero = List.copyOf(requireNonNull(blanksReadAsZero, "blanksReadAsZero is null"));
    byLayout = Collections.unmodifiableSortedMap(new TreeMap<>(byLayout));
    byTemplate = Collections.unmodifiableSortedMap(new TreeMap<>(byTemplate));
    byNoise = Collections.unmodifiableSortedMap(new TreeMap<>(byNoise));
    byCheck = Collections.unmodifiableSortedMap(new TreeMap<>(byCheck));
    worst = List.copyOf(requireNonNull(worst, "worst is null"));
  }

  public long reportsMatched() {
    return truthFiles - unmatched.size();
  }

  public long cellsTotal() {
    return cells.total();
  }

  public long cellsCorrect() {
    return cells.correct();
  }

  public double cellAccuracy() {
    return cells.accuracy();
  }

  public double cellAccuracyUndamaged() {
    return undamaged.accuracy();
  }

  public double cellAccuracyDamaged() {
    return damaged.accuracy();
  }

  /** All check ids together. */
  public CheckTally checks() {
    return byCheck.values().stream().reduce(CheckTally.ZERO, CheckTally::plus);
  }

  /** Expected checks whose warehouse status agrees, over all expected checks. */
  public double checkAgreement() {
    return checks().agreement();
  }

  /** The figures of one check id; {@link CheckTally#ZERO} when neither side has it. */
  public CheckTally check(String id) {
    return byCheck.getOrDefault(id, CheckTally.ZERO);
  }
}
