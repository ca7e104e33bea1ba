package io.gongkai.eval;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Folds report scores into an {@link EvalResult}, in any order and with bounded memory: figures are sums, and only
 * the {@code worst} reports keep their misses. The result does not depend on the order of {@link #add} calls.
 */
public final class EvalAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Worst first: most wrong cells, then most check disagreements, then by file name and truth path. */
  static final Comparator<ReportScore> WORST_FIRST = new WorstFirst();

  /** At most this many blanks read as 0 are listed one by one; all are counted. */
  static final int BLANKS_LISTED = 100;

  private final int worst;
  private long truthFiles;
  private final List<String> unmatched = new ArrayList<>();
  private Tally undamaged = Tally.ZERO;
  private Tally damaged = Tally.ZERO;
  private long emptyAsZero;
  /** The first {@link #BLANKS_LISTED} blanks read as 0 in {@link BlankReadAsZero#ORDER}, whatever the fold order. */
  private final List<BlankReadAsZero> blanksAsZero = new ArrayList<>();
  private final Map<String, Tally> byLayout = new TreeMap<>();
  private final Map<String, Tally> byTemplate = new TreeMap<>();
  private final Map<String, Tally> byNoise = new TreeMap<>();
  private final Map<String, CheckTally> byCheck = new TreeMap<>();
  /** The best of the kept worst reports on top, so it is the one dropped. */
  private final PriorityQueue<ReportScore> kept = new PriorityQueue<>(Collections.reverseOrder(WORST_FIRST));

  /** Keeps the misses of at most {@code worst} reports. */
  public EvalAccumulator(int worst) {
    if (worst < 0) {
      throw new IllegalArgumentException(String.format("Cannot list the %s worst reports: must be 0 or more", worst));
    }
    this.worst = worst;
  }

  public void add(ReportScore score) {
    truthFiles++;
    if (score.reportId() == null) {
      unmatched.add(score.file());
    }
    Tally cells = score.cells();
    if (score.damaged()) {
      damaged = damaged.plus(cells);
    } else {
      undamaged = undamaged.plus(cells);
    }
    emptyAsZero += score.emptyAsZero();
    if (score.emptyAsZero() > 0) {
      for (CellMiss miss : score.misses()) {
        if (miss.emptyAsZero()) {
          blanksAsZero.add(new BlankReadAsZero(score.file(), score.truth(), miss));
        }
      }
      trimBlanks();
    }
    byLayout.merge(score.layout(), cells, Tally::plus);
    score.cellsByTemplate().forEach((template, tally) -> byTemplate.merge(template, tally, Tally::plus));
    if (score.noise().isEmpty()) {
      byNoise.merge(EvalResult.NO_NOISE, cells, Tally::plus);
    }
    for (String kind : score.noise()) {
      byNoise.merge(kind, cells, Tally::plus);
    }
    score.checks().forEach((check, tally) -> byCheck.merge(check, tally, CheckTally::plus));
    if (cells.wrong() > 0 || !score.checkMisses().isEmpty()) {
      keep(score);
    }
  }

  /**
   * Adds what {@code other} folded, as if its scores had been added here: the evaluation folds each partition on its
   * executor and merges the partial results on the driver.
   */
  public void merge(EvalAccumulator other) {
    truthFiles += other.truthFiles;
    unmatched.addAll(other.unmatched);
    undamaged = undamaged.plus(other.undamaged);
    damaged = damaged.plus(other.damaged);
    emptyAsZero += other.emptyAsZero;
    blanksAsZero.addAll(other.blanksAsZero);
    trimBlanks();
    other.byLayout.forEach((k, v) -> byLayout.merge(k, v, Tally::plus));
    other.byTemplate.forEach((k, v) -> byTemplate.merge(k, v, Tally::plus));
    other.byNoise.forEach((k, v) -> byNoise.merge(k, v, Tally::plus));
    other.byCheck.forEach((k, v) -> byCheck.merge(k, v, CheckTally::plus));
    other.kept.forEach(this::keep);
  }

  private void trimBlanks() {
    blanksAsZero.sort(BlankReadAsZero.ORDER);
    if (blanksAsZero.size() > BLANKS_LISTED) {
      blanksAsZero.subList(BLANKS_LISTED, blanksAsZero.size()).clear();
    }
  }

  private void keep(ReportScore score) {
    if (worst == 0) {
      return;
    }
    kept.add(score);
    if (kept.size() > worst) {
      kept.poll();
    }
  }

  private static final class WorstFirst implements Comparator<ReportScore>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(ReportScore a, ReportScore b) {
      int c = Long.compare(b.cells().wrong(), a.cells().wrong());
      if (c == 0) {
        c = Integer.compare(b.checkMisses().size(), a.checkMisses().size());
      }
      if (c == 0) {
        c = a.file().compareTo(b.file());
      }
      return c != 0 ? c : a.truth().compareTo(b.truth());
    }
  }

  public EvalResult result() {
    List<ReportScore> worstFirst = new ArrayList<>(kept);
    worstFirst.sort(WORST_FIRST);
    List<String> missing = new ArrayList<>(unmatched);
    missing.sort(Comparator.naturalOrder());
    return new EvalResult(
        truthFiles, missing, undamaged.plus(damaged), undamaged, damaged, emptyAsZero, blanksAsZero,
        new TreeMap<>(byLayout),
        new TreeMap<>(byTemplate), new TreeMap<>(byNoise), new TreeMap<>(byCheck), worstFirst);
  }
}
