package io.gongkai.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One visual line of a PDF page: its 1-based {@code page}, its baseline {@code y} in points measured from the top of
 * the page, and its chunks ordered left to right.
 */
public record TextLine(int page, float y, List<TextChunk> chunks) {
  public TextLine {
    if (page < 1) {
      throw new IllegalArgumentException("Page must be 1-based, found " + page);
    }
    chunks = List.copyOf(requireNonNull(chunks, "chunks is null"));
  }

  /** The chunks joined by two spaces, the form a line takes in {@link Document#text()}. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (TextChunk chunk : chunks) {
      if (sb.length() > 0) {
        sb.append(Document.CHUNK_SEPARATOR);
      }
      sb.append(chunk.text());
    }
    return sb.toString();
  }
}
