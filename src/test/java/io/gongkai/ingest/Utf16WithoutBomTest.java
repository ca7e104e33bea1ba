package io.gongkai.ingest;

import static io.gongkai.ingest.TextDecodingTest.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * UTF-16 saved without a byte order mark (issue 14, item 4): recognised from the code units of the first bytes, while
 * binaries keep the reject they had before and UTF-8 or GB18030 text is never mistaken for UTF-16.
 */
class Utf16WithoutBomTest {
  /** ASCII-heavy: every ASCII character puts a NUL on the high byte of its code unit. */
  private static final String PIPE_TABLE = "二、主动公开政府信息情况\n"
      + "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
      + "| 规章 | 0 | 0 | 12 |\n"
      + "| 规范性文件 | 3 | 1 | 1,034 |\n"
      + "| 行政许可 | 230 | 减少2 | 4512 |\n";

  /** CJK with a handful of ASCII characters: few NUL bytes, so the high bytes of the ideographs must decide. */
  private static final String CJK_PROSE = "根据《中华人民共和国政府信息公开条例》规定，现公布本机关年度报告。"
      + "本报告所列数据的统计期限自2023年1月1日起至12月31日止。\n"
      + "本机关认真贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，坚持以公开为常态、不公开为例外，"
      + "围绕群众关切，持续深化重点领域信息公开，切实保障人民群众的知情权、参与权、表达权和监督权。\n";

  /**
   * Ideographs and CJK punctuation only, and none whose code unit ends in 00 (开 is U+5F00, 一 U+4E00, the ideographic
   * space U+3000), so that neither byte order holds a single NUL byte.
   */
  private static final String CJK_WITHOUT_NUL = "本机关认真贯彻落实党中央、国务院关于全面推进政务工作的决策部署，围绕群众关切，"
      + "持续深化重点领域信息发布，切实保障人民群众的知情权、参与权、表达权和监督权。现将本机关年度报告公布如下。";

  private final DocumentReader reader = new DocumentReader();

  @Test
  void pipeTableLittleEndian() {
    assertDecodes(PIPE_TABLE, StandardCharsets.UTF_16LE);
  }

  @Test
  void pipeTableBigEndian() {
    assertDecodes(PIPE_TABLE, StandardCharsets.UTF_16BE);
  }

  @Test
  void cjkProseLittleEndian() {
    assertDecodes(CJK_PROSE, StandardCharsets.UTF_16LE);
  }

  @Test
  void cjkProseBigEndian() {
    assertDecodes(CJK_PROSE, StandardCharsets.UTF_16BE);
  }

  @Test
  void cjkWithoutASingleNulByteLittleEndian() {
    assertEquals(-1, indexOfNul(CJK_WITHOUT_NUL.getBytes(StandardCharsets.UTF_16LE)));
    assertDecodes(CJK_WITHOUT_NUL, StandardCharsets.UTF_16LE);
  }

  @Test
  void cjkWithoutASingleNulByteBigEndian() {
    assertEquals(-1, indexOfNul(CJK_WITHOUT_NUL.getBytes(StandardCharsets.UTF_16BE)));
    assertDecodes(CJK_WITHOUT_NUL, StandardCharsets.UTF_16BE);
  }

  @Test
  void htmlPageLittleEndian() {
    String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-16\"><title>年度报告</title></head>\n"
        + "<body><p>洪泽区人民政府</p><table><tr><td>规章</td><td>0</td></tr></table></body></html>\n";

    Document document = accepted(reader.read("page.html", page.getBytes(StandardCharsets.UTF_16LE)));

    assertEquals(new Document("page.html", SourceFormat.HTML, "UTF-16LE", page, List.of()), document);
  }

  @Test
  void whitespaceOnlyIsEmptyNotBinary() {
    byte[] bytes = " \r\n\u3000\t\r\n".repeat(5).getBytes(StandardCharsets.UTF_16LE);

    assertRejected("blank.txt", bytes, RejectReason.EMPTY_FILE, "File has only whitespace: 70 bytes");
  }

  /** Below {@link Utf16Sniffer#MIN_UNITS} code units nothing is sniffed, and a short UTF-16 file reads as before. */
  @Test
  void tooShortToTellKeepsItsOldReading() {
    // 4E E2 80 9D: two CJK code units big-endian (仢肝), but just "N”" in UTF-8.
    byte[] utf8 = "N”".getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = "规章 0 0 12\n".getBytes(StandardCharsets.UTF_16LE);

    assertEquals("N”", accepted(reader.read("short.txt", utf8)).text());
    assertRejected("short.txt", utf16, RejectReason.BINARY_CONTENT, "Binary content: NUL byte at offset 5");
  }

  @Test
  void truncatedToAnOddLengthIsUndecodableLikeWithABom() {
    byte[] utf16 = PIPE_TABLE.getBytes(StandardCharsets.UTF_16LE);
    byte[] truncated = Arrays.copyOf(utf16, utf16.length - 1);

    assertRejected(
        "truncated.txt",
        truncated,
        RejectReason.UNDECODABLE_TEXT,
        "Cannot decode text read as UTF-16LE without a byte order mark: UTF-16LE (malformed input at byte "
            + (utf16.length - 2) + ")");
  }

  @Test
  void loneSurrogateIsUndecodable() {
    byte[] bytes = (PIPE_TABLE + "\uD800" + "规章\n").getBytes(StandardCharsets.UTF_16BE);
    // Java's encoder writes an unmappable lone surrogate as '?'; put the raw code unit back.
    int at = PIPE_TABLE.length() * 2;
    bytes[at] = (byte) 0xD8;
    bytes[at + 1] = 0;

    assertRejected(
        "lone-surrogate.txt",
        bytes,
        RejectReason.UNDECODABLE_TEXT,
        "Cannot decode text read as UTF-16BE without a byte order mark: UTF-16BE (malformed input at byte " + at + ")");
  }

  /**
   * GB18030 writes U+00A0 as 81 30 84 36, two ideographs big-endian, so a page opening with a long run of no-break
   * spaces reads as UTF-16BE at its start. The whole does not decode as UTF-16, and GB18030 keeps it as before.
   */
  @Test
  void gb18030OpeningWithNoBreakSpacesKeepsItsReading() {
    String text = "\u00A0".repeat(100) + "洪泽区人民政府\n";
    byte[] bytes = text.getBytes(CharsetSniffer.GB18030);

    Document document = accepted(reader.read("nbsp.txt", bytes));

    assertEquals(Optional.of(StandardCharsets.UTF_16BE), Utf16Sniffer.byteOrder(bytes));
    assertEquals("GB18030", document.encoding());
    assertEquals(text, document.text());
  }

  @Test
  void realReportReEncodedLittleEndianParsesToTheSameCells() {
    byte[] utf8 = Fixtures.sample("003_88a498967a8a146f.txt");
    byte[] utf16 = new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
    ReportParser parser = new ReportParser();

    ParsedReport original = parser.parse("003.txt", utf8);
    ParsedReport reEncoded = parser.parse("003.txt", utf16);

    assertEquals(ParsedReport.Status.PARSED, reEncoded.status());
    assertEquals("UTF-8", original.encoding());
    assertEquals("UTF-16LE", reEncoded.encoding());
    assertEquals(200, original.cells().size());
    assertEquals(original.cells(), reEncoded.cells());
    assertEquals(original.checks(), reEncoded.checks());
    assertEquals(original.flags(), reEncoded.flags());
    assertEquals(original.reportYear(), reEncoded.reportYear());
  }

  @Test
  void realReportsInUtf8AndGb18030AreNotReadAsUtf16() {
    for (String name : List.of(
        "000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt",
        "003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt")) {
      byte[] utf8 = Fixtures.sample(name);
      byte[] gb18030 = new String(utf8, StandardCharsets.UTF_8).getBytes(CharsetSniffer.GB18030);

      assertEquals(Optional.empty(), Utf16Sniffer.byteOrder(utf8), name);
      assertEquals(Optional.empty(), Utf16Sniffer.byteOrder(gb18030), name);
      assertEquals("UTF-8", accepted(reader.read(name, utf8)).encoding(), name);
      assertEquals("GB18030", accepted(reader.read(name, gb18030)).encoding(), name);
    }
  }

  /** The Windows Notepad "Bush hid the facts" bug: ASCII letter pairs are CJK code units, but ASCII has no NUL. */
  @Test
  void asciiThatReadsAsCjkCodeUnitsStaysUtf8() {
    Document document = accepted(reader.read("bush.txt", "Bush hid the facts".getBytes(StandardCharsets.US_ASCII)));

    assertEquals("UTF-8", document.encoding());
    assertEquals("Bush hid the facts", document.text());
  }

  @Test
  void controlBytesBetweenAsciiLettersStayBinary() {
    assertRejected(
        "control-chars.txt",
        Fixtures.ingest("control-chars.txt"),
        RejectReason.BINARY_CONTENT,
        "Binary content: 10 of 100 bytes are control characters");
  }

  @Test
  void randomBytesStayBinary() {
    byte[] bytes = new byte[4096];
    new Random(14).nextBytes(bytes);

    assertRejected("random.bin", bytes, RejectReason.BINARY_CONTENT, "Binary content: NUL byte at offset 159");
  }

  @Test
  void randomBytesWithoutNulStayBinary() {
    byte[] bytes = new byte[4096];
    new Random(14).nextBytes(bytes);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = bytes[i] == 0 ? (byte) 0x4E : bytes[i];
    }

    assertRejected(
        "random-no-nul.bin", bytes, RejectReason.BINARY_CONTENT,
        "Binary content: 442 of 4096 bytes are control characters");
  }

  @Test
  void pngStaysAnImage() {
    assertRejected(
        "png-named-as.txt", Fixtures.ingest("png-named-as.txt"), RejectReason.IMAGE_CONTENT,
        "Content is a PNG image, not a report");
  }

  @Test
  void pngChunksWithoutTheirSignatureStayBinary() {
    byte[] png = Fixtures.ingest("png-named-as.txt");

    assertRejected(
        "png-chunks.txt", Arrays.copyOfRange(png, 8, png.length), RejectReason.BINARY_CONTENT,
        "Binary content: NUL byte at offset 0");
  }

  @Test
  void zipHeaderStaysBinary() {
    assertRejected(
        "binary-garbage.txt", Fixtures.ingest("binary-garbage.txt"), RejectReason.BINARY_CONTENT,
        "Binary content: NUL byte at offset 4");
  }

  @Test
  void zipArchiveOfAReportStaysBinary() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      ZipEntry entry = new ZipEntry("report.txt");
      entry.setTime(0);
      out.putNextEntry(entry);
      out.write(PIPE_TABLE.repeat(20).getBytes(StandardCharsets.UTF_16LE));
      out.closeEntry();
    }

    assertRejected(
        "report.zip", zip.toByteArray(), RejectReason.BINARY_CONTENT, "Binary content: NUL byte at offset 5");
  }

  @Test
  void nulsAtRandomOffsetsOfAUtf8ReportStayBinary() {
    byte[] bytes = Fixtures.sample("003_88a498967a8a146f.txt").clone();
    Random random = new Random(14);
    for (int i = 0; i < 20; i++) {
      bytes[random.nextInt(bytes.length)] = 0;
    }

    assertRejected("nuls.txt", bytes, RejectReason.BINARY_CONTENT, "Binary content: NUL byte at offset 55");
  }

  /**
   * Lowercase ASCII pairs are CJK code units in both byte orders, and random NULs give as many ASCII-looking units in
   * one order as in the other: no byte order stands out, so this is not UTF-16.
   */
  @Test
  void nulsAtRandomOffsetsOfLowercaseAsciiStayBinary() {
    byte[] bytes = "bush hid the facts and this app can break ".repeat(50).getBytes(StandardCharsets.US_ASCII);
    Random random = new Random(14);
    for (int i = 0; i < bytes.length; i++) {
      if (random.nextInt(100) < 15) {
        bytes[i] = 0;
      }
    }

    assertRejected("nuls.txt", bytes, RejectReason.BINARY_CONTENT, "Binary content: NUL byte at offset 3");
  }

  private void assertDecodes(String text, Charset charset) {
    byte[] bytes = text.getBytes(charset);

    Document document = accepted(reader.read("report.txt", bytes));

    assertEquals(new Document("report.txt", SourceFormat.TEXT, charset.name(), text, List.of()), document);
  }

  private void assertRejected(String fileName, byte[] bytes, RejectReason reason, String detail) {
    Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, reader.read(fileName, bytes));
    assertEquals(reason, rejected.reason());
    assertEquals(detail, rejected.detail());
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
