package io.gongkai.layout;

import static java.util.Objects.requireNonNull;

/**
 * One cell as a rendering prints it: its raw text (whitespace-trimmed, never null) and, where the rendering has
 * geometry, its horizontal extent.
 *
 * <p>Positions are in the rendering's own unit: points for PDF glyphs, grid columns for HTML tables (after
 * rowspan/colspan resolution), character offsets for layout text. They are comparable only within one table of one
 * document. A rendering without geometry (pipe, tab) uses {@link Float#NaN} for both.
 */
public record SourceCell(String raw, float x0, float x1) {
  public SourceCell {
    requireNonNull(raw, "raw is null");
  }

  public static SourceCell of(String raw) {
    return new SourceCell(raw, Float.NaN, Float.NaN);
  }

  public boolean hasPosition() {
    return !Float.isNaN(x0);
  }

  public boolean isBlank() {
    return raw.isBlank();
  }
}
