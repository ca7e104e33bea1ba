package io.gongkai.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlLayoutTest {
  @Test
  void t3HeaderRowspanAndColspanPlaceEveryCellOnTheGrid() {
    assertEquals(
        rows(
            prose("三、收到和处理政府信息公开申请情况"),
            cells(cell("（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）", 0, 3), cell("申请人情况", 3, 10)),
            cells(cell("自然人", 3, 4), cell("法人或其他组织", 4, 9), cell("总计", 9, 10)),
            cells(
                cell("商业 企业", 4, 5),
                cell("科研机构", 5, 6),
                cell("社会公益组织", 6, 7),
                cell("法律服务机构", 7, 8),
                cell("其他", 8, 9)),
            cells(
                cell("一、本年新收政府信息公开申请数量", 0, 3),
                cell("112", 3, 4),
                cell("5", 4, 5),
                cell("0", 5, 6),
                cell("0", 6, 7),
                cell("1", 7, 8),
                cell("2", 8, 9),
                cell("120", 9, 10)),
            cells(
                cell("三、本年度办理结果", 0, 1),
                cell("（一）予以公开", 1, 3),
                cell("40", 3, 4),
                cell("", 4, 5),
                cell("0", 5, 6),
                cell("0", 6, 7),
                cell("0", 7, 8),
                cell("1", 8, 9),
                cell("41", 9, 10)),
            cells(
                cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 3),
                cell("9", 3, 4),
                cell("1", 4, 5),
                cell("0", 5, 6),
                cell("0", 6, 7),
                cell("0", 7, 8),
                cell("", 8, 9),
                cell("10", 9, 10))),
        read("t3-rowspan-colspan-header.html"));
  }

  @Test
  void t3ValueCellsAlignWithTheSevenHeaderColumns() {
    List<SourceRow> rows = read("t3-rowspan-colspan-header.html");
    // 自然人 and 总计 from header row 2, the five organisation columns from header row 3.
    List<Float> headerColumns = new ArrayList<>();
    headerColumns.add(rows.get(2).cells().get(0).x0());
    rows.get(3).cells().forEach(c -> headerColumns.add(c.x0()));
    headerColumns.add(rows.get(2).cells().get(2).x0());
    assertEquals(List.of(3f, 4f, 5f, 6f, 7f, 8f, 9f), headerColumns);

    for (int dataRow : new int[] {4, 5, 6}) {
      List<SourceCell> cells = rows.get(dataRow).cells();
      List<Float> valueColumns = cells.subList(cells.size() - 7, cells.size()).stream().map(SourceCell::x0).toList();
      assertEquals(headerColumns, valueColumns, "value columns of row " + rows.get(dataRow).line());
    }
  }

  @Test
  void t2021Table2SingleValueRowsSpanThreeColumnsUnderFullWidthSubHeaders() {
    assertEquals(
        rows(
            prose("二、主动公开政府信息情况"),
            cells(cell("第二十条第（一）项", 0, 4)),
            cells(cell("信息内容", 0, 1), cell("本年制发件数", 1, 2), cell("本年废止件数", 2, 3), cell("现行有效件数", 3, 4)),
            cells(cell("规章", 0, 1), cell("0", 1, 2), cell("0", 2, 3), cell("3", 3, 4)),
            cells(cell("行政规范性文件", 0, 1), cell("5", 1, 2), cell("2", 2, 3), cell("41", 3, 4)),
            cells(cell("第二十条第（五）项", 0, 4)),
            cells(cell("信息内容", 0, 1), cell("本年处理决定数量", 1, 4)),
            cells(cell("行政许可", 0, 1), cell("1,024", 1, 4)),
            cells(cell("第二十条第（六）项", 0, 4)),
            cells(cell("信息内容", 0, 1), cell("本年处理决定数量", 1, 4)),
            cells(cell("行政处罚", 0, 1), cell("87", 1, 4)),
            cells(cell("行政强制", 0, 1), cell("", 1, 4)),
            cells(cell("第二十条第（八）项", 0, 4)),
            cells(cell("信息内容", 0, 1), cell("本年收费金额（单位：万元）", 1, 4)),
            cells(cell("行政事业性收费", 0, 1), cell("12.5", 1, 4))),
        read("t2021-table2-colspan-values.html"));
  }

  @Test
  void t4TwoLevelHeaderAndFifteenValues() {
    List<String> outcomes = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    List<SourceCell> thirdHeader = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      thirdHeader.add(cell(outcomes.get(i % 5), 5 + i, 6 + i));
    }
    List<SourceCell> secondHeader = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      secondHeader.add(cell(outcomes.get(i), i, i + 1));
    }
    secondHeader.add(cell("未经复议直接起诉", 5, 10));
    secondHeader.add(cell("复议后起诉", 10, 15));
    String[] values = {"72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"};
    List<SourceCell> valueRow = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      valueRow.add(cell(values[i], i, i + 1));
    }

    assertEquals(
        rows(
            prose("四、政府信息公开行政复议、行政诉讼情况"),
            cells(cell("行政复议", 0, 5), cell("行政诉讼", 5, 15)),
            secondHeader,
            thirdHeader,
            valueRow),
        read("t4-two-level-header.html"));
  }

  @Test
  void proseIsOneRowPerBlockAndBreakWithoutHeadScriptStyleOrComments() {
    assertEquals(
        rows(
            prose("首页 > 政务公开 > 年度报告"),
            prose("某某区人民政府2023年政府信息公开工作"),
            prose("年度报告"),
            prose("本报告由区政府办公室编制。"),
            prose("全文包括总体情况、主动公开政府信息情况。"),
            prose("本年度共收到申请112件，答复108件。"),
            prose("一、总体情况"),
            prose("二、主动公开政府信息情况"),
            prose("区政府办公室"),
            prose("2024年1月20日"),
            cells(cell("规章", 0, 1), cell("", 1, 2)),
            prose("（本报告数据统计期限自2023年1月1日至12月31日）"),
            prose("| 规章 | 0 | 3 |"),
            prose("| 行政规范性文件 | 5 | 41 |")),
        read("prose-around-table-br-nbsp-script.html"));
  }

  @Test
  void nestedTablesAreReadInPlaceWithoutRepeatingText() {
    assertEquals(
        rows(
            prose("栏目导航"),
            prose("年度报告"),
            prose("某某市2022年政府信息公开工作年度报告"),
            prose("一、总体情况"),
            prose("盒中第一段"),
            prose("盒中第二段"),
            prose("二、主动公开政府信息情况"),
            cells(cell("信息内容", 0, 1), cell("本年制发件数", 1, 2)),
            cells(cell("规章", 0, 1), cell("3", 1, 2)),
            prose("附件：无"),
            cells(cell("版权所有：某某市人民政府", 0, 2))),
        read("nested-layout-tables.html"));
  }

  @Test
  void tableInsideADataCellTurnsThatRowIntoProseAroundTheInnerRows() {
    assertEquals(
        rows(
            prose("合计"),
            cells(cell("1", 0, 1), cell("2", 1, 2)),
            prose("尾"),
            cells(cell("a", 0, 1), cell("b", 1, 2), cell("c", 2, 3))),
        HtmlLayout.read("<table><tr><td>合计</td><td><table><tr><td>1</td><td>2</td></tr></table></td>"
            + "<td>尾</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>"));
  }

  @Test
  void malformedMarkupIsRepairedAndBogusSpansFallBack() {
    assertEquals(
        rows(
            prose("表格开始"),
            prose("stray"),
            cells(cell("自然人", 0, 1), cell("5", 1, 2), cell("6", 2, 3), cell("7", 3, 103), cell("8", 103, 104)),
            cells(cell("甲", 0, 1), cell("乙", 1, 3), cell("丙", 3, 4)),
            cells(cell("丁", 1, 2), cell("戊", 2, 3)),
            prose("尾部未闭合")),
        read("malformed-unclosed-bogus-spans.html"));
  }

  @Test
  void rowspanZeroRunsToTheEndOfItsRowGroup() {
    assertEquals(
        rows(
            cells(cell("a", 0, 1), cell("b", 1, 2)),
            cells(cell("c", 1, 2)),
            cells(cell("d", 1, 2)),
            cells(cell("e", 0, 1))),
        HtmlLayout.read("<table><tbody><tr><td rowspan=0>a<td>b<tr><td>c<tr><td>d</tbody>"
            + "<tbody><tr><td>e</tbody></table>"));
  }

  @Test
  void rowspanStopsAtTheEndOfTheHeaderGroup() {
    assertEquals(
        rows(cells(cell("h", 0, 1), cell("x", 1, 2)), cells(cell("v", 0, 1), cell("w", 1, 2))),
        HtmlLayout.read("<table><thead><tr><th rowspan=3>h<th>x</thead><tbody><tr><td>v<td>w</tbody></table>"));
  }

  @Test
  void emptyRowsAreNotEmittedButStillOccupyAGridRow() {
    assertEquals(
        rows(cells(cell("a", 0, 1), cell("b", 1, 2)), cells(cell("c", 1, 2))),
        HtmlLayout.read("<table><tr><td rowspan=3>a<td>b<tr><tr><td>c</table>"));
  }

  @Test
  void invisibleAndIdeographicSpacesAreWhitespace() {
    assertEquals(
        rows(prose("规章 3"), cells(cell("", 0, 1), cell("行政 许可", 1, 2))),
        HtmlLayout.read("\uFEFF<p>\u3000\u3000规\u200B章\u00A0 3\u00AD</p>"
            + "<table><tr><td>\u3000&nbsp;<br></td><td> 行政<p>许可</p> </td></tr></table>"));
  }

  @Test
  void plainTextIsOneRow() {
    assertEquals(rows(prose("纯文本 第二行")), HtmlLayout.read("纯文本\n第二行\r\n"));
  }

  @Test
  void inputWithoutTextHasNoRows() {
    assertEquals(List.of(), HtmlLayout.read(""));
    assertEquals(List.of(), HtmlLayout.read("   \n"));
    assertEquals(List.of(), HtmlLayout.read("<html><head><title>t</title></head><body><p>&nbsp;</p><br><br></body>"));
    assertEquals(List.of(), HtmlLayout.read("<table><tr></tr></table><script>x</script>"));
  }

  @Test
  void nullIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> HtmlLayout.read(null));
    assertEquals("html is null", e.getMessage());
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    String divs = "<div><span>".repeat(100_000) + "深处";
    assertEquals(rows(prose("深处")), HtmlLayout.read(divs));

    String tables = "<table><tr><td>".repeat(5_000) + "最内层" + "</td></tr></table>".repeat(5_000);
    assertEquals(rows(prose("最内层")), HtmlLayout.read(tables));

    String dataTables = "<table><tr><td>x<td>".repeat(2_000) + "y";
    List<SourceRow> rows = HtmlLayout.read(dataTables);
    // Every level but the innermost is a layout row (its second cell holds the next table): "x" becomes prose.
    assertEquals(2_000, rows.size());
    assertEquals(prose("x"), rows.get(1_998).cells());
    assertEquals(cells(cell("x", 0, 1), cell("y", 1, 2)), rows.get(1_999).cells());
  }

  @Test
  void randomTagSoupKeepsTheRowInvariants() {
    String[] tokens = {
      "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=2>", "<td rowspan=3>", "<td rowspan=0>",
      "<td colspan=abc>", "<td colspan=100000>", "<tbody>", "<thead>", "</tbody>", "<p>", "</p>", "<br>", "<div>",
      "</div>", "<pre>", "</pre>", "<script>", "</script>", "<style>", "<!--", "-->", "<li>", "<caption>", "&nbsp;",
      "&", "<", ">", "\"", "\n", " ", "\u3000", "\uFEFF", "\uD800", "一", "12", "总计", "<td", "=", "<svg><td>"
    };
    Random random = new Random(20240120L);
    for (int doc = 0; doc < 500; doc++) {
      StringBuilder html = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        html.append(tokens[random.nextInt(tokens.length)]);
      }
      List<SourceRow> rows = HtmlLayout.read(html.toString());
      for (int i = 0; i < rows.size(); i++) {
        SourceRow row = rows.get(i);
        String context = "document " + doc + " row " + (i + 1) + ": " + html;
        assertEquals(i + 1, row.line(), context);
        assertFalse(row.cells().isEmpty(), context);
        for (SourceCell cell : row.cells()) {
          assertEquals(cell.raw().strip(), cell.raw(), context);
          if (cell.hasPosition()) {
            assertTrue(cell.x0() >= 0 && cell.x1() > cell.x0(), context);
            assertTrue(cell.x1() - cell.x0() <= HtmlSlotGrid.MAX_COLSPAN, context);
          } else {
            assertEquals(1, row.cells().size(), context);
            assertFalse(cell.isBlank(), context);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|1|1",
        "2|2|2",
        "' 3px'|3|3",
        "+4|4|4",
        "abc|1|1",
        "-2|1|1",
        "0|1|0",
        "2.5|2|2",
        "99999999999999|100|65534"
      })
  void spanAttributesFollowTheHtmlIntegerRules(String attribute, int colspan, int rowspan) {
    assertEquals(colspan, HtmlSlotGrid.colspan(attribute), "colspan=" + attribute);
    assertEquals(rowspan, HtmlSlotGrid.rowspan(attribute), "rowspan=" + attribute);
  }

  private static List<SourceRow> read(String fixture) {
    return HtmlLayout.read(fixture(fixture));
  }

  private static String fixture(String name) {
    String path = "/layout/html/" + name;
    try (InputStream in = HtmlLayoutTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixture " + path, e);
    }
  }

  /** Expected rows, numbered 1.. in order. */
  @SafeVarargs
  private static List<SourceRow> rows(List<SourceCell>... rows) {
    List<SourceRow> result = new ArrayList<>();
    for (List<SourceCell> cells : rows) {
      result.add(new SourceRow(cells, result.size() + 1));
    }
    return result;
  }

  private static List<SourceCell> prose(String text) {
    return List.of(SourceCell.of(text));
  }

  private static List<SourceCell> cells(SourceCell... cells) {
    return Arrays.asList(cells);
  }

  private static SourceCell cell(String raw, int x0, int x1) {
    return new SourceCell(raw, x0, x1);
  }
}
