package io.gongkai.template;

import static java.util.Objects.requireNonNull;

import io.gongkai.layout.SourceCell;
import java.util.List;

/**
 * A table row as the readers see it: the label cells of its (possibly multi-level, possibly wrapped) label, then its
 * value cells in printed order. Blank value cells are kept; they are EMPTY cells, not absent ones.
 *
 * @param line the source line of the row's first cell
 * @param flushRight the values are the end of one row printed at its table's full width ({@link
 *     io.gongkai.layout.SourceRow#fullWidth()}): the last value is in the table's last column, so blank cells in
 *     excess of the template's columns are the label's empty slots before the values, not padding after them
 */
public record LabeledRow(List<SourceCell> labels, List<SourceCell> values, int line, boolean flushRight) {
  public LabeledRow {
    labels = List.copyOf(requireNonNull(labels, "labels is null"));
    values = List.copyOf(requireNonNull(values, "values is null"));
  }

  public LabeledRow(List<SourceCell> labels, List<SourceCell> values, int line) {
    this(labels, values, line, false);
  }

  /** The same values under other label cells (a suffix of a label run that named several rows). */
  LabeledRow withLabels(List<SourceCell> otherLabels) {
    return new LabeledRow(otherLabels, values, line, flushRight);
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
