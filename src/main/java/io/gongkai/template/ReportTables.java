package io.gongkai.template;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.Cell;
import io.gongkai.report.Template;
import java.util.List;

/**
 * What the table readers found in one report.
 *
 * @param templateT2 the table-2 template (S2014 for a S2014 report), null when no table 2 was found
 * @param templateT3 the table-3 variant (S2014 for a S2014 report), null when no table 3 was found
 */
public record ReportTables(Template templateT2, Template templateT3, List<Cell> cells, List<Finding> findings) {
  public ReportTables {
    cells = List.copyOf(requireNonNull(cells, "cells is null"));
    findings = List.copyOf(requireNonNull(findings, "findings is null"));
  }
}
