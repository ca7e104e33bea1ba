package io.gongkai.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  @Test
  void emptyBatchIsEmpty() {
    assertEquals(List.of(), new ReportParser().parseAll(List.of()));
  }
}
