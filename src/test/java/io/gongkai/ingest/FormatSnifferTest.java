package io.gongkai.ingest;

import static io.gongkai.ingest.TextDecodingTest.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Format decided from content: image magics, the PDF header window, HTML markers. */
class FormatSnifferTest {
  private final DocumentReader reader = new DocumentReader();

  @Test
  void everyImageMagicIsRejectedWithItsType() {
    Map<String, byte[]> headers = new LinkedHashMap<>();
    headers.put("GIF", ascii("GIF87a\u0001\u0000"));
    headers.put("BMP", bytes('B', 'M', 0x3A, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0));
    headers.put("TIFF", bytes('I', 'I', 0x2A, 0, 8, 0, 0, 0));
    headers.put("WEBP", ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "));
    headers.put("JPEG", bytes(0xFF, 0xD8, 0xFF, 0xE0));

    for (Map.Entry<String, byte[]> header : headers.entrySet()) {
      Ingested.Rejected rejected =
          assertInstanceOf(Ingested.Rejected.class, reader.read("report.pdf", header.getValue()), header.getKey());
      assertEquals(RejectReason.IMAGE_CONTENT, rejected.reason());
      assertEquals("Content is a " + header.getKey() + " image, not a report", rejected.detail());
    }
    assertEquals("TIFF", FormatSniffer.imageType(bytes('M', 'M', 0, 0x2A, 0, 0, 0, 8)).orElseThrow().name());
    assertEquals("GIF", FormatSniffer.imageType(ascii("GIF89a")).orElseThrow().name());
  }

  @Test
  void textStartingWithBmIsNotABitmap() {
    Document document = accepted(reader.read("bmw.txt", ascii("BMW dealer report 2023")));

    assertEquals(SourceFormat.TEXT, document.format());
  }

  @Test
  void pdfHeaderCountsAnywhereInTheFirstKilobyte() {
    byte[] lastPossible = withSpaces(1019, "%PDF-1.4\n");
    byte[] tooLate = withSpaces(1020, "%PDF-1.4\n");

    Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, reader.read("a.txt", lastPossible));
    Document text = accepted(reader.read("b.pdf", tooLate));

    assertEquals(RejectReason.PDF_UNREADABLE, rejected.reason());
    assertEquals(SourceFormat.TEXT, text.format());
    assertEquals(new String(tooLate, StandardCharsets.US_ASCII), text.text());
  }

  @Test
  void htmlMarkersCaseInsensitive() {
    for (String html : new String[] {
      "<!DOCTYPE html><title>x</title>", "<HTML>", "<table border=1>", "<Body>", "<p>", "<p class=\"a\">", "<DIV>"
    }) {
      assertEquals(true, FormatSniffer.looksLikeHtml("报告 " + html), html);
    }
  }

  @Test
  void lookalikesAndLateMarkersAreText() {
    for (String text : new String[] {
      "<pre>", "<para>", "a <b", "<tab>", "<divide", "x".repeat(FormatSniffer.HTML_SNIFF_CHARS) + "<html>"
    }) {
      assertEquals(false, FormatSniffer.looksLikeHtml(text), text.length() > 20 ? "late <html>" : text);
    }
  }

  private static byte[] withSpaces(int spaces, String tail) {
    byte[] bytes = Arrays.copyOf(new byte[0], spaces);
    Arrays.fill(bytes, (byte) ' ');
    byte[] end = ascii(tail);
    byte[] all = Arrays.copyOf(bytes, spaces + end.length);
    System.arraycopy(end, 0, all, spaces, end.length);
    return all;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
