package io.gongkai.template;

import io.gongkai.layout.SourceCell;
import io.gongkai.layout.SourceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns rendering rows into {@link LabeledRow}s by what the cells are, not by counting them (spec §0.4 design rule).
 *
 * <ul>
 *   <li>A label after a value starts a new row; a label after labels continues the label (multi-level labels such as
 *       三、本年度办理结果 / （一）予以公开, and PDF labels wrapped over lines).
 *   <li>Values after labels belong to that row, blanks included. A line of values under a label-only line belongs to
 *       that label (PDF rows whose values sit below the first label line).
 *   <li>A line of values that follows a complete row starts a row of its own whose label comes later (PDF text that
 *       prints values before their label).
 *   <li>Within one line, blanks before a label are the empty cells of merged label columns and are dropped.
 *   <li>Page furniture ({@code -3-}, {@code 第3页}) is dropped; several numbers glued in one cell are split.
 *   <li>Where the table prints a unit column ({@code assemble(rows, units)}), a label run that ends in a unit word is a
 *       whole row even without values (its value printed blank): the next label starts a row of its own, instead of
 *       continuing a blank row's label (an S2014 row left blank, 四、行政复议数量 件, once swallowed the rows after it).
 * </ul>
 */
public final class RowAssembler {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^(?:[-—–－]\\s*\\d{1,3}\\s*[-—–－]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?)$");
  private static final Pattern NUMBER_RUN = Pattern.compile("^\\d+(?:\\.\\d+)?(?:\\s+\\d+(?:\\.\\d+)?)+$");

  private final List<LabeledRow> rows = new ArrayList<>();
  private List<SourceCell> labels = new ArrayList<>();
  private List<SourceCell> values = new ArrayList<>();
  private final Set<String> units;
  private int line;
  private boolean open;
  /** The current row's labels ended in a unit word: later labels start a new row. */
  private boolean labelClosed;
  /**
   * Where the current row's values sit in their Markdown table ({@link LabeledRow#tableWidth()}, {@link
   * LabeledRow#valuesFrom()}): known when they all come from one row of a table of known width.
   */
  private int tableWidth;

  private int valuesFrom = -1;

  private RowAssembler(Set<String> units) {
    this.units = units;
  }

  public static List<LabeledRow> assemble(List<SourceRow> sourceRows) {
    return assemble(sourceRows, Set.of());
  }

  /**
   * @param units the unit words of a table with a unit column ({@link LabelText#normalize normalized}); a label run
   *     ending in one closes its row's label
   */
  public static List<LabeledRow> assemble(List<SourceRow> sourceRows, Set<String> units) {
    RowAssembler assembler = new RowAssembler(units);
    for (SourceRow row : sourceRows) {
      assembler.accept(row);
    }
    assembler.flush();
    return assembler.rows;
  }

  private void accept(SourceRow row) {
    List<SourceCell> cells = cells(row);
    if (cells.isEmpty()) {
      return;
    }
    if (cells.size() == 1) {
      acceptStreamCell(cells.get(0), row.line());
      return;
    }
    // A line of several cells: split it into (labels, values) segments.
    List<SourceCell> segLabels = new ArrayList<>();
    List<SourceCell> segValues = new ArrayList<>();
    int segFrom = -1; // the slot of segValues' first cell
    for (int slot = 0; slot < cells.size(); slot++) {
      SourceCell cell = cells.get(slot);
      if (isValue(cell)) {
        if (segValues.isEmpty()) {
          segFrom = slot;
        }
        segValues.add(cell);
      } else if (hasText(segValues)) {
        acceptSegment(segLabels, segValues, row.line());
        segLabels = new ArrayList<>(List.of(cell));
        segValues = new ArrayList<>();
      } else {
        segValues.clear();
        segLabels.add(cell);
      }
    }
    boolean before = !values.isEmpty();
    acceptSegment(segLabels, segValues, row.line());
    // The slots are known when the row's values are this segment's alone, and no cell was dropped (page furniture)
    // or split (numbers run together in one cell) on the way.
    boolean known =
        row.tableWidth() > 0 && cells.size() == row.cells().size() && !segValues.isEmpty()
            && (!before || values.size() == segValues.size());
    tableWidth = known ? row.tableWidth() : 0;
    valuesFrom = known ? segFrom : -1;
  }

  private void acceptStreamCell(SourceCell cell, int lineNo) {
    if (isValue(cell)) {
      if (!open) {
        start(lineNo);
      }
      values.add(cell);
      tableWidth = 0;
      valuesFrom = -1;
    } else if (open && ((values.isEmpty() && !labelClosed) || (labels.isEmpty() && hasText(values)))) {
      // A label continues a label-only row, or names a row whose values were printed first.
      addLabels(List.of(cell));
    } else {
      flush();
      start(lineNo);
      addLabels(List.of(cell));
    }
  }

  private void addLabels(List<SourceCell> cells) {
    labels.addAll(cells);
    labelClosed = endsWithUnit(cells, units);
  }

  /** Whether the last label cell is one of {@code units} (normalized unit words of the table's unit column). */
  static boolean endsWithUnit(List<SourceCell> labels, Set<String> units) {
    return !units.isEmpty()
        && !labels.isEmpty()
        && units.contains(LabelText.normalize(labels.get(labels.size() - 1).raw()));
  }

  private void acceptSegment(List<SourceCell> segLabels, List<SourceCell> segValues, int lineNo) {
    if (!segLabels.isEmpty()) {
      if (open && labels.isEmpty() && hasText(values) && segValues.isEmpty()) {
        // The label of a row whose values were printed first.
        addLabels(segLabels);
        return;
      }
      if (open && values.isEmpty() && !labelClosed) {
        addLabels(segLabels);
        values.addAll(segValues);
      } else {
        flush();
        start(lineNo);
        addLabels(segLabels);
        values.addAll(segValues);
      }
      return;
    }
    if (segValues.isEmpty()) {
      return;
    }
    if (open && (!hasText(values) || !hasText(segValues))) {
      // Values under a label-only line, or trailing blank cells of the current row.
      values.addAll(segValues);
      return;
    }
    flush();
    start(lineNo);
    values.addAll(segValues);
  }

  private void start(int lineNo) {
    open = true;
    labelClosed = false;
    tableWidth = 0;
    valuesFrom = -1;
    line = lineNo;
    labels = new ArrayList<>();
    values = new ArrayList<>();
  }

  private void flush() {
    if (open && labelClosed && values.isEmpty()) {
      values.add(SourceCell.of("")); // the row's value column, printed blank
    }
    if (open && (!labels.isEmpty() || !values.isEmpty())) {
      rows.add(new LabeledRow(labels, values, line, tableWidth, valuesFrom));
    }
    open = false;
  }

  private static List<SourceCell> cells(SourceRow row) {
    List<SourceCell> cells = new ArrayList<>(row.cells().size());
    for (SourceCell cell : row.cells()) {
      String raw = cell.raw();
      if (PAGE_NUMBER.matcher(raw).matches()) {
        continue;
      }
      if (NUMBER_RUN.matcher(raw).matches()) {
        splitNumbers(cell, cells);
      } else {
        cells.add(cell);
      }
    }
    return cells;
  }

  /** {@code "21 0 0"} in one cell is three cells; positions are shared out by character offset. */
  private static void splitNumbers(SourceCell cell, List<SourceCell> out) {
    String raw = cell.raw();
    float width = cell.hasPosition() ? (cell.x1() - cell.x0()) / raw.length() : Float.NaN;
    int i = 0;
    while (i < raw.length()) {
      if (raw.charAt(i) == ' ') {
        i++;
        continue;
      }
      int end = raw.indexOf(' ', i);
      end = end < 0 ? raw.length() : end;
      String number = raw.substring(i, end);
      out.add(
          cell.hasPosition()
              ? new SourceCell(number, cell.x0() + i * width, cell.x0() + end * width)
              : SourceCell.of(number));
      i = end;
    }
  }

  static boolean isValue(SourceCell cell) {
    return PrintedValue.isValueText(cell.raw());
  }

  private static boolean hasText(List<SourceCell> cells) {
    for (SourceCell cell : cells) {
      if (!cell.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
