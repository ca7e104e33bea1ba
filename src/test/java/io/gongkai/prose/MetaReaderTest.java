package io.gongkai.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics period and publication date with their confidence, one evidence kind per test. */
class MetaReaderTest {
  @Test
  void dateRangeInThePreambleIsTheStatedPeriod() {
    ReportMeta meta = read("preamble", "本报告统计期限自2020年1月1日起至2020年12月31日止。");
    assertPeriod("2020-01-01..2020-12-31 0.9", meta);
  }

  @Test
  void theEndsYearMayBeLeftToTheStarts() {
    assertPeriod("2020-01-01..2020-12-31 0.9", read("preamble", "报告中所列数据的统计期限自2020年1月1日起至12月31日止。"));
    assertPeriod("2020-07-01..2021-06-30 0.9", read("preamble", "统计期限自2020年7月1日至6月30日。"));
  }

  @Test
  void dateRangeOutsideThePreambleCountsFullyOnlyInAStatisticsSentence() {
    assertPeriod(
        "2020-01-01..2020-12-31 0.9", read("s1_overview", "相关数据统计时间段为2020年1月1日至2020年12月31日。"));
    assertPeriod("2020-03-01..2020-06-30 0.6", read("s1_overview", "2020年3月1日至6月30日，开展专项整治行动。"));
  }

  @Test
  void theMostTellingStatementWinsOverAnEarlierOne() {
    List<Sentence> sentences =
        List.of(
            new Sentence("s1_overview", "2020年3月1日至6月30日，开展专项整治行动。", 5),
            new Sentence("s6_other", "本报告统计期限为2020年1月1日至2020年12月31日。", 40));
    assertPeriod("2020-01-01..2020-12-31 0.9", MetaReader.read(sentences));
  }

  @Test
  void yearOnlyStatementIsTheCalendarYearWithLessConfidence() {
    assertPeriod("2020-01-01..2020-12-31 0.5", read("preamble", "本报告统计期限为2020年度。"));
    assertPeriod("2021-01-01..2021-12-31 0.5", read("s1_overview", "数据统计时间为 2021 年全年。"));
    // A range elsewhere still beats a year-only statement.
    List<Sentence> both =
        List.of(
            new Sentence("s1_overview", "本报告统计期限为2020年度。", 3),
            new Sentence("s1_overview", "2020年3月1日至6月30日，开展专项整治行动。", 5));
    assertPeriod("2020-03-01..2020-06-30 0.6", MetaReader.read(both));
  }

  @Test
  void noPeriodHasNoConfidence() {
    assertPeriod("null..null 0.0", read("preamble", "2020年，我县政府信息公开工作取得成效。"));
    assertPeriod("null..null 0.0", read("preamble", "统计期限自2020年2月30日至2020年12月31日。"));
  }

  @Test
  void publicationDateFromThePageBeatsTheSignature() {
    List<Sentence> sentences = new ArrayList<>();
    sentences.add(new Sentence("preamble", "发布时间：2021-01-15 来源：区政府办", 1));
    sentences.add(new Sentence("s6_other", "区人民政府办公室", 50));
    sentences.add(new Sentence("s6_other", "2021年1月10日", 51));
    ReportMeta page = MetaReader.read(sentences);
    assertEquals(LocalDate.of(2021, 1, 15), page.publishedAt());
    assertEquals(MetaReader.PUBLISHED_PAGE, page.publishedAtConfidence());

    ReportMeta signature = MetaReader.read(sentences.subList(1, 3));
    assertEquals(LocalDate.of(2021, 1, 10), signature.publishedAt());
    assertEquals(MetaReader.PUBLISHED_SIGNATURE, signature.publishedAtConfidence());

    ReportMeta none = MetaReader.read(sentences.subList(1, 2));
    assertEquals(null, none.publishedAt());
    assertEquals(0, none.publishedAtConfidence());
  }

  @Test
  void aConfidenceWithoutItsValueIsRejected() {
    IllegalArgumentException period =
        assertThrows(
            IllegalArgumentException.class, () -> new ReportMeta(null, 0, null, null, null, 0.9, null, 0));
    assertEquals("Cannot build ReportMeta: period null..null with confidence 0.9", period.getMessage());
    IllegalArgumentException published =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReportMeta(null, 0, null, null, null, 0, LocalDate.of(2021, 1, 10), 0));
    assertEquals("Cannot build ReportMeta: published_at 2021-01-10 with confidence 0.0", published.getMessage());
  }

  private static ReportMeta read(String section, String text) {
    return MetaReader.read(List.of(new Sentence(section, text, 1)));
  }

  private static void assertPeriod(String expected, ReportMeta meta) {
    assertEquals(expected, meta.periodStart() + ".." + meta.periodEnd() + " " + meta.periodConfidence());
  }
}
