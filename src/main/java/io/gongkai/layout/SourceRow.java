package io.gongkai.layout;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One row of a rendering: a table row (several cells) or a line of prose (one cell). {@code line} is the 1-based
 * line (or table-row ordinal for HTML) where the row starts, kept for messages and evidence.
 *
 * @param tableWidth the number of columns of the table the row belongs to, where the rendering states it (a Markdown
 *     table's delimiter row); 0 where it does not. A converter prints every row of a Markdown table at that width, a
 *     merged cell in its first slot and the slots it covers blank, so a row of that width has one cell per column.
 */
public record SourceRow(List<SourceCell> cells, int line, int tableWidth) {
  public SourceRow {
    cells = List.copyOf(requireNonNull(cells, "cells is null"));
  }

  public SourceRow(List<SourceCell> cells, int line) {
    this(cells, line, 0);
  }


  /** The row's cells joined by a single space, for prose and section-title matching. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (SourceCell cell : cells) {
      if (cell.isBlank()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(cell.raw());
    }
    return sb.toString();
  }
}
