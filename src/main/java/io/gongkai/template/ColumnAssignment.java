package io.gongkai.template;

import io.gongkai.layout.SourceCell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a row's printed value cells into a template's columns.
 *
 * <p>When the count matches (after dropping surplus trailing blanks, which are padding of wider rows), placement is
 * positional and certain; surplus blanks at the start are padding of a wider header row. When cells are missing the placement is an inference — the first value to the first
 * column, the last to the last (the 总计 column), the rest in order — and carries a lower confidence; the unfilled
 * columns stay unprinted (EMPTY), never 0.
 *
 * @param cells one entry per column, null where nothing was printed
 */
record ColumnAssignment(List<SourceCell> cells, double confidence, boolean inferred, boolean surplus) {
  static final double INFERRED_CONFIDENCE = 0.5;

  static ColumnAssignment of(List<SourceCell> values, int columns) {
    List<SourceCell> v = new ArrayList<>(values);
    while (v.size() > columns && v.get(v.size() - 1).isBlank()) {
      v.remove(v.size() - 1);
    }
    // Blank padding under a wider header row ("|||||" before table 4's values) comes first.
    while (v.size() > columns && v.get(0).isBlank()) {
      v.remove(0);
    }
    SourceCell[] placed = new SourceCell[columns];
    if (v.size() == columns) {
      return new ColumnAssignment(Arrays.asList(v.toArray(new SourceCell[0])), 1.0, false, false);
    }
    if (v.size() > columns) {
      return new ColumnAssignment(List.copyOf(v.subList(0, columns)), INFERRED_CONFIDENCE, true, true);
    }
    if (v.stream().allMatch(SourceCell::isBlank)) {
      // Fewer blanks than columns (a blank row drawn without its empty cells): nothing to place, every cell EMPTY.
      return new ColumnAssignment(Arrays.asList(placed), 1.0, false, false);
    }
    placed[0] = v.get(0);
    if (v.size() > 1) {
      placed[columns - 1] = v.get(v.size() - 1);
      for (int i = 1; i < v.size() - 1; i++) {
        placed[i] = v.get(i);
      }
    }
    return new ColumnAssignment(Arrays.asList(placed), INFERRED_CONFIDENCE, true, false);
  }
}
