package io.gongkai.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.report.TableId;
import io.gongkai.report.Template;
import io.gongkai.report.TsvTable;
import io.gongkai.template.BlockSpec;
import io.gongkai.template.ColumnSpec;
import io.gongkai.template.RowSpec;
import io.gongkai.template.TemplateCatalog;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricCatalogTest {
  private static final String HEADER = "metric\ttemplate\ttable\tblock\trow\tcol\tunit\tmeaning_zh\tmeaning_en\n";
  private static final String INDICATOR_HEADER = "indicator\tnumerator\tdenominator\tname_zh\tmeaning_en\n";
  static final List<String> T_TABLE4 =
      List.of(
          "review_upheld", "review_corrected", "review_other", "review_pending", "review_total",
          "lit_direct_upheld", "lit_direct_corrected", "lit_direct_other", "lit_direct_pending", "lit_direct_total",
          "lit_after_review_upheld", "lit_after_review_corrected", "lit_after_review_other",
          "lit_after_review_pending", "lit_after_review_total", "lit_total");
  static final List<String> T_TABLE3_AND_4 =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "new_received", "carried_over", "granted", "partial", "denied_total", "unable_total",
                  "notproc_total", "other_total", "processed_total", "carried_forward"),
              T_TABLE4.stream())
          .toList();

  @Test
  void bundledMetricsPerTemplate() {
    MetricCatalog catalog = MetricCatalog.get();
    List<String> t2021 = new ArrayList<>(T_TABLE3_AND_4);
    t2021.addAll(
        List.of(
            "license_decisions", "penalty_decisions", "coercion_decisions", "rules_issued", "rules_repealed",
            "rules_in_force", "normative_docs_issued", "normative_docs_repealed", "normative_docs_in_force",
            "fees_yuan"));
    List<String> t2019 = new ArrayList<>(T_TABLE3_AND_4);
    t2019.addAll(
        List.of(
            "license_decisions", "penalty_decisions", "coercion_decisions", "t2019_rules_new_made",
            "t2019_rules_new_published", "t2019_rules_total_published", "t2019_normative_docs_new_made",
            "t2019_normative_docs_new_published", "t2019_normative_docs_total_published",
            "t2019_other_mgmt_services_decisions", "procurement_projects", "procurement_yuan"));
    List<String> s2014 =
        List.of(
            "s2014_req_received", "s2014_req_closed", "s2014_req_answered", "s2014_ans_agree",
            "s2014_ans_agree_partial", "s2014_ans_refuse", "s2014_review_total", "s2014_review_upheld",
            "s2014_review_corrected", "s2014_review_other", "s2014_lit_total", "s2014_lit_upheld",
            "s2014_lit_corrected", "s2014_lit_other", "s2014_normative_issued", "s2014_request_fees_yuan");
    assertEquals(t2021, keys(catalog, Template.T2021));
    assertEquals(t2019, keys(catalog, Template.T2019));
    assertEquals(s2014, keys(catalog, Template.S2014));
    assertEquals(
        List.of("fees_yuan", "procurement_yuan", "s2014_request_fees_yuan"),
        catalog.keys().stream().filter(k -> catalog.unit(k) == UnitKind.YUAN).toList());
  }

  /** Checked again here, independently of the loader: every cell a metric reads is a cell of its template. */
  @Test
  void everyMappedCellExistsInItsTemplate() {
    TemplateCatalog templates = TemplateCatalog.get();
    List<String> missing = new ArrayList<>();
    int cells = 0;
    for (Metric metric : MetricCatalog.get().metrics()) {
      for (CellRef ref : metric.cells()) {
        cells++;
        if (!exists(templates, metric.template(), ref)) {
          missing.add(metric.key() + " " + metric.template() + " " + ref.path());
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(120, cells); // 90 rows; the group subtotals and lit_total read several cells each
  }

  @Test
  void groupSubtotalsExpandInPrintedOrder() {
    MetricCatalog catalog = MetricCatalog.get();
    assertEquals(
        List.of(
            "t3.other_no_correction.total", "t3.other_fee_unpaid.total", "t3.other_other.total"),
        paths(catalog.metric("other_total", Template.T2021)));
    assertEquals(List.of("t3.other_handling.total"), paths(catalog.metric("other_total", Template.T2019)));
    assertEquals(
        List.of("t3.unable_not_held.total", "t3.unable_need_creation.total", "t3.unable_still_unclear.total"),
        paths(catalog.metric("unable_total", Template.T2021)));
    assertEquals(
        List.of("t4.lit_direct.lit_direct_total", "t4.lit_after_review.lit_after_review_total"),
        paths(catalog.metric("lit_total", Template.T2019)));
    assertEquals(
        List.of("t2.art20_8.admin_fees.amount_wan_yuan"), paths(catalog.metric("fees_yuan", Template.T2021)));
    assertEquals(null, catalog.metric("fees_yuan", Template.T2019));
  }

  @Test
  void bundledIndicatorsAndTheirDenominators() {
    List<String> indicators =
        MetricCatalog.get().indicators().stream()
            .map(i -> i.key() + " = " + String.join("+", i.numerator()) + " / " + String.join("+", i.denominator()))
            .toList();
    assertEquals(
        List.of(
            "disclosure_rate = granted+partial / processed_total",
            "denial_rate = denied_total / processed_total",
            "unable_rate = unable_total / processed_total",
            "notproc_rate = notproc_total / processed_total",
            "carry_forward_rate = carried_forward / new_received+carried_over",
            "review_correction_rate = review_corrected / review_upheld+review_corrected+review_other",
            "litigation_correction_rate = lit_direct_corrected+lit_after_review_corrected / "
                + "lit_direct_upheld+lit_direct_corrected+lit_direct_other+lit_after_review_upheld"
                + "+lit_after_review_corrected+lit_after_review_other",
            "dispute_rate = review_total+lit_total / new_received"),
        indicators);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "new_recieved\tT2021\tt3\t\tnew_recieved\ttotal\tCOUNT"
            + "| Cannot read metric new_recieved for T2021: t3 of T2021 has no row 'new_recieved'",
        "x\tT2022\tt3\t\tnew_received\ttotal\tCOUNT"
            + "| Cannot read metric x for T2022: template 'T2022' is not one of [S2014, T2019, T2021]",
        "x\tT2021\tt5\t\tnew_received\ttotal\tCOUNT"
            + "| Cannot read metric x for T2021: table 't5' is not one of t2, t3, t4, s2014",
        "x\tT2021\ts2014\t\treq_received\tvalue\tCOUNT"
            + "| Cannot read metric x for T2021: table 's2014' is not a table of T2021 (S2014 has only s2014)",
        "x\tT2021\tt3\t\tnew_received\tsum\tCOUNT| Cannot read metric x for T2021: t3 of T2021 has no col 'sum'",
        "x\tT2021\tt3\t\tother_handling\ttotal\tCOUNT"
            + "| Cannot read metric x for T2021: t3 of T2021 has no row 'other_handling'",
        "x\tT2019\tt3\t\tfoo_*\ttotal\tCOUNT| Cannot read metric x for T2019: t3 of T2019 has no row matching 'foo_*'",
        "x\tT2021\tt2\tart20_9\tgov_central_procurement\ttotal_amount\tYUAN"
            + "| Cannot read metric x for T2021: t2 of T2021 has no block 'art20_9'",
        "x\tT2019\tt2\tart20_1\trules\tissued\tCOUNT"
            + "| Cannot read metric x for T2019: t2 block art20_1 of T2019 has no col 'issued'",
        "x\tT2021\tt2\tart20_8\tadmin_fees\tamount_wan_yuan\tCOUNT"
            + "| Cannot read metric x for T2021: unit COUNT does not fit the money cell "
            + "t2.art20_8.admin_fees.amount_wan_yuan",
        "x\tT2021\tt3\t\tnew_received\ttotal\tYUAN"
            + "| Cannot read metric x for T2021: unit YUAN does not fit the count cell t3.new_received.total",
        "x\tT2021\tt3\t\tnew_received\ttotal\tPIECES"
            + "| Cannot read metric x for T2021: unit 'PIECES' is not one of COUNT, YUAN",
        "x\tT2021\tt4\treview\t\tlit_direct_total\tCOUNT"
            + "| Cannot read metric x for T2021: t4 col 'lit_direct_total' is in block 'lit_direct', not 'review'",
        "x\tT2021\tt3\tart20_1\tnew_received\ttotal\tCOUNT"
            + "| Cannot read metric x for T2021: t3 has no blocks, found 'art20_1'",
        "x\tT2021\tt3\t\tgranted+partial\ttotal+natural_person\tCOUNT"
            + "| Cannot read metric x for T2021: row 'granted+partial' and col 'total+natural_person' are both sums",
        "New_Received\tT2021\tt3\t\tnew_received\ttotal\tCOUNT"
            + "| Cannot read metric New_Received for T2021: metric key 'New_Received' is not snake_case",
      })
  void badRowNamesTheRowAndTheValue(String row, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> load(HEADER + row + "\tzh\ten\n", INDICATOR_HEADER));
    assertEquals(message, e.getMessage());
  }

  @Test
  void duplicateMetricForOneTemplate() {
    String row = "a\tT2021\tt3\t\tnew_received\ttotal\tCOUNT\tzh\ten\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> load(HEADER + row + row, INDICATOR_HEADER));
    assertEquals("Cannot read metric a for T2021: listed twice", e.getMessage());
  }

  @Test
  void oneMetricKeepsOneTableAndOneUnit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                load(
                    HEADER
                        + "a\tT2021\tt3\t\tnew_received\ttotal\tCOUNT\tzh\ten\n"
                        + "a\tT2019\tt4\treview\t\treview_total\tCOUNT\tzh\ten\n",
                    INDICATOR_HEADER));
    assertEquals("Cannot read metric a for T2019: table t4, but t3 for T2021", e.getMessage());
  }

  @Test
  void indicatorNamesOnlyMetrics() {
    String metrics = HEADER + "a\tT2021\tt3\t\tnew_received\ttotal\tCOUNT\tzh\ten\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> load(metrics, INDICATOR_HEADER + "r\ta\ta+b\t率\trate\n"));
    assertEquals("Cannot read indicator r: denominator names 'b', which is not a metric", e.getMessage());
  }

  @Test
  void commentsAndSumsInATable() {
    MetricCatalog catalog =
        load(
            "# a comment line\n" + HEADER + "# another\n"
                + "a\tT2021\tt3\t\tgranted + partial\ttotal\tCOUNT\tzh\ten\n",
            INDICATOR_HEADER);
    assertEquals(
        List.of("t3.granted.total", "t3.partial.total"), paths(catalog.metric("a", Template.T2021)));
  }

  private static MetricCatalog load(String metrics, String indicators) {
    return MetricCatalog.load(records(metrics), records(indicators), TemplateCatalog.get());
  }

  private static List<CSVRecord> records(String table) {
    return TsvTable.parse(new StringReader(table), "test table");
  }

  private static List<String> keys(MetricCatalog catalog, Template template) {
    return catalog.metrics().stream().filter(m -> m.template() == template).map(Metric::key).toList();
  }

  private static List<String> paths(Metric metric) {
    return metric.cells().stream().map(CellRef::path).toList();
  }

  private static boolean exists(TemplateCatalog templates, Template template, CellRef ref) {
    return switch (ref.table()) {
      case T2 -> {
        for (BlockSpec block : templates.table2Blocks(template)) {
          if (block.key().equals(ref.block())
              && block.rows().stream().map(RowSpec::key).anyMatch(ref.row()::equals)
              && block.columns().stream().map(ColumnSpec::key).anyMatch(ref.col()::equals)) {
            yield true;
          }
        }
        yield false;
      }
      case T3 ->
          ref.block() == null
              && templates.table3Rows(template).stream().map(RowSpec::key).anyMatch(ref.row()::equals)
              && templates.table3Columns().stream().map(ColumnSpec::key).anyMatch(ref.col()::equals);
      case T4 -> ref.row() == null && ref.block().equals(templates.table4Block(ref.col()));
      case S2014 ->
          template == Template.S2014
              && ref.col().equals("value")
              && templates.s2014Rows().stream().map(RowSpec::key).anyMatch(ref.row()::equals);
    };
  }

  @Test
  void tablesOfTheTemplates() {
    MetricCatalog catalog = MetricCatalog.get();
    assertEquals(TableId.T3, catalog.table("processed_total"));
    assertEquals(TableId.T4, catalog.table("lit_total"));
    assertEquals(TableId.S2014, catalog.table("s2014_req_received"));
  }
}
