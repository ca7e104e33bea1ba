package io.gongkai.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.ingest.ContentHash;
import io.gongkai.report.ParsedReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReportParser#parseAll} reads tables first and prose after, and must give exactly what parse gives. */
class ReportParserBatchTest {
  private static final List<String> SAMPLES =
      List.of("000_f33f83f1c85a8eb6", "001_42bc1c002d3797e9", "002_02af2ddfabc85d6c", "003_88a498967a8a146f",
          "004_97ee47eec622cd46", "ha2024", "hzq2023", "hzq2024");

  @Test
  void batchOfRealReportsAndRejectsEqualsOneByOne() {
    List<ReportParser.Source> sources = new ArrayList<>();
    for (String name : SAMPLES) {
      TruthFile truth = TruthFile.load(name);
      sources.add(new ReportParser.Source(truth.file(), truth.sampleBytes()));
      if (sources.size() == 3) {
        // Rejects between parsed reports keep their place in the batch.
        sources.add(new ReportParser.Source("empty.txt", new byte[0]));
        sources.add(new ReportParser.Source("binary.bin", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7}));
        sources.add(new ReportParser.Source("prose-only.txt", "今年我局认真贯彻落实政府信息公开条例。".getBytes(StandardCharsets.UTF_8)));
      }
    }
    ReportParser parser = new ReportParser();
    List<ParsedReport> batch = parser.parseAll(sources);
    assertEquals(sources.size(), batch.size());
    for (int i = 0; i < sources.size(); i++) {
      ParsedReport alone = parser.parse(sources.get(i).fileName(), sources.get(i).bytes());
      assertEquals(alone, batch.get(i), "report " + i + " (" + sources.get(i).fileName() + ")");
    }
    assertEquals("EMPTY_FILE", batch.get(3).rejectReason());
    assertEquals(ParsedReport.Status.PARSED, batch.get(5).status());
    assertEquals(
        List.of("000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt", "empty.txt",
            "binary.bin", "prose-only.txt", "003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt", "ha2024.pdf",
            "hzq2023.pdf", "hzq2024.pdf"),
        batch.stream().map(ParsedReport::fileName).toList());
  }

  /**
   * The extract job hands the parser the SHA-256 it keyed each input by: the reports must be the ones the parser gives
   * when it hashes the bytes itself, rejects included.
   */
  @Test
  void knownHashGivesTheSameReports() {
    List<ReportParser.Source> own = new ArrayList<>();
    List<ReportParser.Source> known = new ArrayList<>();
    for (String name : List.of("000_f33f83f1c85a8eb6", "ha2024")) {
      TruthFile truth = TruthFile.load(name);
      own.add(new ReportParser.Source(truth.file(), truth.sampleBytes()));
    }
    own.add(new ReportParser.Source("binary.bin", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7}));
    for (ReportParser.Source s : own) {
      known.add(new ReportParser.Source(s.fileName(), s.bytes(), ContentHash.sha256(s.bytes())));
    }
    ReportParser parser = new ReportParser();
    List<ParsedReport> hashedHere = parser.parseAll(own);
    assertEquals(hashedHere, parser.parseAll(known));
    // sha256sum of the eight bytes, computed outside the project.
    assertEquals("c5400ce2373cec26dadc3598a7c0522a659f17c28df46ed80030f60261660fcc", hashedHere.get(2).sha256());
    assertEquals(
        List.of(known.get(0).sha256(), known.get(1).sha256(), known.get(2).sha256()),
        hashedHere.stream().map(ParsedReport::sha256).toList());
    // The given hash is taken as it is, not computed again: that is the work it saves.
    ReportParser.Source given = new ReportParser.Source("binary.bin", own.get(2).bytes(), "given");
    assertEquals("given", parser.parseAll(List.of(given)).get(0).sha256());
  }

  @Test
  void emptyBatchIsEmpty() {
    assertEquals(List.of(), new ReportParser().parseAll(List.of()));
  }
}
