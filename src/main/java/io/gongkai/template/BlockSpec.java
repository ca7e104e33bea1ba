package io.gongkai.template;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.Template;
import java.util.List;

/**
 * A table-2 block (第二十条第（X）项) of one template: its sub-header, rows and columns (spec §2A, §2B).
 *
 * @param subHeader the normalised sub-header text, e.g. {@code 第二十条第(一)项}
 */
public record BlockSpec(Template template, String key, String subHeader, List<RowSpec> rows, List<ColumnSpec> columns) {
  public BlockSpec {
    requireNonNull(template, "template is null");
    requireNonNull(key, "key is null");
    requireNonNull(subHeader, "subHeader is null");
    rows = List.copyOf(requireNonNull(rows, "rows is null"));
    columns = List.copyOf(requireNonNull(columns, "columns is null"));
  }
}
