package io.gongkai.layout;

import io.gongkai.ingest.TextChunk;
import io.gongkai.ingest.TextLine;
import java.util.ArrayList;
import java.util.List;

/** PDF text lines as rows: one row per visual line, one cell per glyph run, positions in points. */
public final class PdfLayout {
  private PdfLayout() {}

  public static List<SourceRow> read(List<TextLine> lines) {
    List<SourceRow> rows = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      List<SourceCell> cells = new ArrayList<>();
      for (TextChunk chunk : lines.get(i).chunks()) {
        String raw = Whitespace.trim(chunk.text());
        if (!raw.isEmpty()) {
          cells.add(new SourceCell(raw, chunk.x0(), chunk.x1()));
        }
      }
      if (!cells.isEmpty()) {
        rows.add(new SourceRow(cells, i + 1));
      }
    }
    return rows;
  }
}
