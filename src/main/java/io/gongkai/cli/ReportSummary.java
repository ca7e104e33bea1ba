package io.gongkai.cli;

import io.gongkai.report.Cell;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import io.gongkai.report.ParsedReport;
import io.gongkai.report.TableId;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The readable {@code parse} output: one block per file, failed checks with their arithmetic. */
final class ReportSummary {
  private ReportSummary() {}

  static void print(ParsedReport report, PrintWriter out) {
    if (report.status() == ParsedReport.Status.REJECTED) {
      out.printf("%s  REJECTED %s: %s%n%n", report.fileName(), report.rejectReason(), report.rejectDetail());
      return;
    }
    out.printf(
        "%s  PARSED  %s/%s  year %s  template t2 %s, t3 %s%n",
        report.fileName(), report.format(), report.encoding(), orNone(report.reportYear()),
        orNone(report.templateT2()), orNone(report.templateT3()));
    Map<TableId, Set<String>> rows = new EnumMap<>(TableId.class);
    Map<TableId, Integer> counts = new EnumMap<>(TableId.class);
    for (Cell cell : report.cells()) {
      rows.computeIfAbsent(cell.table(), t -> new LinkedHashSet<>()).add(cell.block() + "/" + cell.row());
      counts.merge(cell.table(), 1, Integer::sum);
    }
    StringBuilder tables = new StringBuilder();
    for (Map.Entry<TableId, Integer> e : counts.entrySet()) {
      tables.append(tables.length() == 0 ? "" : ", ");
      tables.append(e.getKey().key()).append(' ').append(rows.get(e.getKey()).size()).append(" rows/")
          .append(e.getValue()).append(" cells");
    }
    out.printf("  tables: %s%n", tables.length() == 0 ? "none found" : tables);
    out.printf(
        "  checks: %d PASS, %d FAIL, %d UNCERTAIN%n",
        report.countChecks(CheckStatus.PASS), report.countChecks(CheckStatus.FAIL),
        report.countChecks(CheckStatus.UNCERTAIN));
    for (CheckResult check : report.checks()) {
      if (check.status() == CheckStatus.FAIL) {
        out.printf(
            "  FAIL %s [%s] %s: %s  (%s vs %s)%n", check.check(), check.scope(), check.severity(),
            check.expression(), plain(check.left()), plain(check.right()));
      }
    }
    if (!report.flags().isEmpty()) {
      out.printf("  flags: %s%n", String.join(", ", report.flags()));
    }
    out.println();
  }

  private static String plain(java.math.BigDecimal value) {
    return value == null ? "?" : value.toPlainString();
  }

  private static Object orNone(Object value) {
    return value == null ? "none" : value;
  }
}
