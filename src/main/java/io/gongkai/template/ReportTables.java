package io.gongkai.template;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.Cell;
import io.gongkai.report.CellKey;
import io.gongkai.report.Template;
import java.util.List;

/**
 * What the table readers found in one report.
 *
 * @param templateT2 the table-2 template (S2014 for a S2014 report), null when no table 2 was found
 * @param templateT3 the table-3 variant (S2014 for a S2014 report), null when no table 3 was found or its printed
 *     rows cannot tell the variant ({@link ReportFlag#TEMPLATE_UNKNOWN})
 * @param spans the source lines each table was read from
 * @param unprinted the cells the template has that the report did not print (rows not found, a table not printed,
 *     the missing end of an incomplete row): not in {@code cells}, so that checks can say NOT_PRINTED
 */
public record ReportTables(
    Template templateT2,
    Template templateT3,
    List<Cell> cells,
    List<Finding> findings,
    List<LineSpan> spans,
    List<CellKey> unprinted) {
  public ReportTables {
    cells = List.copyOf(requireNonNull(cells, "cells is null"));
    unprinted = List.copyOf(requireNonNull(unprinted, "unprinted is null"));
    findings = List.copyOf(requireNonNull(findings, "findings is null"));
    spans = List.copyOf(requireNonNull(spans, "spans is null"));
  }

  /** Whether a source line lies within the rows a table was read from (and so is not prose). */
  public boolean inTable(int line) {
    for (LineSpan span : spans) {
      if (line >= span.first() && line <= span.last()) {
        return true;
      }
    }
    return false;
  }
}
