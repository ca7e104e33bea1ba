package io.gongkai.layout;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One row of a rendering: a table row (several cells) or a line of prose (one cell). {@code line} is the 1-based
 * line (or table-row ordinal for HTML) where the row starts, kept for messages and evidence.
 */
public record SourceRow(List<SourceCell> cells, int line) {
  public SourceRow {
    cells = List.copyOf(requireNonNull(cells, "cells is null"));
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
