package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One truth file compared with the warehouse: what {@link ReportComparison} returns and {@link EvalAccumulator} folds.
 *
 * @param truth where the truth file was read
 * @param file the report's file name
 * @param reportId the matched {@code reports.report_id}, null when no report has this file name (every cell is then
 *     missing and every check disagrees)
 * @param layout the truth's layout ({@value TruthReport#REAL_LAYOUT} for real truths)
 * @param noise the truth's noise kinds
 * @param damaged true when the noise has a {@link TruthReport#DAMAGING_NOISE} kind
 * @param cellsByTemplate cells counted and correct, per table template (T2019, T2021, S2014, unknown)
 * @param emptyAsZero truth EMPTY cells the warehouse read as ZERO or 0 (must be 0)
 * @param misses every wrong cell, in truth order
 * @param checks the check figures per check id
 * @param checkMisses every check disagreement: expected checks whose status differs, planted anomalies not found,
 *     false positives
 */
public record ReportScore(
    String truth,
    String file,
    String reportId,
    String layout,
    List<String> noise,
    boolean damaged,
    Map<String, Tally> cellsByTemplate,
    long emptyAsZero,
    List<CellMiss> misses,
    Map<String, CheckTally> checks,
    List<CheckMiss> checkMisses)
    implements Serializable {
  public ReportScore {
    requireNonNull(truth, "truth is null");
    requireNonNull(file, "file is null");
    requireNonNull(layout, "layout is null");
    noise = List.copyOf(requireNonNull(noise, "noise is null"));
    cellsByTemplate = Collections.unmodifiableSortedMap(new TreeMap<>(cellsByTemplate));
    misses = List.copyOf(requireNonNull(misses, "misses is null"));
    checks = Collections.unmodifiableSortedMap(new TreeMap<>(checks));
    checkMisses = List.copyOf(requireNonNull(checkMisses, "checkMisses is null"));
  }

  /** All the report's cells. */
  public Tally cells() {
    return cellsByTemplate.values().stream().reduce(Tally.ZERO, Tally::plus);
  }
}
