package io.gongkai.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.CheckResult;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Prose of the real reports: stated figures, period, publication date, themes and the prose-versus-table checks. */
class ProseFindingsTest {
  private static final ReportParser PARSER = new ReportParser();

  @Test
  void headlineFiguresOfSeed001() {
    ParsedReport report = parse("001_42bc1c002d3797e9.txt");
    assertTrue(
        figures(report).contains("s1_overview 主动公开政府信息 9867 条"), figures(report).toString());
    assertTrue(figures(report).contains("s1_overview 我县受理信息公开申请 1 件"), figures(report).toString());
    assertEquals(LocalDate.of(2020, 1, 1), report.prose().meta().periodStart());
    assertEquals(LocalDate.of(2020, 12, 28), report.prose().meta().periodEnd());
    assertEquals(MetaReader.PERIOD_STATED, report.prose().meta().periodConfidence(), "统计期限 in the preamble");
    assertTrue(report.flags().contains("PERIOD_NOT_FULL_YEAR(2020-01-01..2020-12-28)"), report.flags().toString());
  }

  @Test
  void headlineFiguresOfSeed004IncludingMoneyAndApproximations() {
    List<String> figures = figures(parse("004_97ee47eec622cd46.txt"));
    assertTrue(figures.contains("s2_active_disclosure 主动公开政府信息 49272 条"), figures.toString());
    assertTrue(figures.contains("s1_overview 全市共投入政府信息公开经费 136.22 万元"), figures.toString());
    assertTrue(figures.contains("s2_active_disclosure 接待电话和现场咨询 500 人次 ~"), figures.toString());
  }

  @Test
  void approximateFigureWithHanlpsOddToken() {
    List<String> figures = figures(parse("002_02af2ddfabc85d6c.txt"));
    assertTrue(figures.stream().anyMatch(f -> f.endsWith("5345 次 ~")), figures.toString());
  }

  @Test
  void seed004OnlineInterviewsContradictTheTableAndTheRestAgree() {
    ParsedReport report = parse("004_97ee47eec622cd46.txt");
    assertEquals(
        List.of("R-PROSE-S14-INTERVIEW FAIL prose '政府网站在线访谈10次' 10 = s2014.resp_online_interview.value 2"),
        prose(report, "FAIL"));
    assertEquals(
        List.of(
            "R-PROSE-S14-BUDGET", "R-PROSE-S14-STAFF", "R-PROSE-S14-FULLTIME", "R-PROSE-S14-PARTTIME",
            "R-PROSE-S14-MEETINGS", "R-PROSE-S14-TRAININGS", "R-PROSE-S14-TRAINEES", "R-PROSE-S14-ACTIVE",
            "R-PROSE-S14-PRESS", "R-PROSE-S14-RECEIVED", "R-PROSE-S14-RECEIVED", "R-PROSE-S14-ANSWERED",
            "R-PROSE-S14-AGREE", "R-PROSE-S14-NOT-AGENCY"),
        prose(report, "PASS").stream().map(s -> s.substring(0, s.indexOf(' '))).toList());
  }

  @Test
  void hzq2024SeventeenApplicationsInProseAgainst95InTable3() {
    assertEquals(
        List.of(
            "R-PROSE-RECEIVED FAIL prose '区政府办代表区政府受理政府信息公开申请17件' 17 = t3.new_received.total 95"
                + " (or with carried-over 95)"),
        prose(parse("hzq2024.pdf"), "FAIL"));
  }

  @Test
  void ha2024ProseAgreesWithItsTables() {
    ParsedReport report = parse("ha2024.pdf");
    assertEquals(List.of(), prose(report, "FAIL"));
    assertEquals(
        List.of(
            "R-PROSE-RECEIVED", "R-PROSE-ANSWERED", "R-PROSE-CARRIED-OVER", "R-PROSE-CARRIED-FORWARD",
            "R-PROSE-REVIEW", "R-PROSE-LITIGATION"),
        prose(report, "PASS").stream().map(s -> s.substring(0, s.indexOf(' '))).toList());
  }

  @Test
  void publicationDatesFromPageMetadataOrSignature() {
    ReportMeta page = parse("003_88a498967a8a146f.txt").prose().meta();
    assertEquals(LocalDate.of(2022, 1, 25), page.publishedAt());
    assertEquals(MetaReader.PUBLISHED_PAGE, page.publishedAtConfidence(), "发布时间:2022-01-25 on the page");
    ReportMeta signature = parse("002_02af2ddfabc85d6c.txt").prose().meta();
    assertEquals(LocalDate.of(2021, 1, 10), signature.publishedAt());
    assertEquals(MetaReader.PUBLISHED_SIGNATURE, signature.publishedAtConfidence(), "2021年1月10日 under the body");
  }

  @Test
  void seed002PeriodLeavesTheEndsYearToTheStart() {
    // 报告中所列数据的统计期限自2020年1月1日起至12月31日止。
    ReportMeta meta = parse("002_02af2ddfabc85d6c.txt").prose().meta();
    assertEquals(LocalDate.of(2020, 1, 1), meta.periodStart());
    assertEquals(LocalDate.of(2020, 12, 31), meta.periodEnd());
    assertEquals(MetaReader.PERIOD_STATED, meta.periodConfidence());
  }

  @Test
  void problemsSectionThemesOfSeed001() {
    List<String> themes =
        parse("001_42bc1c002d3797e9.txt").prose().themes().stream().map(Theme::theme).toList();
    // 基层信息公开工作依然薄弱 … 无专人专职负责 … 信息公开不够及时 … 途径不够广
    for (String theme : List.of("grassroots_capacity", "staffing", "timeliness", "awareness")) {
      assertTrue(themes.contains(theme), theme + " missing from " + themes);
    }
  }

  private static List<String> figures(ParsedReport report) {
    return report.prose().figures().stream()
        .map(f -> f.section() + " " + f.metric() + " " + f.value().toPlainString() + " " + f.unit()
            + (f.approx() ? " ~" : ""))
        .collect(Collectors.toList());
  }

  private static List<String> prose(ParsedReport report, String status) {
    return report.checks().stream()
        .filter(c -> c.check().startsWith("R-PROSE") && c.status().name().equals(status))
        .map(ProseFindingsTest::line)
        .toList();
  }

  private static String line(CheckResult c) {
    return c.check() + " " + c.status() + " " + c.expression();
  }

  private static ParsedReport parse(String name) {
    try (InputStream in = ProseFindingsTest.class.getResourceAsStream("/samples/" + name)) {
      assertNotNull(in, name);
      return PARSER.parse(name, in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
