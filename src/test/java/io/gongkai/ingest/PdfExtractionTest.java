package io.gongkai.ingest;

import static io.gongkai.ingest.TextDecodingTest.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three real reports in samples/ (made with WPS, ruled tables) as chunked lines, and the PDF reject paths. Values
 * were checked against {@code pdftotext -layout} and the hand-checked truth files.
 */
class PdfExtractionTest {
  private static final Map<String, Document> SAMPLES = new LinkedHashMap<>();

  private final DocumentReader reader = new DocumentReader();

  /** Each real report is parsed once for the whole class; the parse is the slow part (hundreds of ms each). */
  @BeforeAll
  static void readSamples() {
    DocumentReader reader = new DocumentReader();
    for (String name : List.of("ha2024.pdf", "hzq2023.pdf", "hzq2024.pdf")) {
      SAMPLES.put(name, accepted(reader.read(name, Fixtures.sample(name))));
    }
  }

  @Test
  void hzq2023Table3RowByRow() {
    List<List<String>> rows = rows(read("hzq2023.pdf"));

    // The merged label 三、本年度办理结果 is printed one character per row in its own column; its characters land on
    // the rows they share a baseline with, or on a line of their own. Labels that wrap inside their cell put the
    // values on a line between the label's two halves.
    assertEquals(
        List.of(
            List.of("一、本年新收政府信息公开申请数量", "21", "0", "0", "0", "0", "0", "21"),
            List.of("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"),
            List.of("（一）予以公开", "0", "0", "0", "0", "0", "0", "0"),
            List.of("（二）部分公开（区分处理的，只计这一情 形，不"),
            List.of("4", "0", "0", "0", "0", "0", "4"),
            List.of("计其他情形）"),
            List.of("1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"),
            List.of("三", "2.其他法律行政止公开", "0", "0", "0", "0", "0", "0", "0"),
            List.of("、"),
            List.of("本", "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"),
            List.of("年"),
            List.of("度", "4.保护第三方合法权益", "0", "0", "0", "0", "0", "0", "0"),
            List.of("办", "（三）不予公开"),
            List.of("理", "5.属于三类内部事务信息", "0", "0", "0", "0", "0", "0", "0"),
            List.of("结"),
            List.of("果", "6.属于四类过程性信息", "1", "0", "0", "0", "0", "0", "1"),
            List.of("7.属于行政执法案卷", "1", "0", "0", "0", "0", "0", "1"),
            List.of("8.属于行政查询事项", "0", "0", "0", "0", "0", "0", "0"),
            List.of("1.本机关不掌握相关政府信息", "10", "0", "0", "0", "0", "0", "10"),
            List.of("（四）无法提供"),
            List.of("2.没有现成信息需要另行制作", "3", "0", "0", "0", "0", "0", "3"),
            List.of("- 3 -"),
            List.of("3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0"),
            List.of("1.信访举报投诉类申请", "1", "0", "0", "0", "0", "0", "1"),
            List.of("2.重复申请", "0", "0", "0", "0", "0", "0", "0"),
            List.of("3.要求提供公开出版物", "0", "0", "0", "0", "0", "0", "0"),
            List.of("（五）不予处理"),
            List.of("4.无正当理由大量反复 申请", "0", "0", "0", "0", "0", "0", "0"),
            List.of("5.要求行政机关确认或重 新出具"),
            List.of("0", "0", "0", "0", "0", "0", "0"),
            List.of("已获取信息"),
            List.of("（六）其他处理", "0", "0", "0", "0", "0", "0", "0"),
            List.of("（七）总计", "21", "0", "0", "0", "0", "0", "21"),
            List.of("四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0")),
        rowsFrom(rows, "一、本年新收政府信息公开申请数量", 34));
  }

  @Test
  void hzq2023Tables2And4() {
    List<List<String>> rows = rows(read("hzq2023.pdf"));

    assertEquals(
        List.of(
            List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
            List.of("规章", "0", "0", "0"),
            List.of("行政规范性文件", "0", "5", "5")),
        rowsFrom(rows, "信息内容", 3));
    assertEquals(List.of(List.of("行政事业性收费", "7730.28")), rowsFrom(rows, "行政事业性收费", 1));
    // Table 4 as printed fails its own sums (10+1 ≠ 0); the header cells are too narrow to separate by gaps alone.
    assertEquals(
        List.of(
            List.of("结果", "结果", "其他", "尚未"),
            List.of("维持", "纠正", "结果", "审结", "总 计结果", "结果", "其他", "尚未", "结果", "结果 其他", "尚未"),
            List.of("总 计", "总计"),
            List.of("维持", "纠正", "结果", "审结", "维持", "纠正 结果", "审结"),
            List.of("10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0")),
        rowsFrom(rows, "结果", 5));
  }

  @Test
  void hzq2023ProseDropsJustificationSpacesAndKeepsLatinOnes() {
    List<List<String>> rows = rows(read("hzq2023.pdf"));

    assertEquals(
        List.of(
            List.of("洪泽区人民政府"),
            List.of("2023年政府信息公开工作年度报告"),
            List.of("本报告由淮安市洪泽区人民政府办公室根据《中华人民共和"),
            List.of("国政府信息公开条例》（国令第711号）（以下简称《条例》）")),
        rows.subList(0, 4));
    // Justified: every gap on this line is 0.22 em, the same as WPS's CJK–Latin spacing, and neither is text.
    assertEquals(List.of("号，邮编：223100，电话：0517-87222589，电子邮箱："), rows.get(7));
    assertEquals(List.of("- 1 -"), rows.get(24));
  }

  @Test
  void ha2024ValuesShareTheLineOfTheirLabelDespiteAVerticalLabelCharacter() {
    List<List<String>> rows = rows(read("ha2024.pdf"));

    assertEquals(
        List.of(
            List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
            List.of("规章", "1", "0", "11"),
            List.of("行政规范性文件", "8", "26", "66")),
        rowsFrom(rows, "信息内容", 3));
    assertEquals(
        List.of(
            List.of("（二）部分公开（区分处理的，只计这一情"),
            List.of("447", "7", "0", "0", "0", "0", "454"),
            List.of("形，不计其他情形）"),
            List.of("1.属于国家秘密", "2", "0", "0", "0", "0", "0", "2")),
        rowsFrom(rows, "（二）部分公开（区分处理的，只计这一情", 4));
    assertEquals(
        List.of(List.of("果", "6.属于四类过程性信息", "12", "0", "0", "0", "0", "0", "12")), rowsFrom(rows, "果", 1));
  }

  @Test
  void ha2024Table4() {
    List<List<String>> rows = rows(read("ha2024.pdf"));

    assertEquals(
        List.of(
            List.of("四、政府信息公开行政复议、行政诉讼情况"),
            List.of("行政复议", "行政诉讼"),
            List.of("未经复议直接起诉", "复议后起诉"),
            List.of("结果", "结果", "其他结", "尚未"),
            List.of("总计"),
            List.of("结 果", "结果", "其他", "尚未", "结果", "结果", "其他", "尚未审"),
            List.of("维持", "纠正", "果", "审结"),
            List.of("总计", "总计"),
            List.of("维持", "纠正", "结果", "审结", "维持", "纠正", "结果", "结"),
            List.of("72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20")),
        rowsFrom(rows, "四、政府信息公开行政复议、行政诉讼情况", 10));
  }

  @Test
  void hzq2024Tables3And4() {
    List<List<String>> rows = rows(read("hzq2024.pdf"));

    assertEquals(
        List.of(
            List.of("一、本年新收政府信息公开申请数量", "95", "0", "0", "0", "0", "0", "95"),
            List.of("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"),
            List.of("（一）予以公开", "50", "0", "0", "0", "0", "0", "50")),
        rowsFrom(rows, "一、本年新收政府信息公开申请数量", 3));
    assertEquals(
        List.of(List.of("（四）无法提供", "1.本机关不掌握相关政府信息", "31", "0", "0", "0", "0", "0", "31")),
        rowsFrom(rows, "（四）无法提供", 1));
    assertEquals(
        List.of(
            List.of("结果", "结果", "其他", "尚未"),
            List.of("维持", "纠正", "结果", "审结", "总 计结果", "结果", "其他", "尚未", "结果", "结果 其他", "尚未"),
            List.of("总 计", "总计"),
            List.of("维持", "纠正", "结果", "审结", "维持", "纠正 结果", "审结"),
            List.of("1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "2", "0", "1", "0", "3")),
        rowsFrom(rows, "结果", 5));
  }

  @Test
  void documentTextIsTheLinesWithChunksJoinedByTwoSpaces() {
    Ingested ingested = reader.read("hzq2023.pdf", Fixtures.sample("hzq2023.pdf"));
    Document document = accepted(ingested);

    assertEquals("hzq2023.pdf", document.fileName());
    assertEquals(SourceFormat.PDF, document.format());
    assertEquals("PDF", document.encoding());
    assertEquals(123, document.lines().size());
    assertEquals(
        document.lines().stream().map(TextLine::text).collect(Collectors.joining("\n")), document.text());
    assertTrue(document.text().contains("\n一、本年新收政府信息公开申请数量  21  0  0  0  0  0  21\n"));
    assertEquals(293525, ingested.sizeBytes());
    assertEquals("94a211353fb046b7c869cbb236078deb4d1f7085bd0c2b0dbf85051ec831698c", ingested.sha256());
  }

  @Test
  void linesAreInReadingOrderAndChunksLeftToRightWithoutOverlap() {
    for (String name : SAMPLES.keySet()) {
      List<TextLine> lines = read(name).lines();
      for (int i = 1; i < lines.size(); i++) {
        TextLine previous = lines.get(i - 1);
        TextLine line = lines.get(i);
        assertTrue(
            line.page() > previous.page() || line.page() == previous.page() && line.y() > previous.y(),
            name + " line " + i + " is above line " + (i - 1));
      }
      for (TextLine line : lines) {
        for (int c = 1; c < line.chunks().size(); c++) {
          assertTrue(line.chunks().get(c - 1).x1() < line.chunks().get(c).x0(), name + " overlaps: " + line);
        }
      }
    }
  }

  @Test
  void junkBeforeTheHeaderIsCutOff() {
    byte[] original = Fixtures.sample("hzq2023.pdf");
    byte[] junk = "\uFEFF  \r\nContent-Type: application/pdf\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(junk, junk.length + original.length);
    System.arraycopy(original, 0, bytes, junk.length, original.length);

    Document document = accepted(reader.read("with-junk.pdf", bytes));

    assertEquals(read("hzq2023.pdf").lines(), document.lines());
  }

  @Test
  void pdfTruncatedToHalfIsRejected() {
    byte[] original = Fixtures.sample("hzq2023.pdf");
    byte[] half = Arrays.copyOf(original, original.length / 2);

    Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, reader.read("hzq2023-half.pdf", half));

    // Without the end-of-file check PDFBox recovers 25 lines of page 1, with headings in garbage characters.
    assertEquals(RejectReason.PDF_UNREADABLE, rejected.reason());
    assertEquals("PDF is truncated: no %%EOF marker in the last 1024 bytes", rejected.detail());
  }

  @Test
  void encryptedWithUserPassword() {
    assertRejected(
        "encrypted-user-password.pdf",
        RejectReason.PDF_ENCRYPTED,
        "PDF is encrypted and does not open with an empty password: Cannot decrypt PDF, the password is incorrect");
  }

  @Test
  void ownerPasswordOnlyOpensAndIsRead() {
    Document document = accepted(reader.read("owner-password-only.pdf", Fixtures.ingest("owner-password-only.pdf")));

    assertEquals("Owner password only", document.text());
  }

  @Test
  void scannedPdfHasNoText() {
    assertRejected("scanned-image-only.pdf", RejectReason.PDF_NO_TEXT, "PDF has no extractable text on 1 page");
  }

  @Test
  void headerWithoutABody() {
    assertRejected(
        "pdf-header-then-garbage.pdf", RejectReason.PDF_UNREADABLE, "Missing root object specification in trailer.");
  }

  @Test
  void parserStackOverflowIsARejectNotACrash() {
    String depth = "[".repeat(100_000) + "]".repeat(100_000);
    byte[] bytes = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + depth + " >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);

    Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, reader.read("deep.pdf", bytes));

    assertEquals(RejectReason.PDF_UNREADABLE, rejected.reason());
    assertEquals("StackOverflowError", rejected.detail());
  }

  @Test
  void damagedPdfsNeverThrow() {
    byte[] original = Fixtures.sample("hzq2023.pdf");
    Random random = new Random(20240601);
    List<String> outcomes = new ArrayList<>();

    for (int i = 0; i < 10; i++) {
      byte[] damaged = original.clone();
      // Overwrite 200 bytes between the header and the trailer, so each case gets past both pre-checks.
      for (int k = 0; k < 200; k++) {
        damaged[5 + random.nextInt(damaged.length - 1100)] = (byte) random.nextInt(256);
      }
      Ingested ingested = reader.read("damaged.pdf", damaged);
      outcomes.add(ingested instanceof Ingested.Rejected rejected ? rejected.reason().name() : "ACCEPTED");
    }

    // A broken font or content stream on any page rejects the whole document; no partial documents.
    assertEquals(
        List.of(
            "PDF_UNREADABLE", "PDF_UNREADABLE", "ACCEPTED", "PDF_UNREADABLE", "PDF_UNREADABLE", "ACCEPTED",
            "PDF_UNREADABLE", "PDF_UNREADABLE", "PDF_UNREADABLE", "PDF_UNREADABLE"),
        outcomes);
  }

  private void assertRejected(String fixture, RejectReason reason, String detail) {
    Ingested.Rejected rejected =
        assertInstanceOf(Ingested.Rejected.class, reader.read(fixture, Fixtures.ingest(fixture)));
    assertEquals(reason, rejected.reason());
    assertEquals(detail, rejected.detail());
  }

  private static Document read(String sample) {
    return SAMPLES.get(sample);
  }

  private static List<List<String>> rows(Document document) {
    List<List<String>> rows = new ArrayList<>();
    for (TextLine line : document.lines()) {
      rows.add(line.chunks().stream().map(TextChunk::text).toList());
    }
    return rows;
  }

  /** The {@code count} rows starting at the first row whose first chunk is {@code firstChunk}. */
  private static List<List<String>> rowsFrom(List<List<String>> rows, String firstChunk, int count) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).get(0).equals(firstChunk)) {
        return rows.subList(i, Math.min(rows.size(), i + count));
      }
    }
    throw new AssertionError("No line starts with " + firstChunk);
  }
}
