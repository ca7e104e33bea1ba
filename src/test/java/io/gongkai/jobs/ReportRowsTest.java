package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.gongkai.parse.ReportParser;
import io.gongkai.prose.BodyKind;
import io.gongkai.prose.Scope;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The reports row's period, publication date, scope and body kind with their confidences: the manifest's values win
 * with 1.0.
 */
class ReportRowsTest {
  private static final ReportParser PARSER = new ReportParser();

  @Test
  void proseDatesCarryTheReadersConfidence() {
    Row row = reportRow(parse("002_02af2ddfabc85d6c.txt"), "/in/002.txt", null);
    assertEquals("2020-01-01 2020-12-31 0.9", get(row, "period_start") + " " + get(row, "period_end") + " "
        + get(row, "period_confidence"));
    assertEquals("2021-01-10 prose 0.7", get(row, "published_at") + " " + get(row, "published_at_source") + " "
        + get(row, "published_at_confidence"));
  }

  @Test
  void manifestDateWinsWithFullConfidence() {
    ManifestEntry manifest = new ManifestEntry("/in/002.txt", null, null, null, null, "2021-01-15", null, null);
    Row row = reportRow(parse("002_02af2ddfabc85d6c.txt"), "/in/002.txt", manifest);
    assertEquals("2021-01-15 manifest 1.0", get(row, "published_at") + " " + get(row, "published_at_source") + " "
        + get(row, "published_at_confidence"));
  }

  @Test
  void unknownDatesHaveNoConfidence() {
    Row row = reportRow(parse("004_97ee47eec622cd46.txt"), "/in/004.txt", null);
    assertEquals("null null null null", get(row, "period_start") + " " + get(row, "period_confidence") + " "
        + get(row, "published_at") + " " + get(row, "published_at_confidence"));
  }

  @Test
  void proseScopeAndBodyKindWithTheirSourceConfidenceAndEvidence() {
    Row row = reportRow(parse("003_88a498967a8a146f.txt"), "/in/003.txt", null);
    assertEquals(
        "BODY prose 0.8 我办编制了《攀枝花市仁和区人民政府办公室2021年政府信息公开工作年度报告》,",
        scope(row));
    assertEquals("GOVERNMENT prose 0.9 攀枝花市仁和区人民政府办公室", bodyKind(row));
  }

  @Test
  void consolidatedReportWithoutABodyHasNoBodyKind() {
    Row row = reportRow(parse("004_97ee47eec622cd46.txt"), "/in/004.txt", null);
    assertEquals("CONSOLIDATED prose 0.7 全市收到依申请公开政府信息的申请24件,", scope(row));
    assertEquals("null null null null", bodyKind(row));
  }

  @Test
  void manifestScopeAndBodyKindWinWithFullConfidenceAndNoEvidence() {
    ManifestEntry manifest =
        new ManifestEntry("/in/003.txt", null, null, null, null, null, Scope.CONSOLIDATED, BodyKind.DEPARTMENT);
    Row row = reportRow(parse("003_88a498967a8a146f.txt"), "/in/003.txt", manifest);
    assertEquals("CONSOLIDATED manifest 1.0 null", scope(row));
    assertEquals("DEPARTMENT manifest 1.0 null", bodyKind(row));
  }

  @Test
  void manifestBodyWithoutAKindIsReadByTheRules() {
    // The prose's kind belongs to the prose's body (仁和区人民政府办公室), not to the manifest's.
    ManifestEntry manifest = new ManifestEntry("/in/003.txt", null, "仁和区教育和体育局", null, null, null, null, null);
    Row row = reportRow(parse("003_88a498967a8a146f.txt"), "/in/003.txt", manifest);
    assertEquals("DEPARTMENT manifest_body 0.9 仁和区教育和体育局", bodyKind(row));
    assertEquals("BODY prose 0.8 我办编制了《攀枝花市仁和区人民政府办公室2021年政府信息公开工作年度报告》,", scope(row));
  }

  @Test
  void rejectedReportHasNoScopeUnlessTheManifestGivesOne() {
    ParsedReport rejected =
        ParsedReport.rejected("empty.txt", 0, "empty-0", null, null, "EMPTY_FILE", "Cannot read empty.txt: empty");
    Row none = reportRow(rejected, "/in/empty.txt", null);
    assertEquals("null null null null", scope(none));
    assertEquals("null null null null", bodyKind(none));
    ManifestEntry manifest =
        new ManifestEntry("/in/empty.txt", null, "某镇人民政府", null, null, null, Scope.BODY, null);
    Row given = reportRow(rejected, "/in/empty.txt", manifest);
    assertEquals("BODY manifest 1.0 null", scope(given));
    assertEquals("TOWNSHIP manifest_body 0.9 某镇人民政府", bodyKind(given));
  }

  private static String scope(Row row) {
    return get(row, "scope") + " " + get(row, "scope_source") + " " + get(row, "scope_confidence") + " "
        + get(row, "scope_evidence");
  }

  private static String bodyKind(Row row) {
    return get(row, "body_kind") + " " + get(row, "body_kind_source") + " " + get(row, "body_kind_confidence") + " "
        + get(row, "body_kind_evidence");
  }

  /** The report's {@code reports} row, as the job's tasks write it. */
  private static Row reportRow(ParsedReport report, String path, ManifestEntry manifest) {
    return PerReportRows.of(report, path, manifest).rows(Datasets.REPORTS).get(0);
  }

  private static Object get(Row row, String column) {
    return row.get(Datasets.REPORTS.indexOf(column));
  }

  private static ParsedReport parse(String name) {
    try (InputStream in = ReportRowsTest.class.getResourceAsStream("/samples/" + name)) {
      assertNotNull(in, name);
      return PARSER.parse(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
