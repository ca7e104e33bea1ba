package io.gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus: deterministic, every file distinct, the requested mix, and every copy still parses. */
class BenchCorpusTest {
  private static BenchCorpus generator;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws IOException {
    generator = BenchCorpus.load(null);
  }

  @Test
  void samplesAreTheEightBundledReportsTextsFirst() {
    List<String> names = generator.samples().stream().map(BenchCorpus.Sample::name).toList();
    assertEquals(
        List.of(
            "000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt",
            "003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt", "ha2024.pdf", "hzq2023.pdf", "hzq2024.pdf"),
        names);
    assertEquals(0.375, BenchCorpus.SAMPLE_PDF_SHARE);
  }

  @Test
  void sameCountGivesTheSameFilesAndBytes() throws IOException {
    BenchCorpus.Corpus a = generator.generate(dir.resolve("a"), 40, BenchCorpus.SAMPLE_PDF_SHARE);
    BenchCorpus.Corpus b = BenchCorpus.load(null).generate(dir.resolve("b"), 40, BenchCorpus.SAMPLE_PDF_SHARE);
    assertEquals(names(a), names(b));
    for (int i = 0; i < 40; i++) {
      assertArrayEquals(Files.readAllBytes(a.files().get(i)), Files.readAllBytes(b.files().get(i)), "file " + i);
    }
    assertEquals(a.bytes(), b.bytes());
  }

  @Test
  void namesSortInIndexOrderAndNameTheirSample() throws IOException {
    BenchCorpus.Corpus c = generator.generate(dir, 16, BenchCorpus.SAMPLE_PDF_SHARE);
    assertEquals(
        List.of(
            "00000-000_f33f83f1c85a8eb6.txt", "00001-001_42bc1c002d3797e9.txt", "00002-ha2024.pdf",
            "00003-002_02af2ddfabc85d6c.txt", "00004-003_88a498967a8a146f.txt", "00005-hzq2023.pdf",
            "00006-004_97ee47eec622cd46.txt", "00007-hzq2024.pdf", "00008-000_f33f83f1c85a8eb6.txt",
            "00009-001_42bc1c002d3797e9.txt", "00010-ha2024.pdf", "00011-002_02af2ddfabc85d6c.txt",
            "00012-003_88a498967a8a146f.txt", "00013-hzq2023.pdf", "00014-004_97ee47eec622cd46.txt",
            "00015-hzq2024.pdf"),
        names(c));
    List<String> listed;
    try (var s = Files.list(dir)) {
      listed = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(names(c), listed);
    assertEquals("000002-ha2024.pdf", generator.fileName(2, 100_001, BenchCorpus.SAMPLE_PDF_SHARE));
  }

  @Test
  void everyFileHasDistinctBytes() throws IOException {
    BenchCorpus.Corpus c = generator.generate(dir, 200, BenchCorpus.SAMPLE_PDF_SHARE);
    Set<String> hashes = new HashSet<>();
    for (BenchCorpus.Sample sample : generator.samples()) {
      hashes.add(sha256(sample.bytes()));
    }
    for (Path file : c.files()) {
      assertTrue(hashes.add(sha256(Files.readAllBytes(file))), "same bytes as another file or a sample: " + file);
    }
    assertEquals(208, hashes.size());
  }

  @Test
  void mixFollowsThePdfShare() throws IOException {
    BenchCorpus.Corpus c = generator.generate(dir.resolve("real"), 16, BenchCorpus.SAMPLE_PDF_SHARE);
    assertEquals(6, c.pdfFiles());
    assertEquals(10, c.textFiles());
    long pdfBytes = 0;
    for (Path f : c.files()) {
      if (f.toString().endsWith(".pdf")) {
        pdfBytes += Files.size(f);
      }
    }
    assertEquals(pdfBytes, c.pdfBytes());
    assertEquals(c.textBytes() + c.pdfBytes(), c.bytes());

    assertEquals(10_000 * 3 / 8, countPdfs(10_000, BenchCorpus.SAMPLE_PDF_SHARE));
    assertEquals(0, countPdfs(50, 0.0));
    assertEquals(50, countPdfs(50, 1.0));
    assertEquals(10, countPdfs(100, 0.1));
    // Any contiguous half has the same mix, up to one file.
    int firstHalf = 0;
    for (int i = 0; i < 5_000; i++) {
      firstHalf += BenchCorpus.isPdf(i, BenchCorpus.SAMPLE_PDF_SHARE) ? 1 : 0;
    }
    assertEquals(1875, firstHalf);

    BenchCorpus.Corpus texts = generator.generate(dir.resolve("texts"), 7, 0.0);
    assertEquals(0, texts.pdfFiles());
    assertEquals(7, texts.textFiles());
  }

  @Test
  void everyCopyParsesLikeItsSample() throws IOException {
    BenchCorpus.Corpus c = generator.generate(dir, 16, BenchCorpus.SAMPLE_PDF_SHARE);
    ReportParser parser = new ReportParser();
    Map<String, ParsedReport> originals = new LinkedHashMap<>();
    for (BenchCorpus.Sample sample : generator.samples()) {
      originals.put(sample.name(), parser.parse(sample.name(), sample.bytes()));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.files().size(); i++) {
      String sampleName = generator.sampleOf(i, BenchCorpus.SAMPLE_PDF_SHARE).name();
      if (!seen.add(sampleName)) {
        continue;
      }
      Path file = c.files().get(i);
      byte[] bytes = Files.readAllBytes(file);
      if (sampleName.endsWith(".pdf")) {
        assertTrue(BenchCorpus.hasEofMarkerInWindow(bytes), file + " has no %%EOF in its last 1024 bytes");
      }
      ParsedReport copy = parser.parse(file.getFileName().toString(), bytes);
      ParsedReport original = originals.get(sampleName);
      assertEquals(ParsedReport.Status.PARSED, copy.status(), file + ": " + copy.rejectDetail());
      assertEquals(original.format(), copy.format(), file.toString());
      assertEquals(original.templateT2(), copy.templateT2(), file.toString());
      assertEquals(original.templateT3(), copy.templateT3(), file.toString());
      assertEquals(original.reportYear(), copy.reportYear(), file.toString());
      assertEquals(original.cells(), copy.cells(), file.toString());
      assertEquals(original.checks().size(), copy.checks().size(), file.toString());
      assertNotEquals(original.sha256(), copy.sha256(), file.toString());
    }
    assertEquals(8, seen.size());
  }

  @Test
  void copySuffixesAreTheDocumentedLines() {
    byte[] text = generator.content(0, BenchCorpus.SAMPLE_PDF_SHARE);
    String tail = new String(text, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(tail.endsWith("\n（副本 0）\n"), tail);
    byte[] pdf = generator.content(2, BenchCorpus.SAMPLE_PDF_SHARE);
    String pdfTail = new String(pdf, pdf.length - 20, 20, java.nio.charset.StandardCharsets.US_ASCII);
    assertTrue(pdfTail.endsWith("%%EOF\n\n% copy 2\n"), pdfTail);
  }

  @Test
  void refusesANonEmptyDirectoryAndBadArguments() throws IOException {
    Files.writeString(dir.resolve("x.txt"), "x");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> generator.generate(dir, 4, 0.5));
    assertEquals("Cannot generate a corpus in " + dir + ": the directory is not empty", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> generator.generate(dir.resolve("n"), 0, 0.5));
    assertEquals("Cannot generate a corpus of 0 files: need at least 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> generator.generate(dir.resolve("s"), 4, 1.5));
    assertEquals("Cannot use a PDF share of 1.5: it must be between 0 and 1", e.getMessage());
  }

  @Test
  void readsSamplesFromADirectory() throws IOException {
    for (BenchCorpus.Sample s : generator.samples()) {
      Files.write(dir.resolve(s.name()), s.bytes());
    }
    BenchCorpus fromDir = BenchCorpus.load(dir);
    for (int i = 0; i < 8; i++) {
      assertArrayEquals(generator.samples().get(i).bytes(), fromDir.samples().get(i).bytes());
    }
    Files.delete(dir.resolve("hzq2024.pdf"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchCorpus.load(dir));
    assertEquals("Cannot read sample hzq2024.pdf: no such file in " + dir, e.getMessage());
  }

  private static int countPdfs(int files, double share) {
    int n = 0;
    for (int i = 0; i < files; i++) {
      n += BenchCorpus.isPdf(i, share) ? 1 : 0;
    }
    return n;
  }

  private static List<String> names(BenchCorpus.Corpus c) {
    List<String> out = new ArrayList<>();
    c.files().forEach(p -> out.add(p.getFileName().toString()));
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
