package io.gongkai.template;

import io.gongkai.layout.SourceCell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a row's printed value cells into a template's columns.
 *
 * <p>When the count matches (after dropping surplus trailing blanks, which are padding of wider rows), placement is
 * positional and certain; surplus blanks at the start are padding of a wider header row. When cells are missing (PDF
 * text prints nothing for a blank cell) and the cells have positions, each goes to the nearest column centre measured
 * on the table's complete rows, keeping their order. Without geometry the placement is an inference — the first value
 * to the first column, the last to the last (the 总计 column), the rest in order — and carries a lower confidence.
 * Unfilled columns stay unprinted (EMPTY), never 0.
 *
 * @param cells one entry per column, null where nothing was printed
 */
record ColumnAssignment(List<SourceCell> cells, double confidence, boolean inferred, boolean surplus) {
  static final double INFERRED_CONFIDENCE = 0.5;
  static final double ALIGNED_CONFIDENCE = 0.9;

  static ColumnAssignment of(List<SourceCell> values, int columns) {
    return of(values, columns, null);
  }

  /**
   * @param centres the column centres of this table (same unit as the cells' positions), or null when unknown
   */
  static ColumnAssignment of(List<SourceCell> values, int columns, float[] centres) {
    List<SourceCell> v = new ArrayList<>(values);
    // Surplus blanks come from one side: padding after the row (seed 000's "||") or the empty slots of a label
    // spanning several columns before it (a Markdown converter prints | 四、结转下年度继续办理 |  |  | 0 | …). Take them
    // from the side that accounts for all of them, the end first; mixing both sides shifts a value into its
    // neighbour's column. When both sides could (|  | （二）部分公开 |  |  | 0 | 0 | 0 | 0 | 0 |  |), only the row's
    // slots in its table tell (LabeledRow.valuesIn, for table 3).
    int surplus = v.size() - columns;
    if (surplus > 0 && blanksAtEnd(v) < surplus && blanksAtStart(v) >= surplus) {
      v.subList(0, surplus).clear();
    }
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
    if (centres != null && v.stream().allMatch(SourceCell::hasPosition)) {
      return aligned(v, columns, centres);
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

  private static int blanksAtEnd(List<SourceCell> v) {
    int n = 0;
    for (int i = v.size() - 1; i >= 0 && v.get(i).isBlank(); i--) {
      n++;
    }
    return n;
  }

  private static int blanksAtStart(List<SourceCell> v) {
    int n = 0;
    while (n < v.size() && v.get(n).isBlank()) {
      n++;
    }
    return n;
  }

  /** Nearest centre in order: value i may only take a column after the one value i-1 took, leaving room for the rest. */
  private static ColumnAssignment aligned(List<SourceCell> v, int columns, float[] centres) {
    SourceCell[] placed = new SourceCell[columns];
    int next = 0;
    for (int i = 0; i < v.size(); i++) {
      SourceCell cell = v.get(i);
      float centre = (cell.x0() + cell.x1()) / 2;
      int last = columns - (v.size() - i); // keep a column for each value still to place
      int best = next;
      for (int c = next; c <= last; c++) {
        if (Math.abs(centres[c] - centre) < Math.abs(centres[best] - centre)) {
          best = c;
        }
      }
      placed[best] = cell;
      next = best + 1;
    }
    return new ColumnAssignment(Arrays.asList(placed), ALIGNED_CONFIDENCE, false, false);
  }

  /**
   * Column centres when no row prints every column (PDF text prints nothing for a blank, and a table can have a blank
   * in every row): the centres of all printed values of the table, grouped where they leave a gap wider than twice the
   * median value width. Accepted only when they form exactly one group per column, so that each column was printed in some
   * row; null otherwise.
   */
  static float[] clusteredCentres(List<List<SourceCell>> rows, int columns) {
    List<Float> xs = new ArrayList<>();
    List<Float> widths = new ArrayList<>();
    for (List<SourceCell> row : rows) {
      for (SourceCell cell : row) {
        if (cell.isBlank()) {
          continue;
        }
        if (!cell.hasPosition()) {
          return null;
        }
        xs.add((cell.x0() + cell.x1()) / 2);
        widths.add(cell.x1() - cell.x0());
      }
    }
    if (xs.isEmpty()) {
      return null;
    }
    xs.sort(null);
    widths.sort(null);
    // Within a column, centres of right- or left-aligned numbers of different widths differ by up to half the width
    // difference; between columns there is at least a cell's width of space.
    float gap =
        Math.max(2 * Math.max(widths.get(widths.size() / 2), 1), (widths.get(widths.size() - 1) - widths.get(0)) / 2 + 1);
    List<Float> centres = new ArrayList<>();
    float sum = xs.get(0);
    int n = 1;
    for (int i = 1; i < xs.size(); i++) {
      if (xs.get(i) - xs.get(i - 1) > gap) {
        centres.add(sum / n);
        sum = 0;
        n = 0;
      }
      sum += xs.get(i);
      n++;
    }
    centres.add(sum / n);
    if (centres.size() != columns) {
      return null;
    }
    float[] out = new float[columns];
    for (int c = 0; c < columns; c++) {
      out[c] = centres.get(c);
    }
    return out;
  }

  /**
   * Column centres from the rows that print every column: the median centre of each position; null when no row
   * is complete or positions are missing.
   */
  static float[] centres(List<List<SourceCell>> rows, int columns) {
    List<float[]> complete = new ArrayList<>();
    for (List<SourceCell> row : rows) {
      List<SourceCell> v = new ArrayList<>(row);
      while (v.size() > columns && v.get(v.size() - 1).isBlank()) {
        v.remove(v.size() - 1);
      }
      if (v.size() != columns || !v.stream().allMatch(c -> c.hasPosition() && !c.isBlank())) {
        continue;
      }
      float[] x = new float[columns];
      for (int c = 0; c < columns; c++) {
        x[c] = (v.get(c).x0() + v.get(c).x1()) / 2;
      }
      complete.add(x);
    }
    if (complete.isEmpty()) {
      return null;
    }
    float[] centres = new float[columns];
    for (int c = 0; c < columns; c++) {
      float[] values = new float[complete.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = complete.get(r)[c];
      }
      Arrays.sort(values);
      centres[c] = values[values.length / 2];
    }
    return centres;
  }
}
