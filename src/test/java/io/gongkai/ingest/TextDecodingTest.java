package io.gongkai.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text and HTML files: format and charset from the bytes, exact decoded text, exact reject details. */
class TextDecodingTest {
  private static final String REPORT = "洪泽区人民政府\n2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息1136条。\n";
  private static final String GB_PAGE = "<!DOCTYPE html>\n<html><head><meta charset=gbk><title>年度报告</title></head>\n"
      + "<body><p>洪泽区人民政府</p><table><tr><td>规章</td><td>0</td></tr></table></body></html>\n";

  private final DocumentReader reader = new DocumentReader();

  @Test
  void utf8WithoutBom() {
    assertAccepted("utf8-report.txt", SourceFormat.TEXT, "UTF-8", REPORT);
  }

  @Test
  void utf8BomIsStripped() {
    assertAccepted("utf8-bom-report.txt", SourceFormat.TEXT, "UTF-8", REPORT);
  }

  @Test
  void utf16LittleEndianWithBom() {
    assertAccepted("utf16le-bom-report.txt", SourceFormat.TEXT, "UTF-16LE", REPORT);
  }

  @Test
  void utf16BigEndianWithBom() {
    assertAccepted("utf16be-bom-report.txt", SourceFormat.TEXT, "UTF-16BE", REPORT);
  }

  @Test
  void gb18030IncludingACharacterOutsideGbk() {
    assertAccepted("gb18030-report.txt", SourceFormat.TEXT, "GB18030", REPORT + "扩展字：㐀\n");
  }

  @Test
  void gbkPageWithMetaCharsetKeepsItsSource() {
    assertAccepted("report-page.html", SourceFormat.HTML, "GB18030", GB_PAGE);
  }

  @Test
  void validUtf8WinsOverAGbkDeclaration() {
    assertAccepted("utf8-page-declaring-gbk.html", SourceFormat.HTML, "UTF-8", GB_PAGE);
  }

  @Test
  void declaredBig5IsHonouredBeforeTheGb18030Fallback() {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head>"
        + "<body><p>政府資訊公開年度報告</p></body></html>\n";
    assertAccepted("big5-page.html", SourceFormat.HTML, "Big5", page);
  }

  @Test
  void undeclaredBig5DecodesAsGb18030BecauseEveryBig5PairIsValidThere() {
    byte[] bytes = "<p>政府資訊公開年度報告</p>".getBytes(Charset.forName("Big5"));

    Document document = accepted(reader.read("big5-undeclared.html", bytes));

    assertEquals("GB18030", document.encoding());
    assertEquals(new String(bytes, CharsetSniffer.GB18030), document.text());
  }

  @Test
  void sampleTextReportsAreUtf8Text() {
    for (String name : List.of("000_f33f83f1c85a8eb6.txt", "003_88a498967a8a146f.txt")) {
      byte[] bytes = Fixtures.sample(name);

      Document document = accepted(reader.read(name, bytes));

      assertEquals(SourceFormat.TEXT, document.format(), name);
      assertEquals("UTF-8", document.encoding(), name);
      assertEquals(new String(bytes, StandardCharsets.UTF_8), document.text(), name);
    }
  }

  @Test
  void htmlIsRecognisedFromATagNotFromTheName() {
    byte[] bytes = "<div>政府信息公开工作年度报告</div>".getBytes(StandardCharsets.UTF_8);

    assertEquals(SourceFormat.HTML, accepted(reader.read("report.txt", bytes)).format());
  }

  @Test
  void emptyFile() {
    assertRejected("empty.txt", RejectReason.EMPTY_FILE, "File is empty: 0 bytes");
  }

  @Test
  void whitespaceOnlyIncludingIdeographicSpace() {
    assertRejected("whitespace-only.txt", RejectReason.EMPTY_FILE, "File has only whitespace: 8 bytes");
  }

  @Test
  void bomOnlyIsEmpty() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, reader.read("bom.txt", bytes));

    assertEquals(RejectReason.EMPTY_FILE, rejected.reason());
    assertEquals("File has only whitespace: 3 bytes", rejected.detail());
  }

  @Test
  void nulByteMeansBinary() {
    assertRejected("binary-garbage.txt", RejectReason.BINARY_CONTENT, "Binary content: NUL byte at offset 4");
  }

  @Test
  void manyControlBytesMeanBinary() {
    assertRejected(
        "control-chars.txt", RejectReason.BINARY_CONTENT, "Binary content: 10 of 100 bytes are control characters");
  }

  @Test
  void controlCharactersInUtf16AreCountedAfterDecoding() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 1, 0, 2, 0, 'b', 0};

    Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, reader.read("utf16.txt", bytes));

    assertEquals(RejectReason.BINARY_CONTENT, rejected.reason());
    assertEquals("Binary content: 2 of 4 UTF-16LE characters are control characters", rejected.detail());
  }

  @Test
  void bytesValidUnderNoCharset() {
    assertRejected(
        "utf8-then-invalid-byte.txt",
        RejectReason.UNDECODABLE_TEXT,
        "Cannot decode text as UTF-8 (malformed input at byte 6) or GB18030 (malformed input at byte 6)");
  }

  @Test
  void oddLengthUtf16IsUndecodableNotPadded() {
    byte[] bytes = {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0};

    Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, reader.read("utf16.txt", bytes));

    assertEquals(RejectReason.UNDECODABLE_TEXT, rejected.reason());
    assertEquals(
        "Cannot decode text after a UTF-16BE byte order mark: UTF-16BE (malformed input at byte 4)", rejected.detail());
  }

  @Test
  void textWithoutLettersOrDigits() {
    assertRejected(
        "punctuation-only.txt", RejectReason.NO_TEXT_CONTENT, "Text has no letter or digit in 17 characters");
  }

  @Test
  void htmlWithoutVisibleText() {
    assertRejected(
        "markup-only.html",
        RejectReason.NO_TEXT_CONTENT,
        "HTML has no letter or digit in 0 characters of visible text");
  }

  @Test
  void pngNamedAsText() {
    assertRejected("png-named-as.txt", RejectReason.IMAGE_CONTENT, "Content is a PNG image, not a report");
  }

  @Test
  void jpegNamedAsPdf() {
    assertRejected("jpeg-named-as.pdf", RejectReason.IMAGE_CONTENT, "Content is a JPEG image, not a report");
  }

  @Test
  void acceptedAndRejectedCarrySizeAndSha256OfTheBytes() {
    byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);

    Ingested accepted = reader.read("abc.txt", bytes);
    Ingested rejected = reader.read("empty.txt", new byte[0]);

    assertEquals("abc.txt", accepted.fileName());
    assertEquals(3, accepted.sizeBytes());
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", accepted.sha256());
    assertEquals("empty.txt", rejected.fileName());
    assertEquals(0, rejected.sizeBytes());
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", rejected.sha256());
  }

  private void assertAccepted(String fixture, SourceFormat format, String encoding, String text) {
    byte[] bytes = Fixtures.ingest(fixture);

    Document document = accepted(reader.read(fixture, bytes));

    assertEquals(new Document(fixture, format, encoding, text, List.of()), document);
  }

  private void assertRejected(String fixture, RejectReason reason, String detail) {
    byte[] bytes = Fixtures.ingest(fixture);

    Ingested ingested = reader.read(fixture, bytes);

    Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, ingested);
    assertEquals(fixture, rejected.fileName());
    assertEquals(bytes.length, rejected.sizeBytes());
    assertEquals(reason, rejected.reason());
    assertEquals(detail, rejected.detail());
  }

  static Document accepted(Ingested ingested) {
    if (ingested instanceof Ingested.Rejected rejected) {
      throw new AssertionError("Expected Accepted, got " + rejected.reason() + ": " + rejected.detail());
    }
    return ((Ingested.Accepted) ingested).document();
  }
}
