package io.gongkai.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file with nothing in it is EMPTY_FILE through the parser's entry point whatever it is called: the name is never
 * consulted, so an empty {@code .pdf} is not a broken PDF and an empty {@code .html} is not a page without text.
 */
class EmptyFileTest {
  private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private final ReportParser parser = new ReportParser();

  @Test
  void zeroBytesWhateverTheName() {
    List<String> names = List.of("x.pdf", "x.html", "x.txt", "x", "x.PDF");
    List<ReportParser.Source> sources = new ArrayList<>();
    for (String name : names) {
      sources.add(new ReportParser.Source(name, new byte[0]));
    }

    List<ParsedReport> reports = parser.parseAll(sources);

    assertEquals(names, reports.stream().map(ParsedReport::fileName).toList());
    for (ParsedReport report : reports) {
      assertRejectedAsEmpty(report, 0, EMPTY_SHA256, "File is empty: 0 bytes");
      assertEquals(report, parser.parse(report.fileName(), new byte[0]), report.fileName());
    }
  }

  @Test
  void whitespaceOnlyNamedAsPdf() {
    ParsedReport report = parser.parse("x.pdf", " \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8));

    assertRejectedAsEmpty(
        report, 8, "5d86db3f2db65b698f661b2ada280809aceafb9de6ce7be9c83561ea20d691f5",
        "File has only whitespace: 8 bytes");
  }

  @Test
  void byteOrderMarkOnlyIsEmpty() {
    byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}};
    for (byte[] mark : marks) {
      ParsedReport report = parser.parse("bom.html", mark);

      assertEquals("EMPTY_FILE", report.rejectReason());
      assertEquals("File has only whitespace: " + mark.length + " bytes", report.rejectDetail());
    }
  }

  private static void assertRejectedAsEmpty(ParsedReport report, long size, String sha256, String detail) {
    assertEquals(ParsedReport.Status.REJECTED, report.status(), report.fileName());
    assertEquals("EMPTY_FILE", report.rejectReason(), report.fileName());
    assertEquals(detail, report.rejectDetail(), report.fileName());
    assertEquals(size, report.sizeBytes(), report.fileName());
    assertEquals(sha256, report.sha256(), report.fileName());
    assertNull(report.format(), report.fileName());
    assertNull(report.encoding(), report.fileName());
    assertEquals(List.of(), report.cells(), report.fileName());
  }
}
