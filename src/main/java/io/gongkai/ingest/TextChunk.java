package io.gongkai.ingest;

import static java.util.Objects.requireNonNull;

/**
 * A run of glyphs on one PDF line with no wide gap inside: usually one table cell or one phrase. {@code text} keeps
 * internal gaps as single spaces and is never blank; {@code x0}/{@code x1} are its horizontal extent in points.
 */
public record TextChunk(String text, float x0, float x1) {
  public TextChunk {
    requireNonNull(text, "text is null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("Chunk text is blank at x0 " + x0);
    }
    if (!(x0 <= x1)) {
      throw new IllegalArgumentException("Chunk '" + text + "' has x1 " + x1 + " left of x0 " + x0);
    }
  }
}
