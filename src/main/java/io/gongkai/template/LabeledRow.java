package io.gongkai.template;

import static java.util.Objects.requireNonNull;

import io.gongkai.layout.SourceCell;
import java.util.List;

/**
 * A table row as the readers see it: the label cells of its (possibly multi-level, possibly wrapped) label, then its
 * value cells in printed order. Blank value cells are kept; they are EMPTY cells, not absent ones.
 *
 * @param line the source line of the row's first cell
 */
public record LabeledRow(List<SourceCell> labels, List<SourceCell> values, int line) {
  public LabeledRow {
    labels = List.copyOf(requireNonNull(labels, "labels is null"));
    values = List.copyOf(requireNonNull(values, "values is null"));
  }

  /** All label cells normalised and concatenated: the text anchors are searched in. */
  public String joinedLabel() {
    StringBuilder sb = new StringBuilder();
    for (SourceCell label : labels) {
      sb.append(LabelText.normalize(label.raw()));
    }
    return sb.toString();
  }

  /** The last label cell, normalised and without numbering: the text exact anchors compare with. */
  public String ownLabel() {
    return labels.isEmpty() ? "" : LabelText.stripNumbering(LabelText.normalize(labels.get(labels.size() - 1).raw()));
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
