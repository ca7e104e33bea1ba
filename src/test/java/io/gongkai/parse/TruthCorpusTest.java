package io.gongkai.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.report.ParsedReport;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The eight real reports, as bundled in samples/, against their hand-checked truth files, cell by cell. */
class TruthCorpusTest {
  private static final ReportParser PARSER = new ReportParser();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "000_f33f83f1c85a8eb6",
        "001_42bc1c002d3797e9",
        "002_02af2ddfabc85d6c",
        "003_88a498967a8a146f",
        "004_97ee47eec622cd46",
        "ha2024",
        "hzq2023",
        "hzq2024"
      })
  void reportMatchesTruth(String name) {
    TruthFile truth = TruthFile.load(name);
    ParsedReport report = PARSER.parse(truth.file(), truth.sampleBytes());
    List<String> misses = truth.mismatches(report);
    assertEquals(
        List.of(), misses,
        name + ": " + misses.size() + " mismatches over " + truth.cellCount() + " cells, " + truth.checkCount()
            + " checks");
  }
}
