package io.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.parse.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code parser_version} must move when the parser's output moves, or a warehouse cannot tell rows of two parsers
 * apart. This test fingerprints everything {@code parse --json} reports for the bundled samples and the layout
 * fixtures; when the output changes, bump {@link ReportParser#VERSION} and record the new fingerprint here.
 */
class ParserVersionTest {
  /** Parser version to the SHA-256 of its output on {@link #INPUTS}. */
  private static final Map<String, String> FINGERPRINTS =
      Map.of(
          "0.2.0", "b25f53433b219c13bbbaf6aceeb0b1fee4c5e9c66b31db5f075d9a748ccffe5c",
          // scope and body_kind with their confidence and evidence (issue 15 item 1)
          "0.3.0", "372719d9a2e72fd23c97c8a47ba5a2c6e35046a726132037d2ebe460d9f7d372",
          // traditional 減少13 in T2019's 本年增/減 read as -13 (it was EMPTY, and the row's next cell with it); no
          // input here prints it, so the fingerprint stays
          "0.3.1", "372719d9a2e72fd23c97c8a47ba5a2c6e35046a726132037d2ebe460d9f7d372",
          // crawled cell-per-line text with lone pipes between cells, Markdown delimiter rows, pinyin readings
          // (issue 20); the inputs gained a fixture for each, the samples' output is unchanged
          "0.4.0", "c84909b4b60945911bb4471359eb5b94db20a4d9d26b12db1a4f2c8df1cdc0a5",
          // absent is not blank (issue 20, phenomena 3 and 5): rows and tables not printed have no cells (they were
          // EMPTY), TABLE_NOT_FOUND for a table 3 or 4 left out, checks name NOT_PRINTED operands, a table 3 cut
          // before （六） has no template (TEMPLATE_UNKNOWN) and its last row may be ROW_INCOMPLETE; three fixtures. Lines
          // of single-spaced words ending in values (行政许可 97: converter Markdown prints table 2 so) are a label and
          // value cells; one more fixture
          "0.5.0", "cc1365dc781207bb2ff3d2ec56ffe0552e068ca522004a749ce3ef5393450e53",
          // Markdown rows carry their table's width, and table 3's values are its last seven slots: blank label slots
          // are no values (|  | （二）部分公开 |  |  | 0 | … |  | read its blank 自然人 and 总计 one column off, and a
          // row cut after such a slot its cells too); a row's closing pipe is optional. Three more fixtures, one of
          // them (table 3 printed blank in PDF text) read the same by 0.5.0. A table 4 printed as a row of blank cells
          // under a header that names no column is printed blank, not left out; one more fixture
          "0.5.1", "fb7845c3b4a4f74e1f6b27eebd3f2c6e19b2de9e6ed342e52c3005fabf342e73");

  private static final List<String> INPUTS =
      List.of(
          "/samples/000_f33f83f1c85a8eb6.txt", "/samples/001_42bc1c002d3797e9.txt",
          "/samples/002_02af2ddfabc85d6c.txt", "/samples/003_88a498967a8a146f.txt",
          "/samples/004_97ee47eec622cd46.txt", "/samples/ha2024.pdf", "/samples/hzq2023.pdf",
          "/samples/hzq2024.pdf", "/fixtures/s2014-answers-with-rows-lost.txt",
          "/fixtures/s2014-ocr-tab-label-split-by-tab.txt", "/fixtures/s2014-pdf-text-blank-rows-closed-by-unit.txt",
          "/fixtures/s2014-tab-rows-blank-and-na.txt", "/fixtures/t2019-digits-run-together.txt",
          "/fixtures/t2019-table2-pipe-blank-and-na.txt", "/fixtures/t2021-table2-traditional-blank-line-per-cell.txt",
          "/fixtures/t3-pdf-text-blank-in-every-row.txt", "/fixtures/t4-flattened-one-line.txt",
          "/fixtures/t2021-cell-per-line-pipe-separators.txt", "/fixtures/t2021-markdown-converter-split-tables.txt",
          "/fixtures/t2021-traditional-labels-with-pinyin-readings.txt",
          "/fixtures/t2021-table3-cut-before-variant-rows.txt", "/fixtures/t2019-table3-cut-last-row-unclosed.txt",
          "/fixtures/t2021-table4-not-printed.txt",
          "/fixtures/t2021-markdown-table2-plain-lines-broken-group-labels.txt",
          "/fixtures/t2021-table3-printed-blank-pdf-text.txt",
          "/fixtures/t2021-markdown-full-width-table3-blank-first-and-total-columns.txt",
          "/fixtures/t2021-markdown-table3-cut-inside-a-row-after-blank-label-slot.txt",
          "/fixtures/t2021-markdown-table4-printed-blank-under-two-cell-header.txt");

  @Test
  void theVersionNamesTheOutput() throws IOException, NoSuchAlgorithmException {
    ReportParser parser = new ReportParser();
    ObjectMapper json = new ObjectMapper();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String input : INPUTS) {
      byte[] bytes;
      try (InputStream in = ParserVersionTest.class.getResourceAsStream(input)) {
        bytes = in.readAllBytes();
      }
      String name = input.substring(input.lastIndexOf('/') + 1);
      sha.update(json.writeValueAsString(ReportJson.of(parser.parse(name, bytes))).getBytes(StandardCharsets.UTF_8));
    }
    String fingerprint = HexFormat.of().formatHex(sha.digest());
    assertEquals(
        FINGERPRINTS.get(ReportParser.VERSION), fingerprint,
        "The parser's output changed: bump ReportParser.VERSION (now " + ReportParser.VERSION
            + ") and record this fingerprint for it in ParserVersionTest");
  }
}
