package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The reports row's period and publication date confidences: the manifest's date wins with 1.0. */
class ReportRowsTest {
  private static final ReportParser PARSER = new ReportParser();

  @Test
  void proseDatesCarryTheReadersConfidence() {
    Row row = ReportRows.of(parse("002_02af2ddfabc85d6c.txt"), "/in/002.txt", null);
    assertEquals("2020-01-01 2020-12-31 0.9", get(row, "period_start") + " " + get(row, "period_end") + " "
        + get(row, "period_confidence"));
    assertEquals("2021-01-10 prose 0.7", get(row, "published_at") + " " + get(row, "published_at_source") + " "
        + get(row, "published_at_confidence"));
  }

  @Test
  void manifestDateWinsWithFullConfidence() {
    ManifestEntry manifest = new ManifestEntry("/in/002.txt", null, null, null, null, "2021-01-15", null, null);
    Row row = ReportRows.of(parse("002_02af2ddfabc85d6c.txt"), "/in/002.txt", manifest);
    assertEquals("2021-01-15 manifest 1.0", get(row, "published_at") + " " + get(row, "published_at_source") + " "
        + get(row, "published_at_confidence"));
  }

  @Test
  void unknownDatesHaveNoConfidence() {
    Row row = ReportRows.of(parse("004_97ee47eec622cd46.txt"), "/in/004.txt", null);
    assertEquals("null null null null", get(row, "period_start") + " " + get(row, "period_confidence") + " "
        + get(row, "published_at") + " " + get(row, "published_at_confidence"));
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
