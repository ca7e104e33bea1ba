package io.gongkai.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.report.ParsedReport;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The eight real reports, as bundled in samples/, against their hand-checked truth files, cell by cell. */
class TruthCorpusTest {
  private static final ReportParser PARSER = new ReportParser();

  /** Issue 4: the region codes of the eight real reports (most specific level the report supports). */
  @ParameterizedTest(name = "{0} is in {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "000_f33f83f1c85a8eb6, 620503, 甘肃省 天水市 麦积区",
    "001_42bc1c002d3797e9, 630225, 青海省 海东市 循化撒拉族自治县",
    "002_02af2ddfabc85d6c, 410773, 河南省 新乡市 新乡市平原城乡一体化示范区",
    "003_88a498967a8a146f, 510411, 四川省 攀枝花市 仁和区",
    "004_97ee47eec622cd46, 4507, 广西壮族自治区 钦州市 null",
    "ha2024, 3208, 江苏省 淮安市 null",
    "hzq2023, 320813, 江苏省 淮安市 洪泽区",
    "hzq2024, 320813, 江苏省 淮安市 洪泽区"
  })
  void regionOfTheReport(String name, String code, String names) {
    TruthFile truth = TruthFile.load(name);
    var region = PARSER.parse(truth.file(), truth.sampleBytes()).prose().region();
    assertEquals(code, region.code());
    assertEquals(names, region.provinceName() + " " + region.prefectureName() + " " + region.countyName());
  }

  /**
   * Issue 4: the statistics period and publication date of the eight real reports, each with its confidence (0.9 a
   * date range in the preamble; 0.9 the page's 发布时间, 0.7 the signature date; 0 when not printed: PDFs carry neither
   * page metadata nor a signature date that the reader finds).
   */
  @ParameterizedTest(name = "{0}: {1} {2}")
  @org.junit.jupiter.params.provider.CsvSource({
    "000_f33f83f1c85a8eb6, null..null 0.0, null 0.0",
    "001_42bc1c002d3797e9, 2020-01-01..2020-12-28 0.9, null 0.0",
    "002_02af2ddfabc85d6c, 2020-01-01..2020-12-31 0.9, 2021-01-10 0.7",
    "003_88a498967a8a146f, 2021-01-01..2021-12-31 0.9, 2022-01-25 0.9",
    "004_97ee47eec622cd46, null..null 0.0, null 0.0",
    "ha2024, 2024-01-01..2024-12-31 0.9, null 0.0",
    "hzq2023, 2023-01-01..2023-12-31 0.9, null 0.0",
    "hzq2024, 2024-01-01..2024-12-31 0.9, null 0.0"
  })
  void periodAndPublicationDateWithTheirConfidence(String name, String period, String published) {
    TruthFile truth = TruthFile.load(name);
    var meta = PARSER.parse(truth.file(), truth.sampleBytes()).prose().meta();
    assertEquals(period, meta.periodStart() + ".." + meta.periodEnd() + " " + meta.periodConfidence());
    assertEquals(published, meta.publishedAt() + " " + meta.publishedAtConfidence());
  }

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
