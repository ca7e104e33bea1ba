package io.gongkai.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.Cell;
import io.gongkai.report.CheckResult;
import io.gongkai.report.ParsedReport;
import io.gongkai.report.Template;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Small hand-written renderings, one phenomenon each, read end to end; each test asserts the whole grid of cells
 * (path, raw text, kind, value, unit, yuan amount) and the checks it implies.
 */
class TableFixturesTest {
  private static final ReportParser PARSER = new ReportParser();

  @Test
  void t2019TablePipePerCellWithBlankNaTextAndSignedDelta() {
    ParsedReport report = parse("t2019-table2-pipe-blank-and-na.txt");
    assertEquals(Template.T2019, report.templateT2());
    assertEquals(
        """
        t2.art20_1.rules.new_made '/' NA
        t2.art20_1.rules.new_published '/' NA
        t2.art20_1.rules.total_published '/' NA
        t2.art20_1.normative_docs.new_made '12' NUMERIC 12
        t2.art20_1.normative_docs.new_published '' EMPTY
        t2.art20_1.normative_docs.total_published '1,034' NUMERIC 1034
        t2.art20_5.admin_license.prev_year_items '230' NUMERIC 230
        t2.art20_5.admin_license.items_change '减少2' NUMERIC -2
        t2.art20_5.admin_license.decisions '4512' NUMERIC 4512
        t2.art20_5.other_mgmt_services.prev_year_items '15' NUMERIC 15
        t2.art20_5.other_mgmt_services.items_change '-3' NUMERIC -3
        t2.art20_5.other_mgmt_services.decisions '详见附表' TEXT
        t2.art20_9.gov_central_procurement.project_count '2' NUMERIC 2
        t2.art20_9.gov_central_procurement.total_amount '3.5亿元' NUMERIC 3.5 亿元 350000000
        """,
        grid(report));
    // Section 三's title with no table under it: the flags say tables 3 and 4 were not printed (no cells).
    assertEquals(
        List.of(
            "BLOCK_MISSING(art20_6)", "BLOCK_MISSING(art20_8)", "TABLE_NOT_FOUND(t3)", "TABLE_NOT_FOUND(t4)"),
        report.flags());
    assertEquals(
        """
        R-T2-NONNEG all PASS: 7 cells are non-negative integers
        R-T2019-ITEMS admin_license PASS: 230 + -2 >= 0
        R-T2019-ITEMS other_mgmt_services PASS: 15 + -3 >= 0
        R-T2019-PUB-LE rules UNCERTAIN: / <= /
        R-T2019-PUB-LE normative_docs UNCERTAIN: 空 <= 1034
        """,
        checks(report));
  }

  @Test
  void digitsRunTogetherBeyondWhatTheWarehouseHoldsAreTextNotNumbers() {
    ParsedReport report = parse("t2019-digits-run-together.txt");
    // 24 digits cannot be a count: TEXT with its raw text kept, never rounded. 16 integer digits still fit, and a
    // 亿元 amount that fits as printed stays NUMERIC although its yuan amount is beyond any real budget.
    assertEquals(
        """
        t2.art20_1.rules.new_made '/' NA
        t2.art20_1.rules.new_published '/' NA
        t2.art20_1.rules.total_published '/' NA
        t2.art20_1.normative_docs.new_made '123456789012345678901234' TEXT
        t2.art20_1.normative_docs.new_published '' EMPTY
        t2.art20_1.normative_docs.total_published '1,034' NUMERIC 1034
        t2.art20_5.admin_license.prev_year_items '230' NUMERIC 230
        t2.art20_5.admin_license.items_change '减少2' NUMERIC -2
        t2.art20_5.admin_license.decisions '9999999999999999' NUMERIC 9999999999999999
        t2.art20_5.other_mgmt_services.prev_year_items '15' NUMERIC 15
        t2.art20_5.other_mgmt_services.items_change '-3' NUMERIC -3
        t2.art20_5.other_mgmt_services.decisions '详见附表' TEXT
        t2.art20_9.gov_central_procurement.project_count '2' NUMERIC 2
        t2.art20_9.gov_central_procurement.total_amount '99999999999999.5亿元' NUMERIC 99999999999999.5 亿元 9999999999999950000000
        """,
        grid(report));
    assertEquals(
        // the 24 digits are no figure; the amount is (the pipe-per-cell table's lines also read as prose)
        List.of("规范性文件 12 件", " 99999999999999.5 亿元"),
        report.prose().figures().stream().map(f -> f.metric() + " " + f.value() + " " + f.unit()).toList());
  }

  @Test
  void t2021TableInTraditionalCharactersOneCellPerBlankLine() {
    ParsedReport report = parse("t2021-table2-traditional-blank-line-per-cell.txt");
    assertEquals(Template.T2021, report.templateT2());
    assertEquals(2022, report.reportYear());
    assertEquals(
        """
        t2.art20_1.rules.issued '0' ZERO 0
        t2.art20_1.rules.repealed '0' ZERO 0
        t2.art20_1.rules.in_force '3' NUMERIC 3
        t2.art20_1.normative_docs.issued '5' NUMERIC 5
        t2.art20_1.normative_docs.repealed '1' NUMERIC 1
        t2.art20_1.normative_docs.in_force '40' NUMERIC 40
        t2.art20_5.admin_license.decisions '1,203' NUMERIC 1203
        t2.art20_6.admin_penalty.decisions '' EMPTY
        t2.art20_6.admin_coercion.decisions '—' NA
        t2.art20_8.admin_fees.amount_wan_yuan '12.5' NUMERIC 12.5 万元 125000
        """,
        grid(report));
    assertEquals(List.of("TABLE_NOT_FOUND(t3)", "TABLE_NOT_FOUND(t4)"), report.flags());
  }

  @Test
  void crawledTextWithOneCellPerLineAndLonePipesBetweenCells() {
    // Crawled text of an HTML table: every cell on its own line, a lone "|" line between cells. The pipes separate,
    // they are no cells: 规章's 现行有效 6 stays in its column, two pipes with nothing between them are a blank cell,
    // and a label wrapped over two lines (行政规范 / 性文件) is one label.
    ParsedReport report = parse("t2021-cell-per-line-pipe-separators.txt");
    assertEquals(Template.T2021, report.templateT2());
    assertEquals(
        """
        t2.art20_1.rules.issued '0' ZERO 0
        t2.art20_1.rules.repealed '0' ZERO 0
        t2.art20_1.rules.in_force '6' NUMERIC 6
        t2.art20_1.normative_docs.issued '3' NUMERIC 3
        t2.art20_1.normative_docs.repealed '' EMPTY
        t2.art20_1.normative_docs.in_force '/' NA
        t2.art20_5.admin_license.decisions '97' NUMERIC 97
        t2.art20_6.admin_penalty.decisions '' EMPTY
        t2.art20_6.admin_coercion.decisions '0' ZERO 0
        t2.art20_8.admin_fees.amount_wan_yuan '0' ZERO 0 万元 0
        t4.review.review_upheld '1' NUMERIC 1
        t4.review.review_corrected '0' ZERO 0
        t4.review.review_other '0' ZERO 0
        t4.review.review_pending '0' ZERO 0
        t4.review.review_total '1' NUMERIC 1
        t4.lit_direct.lit_direct_upheld '0' ZERO 0
        t4.lit_direct.lit_direct_corrected '2' NUMERIC 2
        t4.lit_direct.lit_direct_other '' EMPTY
        t4.lit_direct.lit_direct_pending '0' ZERO 0
        t4.lit_direct.lit_direct_total '2' NUMERIC 2
        t4.lit_after_review.lit_after_review_upheld '0' ZERO 0
        t4.lit_after_review.lit_after_review_corrected '0' ZERO 0
        t4.lit_after_review.lit_after_review_other '0' ZERO 0
        t4.lit_after_review.lit_after_review_pending '0' ZERO 0
        t4.lit_after_review.lit_after_review_total '0' ZERO 0
        """,
        grid(report));
    assertEquals(List.of("TABLE_NOT_FOUND(t3)"), report.flags());
    assertEquals(
        """
        R-T4-SUM review PASS: 1 + 0 + 0 + 0 = 1
        R-T4-SUM lit_direct UNCERTAIN: 0 + 2 + 空 + 0 = 2
        R-T4-SUM lit_after_review PASS: 0 + 0 + 0 + 0 = 0
        R-T4-NONNEG all PASS: 14 cells are non-negative integers
        R-T2-NONNEG all PASS: 7 cells are non-negative integers
        """,
        checks(report));
  }

  @Test
  void traditionalLabelsWithPinyinReadingsInsertedByAMirrorSite() {
    // 本年製(zhì)發(fā)件數 hid table 2 from every anchor (TABLE_NOT_FOUND(t2)), and 寧(níng)強(qiáng)縣 the region.
    // The same table as t2021-table2-traditional-blank-line-per-cell.txt with the readings inserted: the same grid.
    ParsedReport report = parse("t2021-traditional-labels-with-pinyin-readings.txt");
    assertEquals(Template.T2021, report.templateT2());
    assertEquals(grid(parse("t2021-table2-traditional-blank-line-per-cell.txt")), grid(report));
    assertEquals(10, report.cells().size());
    assertEquals(List.of("PINYIN_REMOVED(19)", "TABLE_NOT_FOUND(t3)", "TABLE_NOT_FOUND(t4)"), report.flags());
    assertEquals("宁强县民政局", report.prose().meta().body());
    assertEquals("610726", report.prose().region().code());
  }

  @Test
  void markdownFromAPdfConverterWithDelimiterRowsGenericHeadersAndSplitTables() {
    // A delimiter row under a value row (规章) is structure, not three NA cells; table 3 comes as small tables under
    // generic headers (类别 | 数据1 … 数据6 | 总计) with 三、本年度办理结果 as a heading and group labels glued to their
    // first row; table 4 as three five-column tables.
    ParsedReport report = parse("t2021-markdown-converter-split-tables.txt");
    assertEquals(Template.T2021, report.templateT2());
    assertEquals(Template.T2021, report.templateT3());
    assertEquals(
        """
        t2.art20_1.rules.issued '0' ZERO 0
        t2.art20_1.rules.repealed '0' ZERO 0
        t2.art20_1.rules.in_force '0' ZERO 0
        t2.art20_1.normative_docs.issued '2' NUMERIC 2
        t2.art20_1.normative_docs.repealed '' EMPTY
        t2.art20_1.normative_docs.in_force '17' NUMERIC 17
        t2.art20_5.admin_license.decisions '356' NUMERIC 356
        t2.art20_6.admin_penalty.decisions '41' NUMERIC 41
        t2.art20_6.admin_coercion.decisions '/' NA
        t2.art20_8.admin_fees.amount_wan_yuan '0' ZERO 0 万元 0
        t4.review.review_upheld '1' NUMERIC 1
        t4.review.review_corrected '0' ZERO 0
        t4.review.review_other '0' ZERO 0
        t4.review.review_pending '0' ZERO 0
        t4.review.review_total '1' NUMERIC 1
        t4.lit_direct.lit_direct_upheld '0' ZERO 0
        t4.lit_direct.lit_direct_corrected '1' NUMERIC 1
        t4.lit_direct.lit_direct_other '0' ZERO 0
        t4.lit_direct.lit_direct_pending '0' ZERO 0
        t4.lit_direct.lit_direct_total '1' NUMERIC 1
        t4.lit_after_review.lit_after_review_upheld '0' ZERO 0
        t4.lit_after_review.lit_after_review_corrected '0' ZERO 0
        t4.lit_after_review.lit_after_review_other '0' ZERO 0
        t4.lit_after_review.lit_after_review_pending '0' ZERO 0
        t4.lit_after_review.lit_after_review_total '0' ZERO 0
        """,
        grid(report).lines().filter(l -> !l.startsWith("t3.")).collect(Collectors.joining("\n", "", "\n")));
    assertEquals(
        """
        new_received 12 3 0 0 0 1 16
        carried_over 1 0 0 0 0 0 1
        granted 6 2 0 0 0 0 8
        partial 1 0 0 0 0 0 1
        denied_state_secret 0 0 0 0 0 0 0
        denied_other_law 0 0 0 0 0 0 0
        denied_three_security_one_stability 0 0 0 0 0 0 0
        denied_third_party 0 0 0 0 0 0 0
        denied_internal_affairs 0 0 0 0 0 0 0
        denied_process_info 1 0 0 0 0 0 1
        denied_enforcement_file 0 0 0 0 0 0 0
        denied_admin_query 0 0 0 0 0 0 0
        unable_not_held 3 0 0 0 0 0 3
        unable_need_creation 0 0 0 0 0 0 0
        unable_still_unclear 0 0 0 0 0 0 0
        notproc_petition 0 0 0 0 0 0 0
        notproc_repeat 0 0 0 0 0 0 0
        notproc_publication 0 0 0 0 0 0 0
        notproc_massive 0 0 0 0 0 0 0
        notproc_confirm 0 0 0 0 0 0 0
        other_no_correction 1 0 0 0 0 0 1
        other_fee_unpaid 0 0 0 0 0 0 0
        other_other 0 0 0 0 0 0 0
        result_total 12 2 0 0 0 0 14
        carried_forward 1 1 0 0 0 1 3
        """,
        t3Rows(report));
    assertEquals(List.of(), report.flags());
    assertEquals(
        List.of(),
        report.checks().stream().filter(c -> c.status() != io.gongkai.report.CheckStatus.PASS).map(c -> line(c))
            .toList());
  }

  @Test
  void markdownWithTable2AsPlainLinesInAnyOrderAndGroupLabelsBrokenMidWord() {
    // Table 2's blocks as plain lines outside any table (规章 0 0 0, 行政许可 97), （八）before （一）, T2021's
    // 规范性文件; 三、本年度办理结果 and （三）不予公开 spilled as loose lines broken over two; two 其他处理 labels cut
    // short; table 4 as one row of fifteen values under a two-cell header.
    ParsedReport report = parse("t2021-markdown-table2-plain-lines-broken-group-labels.txt");
    assertEquals(Template.T2021, report.templateT2());
    assertEquals(Template.T2021, report.templateT3());
    assertEquals(
        """
        t2.art20_1.rules.issued '0' ZERO 0
        t2.art20_1.rules.repealed '0' ZERO 0
        t2.art20_1.rules.in_force '0' ZERO 0
        t2.art20_1.normative_docs.issued '3' NUMERIC 3
        t2.art20_1.normative_docs.repealed '1' NUMERIC 1
        t2.art20_1.normative_docs.in_force '25' NUMERIC 25
        t2.art20_5.admin_license.decisions '97' NUMERIC 97
        t2.art20_6.admin_penalty.decisions '0' ZERO 0
        t2.art20_6.admin_coercion.decisions '/' NA
        t2.art20_8.admin_fees.amount_wan_yuan '12.5' NUMERIC 12.5 万元 125000
        t4.review.review_upheld '1' NUMERIC 1
        t4.review.review_corrected '0' ZERO 0
        t4.review.review_other '0' ZERO 0
        t4.review.review_pending '0' ZERO 0
        t4.review.review_total '1' NUMERIC 1
        t4.lit_direct.lit_direct_upheld '0' ZERO 0
        t4.lit_direct.lit_direct_corrected '0' ZERO 0
        t4.lit_direct.lit_direct_other '0' ZERO 0
        t4.lit_direct.lit_direct_pending '1' NUMERIC 1
        t4.lit_direct.lit_direct_total '1' NUMERIC 1
        t4.lit_after_review.lit_after_review_upheld '0' ZERO 0
        t4.lit_after_review.lit_after_review_corrected '0' ZERO 0
        t4.lit_after_review.lit_after_review_other '0' ZERO 0
        t4.lit_after_review.lit_after_review_pending '0' ZERO 0
        t4.lit_after_review.lit_after_review_total '0' ZERO 0
        """,
        grid(report).lines().filter(l -> !l.startsWith("t3.")).collect(Collectors.joining("\n", "", "\n")));
    assertEquals(
        """
        new_received 20 4 0 0 0 0 24
        carried_over 2 0 0 0 0 0 2
        granted 12 3 0 0 0 0 15
        partial 2 0 0 0 0 0 2
        denied_state_secret 0 0 0 0 0 0 0
        denied_other_law 0 0 0 0 0 0 0
        denied_three_security_one_stability 0 0 0 0 0 0 0
        denied_third_party 1 0 0 0 0 0 1
        denied_internal_affairs 0 0 0 0 0 0 0
        denied_process_info 0 0 0 0 0 0 0
        denied_enforcement_file 0 0 0 0 0 0 0
        denied_admin_query 0 0 0 0 0 0 0
        unable_not_held 3 1 0 0 0 0 4
        unable_need_creation 0 0 0 0 0 0 0
        unable_still_unclear 0 0 0 0 0 0 0
        notproc_petition 0 0 0 0 0 0 0
        notproc_repeat 1 0 0 0 0 0 1
        notproc_publication 0 0 0 0 0 0 0
        notproc_massive 0 0 0 0 0 0 0
        notproc_confirm 0 0 0 0 0 0 0
        other_no_correction 1 0 0 0 0 0 1
        other_fee_unpaid 0 0 0 0 0 0 0
        other_other 0 0 0 0 0 0 0
        result_total 20 4 0 0 0 0 24
        carried_forward 2 0 0 0 0 0 2
        """,
        t3Rows(report));
    assertEquals(List.of(), report.flags());
    assertEquals(
        List.of(),
        report.checks().stream().filter(c -> c.status() != io.gongkai.report.CheckStatus.PASS).map(c -> line(c))
            .toList());
  }

  @Test
  void markdownFullWidthTable3WithBlankFirstAndTotalColumnsKeepsEveryValueInItsColumn() {
    // One Markdown table 3 as wide as its delimiter row (three label slots, seven values). （二）部分公开 prints
    // |  | （二）部分公开… |  |  | 0 | 0 | 0 | 0 | 0 |  |: one blank label slot and a blank 自然人 before the zeros, a
    // blank 总计 after them, eight cells for seven columns. The surplus is the label slot, not the 总计: the row ends
    // in the table's last column. Taking it from the end read the 自然人 blank into 商业企业's place and 0 as 总计.
    ParsedReport report = parse("t2021-markdown-full-width-table3-blank-first-and-total-columns.txt");
    assertEquals(Template.T2021, report.templateT3());
    assertEquals(
        """
        new_received 5 1 0 0 0 0 6
        carried_over 空 0 0 0 0 0 空
        granted 3 1 0 0 0 0 4
        partial 空 0 0 0 0 0 空
        denied_state_secret 0 0 0 0 0 0 0
        denied_other_law 0 0 0 0 0 0 0
        denied_three_security_one_stability 0 0 0 0 0 0 0
        denied_third_party 0 0 0 0 0 0 0
        denied_internal_affairs 0 0 0 0 0 0 0
        denied_process_info 0 0 0 0 0 0 0
        denied_enforcement_file 0 0 0 0 0 0 0
        denied_admin_query 0 0 0 0 0 0 0
        unable_not_held 2 0 0 0 0 0 2
        unable_need_creation 0 0 0 0 0 0 0
        unable_still_unclear 0 0 0 0 0 0 0
        notproc_petition 0 0 0 0 0 0 0
        notproc_repeat 0 0 0 0 0 0 0
        notproc_publication 0 0 0 0 0 0 0
        notproc_massive 0 0 0 0 0 0 0
        notproc_confirm 0 0 0 0 0 0 0
        other_no_correction 空 0 / 0 0 0 空
        other_fee_unpaid 0 0 0 0 0 0 0
        other_other 0 0 0 0 0 0 0
        result_total 5 1 0 0 0 0 6
        carried_forward 0 0 0 0 0 0 0
        """,
        t3Kinds(report));
    // Every cell in its place and certain: no inference, no surplus.
    assertEquals(List.of(), report.flags());
    assertEquals(
        List.of(1.0),
        report.cells().stream().filter(c -> c.table() == io.gongkai.report.TableId.T3).map(Cell::confidence)
            .distinct().toList());
    assertEquals(
        """
        t2.art20_1.rules.issued '0' ZERO 0
        t2.art20_1.rules.repealed '0' ZERO 0
        t2.art20_1.rules.in_force '0' ZERO 0
        t2.art20_1.normative_docs.issued '2' NUMERIC 2
        t2.art20_1.normative_docs.repealed '' EMPTY
        t2.art20_1.normative_docs.in_force '14' NUMERIC 14
        t2.art20_5.admin_license.decisions '1208' NUMERIC 1208
        t2.art20_6.admin_penalty.decisions '36' NUMERIC 36
        t2.art20_6.admin_coercion.decisions '0' ZERO 0
        t2.art20_8.admin_fees.amount_wan_yuan '0' ZERO 0 万元 0
        t4.review.review_upheld '0' ZERO 0
        t4.review.review_corrected '0' ZERO 0
        t4.review.review_other '0' ZERO 0
        t4.review.review_pending '0' ZERO 0
        t4.review.review_total '0' ZERO 0
        t4.lit_direct.lit_direct_upheld '1' NUMERIC 1
        t4.lit_direct.lit_direct_corrected '0' ZERO 0
        t4.lit_direct.lit_direct_other '0' ZERO 0
        t4.lit_direct.lit_direct_pending '0' ZERO 0
        t4.lit_direct.lit_direct_total '1' NUMERIC 1
        t4.lit_after_review.lit_after_review_upheld '0' ZERO 0
        t4.lit_after_review.lit_after_review_corrected '0' ZERO 0
        t4.lit_after_review.lit_after_review_other '0' ZERO 0
        t4.lit_after_review.lit_after_review_pending '0' ZERO 0
        t4.lit_after_review.lit_after_review_total '0' ZERO 0
        """,
        grid(report).lines().filter(l -> !l.startsWith("t3.")).collect(Collectors.joining("\n", "", "\n")));
  }

  @Test
  void markdownTable3CutInsideARowAfterABlankLabelSlotKeepsItsPrintedCellsInTheirColumns() {
    // The text ends inside （二）部分公开's row of a full-width Markdown table 3, without its closing pipe:
    // |  | （二）部分公开… |  |  | 1 — a blank label slot, a blank 自然人, then 1 for 商业企业. The table's width (ten
    // slots, three of them the label's) says which blank is which: 自然人 is printed blank, 商业企业 is 1, the five
    // columns after it were not printed. Read as values, the label slot pushed 1 into 科研机构.
    ParsedReport report = parse("t2021-markdown-table3-cut-inside-a-row-after-blank-label-slot.txt");
    assertEquals(null, report.templateT3());
    assertEquals(
        """
        new_received 5 1 0 0 0 0 6
        carried_over 空 0 0 0 0 0 空
        granted 3 1 0 0 0 0 4
        partial 空 1
        """,
        t3Kinds(report));
    List<String> flags = report.flags();
    assertEquals(
        List.of("TEMPLATE_UNKNOWN(t3)", "ROW_INCOMPLETE(t3.partial)", "TABLE_NOT_FOUND(t4)"),
        flags.stream().filter(f -> !f.startsWith("ROW_NOT_FOUND")).toList());
    assertEquals(
        List.of(
            "ROW_NOT_FOUND(t3.denied_state_secret)", "ROW_NOT_FOUND(t3.denied_other_law)",
            "ROW_NOT_FOUND(t3.denied_three_security_one_stability)", "ROW_NOT_FOUND(t3.denied_third_party)",
            "ROW_NOT_FOUND(t3.denied_internal_affairs)", "ROW_NOT_FOUND(t3.denied_process_info)",
            "ROW_NOT_FOUND(t3.denied_enforcement_file)", "ROW_NOT_FOUND(t3.denied_admin_query)",
            "ROW_NOT_FOUND(t3.unable_not_held)", "ROW_NOT_FOUND(t3.unable_need_creation)",
            "ROW_NOT_FOUND(t3.unable_still_unclear)", "ROW_NOT_FOUND(t3.notproc_petition)",
            "ROW_NOT_FOUND(t3.notproc_repeat)", "ROW_NOT_FOUND(t3.notproc_publication)",
            "ROW_NOT_FOUND(t3.notproc_massive)", "ROW_NOT_FOUND(t3.notproc_confirm)",
            "ROW_NOT_FOUND(t3.result_total)", "ROW_NOT_FOUND(t3.carried_forward)"),
        flags.stream().filter(f -> f.startsWith("ROW_NOT_FOUND")).toList());
  }

  @Test
  void markdownTable4PrintedBlankUnderATwoCellHeaderIsFifteenBlankCellsNotATableLeftOut() {
    // | 行政复议 |  | … | 行政诉讼 | … | over a row of fifteen empty cells: the header names none of the columns
    // (结果维持…), but the blank value row shows the table is printed, blank. Parser 0.5.0 read it as left out.
    ParsedReport report = parse("t2021-markdown-table4-printed-blank-under-two-cell-header.txt");
    assertEquals(
        """
        t4.review.review_upheld '' EMPTY
        t4.review.review_corrected '' EMPTY
        t4.review.review_other '' EMPTY
        t4.review.review_pending '' EMPTY
        t4.review.review_total '' EMPTY
        t4.lit_direct.lit_direct_upheld '' EMPTY
        t4.lit_direct.lit_direct_corrected '' EMPTY
        t4.lit_direct.lit_direct_other '' EMPTY
        t4.lit_direct.lit_direct_pending '' EMPTY
        t4.lit_direct.lit_direct_total '' EMPTY
        t4.lit_after_review.lit_after_review_upheld '' EMPTY
        t4.lit_after_review.lit_after_review_corrected '' EMPTY
        t4.lit_after_review.lit_after_review_other '' EMPTY
        t4.lit_after_review.lit_after_review_pending '' EMPTY
        t4.lit_after_review.lit_after_review_total '' EMPTY
        """,
        grid(report).lines().filter(l -> l.startsWith("t4.")).collect(Collectors.joining("\n", "", "\n")));
    assertEquals(List.of(), report.flags());
  }

  /** Table 3 one printed row per line: the row key, then its seven cells in column order, 空 for an EMPTY one. */
  private static String t3Kinds(ParsedReport report) {
    java.util.Map<String, StringBuilder> rows = new java.util.LinkedHashMap<>();
    for (Cell cell : report.cells()) {
      if (cell.table() == io.gongkai.report.TableId.T3) {
        rows.computeIfAbsent(cell.row(), r -> new StringBuilder(r))
            .append(' ')
            .append(cell.kind() == io.gongkai.report.CellKind.EMPTY ? "空" : cell.raw());
      }
    }
    return rows.values().stream().map(StringBuilder::toString).collect(Collectors.joining("\n", "", "\n"));
  }

  /** Table 3 one printed row per line: the row key, then its seven raw cells in column order. */
  private static String t3Rows(ParsedReport report) {
    java.util.Map<String, StringBuilder> rows = new java.util.LinkedHashMap<>();
    for (Cell cell : report.cells()) {
      if (cell.table() == io.gongkai.report.TableId.T3) {
        rows.computeIfAbsent(cell.row(), r -> new StringBuilder(r)).append(' ').append(cell.raw());
      }
    }
    return rows.values().stream().map(StringBuilder::toString).collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void flattenedTable4OnOneLineUnderBrokenHeaderWithPageNumber() {
    ParsedReport report = parse("t4-flattened-one-line.txt");
    assertEquals(
        """
        t4.review.review_upheld '72' NUMERIC 72
        t4.review.review_corrected '64' NUMERIC 64
        t4.review.review_other '178' NUMERIC 178
        t4.review.review_pending '37' NUMERIC 37
        t4.review.review_total '351' NUMERIC 351
        t4.lit_direct.lit_direct_upheld '13' NUMERIC 13
        t4.lit_direct.lit_direct_corrected '4' NUMERIC 4
        t4.lit_direct.lit_direct_other '8' NUMERIC 8
        t4.lit_direct.lit_direct_pending '1' NUMERIC 1
        t4.lit_direct.lit_direct_total '26' NUMERIC 26
        t4.lit_after_review.lit_after_review_upheld '12' NUMERIC 12
        t4.lit_after_review.lit_after_review_corrected '1' NUMERIC 1
        t4.lit_after_review.lit_after_review_other '1' NUMERIC 1
        t4.lit_after_review.lit_after_review_pending '6' NUMERIC 6
        t4.lit_after_review.lit_after_review_total '20' NUMERIC 20
        """,
        grid(report));
    assertEquals(
        """
        R-T4-SUM review PASS: 72 + 64 + 178 + 37 = 351
        R-T4-SUM lit_direct PASS: 13 + 4 + 8 + 1 = 26
        R-T4-SUM lit_after_review PASS: 12 + 1 + 1 + 6 = 20
        R-T4-NONNEG all PASS: 15 cells are non-negative integers
        """,
        checks(report));
  }

  @Test
  void s2014TabRowsWithBlankAndNaValuesAndMissingRows() {
    ParsedReport report = parse("s2014-tab-rows-blank-and-na.txt");
    assertEquals(Template.S2014, report.templateT2());
    assertEquals(2016, report.reportYear());
    assertEquals(
        """
        s2014.h_active.value '' EMPTY
        s2014.active_total.value '1200' NUMERIC 1200
        s2014.active_normative_published.value '/' NA
        s2014.normative_issued_total.value '' EMPTY
        s2014.h_requests.value '' EMPTY
        s2014.req_received.value '10' NUMERIC 10
        s2014.req_in_person.value '2' NUMERIC 2
        s2014.req_fax.value '0' ZERO 0
        s2014.req_online.value '7' NUMERIC 7
        s2014.req_letter.value '' EMPTY
        s2014.fees_wan_yuan.value '0.35' NUMERIC 0.35 万元 3500
        """,
        grid(report));
    assertEquals(
        """
        R-S14-REQ-CHANNELS req_received UNCERTAIN: 10 = 2 + 0 + 7 + 空
        R-S14-QIZHONG active_normative_published UNCERTAIN: / <= 1200
        R-S14-DEDUP active_total UNCERTAIN: 1200 <= (ch_* NOT_PRINTED)
        """,
        checks(report));
  }

  @Test
  void s2014AnswersWithRowsLostAreUncertainNotAPartialSumThatFails() {
    ParsedReport report = parse("s2014-answers-with-rows-lost.txt");
    assertEquals(
        """
        R-S14-ANSWERED req_answered UNCERTAIN: 4 = (ans_ask_amend NOT_PRINTED) + (ans_not_exist NOT_PRINTED) + \
        (ans_not_this_agency NOT_PRINTED) + (ans_other_channel NOT_PRINTED) + 0 + 2 + 1 + 0
        """,
        checks(report).lines().filter(l -> l.startsWith("R-S14-ANSWERED")).collect(Collectors.joining("\n", "", "\n")));
  }

  @Test
  void s2014PdfTextRowsPrintedBlankWithTheirUnitStayApart() {
    // Synthetic report r005416 (pdf_text, blank_cells, page_furniture): rows whose 统计数 is blank still print their
    // unit (（一）维持具体行政行为数  件). Read as label continuations they ran into the litigation rows, whose zeros
    // after the page break then landed in the review rows: three blanks reported as 0.
    ParsedReport report = parse("s2014-pdf-text-blank-rows-closed-by-unit.txt");
    assertEquals(
        """
        s2014.h_active.value '' EMPTY
        s2014.active_total.value '245' NUMERIC 245
        s2014.active_normative_published.value '3' NUMERIC 3
        s2014.normative_issued_total.value '4' NUMERIC 4
        s2014.h_active_channels.value '' EMPTY
        s2014.ch_gazette.value '5' NUMERIC 5
        s2014.ch_website.value '220' NUMERIC 220
        s2014.ch_weibo.value '4' NUMERIC 4
        s2014.ch_wechat.value '19' NUMERIC 19
        s2014.ch_other.value '19' NUMERIC 19
        s2014.h_response.value '' EMPTY
        s2014.response_total.value '0' ZERO 0
        s2014.h_response_channels.value '' EMPTY
        s2014.resp_press_conf.value '' EMPTY
        s2014.resp_press_conf_chief.value '0' ZERO 0
        s2014.resp_online_interview.value '0' ZERO 0
        s2014.resp_online_interview_chief.value '' EMPTY
        s2014.resp_interpretation_posts.value '0' ZERO 0
        s2014.resp_weibo_wechat.value '0' ZERO 0
        s2014.resp_other.value '0' ZERO 0
        s2014.h_requests.value '' EMPTY
        s2014.req_received.value '6' NUMERIC 6
        s2014.req_in_person.value '1' NUMERIC 1
        s2014.req_fax.value '0' ZERO 0
        s2014.req_online.value '4' NUMERIC 4
        s2014.req_letter.value '1' NUMERIC 1
        s2014.req_closed.value '6' NUMERIC 6
        s2014.req_closed_on_time.value '6' NUMERIC 6
        s2014.req_closed_extended.value '0' ZERO 0
        s2014.req_answered.value '6' NUMERIC 6
        s2014.ans_already_public.value '0' ZERO 0
        s2014.ans_agree.value '4' NUMERIC 4
        s2014.ans_agree_partial.value '0' ZERO 0
        s2014.ans_refuse.value '1' NUMERIC 1
        s2014.refuse_state_secret.value '1' NUMERIC 1
        s2014.refuse_commercial_secret.value '0' ZERO 0
        s2014.refuse_privacy.value '0' ZERO 0
        s2014.refuse_security_stability.value '0' ZERO 0
        s2014.refuse_not_gov_info.value '0' ZERO 0
        s2014.refuse_other_law.value '0' ZERO 0
        s2014.ans_not_this_agency.value '1' NUMERIC 1
        s2014.ans_not_exist.value '0' ZERO 0
        s2014.ans_ask_amend.value '' EMPTY
        s2014.ans_other_channel.value '0' ZERO 0
        s2014.review_total.value '0' ZERO 0
        s2014.review_upheld.value '' EMPTY
        s2014.review_corrected.value '' EMPTY
        s2014.review_other.value '' EMPTY
        s2014.lit_total.value '' EMPTY
        s2014.lit_upheld.value '0' ZERO 0
        s2014.lit_corrected.value '0' ZERO 0
        s2014.lit_other.value '0' ZERO 0
        s2014.complaints.value '1' NUMERIC 1
        s2014.fees_wan_yuan.value '' EMPTY 万元
        s2014.h_org.value '' EMPTY
        s2014.org_units.value '1' NUMERIC 1
        s2014.org_reading_points.value '1' NUMERIC 1
        s2014.staff_total.value '7' NUMERIC 7
        s2014.staff_fulltime.value '2' NUMERIC 2
        s2014.staff_parttime.value '5' NUMERIC 5
        s2014.budget_wan_yuan.value '0.29' NUMERIC 0.29 万元 2900
        s2014.h_meetings.value '' EMPTY
        s2014.meetings.value '2' NUMERIC 2
        s2014.trainings.value '0' ZERO 0
        s2014.trainees.value '0' ZERO 0
        """,
        grid(report));
    assertEquals(List.of(), report.flags());
  }

  @Test
  void s2014OcrTabWithLabelsSplitByTabsKeepsEveryRowInPlace() {
    // Synthetic report r003544 (ocr_tab, ocr_lost_cells), with its active_total label split as in r011694: OCR put
    // tabs inside labels. The tail of a split label (其他情形, 息数(不同渠道和方式…)) also names a later row; it must
    // not pull the values eight rows ahead, leaving the rows between unread and a blank row with a neighbour's 0.
    ParsedReport report = parse("s2014-ocr-tab-label-split-by-tab.txt");
    assertEquals(
        """
        s2014.h_active.value '' EMPTY
        s2014.active_total.value '101' NUMERIC 101
        s2014.active_normative_published.value '1' NUMERIC 1
        s2014.normative_issued_total.value '0' ZERO 0
        s2014.h_active_channels.value '' EMPTY
        s2014.ch_gazette.value '' EMPTY
        s2014.ch_website.value '93' NUMERIC 93
        s2014.ch_weibo.value '2' NUMERIC 2
        s2014.ch_wechat.value '4' NUMERIC 4
        s2014.ch_other.value '9' NUMERIC 9
        s2014.h_response.value '' EMPTY
        s2014.response_total.value '1' NUMERIC 1
        s2014.h_response_channels.value '' EMPTY
        s2014.resp_press_conf.value '0' ZERO 0
        s2014.resp_press_conf_chief.value '' EMPTY
        s2014.resp_online_interview.value '0' ZERO 0
        s2014.resp_online_interview_chief.value '0' ZERO 0
        s2014.resp_interpretation_posts.value '0' ZERO 0
        s2014.resp_weibo_wechat.value '0' ZERO 0
        s2014.resp_other.value '1' NUMERIC 1
        s2014.h_requests.value '' EMPTY
        s2014.req_received.value '0' ZERO 0
        s2014.req_in_person.value '0' ZERO 0
        s2014.req_fax.value '0' ZERO 0
        s2014.req_online.value '0' ZERO 0
        s2014.req_letter.value '0' ZERO 0
        s2014.req_closed.value '0' ZERO 0
        s2014.req_closed_on_time.value '0' ZERO 0
        s2014.req_closed_extended.value '0' ZERO 0
        s2014.req_answered.value '0' ZERO 0
        s2014.ans_already_public.value '0' ZERO 0
        s2014.ans_agree.value '0' ZERO 0
        s2014.ans_agree_partial.value '0' ZERO 0
        s2014.ans_refuse.value '0' ZERO 0
        s2014.refuse_state_secret.value '0' ZERO 0
        s2014.refuse_commercial_secret.value '0' ZERO 0
        s2014.refuse_privacy.value '0' ZERO 0
        s2014.refuse_security_stability.value '0' ZERO 0
        s2014.refuse_not_gov_info.value '0' ZERO 0
        s2014.refuse_other_law.value '0' ZERO 0
        s2014.ans_not_this_agency.value '0' ZERO 0
        s2014.ans_not_exist.value '0' ZERO 0
        s2014.ans_ask_amend.value '0' ZERO 0
        s2014.ans_other_channel.value '0' ZERO 0
        s2014.review_total.value '0' ZERO 0
        s2014.review_upheld.value '0' ZERO 0
        s2014.review_corrected.value '0' ZERO 0
        s2014.review_other.value '' EMPTY
        s2014.lit_total.value '0' ZERO 0
        s2014.lit_upheld.value '0' ZERO 0
        s2014.lit_corrected.value '0' ZERO 0
        s2014.lit_other.value '0' ZERO 0
        s2014.complaints.value '0' ZERO 0
        s2014.fees_wan_yuan.value '0' ZERO 0 万元 0
        s2014.h_org.value '' EMPTY
        s2014.org_units.value '1' NUMERIC 1
        s2014.org_reading_points.value '1' NUMERIC 1
        s2014.staff_total.value '4' NUMERIC 4
        s2014.staff_fulltime.value '1' NUMERIC 1
        s2014.staff_parttime.value '3' NUMERIC 3
        s2014.budget_wan_yuan.value '0.25' NUMERIC 0.25 万元 2500
        s2014.h_meetings.value '' EMPTY
        s2014.meetings.value '2' NUMERIC 2
        s2014.trainings.value '1' NUMERIC 1
        s2014.trainees.value '58' NUMERIC 58
        """,
        grid(report));
    assertEquals(List.of(), report.flags().stream().filter(f -> f.startsWith("ROW_NOT_FOUND")).toList());
  }

  @Test
  void pdfTextTable3WithABlankInEveryRowIsPlacedByTheColumnsItsValuesForm() {
    // Synthetic report r008294 (pdf_text, blank_cells): PDF text prints nothing for a blank and no row of table 3
    // has all seven values, so no complete row gives the column centres; the values of all rows together do.
    ParsedReport report = parse("t3-pdf-text-blank-in-every-row.txt");
    String firstRows =
        grid(report).lines()
            .filter(l -> l.startsWith("t3.new_received.") || l.startsWith("t3.carried_over.")
                || l.startsWith("t3.granted."))
            .collect(Collectors.joining("\n", "", "\n"));
    assertEquals(
        """
        t3.new_received.natural_person '1' NUMERIC 1
        t3.new_received.org_commercial '0' ZERO 0
        t3.new_received.org_research '' EMPTY
        t3.new_received.org_social_welfare '0' ZERO 0
        t3.new_received.org_legal_service '0' ZERO 0
        t3.new_received.org_other '0' ZERO 0
        t3.new_received.total '1' NUMERIC 1
        t3.carried_over.natural_person '0' ZERO 0
        t3.carried_over.org_commercial '' EMPTY
        t3.carried_over.org_research '0' ZERO 0
        t3.carried_over.org_social_welfare '0' ZERO 0
        t3.carried_over.org_legal_service '0' ZERO 0
        t3.carried_over.org_other '0' ZERO 0
        t3.carried_over.total '0' ZERO 0
        t3.granted.natural_person '1' NUMERIC 1
        t3.granted.org_commercial '0' ZERO 0
        t3.granted.org_research '0' ZERO 0
        t3.granted.org_social_welfare '' EMPTY
        t3.granted.org_legal_service '' EMPTY
        t3.granted.org_other '0' ZERO 0
        t3.granted.total '1' NUMERIC 1
        """,
        firstRows);
    assertEquals(
        List.of(),
        report.flags().stream().filter(f -> f.startsWith("COLUMNS_INFERRED(t3.")).toList());
  }

  @Test
  void table3PrintedBlankInPdfTextIsTwentyFiveBlankRowsNotAbsentOnes() {
    // A synthetic T2021 report's PDF text (layout pdf_text, blank_cells noise) whose table 3 has no value at all: the
    // labels are printed and nothing for the cells. That is a table printed blank, every cell EMPTY; none of its rows
    // matches with values, so each carries ROW_NOT_FOUND, and the cells their lower confidence.
    ParsedReport report = parse("t2021-table3-printed-blank-pdf-text.txt");
    assertEquals(Template.T2021, report.templateT3());
    List<Cell> t3 = report.cells().stream().filter(c -> c.table() == io.gongkai.report.TableId.T3).toList();
    assertEquals(175, t3.size());
    assertEquals(
        List.of("'' EMPTY 0.5"),
        t3.stream().map(c -> "'" + c.raw() + "' " + c.kind() + " " + c.confidence()).distinct().toList());
    assertEquals(
        25, report.flags().stream().filter(f -> f.startsWith("ROW_NOT_FOUND(t3.")).count());
  }

  @Test
  void table3CutOffBeforeTheRowsThatTellTheVariantLeavesTheTemplateUnknown() {
    // A 2023 report whose text ends inside table 3, after 5.要求行政机关确认…: （六）其他处理, where T2019 and T2021
    // differ, was never printed. The variant is unknown (null), not T2019 by default, so no TEMPLATE_YEAR_MISMATCH(t3);
    // the shared rows keep their keys (all-zero rows ZERO, a blank EMPTY, a row of / NA), and the rows after the cut
    // have no cells: not printed is not printed blank. Table 4 was never reached.
    ParsedReport report = parse("t2021-table3-cut-before-variant-rows.txt");
    assertEquals(2023, report.reportYear());
    assertEquals(Template.T2021, report.templateT2());
    assertEquals(null, report.templateT3());
    assertEquals(
        """
        t2.art20_1.rules.issued '0' ZERO 0
        t2.art20_1.rules.repealed '0' ZERO 0
        t2.art20_1.rules.in_force '0' ZERO 0
        t2.art20_1.normative_docs.issued '1' NUMERIC 1
        t2.art20_1.normative_docs.repealed '0' ZERO 0
        t2.art20_1.normative_docs.in_force '4' NUMERIC 4
        t2.art20_5.admin_license.decisions '1,208' NUMERIC 1208
        t2.art20_6.admin_penalty.decisions '86' NUMERIC 86
        t2.art20_6.admin_coercion.decisions '3' NUMERIC 3
        t2.art20_8.admin_fees.amount_wan_yuan '0' ZERO 0 万元 0
        t3.new_received.natural_person '15' NUMERIC 15
        t3.new_received.org_commercial '3' NUMERIC 3
        t3.new_received.org_research '0' ZERO 0
        t3.new_received.org_social_welfare '0' ZERO 0
        t3.new_received.org_legal_service '1' NUMERIC 1
        t3.new_received.org_other '0' ZERO 0
        t3.new_received.total '19' NUMERIC 19
        t3.carried_over.natural_person '2' NUMERIC 2
        t3.carried_over.org_commercial '0' ZERO 0
        t3.carried_over.org_research '0' ZERO 0
        t3.carried_over.org_social_welfare '0' ZERO 0
        t3.carried_over.org_legal_service '0' ZERO 0
        t3.carried_over.org_other '0' ZERO 0
        t3.carried_over.total '2' NUMERIC 2
        t3.granted.natural_person '9' NUMERIC 9
        t3.granted.org_commercial '2' NUMERIC 2
        t3.granted.org_research '0' ZERO 0
        t3.granted.org_social_welfare '0' ZERO 0
        t3.granted.org_legal_service '1' NUMERIC 1
        t3.granted.org_other '0' ZERO 0
        t3.granted.total '12' NUMERIC 12
        t3.partial.natural_person '1' NUMERIC 1
        t3.partial.org_commercial '' EMPTY
        t3.partial.org_research '0' ZERO 0
        t3.partial.org_social_welfare '0' ZERO 0
        t3.partial.org_legal_service '0' ZERO 0
        t3.partial.org_other '0' ZERO 0
        t3.partial.total '1' NUMERIC 1
        t3.denied_state_secret.natural_person '0' ZERO 0
        t3.denied_state_secret.org_commercial '0' ZERO 0
        t3.denied_state_secret.org_research '0' ZERO 0
        t3.denied_state_secret.org_social_welfare '0' ZERO 0
        t3.denied_state_secret.org_legal_service '0' ZERO 0
        t3.denied_state_secret.org_other '0' ZERO 0
        t3.denied_state_secret.total '0' ZERO 0
        t3.denied_other_law.natural_person '0' ZERO 0
        t3.denied_other_law.org_commercial '0' ZERO 0
        t3.denied_other_law.org_research '0' ZERO 0
        t3.denied_other_law.org_social_welfare '0' ZERO 0
        t3.denied_other_law.org_legal_service '0' ZERO 0
        t3.denied_other_law.org_other '0' ZERO 0
        t3.denied_other_law.total '0' ZERO 0
        t3.denied_three_security_one_stability.natural_person '/' NA
        t3.denied_three_security_one_stability.org_commercial '/' NA
        t3.denied_three_security_one_stability.org_research '/' NA
        t3.denied_three_security_one_stability.org_social_welfare '/' NA
        t3.denied_three_security_one_stability.org_legal_service '/' NA
        t3.denied_three_security_one_stability.org_other '/' NA
        t3.denied_three_security_one_stability.total '/' NA
        t3.denied_third_party.natural_person '1' NUMERIC 1
        t3.denied_third_party.org_commercial '0' ZERO 0
        t3.denied_third_party.org_research '0' ZERO 0
        t3.denied_third_party.org_social_welfare '0' ZERO 0
        t3.denied_third_party.org_legal_service '0' ZERO 0
        t3.denied_third_party.org_other '0' ZERO 0
        t3.denied_third_party.total '1' NUMERIC 1
        t3.denied_internal_affairs.natural_person '0' ZERO 0
        t3.denied_internal_affairs.org_commercial '0' ZERO 0
        t3.denied_internal_affairs.org_research '0' ZERO 0
        t3.denied_internal_affairs.org_social_welfare '0' ZERO 0
        t3.denied_internal_affairs.org_legal_service '0' ZERO 0
        t3.denied_internal_affairs.org_other '0' ZERO 0
        t3.denied_internal_affairs.total '0' ZERO 0
        t3.denied_process_info.natural_person '0' ZERO 0
        t3.denied_process_info.org_commercial '0' ZERO 0
        t3.denied_process_info.org_research '0' ZERO 0
        t3.denied_process_info.org_social_welfare '0' ZERO 0
        t3.denied_process_info.org_legal_service '0' ZERO 0
        t3.denied_process_info.org_other '0' ZERO 0
        t3.denied_process_info.total '0' ZERO 0
        t3.denied_enforcement_file.natural_person '0' ZERO 0
        t3.denied_enforcement_file.org_commercial '0' ZERO 0
        t3.denied_enforcement_file.org_research '0' ZERO 0
        t3.denied_enforcement_file.org_social_welfare '0' ZERO 0
        t3.denied_enforcement_file.org_legal_service '0' ZERO 0
        t3.denied_enforcement_file.org_other '0' ZERO 0
        t3.denied_enforcement_file.total '0' ZERO 0
        t3.denied_admin_query.natural_person '0' ZERO 0
        t3.denied_admin_query.org_commercial '0' ZERO 0
        t3.denied_admin_query.org_research '0' ZERO 0
        t3.denied_admin_query.org_social_welfare '0' ZERO 0
        t3.denied_admin_query.org_legal_service '0' ZERO 0
        t3.denied_admin_query.org_other '0' ZERO 0
        t3.denied_admin_query.total '0' ZERO 0
        t3.unable_not_held.natural_person '4' NUMERIC 4
        t3.unable_not_held.org_commercial '1' NUMERIC 1
        t3.unable_not_held.org_research '0' ZERO 0
        t3.unable_not_held.org_social_welfare '0' ZERO 0
        t3.unable_not_held.org_legal_service '0' ZERO 0
        t3.unable_not_held.org_other '0' ZERO 0
        t3.unable_not_held.total '5' NUMERIC 5
        t3.unable_need_creation.natural_person '0' ZERO 0
        t3.unable_need_creation.org_commercial '0' ZERO 0
        t3.unable_need_creation.org_research '0' ZERO 0
        t3.unable_need_creation.org_social_welfare '0' ZERO 0
        t3.unable_need_creation.org_legal_service '0' ZERO 0
        t3.unable_need_creation.org_other '0' ZERO 0
        t3.unable_need_creation.total '0' ZERO 0
        t3.unable_still_unclear.natural_person '0' ZERO 0
        t3.unable_still_unclear.org_commercial '0' ZERO 0
        t3.unable_still_unclear.org_research '0' ZERO 0
        t3.unable_still_unclear.org_social_welfare '0' ZERO 0
        t3.unable_still_unclear.org_legal_service '0' ZERO 0
        t3.unable_still_unclear.org_other '0' ZERO 0
        t3.unable_still_unclear.total '0' ZERO 0
        t3.notproc_petition.natural_person '1' NUMERIC 1
        t3.notproc_petition.org_commercial '0' ZERO 0
        t3.notproc_petition.org_research '0' ZERO 0
        t3.notproc_petition.org_social_welfare '0' ZERO 0
        t3.notproc_petition.org_legal_service '0' ZERO 0
        t3.notproc_petition.org_other '0' ZERO 0
        t3.notproc_petition.total '1' NUMERIC 1
        t3.notproc_repeat.natural_person '0' ZERO 0
        t3.notproc_repeat.org_commercial '0' ZERO 0
        t3.notproc_repeat.org_research '0' ZERO 0
        t3.notproc_repeat.org_social_welfare '0' ZERO 0
        t3.notproc_repeat.org_legal_service '0' ZERO 0
        t3.notproc_repeat.org_other '0' ZERO 0
        t3.notproc_repeat.total '0' ZERO 0
        t3.notproc_publication.natural_person '0' ZERO 0
        t3.notproc_publication.org_commercial '0' ZERO 0
        t3.notproc_publication.org_research '0' ZERO 0
        t3.notproc_publication.org_social_welfare '0' ZERO 0
        t3.notproc_publication.org_legal_service '0' ZERO 0
        t3.notproc_publication.org_other '0' ZERO 0
        t3.notproc_publication.total '0' ZERO 0
        t3.notproc_massive.natural_person '0' ZERO 0
        t3.notproc_massive.org_commercial '0' ZERO 0
        t3.notproc_massive.org_research '0' ZERO 0
        t3.notproc_massive.org_social_welfare '0' ZERO 0
        t3.notproc_massive.org_legal_service '0' ZERO 0
        t3.notproc_massive.org_other '0' ZERO 0
        t3.notproc_massive.total '0' ZERO 0
        t3.notproc_confirm.natural_person '0' ZERO 0
        t3.notproc_confirm.org_commercial '0' ZERO 0
        t3.notproc_confirm.org_research '0' ZERO 0
        t3.notproc_confirm.org_social_welfare '0' ZERO 0
        t3.notproc_confirm.org_legal_service '0' ZERO 0
        t3.notproc_confirm.org_other '0' ZERO 0
        t3.notproc_confirm.total '0' ZERO 0
        """,
        grid(report));
    assertEquals(
        List.of("TEMPLATE_UNKNOWN(t3)", "ROW_NOT_FOUND(t3.result_total)", "ROW_NOT_FOUND(t3.carried_forward)", "TABLE_NOT_FOUND(t4)"),
        report.flags());
    assertEquals(
        """
        R-T3-BALANCE natural_person UNCERTAIN: 15 + 2 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_commercial UNCERTAIN: 3 + 0 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_research UNCERTAIN: 0 + 0 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_social_welfare UNCERTAIN: 0 + 0 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_legal_service UNCERTAIN: 1 + 0 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_other UNCERTAIN: 0 + 0 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-BALANCE total UNCERTAIN: 19 + 2 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-RESULTS natural_person UNCERTAIN: 9 + 1 + 0 + 0 + / + 1 + 0 + 0 + 0 + 0 + 4 + 0 + 0 + 1 + 0 + 0 + 0 + 0 + (other_* NOT_PRINTED) = (result_total NOT_PRINTED)
        R-T3-RESULTS org_commercial UNCERTAIN: 2 + 空 + 0 + 0 + / + 0 + 0 + 0 + 0 + 0 + 1 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + (other_* NOT_PRINTED) = (result_total NOT_PRINTED)
        R-T3-RESULTS org_research UNCERTAIN: 0 + 0 + 0 + 0 + / + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + (other_* NOT_PRINTED) = (result_total NOT_PRINTED)
        R-T3-RESULTS org_social_welfare UNCERTAIN: 0 + 0 + 0 + 0 + / + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + (other_* NOT_PRINTED) = (result_total NOT_PRINTED)
        R-T3-RESULTS org_legal_service UNCERTAIN: 1 + 0 + 0 + 0 + / + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + (other_* NOT_PRINTED) = (result_total NOT_PRINTED)
        R-T3-RESULTS org_other UNCERTAIN: 0 + 0 + 0 + 0 + / + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + (other_* NOT_PRINTED) = (result_total NOT_PRINTED)
        R-T3-RESULTS total UNCERTAIN: 12 + 1 + 0 + 0 + / + 1 + 0 + 0 + 0 + 0 + 5 + 0 + 0 + 1 + 0 + 0 + 0 + 0 + (other_* NOT_PRINTED) = (result_total NOT_PRINTED)
        R-T3-ROWSUM new_received PASS: 15 + 3 + 0 + 0 + 1 + 0 = 19
        R-T3-ROWSUM carried_over PASS: 2 + 0 + 0 + 0 + 0 + 0 = 2
        R-T3-ROWSUM granted PASS: 9 + 2 + 0 + 0 + 1 + 0 = 12
        R-T3-ROWSUM partial UNCERTAIN: 1 + 空 + 0 + 0 + 0 + 0 = 1
        R-T3-ROWSUM denied_state_secret PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_other_law PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_three_security_one_stability UNCERTAIN: / + / + / + / + / + / = /
        R-T3-ROWSUM denied_third_party PASS: 1 + 0 + 0 + 0 + 0 + 0 = 1
        R-T3-ROWSUM denied_internal_affairs PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_process_info PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_enforcement_file PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_admin_query PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM unable_not_held PASS: 4 + 1 + 0 + 0 + 0 + 0 = 5
        R-T3-ROWSUM unable_need_creation PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM unable_still_unclear PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_petition PASS: 1 + 0 + 0 + 0 + 0 + 0 = 1
        R-T3-ROWSUM notproc_repeat PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_publication PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_massive PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_confirm PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM result_total UNCERTAIN: (natural_person NOT_PRINTED) + (org_commercial NOT_PRINTED) + (org_research NOT_PRINTED) + (org_social_welfare NOT_PRINTED) + (org_legal_service NOT_PRINTED) + (org_other NOT_PRINTED) = (total NOT_PRINTED)
        R-T3-ROWSUM carried_forward UNCERTAIN: (natural_person NOT_PRINTED) + (org_commercial NOT_PRINTED) + (org_research NOT_PRINTED) + (org_social_welfare NOT_PRINTED) + (org_legal_service NOT_PRINTED) + (org_other NOT_PRINTED) = (total NOT_PRINTED)
        R-T3-NONNEG all PASS: 132 cells are non-negative integers
        R-T2-NONNEG all PASS: 10 cells are non-negative integers
        R-PROSE-RECEIVED t3.new_received.total PASS: prose '本局共收到政府信息公开申请19件' 19 = t3.new_received.total 19 (or with carried-over 21)
        R-PROSE-CARRIED-OVER t3.carried_over.total PASS: prose '上年结转2件' 2 = t3.carried_over.total 2
        """,
        checks(report));
  }

  @Test
  void lastRowOfACutTableWithoutItsClosingPipeIsReadIntoItsOwnColumns() {
    // The text ends in （七）总计's row: three cells printed (7, a blank, /), no closing pipe. They are the row's first
    // three columns; the other four were not printed (no cells), never shifted into 总计. （六）其他处理 printed as one
    // data row shows T2019.
    ParsedReport report = parse("t2019-table3-cut-last-row-unclosed.txt");
    assertEquals(Template.T2019, report.templateT3());
    assertEquals(
        """
        t2.art20_1.rules.new_made '/' NA
        t2.art20_1.rules.new_published '/' NA
        t2.art20_1.rules.total_published '/' NA
        t2.art20_1.normative_docs.new_made '2' NUMERIC 2
        t2.art20_1.normative_docs.new_published '2' NUMERIC 2
        t2.art20_1.normative_docs.total_published '31' NUMERIC 31
        t2.art20_5.admin_license.prev_year_items '12' NUMERIC 12
        t2.art20_5.admin_license.items_change '0' ZERO 0
        t2.art20_5.admin_license.decisions '340' NUMERIC 340
        t2.art20_5.other_mgmt_services.prev_year_items '5' NUMERIC 5
        t2.art20_5.other_mgmt_services.items_change '1' NUMERIC 1
        t2.art20_5.other_mgmt_services.decisions '27' NUMERIC 27
        t3.new_received.natural_person '7' NUMERIC 7
        t3.new_received.org_commercial '1' NUMERIC 1
        t3.new_received.org_research '0' ZERO 0
        t3.new_received.org_social_welfare '0' ZERO 0
        t3.new_received.org_legal_service '0' ZERO 0
        t3.new_received.org_other '0' ZERO 0
        t3.new_received.total '8' NUMERIC 8
        t3.carried_over.natural_person '0' ZERO 0
        t3.carried_over.org_commercial '0' ZERO 0
        t3.carried_over.org_research '0' ZERO 0
        t3.carried_over.org_social_welfare '0' ZERO 0
        t3.carried_over.org_legal_service '0' ZERO 0
        t3.carried_over.org_other '0' ZERO 0
        t3.carried_over.total '0' ZERO 0
        t3.granted.natural_person '4' NUMERIC 4
        t3.granted.org_commercial '1' NUMERIC 1
        t3.granted.org_research '0' ZERO 0
        t3.granted.org_social_welfare '0' ZERO 0
        t3.granted.org_legal_service '0' ZERO 0
        t3.granted.org_other '0' ZERO 0
        t3.granted.total '5' NUMERIC 5
        t3.partial.natural_person '0' ZERO 0
        t3.partial.org_commercial '0' ZERO 0
        t3.partial.org_research '0' ZERO 0
        t3.partial.org_social_welfare '0' ZERO 0
        t3.partial.org_legal_service '0' ZERO 0
        t3.partial.org_other '0' ZERO 0
        t3.partial.total '0' ZERO 0
        t3.denied_state_secret.natural_person '0' ZERO 0
        t3.denied_state_secret.org_commercial '0' ZERO 0
        t3.denied_state_secret.org_research '0' ZERO 0
        t3.denied_state_secret.org_social_welfare '0' ZERO 0
        t3.denied_state_secret.org_legal_service '0' ZERO 0
        t3.denied_state_secret.org_other '0' ZERO 0
        t3.denied_state_secret.total '0' ZERO 0
        t3.denied_other_law.natural_person '0' ZERO 0
        t3.denied_other_law.org_commercial '0' ZERO 0
        t3.denied_other_law.org_research '0' ZERO 0
        t3.denied_other_law.org_social_welfare '0' ZERO 0
        t3.denied_other_law.org_legal_service '0' ZERO 0
        t3.denied_other_law.org_other '0' ZERO 0
        t3.denied_other_law.total '0' ZERO 0
        t3.denied_three_security_one_stability.natural_person '0' ZERO 0
        t3.denied_three_security_one_stability.org_commercial '0' ZERO 0
        t3.denied_three_security_one_stability.org_research '0' ZERO 0
        t3.denied_three_security_one_stability.org_social_welfare '0' ZERO 0
        t3.denied_three_security_one_stability.org_legal_service '0' ZERO 0
        t3.denied_three_security_one_stability.org_other '0' ZERO 0
        t3.denied_three_security_one_stability.total '0' ZERO 0
        t3.denied_third_party.natural_person '0' ZERO 0
        t3.denied_third_party.org_commercial '0' ZERO 0
        t3.denied_third_party.org_research '0' ZERO 0
        t3.denied_third_party.org_social_welfare '0' ZERO 0
        t3.denied_third_party.org_legal_service '0' ZERO 0
        t3.denied_third_party.org_other '0' ZERO 0
        t3.denied_third_party.total '0' ZERO 0
        t3.denied_internal_affairs.natural_person '0' ZERO 0
        t3.denied_internal_affairs.org_commercial '0' ZERO 0
        t3.denied_internal_affairs.org_research '0' ZERO 0
        t3.denied_internal_affairs.org_social_welfare '0' ZERO 0
        t3.denied_internal_affairs.org_legal_service '0' ZERO 0
        t3.denied_internal_affairs.org_other '0' ZERO 0
        t3.denied_internal_affairs.total '0' ZERO 0
        t3.denied_process_info.natural_person '0' ZERO 0
        t3.denied_process_info.org_commercial '0' ZERO 0
        t3.denied_process_info.org_research '0' ZERO 0
        t3.denied_process_info.org_social_welfare '0' ZERO 0
        t3.denied_process_info.org_legal_service '0' ZERO 0
        t3.denied_process_info.org_other '0' ZERO 0
        t3.denied_process_info.total '0' ZERO 0
        t3.denied_enforcement_file.natural_person '0' ZERO 0
        t3.denied_enforcement_file.org_commercial '0' ZERO 0
        t3.denied_enforcement_file.org_research '0' ZERO 0
        t3.denied_enforcement_file.org_social_welfare '0' ZERO 0
        t3.denied_enforcement_file.org_legal_service '0' ZERO 0
        t3.denied_enforcement_file.org_other '0' ZERO 0
        t3.denied_enforcement_file.total '0' ZERO 0
        t3.denied_admin_query.natural_person '0' ZERO 0
        t3.denied_admin_query.org_commercial '0' ZERO 0
        t3.denied_admin_query.org_research '0' ZERO 0
        t3.denied_admin_query.org_social_welfare '0' ZERO 0
        t3.denied_admin_query.org_legal_service '0' ZERO 0
        t3.denied_admin_query.org_other '0' ZERO 0
        t3.denied_admin_query.total '0' ZERO 0
        t3.unable_not_held.natural_person '2' NUMERIC 2
        t3.unable_not_held.org_commercial '0' ZERO 0
        t3.unable_not_held.org_research '0' ZERO 0
        t3.unable_not_held.org_social_welfare '0' ZERO 0
        t3.unable_not_held.org_legal_service '0' ZERO 0
        t3.unable_not_held.org_other '0' ZERO 0
        t3.unable_not_held.total '2' NUMERIC 2
        t3.unable_need_creation.natural_person '0' ZERO 0
        t3.unable_need_creation.org_commercial '0' ZERO 0
        t3.unable_need_creation.org_research '0' ZERO 0
        t3.unable_need_creation.org_social_welfare '0' ZERO 0
        t3.unable_need_creation.org_legal_service '0' ZERO 0
        t3.unable_need_creation.org_other '0' ZERO 0
        t3.unable_need_creation.total '0' ZERO 0
        t3.unable_still_unclear.natural_person '0' ZERO 0
        t3.unable_still_unclear.org_commercial '0' ZERO 0
        t3.unable_still_unclear.org_research '0' ZERO 0
        t3.unable_still_unclear.org_social_welfare '0' ZERO 0
        t3.unable_still_unclear.org_legal_service '0' ZERO 0
        t3.unable_still_unclear.org_other '0' ZERO 0
        t3.unable_still_unclear.total '0' ZERO 0
        t3.notproc_petition.natural_person '0' ZERO 0
        t3.notproc_petition.org_commercial '0' ZERO 0
        t3.notproc_petition.org_research '0' ZERO 0
        t3.notproc_petition.org_social_welfare '0' ZERO 0
        t3.notproc_petition.org_legal_service '0' ZERO 0
        t3.notproc_petition.org_other '0' ZERO 0
        t3.notproc_petition.total '0' ZERO 0
        t3.notproc_repeat.natural_person '0' ZERO 0
        t3.notproc_repeat.org_commercial '0' ZERO 0
        t3.notproc_repeat.org_research '0' ZERO 0
        t3.notproc_repeat.org_social_welfare '0' ZERO 0
        t3.notproc_repeat.org_legal_service '0' ZERO 0
        t3.notproc_repeat.org_other '0' ZERO 0
        t3.notproc_repeat.total '0' ZERO 0
        t3.notproc_publication.natural_person '0' ZERO 0
        t3.notproc_publication.org_commercial '0' ZERO 0
        t3.notproc_publication.org_research '0' ZERO 0
        t3.notproc_publication.org_social_welfare '0' ZERO 0
        t3.notproc_publication.org_legal_service '0' ZERO 0
        t3.notproc_publication.org_other '0' ZERO 0
        t3.notproc_publication.total '0' ZERO 0
        t3.notproc_massive.natural_person '0' ZERO 0
        t3.notproc_massive.org_commercial '0' ZERO 0
        t3.notproc_massive.org_research '0' ZERO 0
        t3.notproc_massive.org_social_welfare '0' ZERO 0
        t3.notproc_massive.org_legal_service '0' ZERO 0
        t3.notproc_massive.org_other '0' ZERO 0
        t3.notproc_massive.total '0' ZERO 0
        t3.notproc_confirm.natural_person '0' ZERO 0
        t3.notproc_confirm.org_commercial '0' ZERO 0
        t3.notproc_confirm.org_research '0' ZERO 0
        t3.notproc_confirm.org_social_welfare '0' ZERO 0
        t3.notproc_confirm.org_legal_service '0' ZERO 0
        t3.notproc_confirm.org_other '0' ZERO 0
        t3.notproc_confirm.total '0' ZERO 0
        t3.other_handling.natural_person '1' NUMERIC 1
        t3.other_handling.org_commercial '0' ZERO 0
        t3.other_handling.org_research '0' ZERO 0
        t3.other_handling.org_social_welfare '0' ZERO 0
        t3.other_handling.org_legal_service '0' ZERO 0
        t3.other_handling.org_other '0' ZERO 0
        t3.other_handling.total '1' NUMERIC 1
        t3.result_total.natural_person '7' NUMERIC 7
        t3.result_total.org_commercial '' EMPTY
        t3.result_total.org_research '/' NA
        """,
        grid(report));
    assertEquals(
        List.of("BLOCK_MISSING(art20_6)", "BLOCK_MISSING(art20_8)", "BLOCK_MISSING(art20_9)", "ROW_INCOMPLETE(t3.result_total)", "ROW_NOT_FOUND(t3.carried_forward)", "TABLE_NOT_FOUND(t4)"),
        report.flags());
    assertEquals(
        """
        R-T3-BALANCE natural_person UNCERTAIN: 7 + 0 = 7 + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_commercial UNCERTAIN: 1 + 0 = 空 + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_research UNCERTAIN: 0 + 0 = / + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_social_welfare UNCERTAIN: 0 + 0 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_legal_service UNCERTAIN: 0 + 0 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-BALANCE org_other UNCERTAIN: 0 + 0 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-BALANCE total UNCERTAIN: 8 + 0 = (result_total NOT_PRINTED) + (carried_forward NOT_PRINTED)
        R-T3-RESULTS natural_person PASS: 4 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 2 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 1 = 7
        R-T3-RESULTS org_commercial UNCERTAIN: 1 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 空
        R-T3-RESULTS org_research UNCERTAIN: 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = /
        R-T3-RESULTS org_social_welfare UNCERTAIN: 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = (result_total NOT_PRINTED)
        R-T3-RESULTS org_legal_service UNCERTAIN: 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = (result_total NOT_PRINTED)
        R-T3-RESULTS org_other UNCERTAIN: 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = (result_total NOT_PRINTED)
        R-T3-RESULTS total UNCERTAIN: 5 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 2 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 1 = (result_total NOT_PRINTED)
        R-T3-ROWSUM new_received PASS: 7 + 1 + 0 + 0 + 0 + 0 = 8
        R-T3-ROWSUM carried_over PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM granted PASS: 4 + 1 + 0 + 0 + 0 + 0 = 5
        R-T3-ROWSUM partial PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_state_secret PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_other_law PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_three_security_one_stability PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_third_party PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_internal_affairs PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_process_info PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_enforcement_file PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_admin_query PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM unable_not_held PASS: 2 + 0 + 0 + 0 + 0 + 0 = 2
        R-T3-ROWSUM unable_need_creation PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM unable_still_unclear PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_petition PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_repeat PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_publication PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_massive PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_confirm PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM other_handling PASS: 1 + 0 + 0 + 0 + 0 + 0 = 1
        R-T3-ROWSUM result_total UNCERTAIN: 7 + 空 + / + (org_social_welfare NOT_PRINTED) + (org_legal_service NOT_PRINTED) + (org_other NOT_PRINTED) = (total NOT_PRINTED)
        R-T3-ROWSUM carried_forward UNCERTAIN: (natural_person NOT_PRINTED) + (org_commercial NOT_PRINTED) + (org_research NOT_PRINTED) + (org_social_welfare NOT_PRINTED) + (org_legal_service NOT_PRINTED) + (org_other NOT_PRINTED) = (total NOT_PRINTED)
        R-T3-NONNEG all PASS: 148 cells are non-negative integers
        R-T2-NONNEG all PASS: 7 cells are non-negative integers
        R-T2019-ITEMS admin_license PASS: 12 + 0 >= 0
        R-T2019-ITEMS other_mgmt_services PASS: 5 + 1 >= 0
        R-T2019-PUB-LE rules UNCERTAIN: / <= /
        R-T2019-PUB-LE normative_docs PASS: 2 <= 31
        """,
        checks(report));
  }

  @Test
  void table4NotPrintedHasNoCellsAndTheChecksThatNeedItSayNotPrinted() {
    // Section 四's title with no table under it: TABLE_NOT_FOUND(t4) and not one t4 cell (they were 15 EMPTY cells);
    // the prose's 行政复议 2件 and 行政诉讼 1件 are UNCERTAIN and name the cells that were not printed.
    ParsedReport report = parse("t2021-table4-not-printed.txt");
    assertEquals(Template.T2021, report.templateT3());
    assertEquals(
        """
        t2.art20_1.rules.issued '0' ZERO 0
        t2.art20_1.rules.repealed '0' ZERO 0
        t2.art20_1.rules.in_force '0' ZERO 0
        t2.art20_1.normative_docs.issued '3' NUMERIC 3
        t2.art20_1.normative_docs.repealed '1' NUMERIC 1
        t2.art20_1.normative_docs.in_force '12' NUMERIC 12
        t2.art20_5.admin_license.decisions '512' NUMERIC 512
        t2.art20_6.admin_penalty.decisions '37' NUMERIC 37
        t2.art20_6.admin_coercion.decisions '0' ZERO 0
        t2.art20_8.admin_fees.amount_wan_yuan '18.6' NUMERIC 18.6 万元 186000
        t3.new_received.natural_person '20' NUMERIC 20
        t3.new_received.org_commercial '4' NUMERIC 4
        t3.new_received.org_research '0' ZERO 0
        t3.new_received.org_social_welfare '0' ZERO 0
        t3.new_received.org_legal_service '1' NUMERIC 1
        t3.new_received.org_other '0' ZERO 0
        t3.new_received.total '25' NUMERIC 25
        t3.carried_over.natural_person '1' NUMERIC 1
        t3.carried_over.org_commercial '0' ZERO 0
        t3.carried_over.org_research '0' ZERO 0
        t3.carried_over.org_social_welfare '0' ZERO 0
        t3.carried_over.org_legal_service '0' ZERO 0
        t3.carried_over.org_other '0' ZERO 0
        t3.carried_over.total '1' NUMERIC 1
        t3.granted.natural_person '10' NUMERIC 10
        t3.granted.org_commercial '2' NUMERIC 2
        t3.granted.org_research '0' ZERO 0
        t3.granted.org_social_welfare '0' ZERO 0
        t3.granted.org_legal_service '1' NUMERIC 1
        t3.granted.org_other '0' ZERO 0
        t3.granted.total '13' NUMERIC 13
        t3.partial.natural_person '2' NUMERIC 2
        t3.partial.org_commercial '0' ZERO 0
        t3.partial.org_research '0' ZERO 0
        t3.partial.org_social_welfare '0' ZERO 0
        t3.partial.org_legal_service '0' ZERO 0
        t3.partial.org_other '0' ZERO 0
        t3.partial.total '2' NUMERIC 2
        t3.denied_state_secret.natural_person '0' ZERO 0
        t3.denied_state_secret.org_commercial '0' ZERO 0
        t3.denied_state_secret.org_research '0' ZERO 0
        t3.denied_state_secret.org_social_welfare '0' ZERO 0
        t3.denied_state_secret.org_legal_service '0' ZERO 0
        t3.denied_state_secret.org_other '0' ZERO 0
        t3.denied_state_secret.total '0' ZERO 0
        t3.denied_other_law.natural_person '0' ZERO 0
        t3.denied_other_law.org_commercial '0' ZERO 0
        t3.denied_other_law.org_research '0' ZERO 0
        t3.denied_other_law.org_social_welfare '0' ZERO 0
        t3.denied_other_law.org_legal_service '0' ZERO 0
        t3.denied_other_law.org_other '0' ZERO 0
        t3.denied_other_law.total '0' ZERO 0
        t3.denied_three_security_one_stability.natural_person '0' ZERO 0
        t3.denied_three_security_one_stability.org_commercial '0' ZERO 0
        t3.denied_three_security_one_stability.org_research '0' ZERO 0
        t3.denied_three_security_one_stability.org_social_welfare '0' ZERO 0
        t3.denied_three_security_one_stability.org_legal_service '0' ZERO 0
        t3.denied_three_security_one_stability.org_other '0' ZERO 0
        t3.denied_three_security_one_stability.total '0' ZERO 0
        t3.denied_third_party.natural_person '0' ZERO 0
        t3.denied_third_party.org_commercial '0' ZERO 0
        t3.denied_third_party.org_research '0' ZERO 0
        t3.denied_third_party.org_social_welfare '0' ZERO 0
        t3.denied_third_party.org_legal_service '0' ZERO 0
        t3.denied_third_party.org_other '0' ZERO 0
        t3.denied_third_party.total '0' ZERO 0
        t3.denied_internal_affairs.natural_person '0' ZERO 0
        t3.denied_internal_affairs.org_commercial '0' ZERO 0
        t3.denied_internal_affairs.org_research '0' ZERO 0
        t3.denied_internal_affairs.org_social_welfare '0' ZERO 0
        t3.denied_internal_affairs.org_legal_service '0' ZERO 0
        t3.denied_internal_affairs.org_other '0' ZERO 0
        t3.denied_internal_affairs.total '0' ZERO 0
        t3.denied_process_info.natural_person '0' ZERO 0
        t3.denied_process_info.org_commercial '0' ZERO 0
        t3.denied_process_info.org_research '0' ZERO 0
        t3.denied_process_info.org_social_welfare '0' ZERO 0
        t3.denied_process_info.org_legal_service '0' ZERO 0
        t3.denied_process_info.org_other '0' ZERO 0
        t3.denied_process_info.total '0' ZERO 0
        t3.denied_enforcement_file.natural_person '0' ZERO 0
        t3.denied_enforcement_file.org_commercial '0' ZERO 0
        t3.denied_enforcement_file.org_research '0' ZERO 0
        t3.denied_enforcement_file.org_social_welfare '0' ZERO 0
        t3.denied_enforcement_file.org_legal_service '0' ZERO 0
        t3.denied_enforcement_file.org_other '0' ZERO 0
        t3.denied_enforcement_file.total '0' ZERO 0
        t3.denied_admin_query.natural_person '0' ZERO 0
        t3.denied_admin_query.org_commercial '0' ZERO 0
        t3.denied_admin_query.org_research '0' ZERO 0
        t3.denied_admin_query.org_social_welfare '0' ZERO 0
        t3.denied_admin_query.org_legal_service '0' ZERO 0
        t3.denied_admin_query.org_other '0' ZERO 0
        t3.denied_admin_query.total '0' ZERO 0
        t3.unable_not_held.natural_person '5' NUMERIC 5
        t3.unable_not_held.org_commercial '1' NUMERIC 1
        t3.unable_not_held.org_research '0' ZERO 0
        t3.unable_not_held.org_social_welfare '0' ZERO 0
        t3.unable_not_held.org_legal_service '0' ZERO 0
        t3.unable_not_held.org_other '0' ZERO 0
        t3.unable_not_held.total '6' NUMERIC 6
        t3.unable_need_creation.natural_person '0' ZERO 0
        t3.unable_need_creation.org_commercial '0' ZERO 0
        t3.unable_need_creation.org_research '0' ZERO 0
        t3.unable_need_creation.org_social_welfare '0' ZERO 0
        t3.unable_need_creation.org_legal_service '0' ZERO 0
        t3.unable_need_creation.org_other '0' ZERO 0
        t3.unable_need_creation.total '0' ZERO 0
        t3.unable_still_unclear.natural_person '0' ZERO 0
        t3.unable_still_unclear.org_commercial '0' ZERO 0
        t3.unable_still_unclear.org_research '0' ZERO 0
        t3.unable_still_unclear.org_social_welfare '0' ZERO 0
        t3.unable_still_unclear.org_legal_service '0' ZERO 0
        t3.unable_still_unclear.org_other '0' ZERO 0
        t3.unable_still_unclear.total '0' ZERO 0
        t3.notproc_petition.natural_person '2' NUMERIC 2
        t3.notproc_petition.org_commercial '0' ZERO 0
        t3.notproc_petition.org_research '0' ZERO 0
        t3.notproc_petition.org_social_welfare '0' ZERO 0
        t3.notproc_petition.org_legal_service '0' ZERO 0
        t3.notproc_petition.org_other '0' ZERO 0
        t3.notproc_petition.total '2' NUMERIC 2
        t3.notproc_repeat.natural_person '1' NUMERIC 1
        t3.notproc_repeat.org_commercial '0' ZERO 0
        t3.notproc_repeat.org_research '0' ZERO 0
        t3.notproc_repeat.org_social_welfare '0' ZERO 0
        t3.notproc_repeat.org_legal_service '0' ZERO 0
        t3.notproc_repeat.org_other '0' ZERO 0
        t3.notproc_repeat.total '1' NUMERIC 1
        t3.notproc_publication.natural_person '0' ZERO 0
        t3.notproc_publication.org_commercial '0' ZERO 0
        t3.notproc_publication.org_research '0' ZERO 0
        t3.notproc_publication.org_social_welfare '0' ZERO 0
        t3.notproc_publication.org_legal_service '0' ZERO 0
        t3.notproc_publication.org_other '0' ZERO 0
        t3.notproc_publication.total '0' ZERO 0
        t3.notproc_massive.natural_person '0' ZERO 0
        t3.notproc_massive.org_commercial '0' ZERO 0
        t3.notproc_massive.org_research '0' ZERO 0
        t3.notproc_massive.org_social_welfare '0' ZERO 0
        t3.notproc_massive.org_legal_service '0' ZERO 0
        t3.notproc_massive.org_other '0' ZERO 0
        t3.notproc_massive.total '0' ZERO 0
        t3.notproc_confirm.natural_person '0' ZERO 0
        t3.notproc_confirm.org_commercial '0' ZERO 0
        t3.notproc_confirm.org_research '0' ZERO 0
        t3.notproc_confirm.org_social_welfare '0' ZERO 0
        t3.notproc_confirm.org_legal_service '0' ZERO 0
        t3.notproc_confirm.org_other '0' ZERO 0
        t3.notproc_confirm.total '0' ZERO 0
        t3.other_no_correction.natural_person '0' ZERO 0
        t3.other_no_correction.org_commercial '0' ZERO 0
        t3.other_no_correction.org_research '0' ZERO 0
        t3.other_no_correction.org_social_welfare '0' ZERO 0
        t3.other_no_correction.org_legal_service '0' ZERO 0
        t3.other_no_correction.org_other '0' ZERO 0
        t3.other_no_correction.total '0' ZERO 0
        t3.other_fee_unpaid.natural_person '0' ZERO 0
        t3.other_fee_unpaid.org_commercial '0' ZERO 0
        t3.other_fee_unpaid.org_research '0' ZERO 0
        t3.other_fee_unpaid.org_social_welfare '0' ZERO 0
        t3.other_fee_unpaid.org_legal_service '0' ZERO 0
        t3.other_fee_unpaid.org_other '0' ZERO 0
        t3.other_fee_unpaid.total '0' ZERO 0
        t3.other_other.natural_person '0' ZERO 0
        t3.other_other.org_commercial '0' ZERO 0
        t3.other_other.org_research '0' ZERO 0
        t3.other_other.org_social_welfare '0' ZERO 0
        t3.other_other.org_legal_service '0' ZERO 0
        t3.other_other.org_other '0' ZERO 0
        t3.other_other.total '0' ZERO 0
        t3.result_total.natural_person '20' NUMERIC 20
        t3.result_total.org_commercial '3' NUMERIC 3
        t3.result_total.org_research '0' ZERO 0
        t3.result_total.org_social_welfare '0' ZERO 0
        t3.result_total.org_legal_service '1' NUMERIC 1
        t3.result_total.org_other '0' ZERO 0
        t3.result_total.total '24' NUMERIC 24
        t3.carried_forward.natural_person '1' NUMERIC 1
        t3.carried_forward.org_commercial '1' NUMERIC 1
        t3.carried_forward.org_research '0' ZERO 0
        t3.carried_forward.org_social_welfare '0' ZERO 0
        t3.carried_forward.org_legal_service '0' ZERO 0
        t3.carried_forward.org_other '0' ZERO 0
        t3.carried_forward.total '2' NUMERIC 2
        """,
        grid(report));
    assertEquals(0, report.cells().stream().filter(c -> c.table() == io.gongkai.report.TableId.T4).count());
    assertEquals(
        List.of("TABLE_NOT_FOUND(t4)"),
        report.flags());
    assertEquals(
        """
        R-T3-BALANCE natural_person PASS: 20 + 1 = 20 + 1
        R-T3-BALANCE org_commercial PASS: 4 + 0 = 3 + 1
        R-T3-BALANCE org_research PASS: 0 + 0 = 0 + 0
        R-T3-BALANCE org_social_welfare PASS: 0 + 0 = 0 + 0
        R-T3-BALANCE org_legal_service PASS: 1 + 0 = 1 + 0
        R-T3-BALANCE org_other PASS: 0 + 0 = 0 + 0
        R-T3-BALANCE total PASS: 25 + 1 = 24 + 2
        R-T3-RESULTS natural_person PASS: 10 + 2 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 5 + 0 + 0 + 2 + 1 + 0 + 0 + 0 + 0 + 0 + 0 = 20
        R-T3-RESULTS org_commercial PASS: 2 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 1 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 3
        R-T3-RESULTS org_research PASS: 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-RESULTS org_social_welfare PASS: 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-RESULTS org_legal_service PASS: 1 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 1
        R-T3-RESULTS org_other PASS: 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-RESULTS total PASS: 13 + 2 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 6 + 0 + 0 + 2 + 1 + 0 + 0 + 0 + 0 + 0 + 0 = 24
        R-T3-ROWSUM new_received PASS: 20 + 4 + 0 + 0 + 1 + 0 = 25
        R-T3-ROWSUM carried_over PASS: 1 + 0 + 0 + 0 + 0 + 0 = 1
        R-T3-ROWSUM granted PASS: 10 + 2 + 0 + 0 + 1 + 0 = 13
        R-T3-ROWSUM partial PASS: 2 + 0 + 0 + 0 + 0 + 0 = 2
        R-T3-ROWSUM denied_state_secret PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_other_law PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_three_security_one_stability PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_third_party PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_internal_affairs PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_process_info PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_enforcement_file PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM denied_admin_query PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM unable_not_held PASS: 5 + 1 + 0 + 0 + 0 + 0 = 6
        R-T3-ROWSUM unable_need_creation PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM unable_still_unclear PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_petition PASS: 2 + 0 + 0 + 0 + 0 + 0 = 2
        R-T3-ROWSUM notproc_repeat PASS: 1 + 0 + 0 + 0 + 0 + 0 = 1
        R-T3-ROWSUM notproc_publication PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_massive PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM notproc_confirm PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM other_no_correction PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM other_fee_unpaid PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM other_other PASS: 0 + 0 + 0 + 0 + 0 + 0 = 0
        R-T3-ROWSUM result_total PASS: 20 + 3 + 0 + 0 + 1 + 0 = 24
        R-T3-ROWSUM carried_forward PASS: 1 + 1 + 0 + 0 + 0 + 0 = 2
        R-T3-NONNEG all PASS: 175 cells are non-negative integers
        R-T2-NONNEG all PASS: 10 cells are non-negative integers
        R-PROSE-REVIEW t4.review.review_total UNCERTAIN: prose '本局办理政府信息公开行政复议案件2件' 2 = t4.review.review_total (t4.review.review_total NOT_PRINTED)
        R-PROSE-LITIGATION t4.lit_direct.lit_direct_total+t4.lit_after_review.lit_after_review_total UNCERTAIN: prose '行政诉讼案件1件' 1 = t4.lit_direct.lit_direct_total + t4.lit_after_review.lit_after_review_total (t4.lit_direct.lit_direct_total NOT_PRINTED) (t4.lit_after_review.lit_after_review_total NOT_PRINTED)
        """,
        checks(report));
  }

  @Test
  void narrativeReportWithoutTablesIsParsedWithNoCells() {
    ParsedReport report =
        PARSER.parse(
            "narrative-2012.txt",
            "某市人民政府2012年政府信息公开工作年度报告\n一、概述\n本年度共主动公开政府信息1200条。\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(ParsedReport.Status.PARSED, report.status());
    assertEquals(2012, report.reportYear());
    assertEquals(null, report.templateT2());
    assertEquals(null, report.templateT3());
    assertEquals(List.of(), report.cells());
    assertEquals(List.of(), report.checks());
  }

  static String grid(ParsedReport report) {
    return report.cells().stream().map(TableFixturesTest::line).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String line(Cell cell) {
    StringBuilder sb = new StringBuilder(cell.path()).append(" '").append(cell.raw()).append("' ").append(cell.kind());
    if (cell.value() != null) {
      sb.append(' ').append(cell.value().toPlainString());
    }
    if (cell.unit() != null) {
      sb.append(' ').append(cell.unit());
    }
    if (cell.amountYuan() != null) {
      sb.append(' ').append(cell.amountYuan().toPlainString());
    }
    return sb.toString();
  }

  static String checks(ParsedReport report) {
    return report.checks().stream().map(TableFixturesTest::line).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String line(CheckResult check) {
    return check.check() + " " + check.scope() + " " + check.status() + ": " + check.expression();
  }

  private static ParsedReport parse(String fixture) {
    try (InputStream in = TableFixturesTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      assertNotNull(in, "missing fixture " + fixture);
      return PARSER.parse(fixture, in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
