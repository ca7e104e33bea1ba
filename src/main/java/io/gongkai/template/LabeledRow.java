package io.gongkai.template;

import static java.util.Objects.requireNonNull;

import io.gongkai.layout.SourceCell;
import java.util.List;

/**
 * A table row as the readers see it: the label cells of its (possibly multi-level, possibly wrapped) label, then its
 * value cells in printed order. Blank value cells are kept; they are EMPTY cells, not absent ones.
 *
 * @param line the source line of the row's first cell
 * @param tableWidth the width of the Markdown table the row was printed in ({@link
 *     io.gongkai.layout.SourceRow#tableWidth()}), 0 when unknown
 * @param valuesFrom the slot of that table in which the first value cell was printed, when all values come from one
 *     source row of known width; -1 otherwise
 */
public record LabeledRow(
    List<SourceCell> labels, List<SourceCell> values, int line, int tableWidth, int valuesFrom) {
  public LabeledRow {
    labels = List.copyOf(requireNonNull(labels, "labels is null"));
    values = List.copyOf(requireNonNull(values, "values is null"));
  }

  public LabeledRow(List<SourceCell> labels, List<SourceCell> values, int line) {
    this(labels, values, line, 0, -1);
  }

  /** The same values under other label cells (a suffix of a label run that named several rows). */
  LabeledRow withLabels(List<SourceCell> otherLabels) {
    return new LabeledRow(otherLabels, values, line, tableWidth, valuesFrom);
  }

  /**
   * The values printed in a grid table's value columns, {@code columns} of them, all the table's last slots (table 3:
   * every row has the same seven). A converter prints a merged label in its first slot and the slots it covers
   * blank ({@code |  | （二）部分公开 |  |  | 0 | … |  |}), so where the row's slots are known the blank cells before
   * the value columns are the label's, not values. The row as printed otherwise: without its table's width, or when
   * a cell the slots say is the label's holds text.
   */
  public List<SourceCell> valuesIn(int columns) {
    int skip = tableWidth - columns - valuesFrom;
    if (tableWidth <= 0 || valuesFrom < 0 || skip <= 0 || skip >= values.size()) {
      return values;
    }
    for (int i = 0; i < skip; i++) {
      if (!values.get(i).isBlank()) {
        return values;
      }
    }
    return values.subList(skip, values.size());
  }

  /**
   * All label cells normalised and concatenated: the text anchors are searched in. Fragments of vertical labels are
   * left out: PDF text prints a merged cell such as 三、本年度办理结果 one character per line, and such a character
   * lands inside a wrapped label (逾期不补 / 果 / 正、行政机关…) where it would break the anchor 逾期不补正.
   */
  public String joinedLabel() {
    StringBuilder sb = new StringBuilder();
    for (SourceCell label : labels) {
      String normalized = LabelText.normalize(label.raw());
      if (!isVerticalFragment(normalized)) {
        sb.append(normalized);
      }
    }
    return sb.toString();
  }

  /** The last label cell that is not a vertical fragment, normalised and without numbering: for exact anchors. */
  public String ownLabel() {
    for (int i = labels.size() - 1; i >= 0; i--) {
      String normalized = LabelText.normalize(labels.get(i).raw());
      if (!isVerticalFragment(normalized)) {
        return LabelText.stripNumbering(normalized);
      }
    }
    return "";
  }

  /** One character, or a numeral with its 、 (三、): what a vertical label leaves on a line. */
  static boolean isVerticalFragment(String normalized) {
    // A character test rather than String.matches, which compiled its regex for every label cell of every row.
    return normalized.codePointCount(0, normalized.length()) == 1
        || (normalized.length() == 2
            && normalized.charAt(1) == '、'
            && "一二三四五六七八九十".indexOf(normalized.charAt(0)) >= 0);
  }

  public boolean hasValueText() {
    for (SourceCell value : values) {
      if (!value.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
