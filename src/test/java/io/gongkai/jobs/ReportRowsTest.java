package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The child rows a report hands on carry its id, file and year; the reports row's period and publication date
 * confidences: the manifest's date wins with 1.0.
 */
class ReportRowsTest {
  private static final ReportParser PARSER = new ReportParser();
  private static final ReportRows.Sink NO_CHILDREN = (dataset, row) -> {};

  @Test
  void childRowsCarryTheReportsIdFileAndYear() {
    ParsedReport report = parse("002_02af2ddfabc85d6c.txt");
    ManifestEntry manifest = new ManifestEntry("/in/002.txt", null, null, null, 2031, null);
    Map<String, List<Object[]>> children = new TreeMap<>();
    Row row =
        ReportRows.of(
            report, "/in/002.txt", manifest,
            (dataset, values) -> children.computeIfAbsent(dataset.name(), k -> new ArrayList<>()).add(values));
    assertEquals(get(row, "cell_count"), (long) children.get("cells").size());
    long checks = (long) get(row, "checks_pass") + (long) get(row, "checks_fail") + (long) get(row, "checks_uncertain");
    assertEquals(checks, children.get("checks").size());
    for (Map.Entry<String, List<Object[]>> e : children.entrySet()) {
      DatasetSpec spec = Datasets.byName(e.getKey());
      for (Object[] values : e.getValue()) {
        assertEquals(spec.columns().size(), values.length, spec.name());
        assertEquals(report.sha256(), values[spec.indexOf("report_id")], spec.name());
        assertEquals(2031, values[spec.indexOf("report_year")], spec.name());
        if (spec.has("file")) {
          assertEquals("002_02af2ddfabc85d6c.txt", values[spec.indexOf("file")], spec.name());
        }
      }
    }
    assertEquals(
        "[active_disclosure, cells, checks, procurement, prose_figures, requests, review_litigation, themes]",
        children.keySet().toString());
  }

  @Test
  void proseDatesCarryTheReadersConfidence() {
    Row row = ReportRows.of(parse("002_02af2ddfabc85d6c.txt"), "/in/002.txt", null, NO_CHILDREN);
    assertEquals("2020-01-01 2020-12-31 0.9", get(row, "period_start") + " " + get(row, "period_end") + " "
        + get(row, "period_confidence"));
    assertEquals("2021-01-10 prose 0.7", get(row, "published_at") + " " + get(row, "published_at_source") + " "
        + get(row, "published_at_confidence"));
  }

  @Test
  void manifestDateWinsWithFullConfidence() {
    ManifestEntry manifest = new ManifestEntry("/in/002.txt", null, null, null, null, "2021-01-15");
    Row row = ReportRows.of(parse("002_02af2ddfabc85d6c.txt"), "/in/002.txt", manifest, NO_CHILDREN);
    assertEquals("2021-01-15 manifest 1.0", get(row, "published_at") + " " + get(row, "published_at_source") + " "
        + get(row, "published_at_confidence"));
  }

  @Test
  void unknownDatesHaveNoConfidence() {
    Row row = ReportRows.of(parse("004_97ee47eec622cd46.txt"), "/in/004.txt", null, NO_CHILDREN);
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
