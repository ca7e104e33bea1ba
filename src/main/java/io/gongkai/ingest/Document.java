package io.gongkai.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A decoded report file.
 *
 * <p>For {@link SourceFormat#PDF}, {@code text} is the lines rendered one per text line ({@code '\n'} between lines),
 * each line's chunks joined by two spaces, and {@code lines} holds the geometry; {@code encoding} is {@code "PDF"}.
 * For TEXT and HTML, {@code lines} is empty, {@code text} is the decoded string without byte order mark (HTML source
 * kept as is) and {@code encoding} names the charset that decoded it, e.g. {@code "UTF-8"} or {@code "GB18030"}.
 */
public record Document(String fileName, SourceFormat format, String encoding, String text, List<TextLine> lines) {
  /** Two spaces: wider than the single space kept inside a chunk, so the chunk boundaries survive in the text. */
  static final String CHUNK_SEPARATOR = "  ";

  public Document {
    requireNonNull(fileName, "fileName is null");
    requireNonNull(format, "format is null");
    requireNonNull(encoding, "encoding is null");
    requireNonNull(text, "text is null");
    lines = List.copyOf(requireNonNull(lines, "lines is null"));
  }
}
