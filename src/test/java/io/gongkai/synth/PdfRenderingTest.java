package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Real PDFs: written with PDFBox and a CJK TrueType font, read back as PDFs with their text. */
class PdfRenderingTest {
  @Test
  void generatedPdfsAreTextPdfs() {
    Assumptions.assumeTrue(SynthCorpus.canWritePdf(),
        "needs a TrueType font with CJK glyphs: apt-get install " + PdfWriter.FONT_PACKAGE);
    List<SynthCorpus.Item> corpus = SynthCorpus.generate(SynthCorpus.config(8, 13).pdfShare(1).build());
    ReportParser parser = new ReportParser();
    for (SynthCorpus.Item item : corpus) {
      assertEquals("pdf", item.layout());
      byte[] bytes = item.report().content();
      assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
      ParsedReport parsed = parser.parse(item.report().fileName(), bytes);
      assertEquals(ParsedReport.Status.PARSED, parsed.status(), parsed.rejectReason() + " " + parsed.rejectDetail());
      assertEquals("PDF", parsed.format());
      assertTrue(parsed.cells().size() > 20, item.report().fileName() + " has " + parsed.cells().size() + " cells");
    }
  }

  @Test
  void missingFontIsAClearError() {
    String before = System.getProperty(PdfWriter.FONT_PROPERTY);
    System.setProperty(PdfWriter.FONT_PROPERTY, "/nonexistent/font.ttc");
    try {
      IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> new Synthesizer(SynthConfig.builder().reports(1).pdfShare(0.5).build()));
      assertTrue(e.getMessage().contains("apt-get install " + PdfWriter.FONT_PACKAGE), e.getMessage());
    } finally {
      if (before == null) {
        System.clearProperty(PdfWriter.FONT_PROPERTY);
      } else {
        System.setProperty(PdfWriter.FONT_PROPERTY, before);
      }
    }
  }
}
