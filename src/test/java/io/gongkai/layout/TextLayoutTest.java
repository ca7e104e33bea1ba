package io.gongkai.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextLayoutTest {
  @Test
  void lonePipeAfterCellsClosedByPipesIsABlankCell() {
    // Seed 000: cells close with a pipe, and a lone pipe ends a row as one blank cell.
    assertEquals(
        List.of("1:[规章]", "2:[0]", "3:[0]", "4:[]", "5:[规范性文件]"), rows("规章 |\n0\n0\n|\n规范性文件 |\n"));
  }

  @Test
  void lonePipesBetweenCellPerLineTextSeparateCells() {
    // Crawled HTML text: a pipe before every cell; two pipes with nothing (or only empty lines) between are one blank
    // cell; a whitespace-only line between two pipes is a blank cell too.
    assertEquals(
        List.of("2:[规章]", "4:[0]", "7:[]", "8:[6]", "10:[行政规范]", "11:[性文件]", "13:[]", "15:[/]"),
        rows("|\n规章\n|\n0\n|\n\n|\n6\n|\n行政规范\n性文件\n|\n \n|\n/\n|\n"));
  }

  @Test
  void oneLonePipeBetweenPipeFreeLinesIsNotEnoughToReadSeparators() {
    assertEquals(List.of("1:[规章]", "2:[]", "3:[0]"), rows("规章\n|\n0\n"));
  }

  private static List<String> rows(String text) {
    return TextLayout.read(text).stream()
        .map(r -> r.line() + ":" + r.cells().stream().map(SourceCell::raw).collect(Collectors.joining(",", "[", "]")))
        .toList();
  }

  @Test
  void singleSpacedLabelFollowedByValuesSplitsIntoCells() {
    assertEquals(List.of("规章", "0", "0", "6"), raws(TextLayout.cells("规章 0 0 6")));
    assertEquals(List.of("行政许可", "97"), raws(TextLayout.cells("行政许可 97")));
    assertEquals(List.of("行政事业性收费", "12.5万元"), raws(TextLayout.cells("行政事业性收费 12.5 万元")));
    assertEquals(List.of("行政强制", "/", "—", "无", "1,034"), raws(TextLayout.cells("行政强制 / — 无 1,034")));
    // Traditional renderings: 無 and 萬元 are value words too.
    assertEquals(List.of("規章", "無", "無", "無"), raws(TextLayout.cells("規章 無 無 無")));
    assertEquals(List.of("行政事業性收費", "3.5萬元"), raws(TextLayout.cells("行政事業性收費 3.5 萬元")));
    assertEquals(List.of("信息内容 本年处理决定数量"), raws(TextLayout.cells("信息内容 本年处理决定数量")));
  }

  @Test
  void linesWithoutALabelOrEndingInWordsStayOneCell() {
    assertEquals(List.of("- 3 -"), raws(TextLayout.cells("- 3 -"))); // a page number
    assertEquals(List.of("共收到申请 97 件"), raws(TextLayout.cells("共收到申请 97 件")));
    assertEquals(List.of("97"), raws(TextLayout.cells("97")));
  }

  @Test
  void markdownRowsCarryTheirTableWidthFromItsDelimiterRow() {
    // Two tables: one of three columns whose header precedes its delimiter, its last row cut without its closing
    // pipe; one of two without outer pipes on the delimiter. A pipe-framed line in a run without a delimiter row
    // states no width.
    String text =
        "| 类别 |  | 总计 |\n| --- | :---: | ---: |\n|  | 规章 | 0 |\n| 短行 |\n| 规范性文件 | 2\n\n"
            + "| 行政许可 | 97 |\n--- | ---\n\n| 页脚 |\n";
    assertEquals(
        List.of("1:3:3", "3:3:3", "4:3:1", "5:3:2", "7:2:2", "10:0:1"),
        TextLayout.read(text).stream().map(r -> r.line() + ":" + r.tableWidth() + ":" + r.cells().size()).toList());
  }

  private static List<String> raws(List<SourceCell> cells) {
    return cells.stream().map(SourceCell::raw).toList();
  }
}
