package io.gongkai.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.report.Cell;
import io.gongkai.report.CellKind;
import io.gongkai.report.TableId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A corpus generated in memory for tests, with each report's truth parsed. */
final class SynthCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One report and its parsed truth. */
  record Item(GeneratedReport report, JsonNode truth) {
    String layout() {
      return truth.get("layout").asText();
    }

    List<String> noise() {
      List<String> list = new ArrayList<>();
      truth.get("noise").forEach(n -> list.add(n.asText()));
      return list;
    }

    /** The truth's cells of one table as the parser would report them: printed values and semantics as they are. */
    List<Cell> cells(TableId table) {
      List<Cell> cells = new ArrayList<>();
      for (JsonNode c : truth.get("cells")) {
        if (!c.get("table").asText().equals(table.key())) {
          continue;
        }
        CellKind kind = CellKind.valueOf(c.get("semantic").asText());
        cells.add(new Cell(table, text(c.get("block")), text(c.get("row")), c.get("col").asText(),
            c.get("raw").asText(), kind, kind.hasValue() ? c.get("value").decimalValue() : null, text(c.get("unit")),
            null, 1.0, 0));
      }
      return cells;
    }

    private static String text(JsonNode node) {
      return node == null || node.isNull() ? null : node.asText();
    }
  }

  private SynthCorpus() {}

  /** True when this machine has a CJK TrueType font, so PDFs can be written. */
  static boolean canWritePdf() {
    return PdfWriter.findFont() != null;
  }

  static List<Item> generate(SynthConfig config) {
    List<Item> items = new ArrayList<>();
    try (Synthesizer synth = new Synthesizer(config)) {
      synth.generate(r -> items.add(new Item(r, parse(r.truthJson()))));
    }
    return items;
  }

  /** The default configuration for a test corpus: PDFs only where the font is installed. */
  static SynthConfig.Builder config(int reports, long seed) {
    return SynthConfig.builder().reports(reports).seed(seed).pdfShare(canWritePdf() ? 0.05 : 0);
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
