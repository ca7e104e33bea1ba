package io.gongkai.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable form of an {@link EvalResult}: the EMPTY-as-0 count first, then cell accuracy (all, undamaged,
 * damaged, per layout, template and noise kind), check agreement and anomaly precision/recall per check id, and the
 * worst reports with their first {@value #MISSES_SHOWN} misses each (all of them are in the JSON).
 */
public final class EvalTable {
  /** Misses printed per worst report. */
  public static final int MISSES_SHOWN = 5;

  /** Unmatched truth files named before "… and N more". */
  static final int UNMATCHED_SHOWN = 10;

  private EvalTable() {}

  public static void print(EvalResult r, PrintWriter out) {
    out.printf(
        Locale.ROOT, "Gongkai eval: %d truth %s, %d matched to warehouse reports%n", r.truthFiles(),
        r.truthFiles() == 1 ? "file" : "files", r.reportsMatched());
    if (!r.unmatched().isEmpty()) {
      List<String> shown = r.unmatched().subList(0, Math.min(UNMATCHED_SHOWN, r.unmatched().size()));
      out.printf(
          Locale.ROOT, "  no report for %s%s (their cells count as missing)%n", String.join(", ", shown),
          r.unmatched().size() > shown.size() ? " … and " + (r.unmatched().size() - shown.size()) + " more" : "");
    }
    out.println();
    out.printf(
        Locale.ROOT, "EMPTY reported as 0: %d%s%n", r.emptyReportedAsZero(),
        r.emptyReportedAsZero() == 0 ? "" : "   <-- must be 0: a blank is never 0");
    for (BlankReadAsZero blank : r.blanksReadAsZero()) {
      out.printf(Locale.ROOT, "  %s %s%n", blank.file(), miss(blank.miss()));
    }
    if (r.emptyReportedAsZero() > r.blanksReadAsZero().size()) {
      out.printf(Locale.ROOT, "  … and %d more%n", r.emptyReportedAsZero() - r.blanksReadAsZero().size());
    }
    out.println();

    int width = 26;
    for (Map<String, Tally> m : List.of(r.byLayout(), r.byTemplate(), r.byNoise())) {
      for (String name : m.keySet()) {
        width = Math.max(width, name.length() + 6);
      }
    }
    String row = "%-" + width + "s %10s %10s %10s%n";
    out.printf(Locale.ROOT, row, "cell accuracy", "cells", "correct", "accuracy");
    tally(out, row, "  all", r.cells());
    tally(out, row, "  undamaged", r.undamaged());
    tally(out, row, "  damaged", r.damaged());
    section(out, row, "  by layout", r.byLayout());
    section(out, row, "  by template", r.byTemplate());
    section(out, row, "  by noise", r.byNoise());
    out.println("  (damaged: the noise has " + String.join(", ", TruthReport.DAMAGING_NOISE) + ")");
    out.println();

    CheckTally all = r.checks();
    out.printf(
        Locale.ROOT, "check agreement: %d of %d expected checks agree (%s)%n", all.agreed(), all.evaluated(),
        percent(all.agreement()));
    int idWidth = Math.max(22, r.byCheck().keySet().stream().mapToInt(String::length).max().orElse(0) + 4);
    String checkRow = "%-" + idWidth + "s %9s %7s %9s %5s %5s %5s %10s %9s %9s%n";
    out.printf(
        Locale.ROOT, checkRow, "  check", "evaluated", "agreed", "agreement", "tp", "fp", "fn", "unlabelled",
        "precision", "recall");
    r.byCheck().forEach(
        (id, t) ->
            out.printf(
                Locale.ROOT, checkRow, "  " + id, t.evaluated(), t.agreed(), percent(t.agreement()), t.tp(), t.fp(),
                t.fn(), t.unlabelled(), ratio(t.precision()), ratio(t.recall())));
    out.println();

    if (r.worst().isEmpty()) {
      out.println("worst reports: none (every cell and check agrees)");
    } else {
      out.printf(
          Locale.ROOT, "worst reports: %d, most wrong cells first (first %d misses each; all in --json)%n",
          r.worst().size(), MISSES_SHOWN);
      for (ReportScore s : r.worst()) {
        out.printf(
            Locale.ROOT, "  %s  %d of %d cells wrong, %d check %s%s%n", s.file(), s.cells().wrong(),
            s.cells().total(), s.checkMisses().size(), s.checkMisses().size() == 1 ? "disagreement" : "disagreements",
            s.reportId() == null ? ", no report in the warehouse" : "");
        List<String> lines = new ArrayList<>();
        for (CellMiss m : s.misses()) {
          lines.add(miss(m));
        }
        for (CheckMiss m : s.checkMisses()) {
          lines.add(
              String.format(
                  Locale.ROOT, "%s[%s]: expected %s, found %s", m.check(), m.scope() == null ? "" : m.scope(),
                  m.expected(), m.found()));
        }
        lines.stream().limit(MISSES_SHOWN).forEach(line -> out.println("    " + line));
        if (lines.size() > MISSES_SHOWN) {
          out.printf(Locale.ROOT, "    … and %d more%n", lines.size() - MISSES_SHOWN);
        }
      }
    }
    out.flush();
  }

  /** {@code t3.granted.total value: expected NUMERIC 16, found NUMERIC 17 (raw '17')}. */
  static String miss(CellMiss m) {
    TruthCell e = m.expected();
    if (e == null) {
      return String.format(
          Locale.ROOT, "%s extra: not printed, found %s (raw '%s')", m.path(),
          CellMiss.describe(m.found().semantic(), m.found().value(), m.found().unit()), m.found().raw());
    }
    String expected = CellMiss.describe(e.semantic(), e.value(), e.unit());
    if (m.found() == null) {
      return String.format(Locale.ROOT, "%s missing: expected %s (raw '%s')", m.path(), expected, e.raw());
    }
    String found = CellMiss.describe(m.found().semantic(), m.found().value(), m.found().unit());
    return String.format(
        Locale.ROOT, "%s %s: expected %s, found %s (raw '%s')%s", m.path(), m.problem(), expected, found,
        m.found().raw(), m.emptyAsZero() ? "  EMPTY reported as 0" : "");
  }

  private static void section(PrintWriter out, String row, String title, Map<String, Tally> tallies) {
    out.println(title);
    tallies.forEach((name, t) -> tally(out, row, "    " + name, t));
  }

  private static void tally(PrintWriter out, String row, String label, Tally t) {
    out.printf(Locale.ROOT, row, label, t.total(), t.correct(), percent(t.accuracy()));
  }

  static String percent(double rate) {
    return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.3f%%", rate * 100);
  }

  static String ratio(double rate) {
    return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.4f", rate);
  }
}
