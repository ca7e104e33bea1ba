package io.gongkai.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares one report's warehouse rows with its truth file. Plain Java, no Spark: the result does not depend on the
 * order the rows arrive in.
 *
 * <p><b>Cells.</b> A truth cell is correct when the warehouse has exactly one cell with its (table, block, row, col)
 * and that cell has the same semantic, the same value (numeric equality: 16 = 16.0000; both null for EMPTY, NA,
 * TEXT) and the same unit (both null outside money cells). A missing cell is wrong; so is a key the warehouse holds
 * twice. A warehouse cell the truth has none for is wrong too ({@link CellMiss#EXTRA}): the truth lists every printed
 * cell, so such a cell was not printed (absent is not blank), and it counts once, under its table's template.
 *
 * <p><b>Check agreement.</b> An expected check agrees when the warehouse has a row with the same check and scope and
 * every such row has the expected status; no row is a disagreement.
 *
 * <p><b>Anomalies (positive = FAIL).</b> The truth FAILs are the expected checks with status FAIL plus the planted
 * anomalies whose (check, scope) the expected checks do not list. Each is matched to at most one warehouse FAIL row,
 * each row to at most one truth FAIL: first by check and scope; then, for planted anomalies still unmatched, by check
 * id alone within the report (a planted prose contradiction may be detected through another rule's cells). Matched
 * pairs are true positives, unmatched truth FAILs false negatives, and unmatched warehouse FAILs false positives,
 * except soft (WARNING) FAILs and anomaly flags in a report whose truth does not label anomalies ({@link
 * TruthReport#labelsAnomalies()}, the real truths): those are counted as unlabelled. Anomaly flags ({@link
 * WarehouseCheck#ANOMALY_FLAGS}) arrive as FAIL rows among the checks. The anomalies across reports ({@link
 * WarehouseCheck#PER_REPORT}) are counted once per report and id: a true positive when the report has a FAIL row of
 * the id and a planted anomaly of it, whatever their scopes; in a report whose truth does not label anomalies their
 * FAILs are unlabelled.
 */
public final class ReportComparison {
  private ReportComparison() {}

  private record Key(String table, String block, String row, String col) {}

  private record CheckKey(String check, String scope) {}

  /** Orders a key's warehouse cells so that "the first" is the same on every run. */
  private static final Comparator<WarehouseCell> CELL_ORDER =
      Comparator.comparing(WarehouseCell::semantic)
          .thenComparing(WarehouseCell::value, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(WarehouseCell::unit, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(WarehouseCell::raw, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static final Comparator<WarehouseCheck> CHECK_ORDER =
      Comparator.comparing(WarehouseCheck::check)
          .thenComparing(WarehouseCheck::scope)
          .thenComparing(WarehouseCheck::status)
          .thenComparing(WarehouseCheck::severity, Comparator.nullsFirst(Comparator.naturalOrder()));

  /**
   * Scores one truth against the warehouse rows of its report.
   *
   * @param reportId the matched report, null when none matched (then {@code cells} and {@code checks} are empty)
   */
  public static ReportScore score(
      TruthReport truth, String reportId, Iterable<WarehouseCell> cells, Iterable<WarehouseCheck> checks) {
    Map<Key, List<WarehouseCell>> byKey = new LinkedHashMap<>();
    for (WarehouseCell cell : cells) {
      byKey.computeIfAbsent(new Key(cell.table(), cell.block(), cell.row(), cell.col()), k -> new ArrayList<>())
          .add(cell);
    }
    Map<String, Tally> byTemplate = new TreeMap<>();
    List<CellMiss> misses = new ArrayList<>();
    long emptyAsZero = 0;
    for (TruthCell expected : truth.cells()) {
      List<WarehouseCell> found =
          byKey.getOrDefault(new Key(expected.table(), expected.block(), expected.row(), expected.col()), List.of());
      CellMiss miss = compare(expected, found);
      if (miss == null) {
        byTemplate.merge(truth.template(expected), new Tally(1, 1), Tally::plus);
      } else {
        byTemplate.merge(truth.template(expected), new Tally(1, 0), Tally::plus);
        misses.add(miss);
        emptyAsZero += miss.emptyAsZero() ? 1 : 0;
      }
    }
    Set<Key> labelled = new HashSet<>();
    for (TruthCell expected : truth.cells()) {
      labelled.add(new Key(expected.table(), expected.block(), expected.row(), expected.col()));
    }
    for (Map.Entry<Key, List<WarehouseCell>> entry : byKey.entrySet()) {
      Key key = entry.getKey();
      if (!labelled.contains(key)) {
        List<WarehouseCell> sorted = new ArrayList<>(entry.getValue());
        sorted.sort(CELL_ORDER);
        byTemplate.merge(truth.template(key.table()), new Tally(1, 0), Tally::plus);
        String path = TruthCell.path(key.table(), key.block(), key.row(), key.col());
        misses.add(new CellMiss(path, CellMiss.EXTRA, null, sorted.get(0), false));
      }
    }

    List<WarehouseCheck> rows = new ArrayList<>();
    Map<String, Set<String>> flaggedScopes = new TreeMap<>();
    for (WarehouseCheck row : checks) {
      if (!WarehouseCheck.PER_REPORT.contains(row.check())) {
        rows.add(row);
      } else if (row.status().equals("FAIL")) {
        flaggedScopes.computeIfAbsent(row.check(), c -> new TreeSet<>()).add(row.scope());
      }
    }
    rows.sort(CHECK_ORDER);
    Map<CheckKey, List<WarehouseCheck>> byCheck = new LinkedHashMap<>();
    for (WarehouseCheck row : rows) {
      byCheck.computeIfAbsent(new CheckKey(row.check(), row.scope()), k -> new ArrayList<>()).add(row);
    }
    Map<String, CheckTally> tallies = new TreeMap<>();
    List<CheckMiss> checkMisses = new ArrayList<>();
    Set<CheckKey> listed = new LinkedHashSet<>();
    Set<CheckKey> truthFails = new LinkedHashSet<>();
    // A consolidated report's truth lists its R-XR-CONSOLIDATED statuses apart (per metric, against the bodies the
    // corpus holds); they are expected checks like the others, so the check has a precision and a recall too.
    List<TruthCheck> expectedChecks = new ArrayList<>(truth.expectedChecks());
    expectedChecks.addAll(truth.consolidatedChecks());
    for (TruthCheck expected : expectedChecks) {
      CheckKey key = new CheckKey(expected.check(), expected.scope());
      listed.add(key);
      if (expected.status().equals("FAIL")) {
        truthFails.add(key);
      }
      List<WarehouseCheck> found = byCheck.getOrDefault(key, List.of());
      boolean agreed = !found.isEmpty() && found.stream().allMatch(r -> r.status().equals(expected.status()));
      tallies.merge(expected.check(), new CheckTally(1, agreed ? 1 : 0, 0, 0, 0, 0), CheckTally::plus);
      if (!agreed) {
        checkMisses.add(new CheckMiss(expected.check(), expected.scope(), expected.status(), statuses(found)));
      }
    }
    Set<CheckKey> plantedOnly = new LinkedHashSet<>();
    Map<String, Set<String>> plantedScopes = new TreeMap<>();
    for (TruthCheck anomaly : truth.planted()) {
      if (WarehouseCheck.PER_REPORT.contains(anomaly.check())) {
        plantedScopes.computeIfAbsent(anomaly.check(), c -> new TreeSet<>()).add(anomaly.scope());
        continue;
      }
      CheckKey key = new CheckKey(anomaly.check(), anomaly.scope());
      if (!listed.contains(key) && truthFails.add(key)) {
        plantedOnly.add(key);
      }
    }

    List<WarehouseCheck> fails = rows.stream().filter(r -> r.status().equals("FAIL")).collect(Collectors.toList());
    boolean[] used = new boolean[fails.size()];
    Set<CheckKey> detected = new LinkedHashSet<>();
    for (CheckKey key : truthFails) {
      if (take(fails, used, key.check(), key.scope())) {
        detected.add(key);
      }
    }
    for (CheckKey key : plantedOnly) {
      if (!detected.contains(key) && take(fails, used, key.check(), null)) {
        detected.add(key);
      }
    }
    for (CheckKey key : truthFails) {
      boolean hit = detected.contains(key);
      tallies.merge(key.check(), new CheckTally(0, 0, hit ? 1 : 0, 0, hit ? 0 : 1, 0), CheckTally::plus);
      if (!hit && plantedOnly.contains(key)) {
        checkMisses.add(
            new CheckMiss(key.check(), key.scope(), "FAIL (planted)",
                statuses(byCheck.getOrDefault(key, List.of()))));
      }
    }
    for (int i = 0; i < fails.size(); i++) {
      if (used[i]) {
        continue;
      }
      WarehouseCheck row = fails.get(i);
      CheckKey key = new CheckKey(row.check(), row.scope());
      // R-XR-CONSOLIDATED of a metric the truth's consolidated_checks do not list (the generator decides only the
      // metrics it sums from the bodies) is not judged by that truth: unlabelled, as a real truth's soft FAILs are.
      boolean unjudged = row.check().equals(io.gongkai.rollup.ConsolidatedCheck.ID) && !listed.contains(key);
      if (unjudged || (!truth.labelsAnomalies() && row.soft() && !listed.contains(key))) {
        tallies.merge(row.check(), new CheckTally(0, 0, 0, 0, 0, 1), CheckTally::plus);
        continue;
      }
      tallies.merge(row.check(), new CheckTally(0, 0, 0, 1, 0, 0), CheckTally::plus);
      if (!listed.contains(key)) {
        // A listed key's disagreement was recorded above; an unlisted one is only visible here.
        checkMisses.add(new CheckMiss(row.check(), row.scope(), "none", "FAIL"));
      }
    }
    for (String check : WarehouseCheck.PER_REPORT) {
      Set<String> planted = plantedScopes.get(check);
      Set<String> flagged = flaggedScopes.get(check);
      if (planted != null) {
        boolean hit = flagged != null;
        tallies.merge(check, new CheckTally(0, 0, hit ? 1 : 0, 0, hit ? 0 : 1, 0), CheckTally::plus);
        if (!hit) {
          checkMisses.add(new CheckMiss(check, String.join(",", planted), "FAIL (planted)", "none"));
        }
      } else if (flagged != null && !truth.labelsAnomalies()) {
        tallies.merge(check, new CheckTally(0, 0, 0, 0, 0, 1), CheckTally::plus);
      } else if (flagged != null) {
        tallies.merge(check, new CheckTally(0, 0, 0, 1, 0, 0), CheckTally::plus);
        checkMisses.add(new CheckMiss(check, String.join(",", flagged), "none", "FAIL"));
      }
    }
    return new ReportScore(
        truth.source(), truth.file(), reportId, truth.layout(), truth.noise(), truth.damaged(), byTemplate,
        emptyAsZero, misses, tallies, checkMisses);
  }

  /** The miss for one truth cell, or null when the warehouse has it right. */
  static CellMiss compare(TruthCell expected, List<WarehouseCell> found) {
    String path = expected.path();
    if (found.isEmpty()) {
      return new CellMiss(path, "missing", expected, null, false);
    }
    List<WarehouseCell> sorted = new ArrayList<>(found);
    sorted.sort(CELL_ORDER);
    boolean emptyAsZero =
        expected.semantic().equals("EMPTY")
            && sorted.stream()
                .anyMatch(c -> c.semantic().equals("ZERO") || (c.value() != null && c.value().signum() == 0));
    WarehouseCell first = sorted.get(0);
    if (sorted.size() > 1) {
      return new CellMiss(path, "duplicated", expected, first, emptyAsZero);
    }
    List<String> problems = new ArrayList<>(3);
    if (!expected.semantic().equals(first.semantic())) {
      problems.add("kind");
    }
    if (!sameValue(expected.value(), first.value())) {
      problems.add("value");
    }
    if (!Objects.equals(expected.unit(), first.unit())) {
      problems.add("unit");
    }
    return problems.isEmpty() ? null : new CellMiss(path, String.join("+", problems), expected, first, emptyAsZero);
  }

  private static boolean sameValue(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** Marks the first unused FAIL row of the check (and scope, unless null) used; false when there is none. */
  private static boolean take(List<WarehouseCheck> fails, boolean[] used, String check, String scope) {
    for (int i = 0; i < fails.size(); i++) {
      WarehouseCheck row = fails.get(i);
      if (!used[i] && row.check().equals(check) && (scope == null || row.scope().equals(scope))) {
        used[i] = true;
        return true;
      }
    }
    return false;
  }

  private static String statuses(List<WarehouseCheck> rows) {
    return rows.isEmpty() ? "missing" : rows.stream().map(WarehouseCheck::status).collect(Collectors.joining(","));
  }
}
