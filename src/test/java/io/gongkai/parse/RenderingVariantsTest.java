package io.gongkai.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.HanLP;
import io.gongkai.report.ParsedReport;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same real reports in other renderings and encodings must read to the same truth: the PDFs as pdftotext
 * layout text (labels split over lines, values before labels, flattened table 4), seeds re-rendered as HTML tables
 * with rowspan/colspan, re-encoded as GB18030 and UTF-16 with and without BOM, and republished in traditional
 * characters.
 */
class RenderingVariantsTest {
  private static final ReportParser PARSER = new ReportParser();

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "ha2024, ha2024.pdftotext-layout.txt",
    "hzq2023, hzq2023.pdftotext-layout.txt",
    "hzq2024, hzq2024.pdftotext-layout.txt",
    "002_02af2ddfabc85d6c, 002-as-html-rowspan-colspan.html",
    "003_88a498967a8a146f, 003-as-html-rowspan-colspan.html"
  })
  void otherRenderingMatchesTruth(String name, String rendering) {
    assertMatches(TruthFile.load(name), TruthFile.resource("/renderings/" + rendering), rendering);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "000_f33f83f1c85a8eb6, GB18030",
    "002_02af2ddfabc85d6c, GB18030",
    "004_97ee47eec622cd46, GB18030",
    "001_42bc1c002d3797e9, UTF-16LE",
    "003_88a498967a8a146f, UTF-16LE",
    "002_02af2ddfabc85d6c, UTF-16BE",
    "004_97ee47eec622cd46, UTF-16LE-NO-BOM",
    "000_f33f83f1c85a8eb6, UTF-16BE-NO-BOM",
    "004_97ee47eec622cd46, UTF-8-BOM"
  })
  void reEncodedSeedMatchesTruth(String name, String encoding) {
    TruthFile truth = TruthFile.load(name);
    String text = new String(truth.sampleBytes(), StandardCharsets.UTF_8);
    assertMatches(truth, encode(text, encoding), truth.file());
  }

  @ParameterizedTest(name = "{0} in traditional characters")
  @CsvSource({"002_02af2ddfabc85d6c", "003_88a498967a8a146f", "004_97ee47eec622cd46"})
  void traditionalCharacterRepublicationMatchesTruth(String name) {
    TruthFile truth = TruthFile.load(name);
    String traditional = HanLP.convertToTraditionalChinese(new String(truth.sampleBytes(), StandardCharsets.UTF_8));
    assertMatches(truth, traditional.getBytes(StandardCharsets.UTF_8), truth.file());
  }

  private static void assertMatches(TruthFile truth, byte[] bytes, String fileName) {
    ParsedReport report = PARSER.parse(fileName, bytes);
    List<String> misses = truth.mismatches(report);
    assertEquals(List.of(), misses, truth + " from " + fileName + ": " + misses.size() + " mismatches");
  }

  private static byte[] encode(String text, String encoding) {
    return switch (encoding) {
      case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
      case "UTF-16LE" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
      case "UTF-16BE" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
      case "UTF-16LE-NO-BOM" -> text.getBytes(StandardCharsets.UTF_16LE);
      case "UTF-16BE-NO-BOM" -> text.getBytes(StandardCharsets.UTF_16BE);
      default -> {
        ByteBuffer buffer = Charset.forName(encoding).encode(text);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        yield bytes;
      }
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
