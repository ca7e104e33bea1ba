package io.gongkai.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.layout.SourceCell;
import io.gongkai.layout.TextLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Row assembly by what cells are (labels, values, blanks), over the renderings' row shapes. */
class RowAssemblerTest {
  @Test
  void oneCellPerLineRowsFollowLabels() {
    // seed 002: tab-indented cells, a blank (八) prev_year_items after an empty separator line
    String text = "\t行政强制\n\t\n\t\n\t3\n\n\t第二十条第（八）项\n\n\t信息内容\n\t上一年项目数量\n\t本年增/减\n\n"
        + "\t行政事业性收费\n\n\t\n\t1\n";
    assertEquals(
        """
        [行政强制] ['', '', '3']
        [第二十条第（八）项|信息内容|上一年项目数量|本年增/减|行政事业性收费] ['', '1']
        """,
        render(text));
  }

  @Test
  void multiCellLinesAreRowsAndLeadingBlanksBelongToMergedLabelColumns() {
    // seed 001 (OCR, tab per cell): each line is a row; blanks before the label are empty label columns
    String text = "一、本\t年新收政府信\t1\t\t\t\t\t\t1\t\n\t\t7. 属于行政执法案卷\t1\t\t\t1\n";
    assertEquals(
        """
        [一、本|年新收政府信] ['1', '', '', '', '', '', '1', '']
        [7. 属于行政执法案卷] ['1', '', '', '1']
        """,
        render(text));
  }

  @Test
  void pdfValuesUnderAWrappedLabelAndContinuationAfterThem() {
    // ha2024: '447 7 0 0 0 0 454' sits between the two lines of the 部分公开 label
    String text = "（二）部分公开（区分处理的，只计这一情\n"
        + "                     447    7    0    0    0    0    454\n"
        + "形，不计其他情形）\n"
        + "（三）不予公开   1.属于国家秘密   178   0   0   0   0   0   178\n";
    assertEquals(
        """
        [（二）部分公开（区分处理的，只计这一情] ['447', '7', '0', '0', '0', '0', '454']
        [形，不计其他情形）|（三）不予公开|1.属于国家秘密] ['178', '0', '0', '0', '0', '0', '178']
        """,
        render(text));
  }

  @Test
  void valuesPrintedBeforeTheirLabelTakeTheNextLabelLine() {
    String text = "（一）予以公开   3   0   0   0   0   0   3\n"
        + "   4   0   0   0   0   0   4\n"
        + "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n";
    assertEquals(
        """
        [（一）予以公开] ['3', '0', '0', '0', '0', '0', '3']
        [（二）部分公开（区分处理的，只计这一情形，不计其他情形）] ['4', '0', '0', '0', '0', '0', '4']
        """,
        render(text));
  }

  @Test
  void pageNumbersAreDroppedAndGluedNumbersSplit() {
    String text = "1.本机关不掌握相关政府信息   10 0 0\n- 3 -\n第 4 页\n";
    assertEquals(
        """
        [1.本机关不掌握相关政府信息] ['10', '0', '0']
        """,
        render(text));
  }

  @Test
  void layoutLinesKeepCharacterOffsetsAsPositions() {
    List<SourceCell> cells = TextLayout.read("规章      12    3").get(0).cells();
    assertEquals(List.of(new SourceCell("规章", 0, 2), new SourceCell("12", 8, 10), new SourceCell("3", 14, 15)), cells);
  }

  private static String render(String text) {
    return RowAssembler.assemble(TextLayout.read(text)).stream()
        .map(
            row ->
                row.labels().stream().map(SourceCell::raw).collect(Collectors.joining("|", "[", "]"))
                    + " "
                    + row.values().stream().map(c -> "'" + c.raw() + "'").collect(Collectors.joining(", ", "[", "]")))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
