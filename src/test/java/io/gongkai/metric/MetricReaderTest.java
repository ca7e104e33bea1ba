package io.gongkai.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.gongkai.parse.ReportParser;
import io.gongkai.prose.ProseFindings;
import io.gongkai.report.Cell;
import io.gongkai.report.CellKind;
import io.gongkai.report.ParsedReport;
import io.gongkai.report.TableId;
import io.gongkai.report.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Metrics read from the real sample reports ({@code samples/}); every expected number is taken by hand from the
 * report's truth file ({@code src/test/resources/truth/<name>.truth.json}, cells named table.block.row.col).
 */
class MetricReaderTest {
  private static final ReportParser PARSER = new ReportParser();
  private static final MetricReader READER = new MetricReader();

  /** T2021 tables 2, 3 and 4 (truth/ha2024.truth.json). */
  @Test
  void ha2024T2021() {
    List<MetricValue> values = READER.read(parse("ha2024.pdf"));
    assertEquals(
        List.of(
            "new_received 3119", // t3.new_received.total
            "carried_over 34", // t3.carried_over.total
            "granted 1362", // t3.granted.total
            "partial 454", // t3.partial.total
            "denied_total 178", // t3.denied_*.total: 2+31+5+6+8+12+9+105
            "unable_total 781", // t3.unable_*.total: 769+11+1
            "notproc_total 88", // t3.notproc_*.total: 62+25+0+0+1
            "other_total 187", // t3.other_no_correction/other_fee_unpaid/other_other.total: 71+6+110
            "processed_total 3050", // t3.result_total.total
            "carried_forward 103", // t3.carried_forward.total
            "review_upheld 72", // t4.review.*
            "review_corrected 64",
            "review_other 178",
            "review_pending 37",
            "review_total 351",
            "lit_direct_upheld 13", // t4.lit_direct.*
            "lit_direct_corrected 4",
            "lit_direct_other 8",
            "lit_direct_pending 1",
            "lit_direct_total 26",
            "lit_after_review_upheld 12", // t4.lit_after_review.*
            "lit_after_review_corrected 1",
            "lit_after_review_other 1",
            "lit_after_review_pending 6",
            "lit_after_review_total 20",
            "lit_total 46", // lit_direct_total 26 + lit_after_review_total 20
            "license_decisions 447228", // t2.art20_5.admin_license.decisions
            "penalty_decisions 3985758", // t2.art20_6.admin_penalty.decisions
            "coercion_decisions 88283", // t2.art20_6.admin_coercion.decisions
            "rules_issued 1", // t2.art20_1.rules.issued / repealed / in_force
            "rules_repealed 0",
            "rules_in_force 11",
            "normative_docs_issued 8", // t2.art20_1.normative_docs.*
            "normative_docs_repealed 26",
            "normative_docs_in_force 66",
            "fees_yuan 961716000"), // t2.art20_8.admin_fees.amount_wan_yuan: 96171.6 万元
        lines(values));
    assertEquals(Map.of(Template.T2021, 36L), templates(values));
  }

  /**
   * T2021 table 2 with the T2019 single-row (六) in table 3 (truth/hzq2023.truth.json): table-2 metrics come from the
   * T2021 rows, tables 3 and 4 from the T2019 rows. Table 4 fails R-T4-SUM as printed; metrics report it as printed.
   */
  @Test
  void hzq2023MixedTemplates() {
    List<MetricValue> values = READER.read(parse("hzq2023.pdf"));
    assertEquals(
        List.of(
            "new_received 21", "carried_over 0", "granted 0", "partial 4",
            "denied_total 3", // t3.denied_*.total: 1+0+0+0+0+1+1+0
            "unable_total 13", // 10+3+0
            "notproc_total 1", // 1+0+0+0+0
            "other_total 0", // t3.other_handling.total (T2019 variant)
            "processed_total 21", "carried_forward 0",
            "review_upheld 10", "review_corrected 1", "review_other 0", "review_pending 0", "review_total 0",
            "lit_direct_upheld 0", "lit_direct_corrected 0", "lit_direct_other 0", "lit_direct_pending 0",
            "lit_direct_total 0",
            "lit_after_review_upheld 5", "lit_after_review_corrected 0", "lit_after_review_other 0",
            "lit_after_review_pending 0", "lit_after_review_total 0",
            "lit_total 0",
            "license_decisions 550", "penalty_decisions 4119", "coercion_decisions 195",
            "rules_issued 0", "rules_repealed 0", "rules_in_force 0",
            "normative_docs_issued 0", "normative_docs_repealed 5", "normative_docs_in_force 5",
            "fees_yuan 77302800"), // 7730.28 万元
        lines(values));
    assertEquals(Map.of(Template.T2019, 26L, Template.T2021, 10L), templates(values));
  }

  /** S2014 keeps its own keys (truth/004_97ee47eec622cd46.truth.json, table s2014, col value). */
  @Test
  void s2014Report() {
    List<MetricValue> values = READER.read(parse("004_97ee47eec622cd46.txt"));
    assertEquals(
        List.of(
            "s2014_req_received 24", // s2014.req_received.value
            "s2014_req_closed 24", // s2014.req_closed.value
            "s2014_req_answered 24", // s2014.req_answered.value
            "s2014_ans_agree 15", // s2014.ans_agree.value
            "s2014_ans_agree_partial 0",
            "s2014_ans_refuse 0",
            "s2014_review_total 0",
            "s2014_review_upheld 0",
            "s2014_review_corrected 0",
            "s2014_review_other 0",
            "s2014_lit_total 0",
            "s2014_lit_upheld 0",
            "s2014_lit_corrected 0",
            "s2014_lit_other 0",
            "s2014_normative_issued 2230", // s2014.normative_issued_total.value
            "s2014_request_fees_yuan 0"), // s2014.fees_wan_yuan.value '0' (ZERO, 万元)
        lines(values));
    assertEquals(Map.of(Template.S2014, 16L), templates(values));
  }

  /**
   * The OCR-damaged T2019 report (truth/001_42bc1c002d3797e9.truth.json): printed blanks stay EMPTY (never 0), a
   * group with one printed figure among blanks has no value, and the blocks (五)(六) that were not printed at all
   * give ROW_NOT_FOUND. The truth labels t3.carried_over and t3.other_handling '' by row order, but the parser does
   * not find their OCR-damaged labels ('二、上'; flags ROW_NOT_FOUND(t3.carried_over) and
   * ROW_NOT_FOUND(t3.other_handling)) and keeps EMPTY cells for them: the metric says what the parser knows, row not
   * found, not "printed blank".
   */
  @Test
  void blanksAndMissingBlocksInAT2019Report() {
    List<MetricValue> values = READER.read(parse("001_42bc1c002d3797e9.txt"));
    List<String> expected = new ArrayList<>();
    expected.add("new_received 1"); // t3.new_received.total
    expected.add("carried_over ROW_NOT_FOUND"); // t3.carried_over.total '' in the truth; label not found
    expected.addAll(
        List.of(
            "granted EMPTY", "partial EMPTY",
            "denied_total EMPTY", // only t3.denied_enforcement_file.total = 1; the other seven are ''
            "unable_total EMPTY", "notproc_total EMPTY",
            "other_total ROW_NOT_FOUND", // t3.other_handling: label not found
            "processed_total EMPTY", // t3.result_total.total ''
            "carried_forward EMPTY"));
    for (String key : MetricCatalogTest.T_TABLE4) {
      expected.add(key + " EMPTY"); // t4.*: all 15 cells '' (no value row printed)
    }
    expected.addAll(
        List.of(
            "license_decisions ROW_NOT_FOUND", // BLOCK_MISSING(art20_5)
            "penalty_decisions ROW_NOT_FOUND", // BLOCK_MISSING(art20_6)
            "coercion_decisions ROW_NOT_FOUND",
            "t2019_rules_new_made 0", // t2.art20_1.rules.*: 0 0 0
            "t2019_rules_new_published 0",
            "t2019_rules_total_published 0",
            "t2019_normative_docs_new_made 0", // t2.art20_1.normative_docs.*: 0 0 0
            "t2019_normative_docs_new_published 0",
            "t2019_normative_docs_total_published 0",
            "t2019_other_mgmt_services_decisions ROW_NOT_FOUND",
            "procurement_projects 310", // t2.art20_9.gov_central_procurement.project_count
            "procurement_yuan 456700000")); // t2.art20_9.gov_central_procurement.total_amount '45670 万元'
    assertEquals(expected, lines(values));
    assertEquals(Map.of(Template.T2019, 38L), templates(values));
  }

  @Test
  void rejectedReportHasNoMetrics() {
    ParsedReport rejected = ParsedReport.rejected("x.pdf", 0, "0", "PDF", null, "PDF_NO_TEXT", "no text layer");
    assertEquals(List.of(), READER.read(rejected));
  }

  @Test
  void reportWithoutTemplateHasEveryMetricUnknown() {
    List<MetricValue> values = READER.read(report(null, null, List.of()));
    assertEquals(MetricCatalog.get().keys().size(), values.size());
    assertEquals(
        List.of("new_received TEMPLATE_UNKNOWN", "carried_over TEMPLATE_UNKNOWN"),
        lines(values).subList(0, 2));
    assertEquals(
        List.of(NoValueReason.TEMPLATE_UNKNOWN),
        values.stream().map(MetricValue::reason).distinct().toList());
    assertEquals(UnitKind.YUAN, values.stream().filter(v -> v.metric().equals("fees_yuan")).findFirst()
        .orElseThrow().unit());
  }

  /**
   * A hand-built T2019 report with only table 2: {@code /} and words are NOT_A_NUMBER, an amount without a unit is
   * UNIT_MISSING (a printed 0 needs no unit), tables 3 and 4 are TABLE_NOT_FOUND, rows not printed ROW_NOT_FOUND.
   */
  @Test
  void reasonsOfAHandBuiltReport() {
    List<Cell> cells =
        List.of(
            cell("art20_5", "admin_license", "decisions", "/", CellKind.NA, null),
            cell("art20_6", "admin_penalty", "decisions", "详见附表", CellKind.TEXT, null),
            cell("art20_6", "admin_coercion", "decisions", "", CellKind.EMPTY, null),
            cell("art20_9", "gov_central_procurement", "project_count", "0", CellKind.ZERO, BigDecimal.ZERO),
            cell("art20_9", "gov_central_procurement", "total_amount", "1200", CellKind.NUMERIC,
                new BigDecimal(1200)));
    List<String> expected = new ArrayList<>();
    for (String key : MetricCatalogTest.T_TABLE3_AND_4) {
      expected.add(key + " TABLE_NOT_FOUND");
    }
    expected.addAll(
        List.of(
            "license_decisions NOT_A_NUMBER", "penalty_decisions NOT_A_NUMBER", "coercion_decisions EMPTY",
            "t2019_rules_new_made ROW_NOT_FOUND", "t2019_rules_new_published ROW_NOT_FOUND",
            "t2019_rules_total_published ROW_NOT_FOUND", "t2019_normative_docs_new_made ROW_NOT_FOUND",
            "t2019_normative_docs_new_published ROW_NOT_FOUND", "t2019_normative_docs_total_published ROW_NOT_FOUND",
            "t2019_other_mgmt_services_decisions ROW_NOT_FOUND", "procurement_projects 0",
            "procurement_yuan UNIT_MISSING"));
    assertEquals(expected, lines(READER.read(report(Template.T2019, null, cells))));

    List<Cell> zeroAmount =
        List.of(cell("art20_9", "gov_central_procurement", "total_amount", "0", CellKind.ZERO, BigDecimal.ZERO));
    assertEquals(
        "procurement_yuan 0",
        lines(READER.read(report(Template.T2019, null, zeroAmount))).get(expected.size() - 1));
  }

  static List<String> lines(List<MetricValue> values) {
    return values.stream()
        .map(v -> v.metric() + " " + (v.hasValue() ? v.value().toPlainString() : v.reason().name()))
        .toList();
  }

  private static Map<Template, Long> templates(List<MetricValue> values) {
    Map<Template, Long> counts = new TreeMap<>();
    values.forEach(v -> counts.merge(v.template(), 1L, Long::sum));
    return counts;
  }

  static ParsedReport parse(String file) {
    try (InputStream in = MetricReaderTest.class.getResourceAsStream("/samples/" + file)) {
      assertNotNull(in, "missing sample " + file);
      ParsedReport report = PARSER.parse(file, in.readAllBytes());
      assertEquals(ParsedReport.Status.PARSED, report.status());
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ParsedReport report(Template t2, Template t3, List<Cell> cells) {
    return new ParsedReport(
        "hand.txt", 1, "0", ParsedReport.Status.PARSED, "TEXT", "UTF-8", null, null, 2020, t2, t3, cells, List.of(),
        List.of(), ProseFindings.NONE);
  }

  private static Cell cell(String block, String row, String col, String raw, CellKind kind, BigDecimal value) {
    return new Cell(TableId.T2, block, row, col, raw, kind, value, null, null, 1.0, 1);
  }
}
