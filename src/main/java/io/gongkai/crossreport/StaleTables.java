package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@value #ID}: a statistical table reprinted unchanged from the same body's report of the year before. Requests,
 * outcomes, reviews and documents issued change from one year to the next; a table identical cell for cell (same
 * places, same kinds, same values: {@link TableDigest}) was copied rather than counted.
 *
 * <p>Per table both reports have under the same template: FAIL when identical with at least {@code min_nonzero_cells}
 * non-zero cells; UNCERTAIN when identical with fewer (an all-zero table, or a body with one request both years, may
 * well be the same again: too little to tell a copy); PASS when they differ. Tables only one report has, or printed
 * under different templates, are not compared (no row).
 */
public final class StaleTables {
  public static final String ID = "R-XR-STALE";

  /**
   * One table of one report as {@link TableDigest} summed it up.
   *
   * @param table t2, t3, t4 or s2014
   * @param template the template it was read under (T2019, T2021, S2014), null when unknown
   */
  public record Table(String table, String template, int cells, int nonZero, String digest) {
    public Table {
      requireNonNull(table, "table is null");
      requireNonNull(digest, "digest is null");
    }
  }

  private StaleTables() {}

  /**
   * Compares a report's tables with those of the same body's report of the year before.
   *
   * @param tables the report's tables by table key
   * @param earlierTables the earlier report's tables by table key
   * @param minNonZeroCells the fewest non-zero cells an identical table needs to FAIL
   * @return one finding per table compared, in table order
   */
  public static List<Finding> check(String reportId, int year, String earlierReportId, String earlierFile,
      Map<String, Table> tables, Map<String, Table> earlierTables, int minNonZeroCells) {
    List<Finding> findings = new ArrayList<>();
    for (String key : tables.keySet().stream().sorted().toList()) {
      Table now = tables.get(key);
      Table before = earlierTables.get(key);
      if (before == null || now.template() == null || !now.template().equals(before.template())) {
        continue;
      }
      String head = String.format("%s (%s) of %d against %d's (%s)", key, now.template(), year, year - 1, earlierFile);
      CheckStatus status;
      String expression;
      if (!now.digest().equals(before.digest())) {
        status = CheckStatus.PASS;
        expression = String.format("%s: differs (%d cells, %d non-zero; %d cells, %d non-zero the year before)", head,
            now.cells(), now.nonZero(), before.cells(), before.nonZero());
      } else if (now.nonZero() < minNonZeroCells) {
        status = CheckStatus.UNCERTAIN;
        expression = String.format("%s: identical, %d cells of which %d non-zero, fewer than %d: too little to tell a"
            + " copy", head, now.cells(), now.nonZero(), minNonZeroCells);
      } else {
        status = CheckStatus.FAIL;
        expression = String.format("%s: identical cell for cell, %d cells of which %d non-zero (digest %s)", head,
            now.cells(), now.nonZero(), now.digest());
      }
      CheckResult result =
          new CheckResult(ID, key, status, CheckResult.Severity.WARNING, BigDecimal.valueOf(now.nonZero()),
              BigDecimal.valueOf(before.nonZero()), expression,
              List.of("tables." + key, "report " + earlierReportId + " tables." + key));
      findings.add(new Finding(reportId, result, earlierReportId,
          status == CheckStatus.FAIL ? (double) now.nonZero() : null));
    }
    return findings;
  }
}
