package io.gongkai.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FigureExtractor} on single sentences: signs, ranges, and what is no figure. */
class FigureExtractorTest {
  @Test
  void aMinusRightBeforeTheNumberIsItsSign() {
    // Synthetic r000038: the table's planted -1 restated in the prose; read as 1 it was a false R-PROSE-LITIGATION FAIL.
    assertEquals(
        List.of("政府信息公开行政复议 0 件 0件", "政府信息公开行政诉讼 -1 件 -1件"),
        figures("政府信息公开行政复议0件；政府信息公开行政诉讼-1件。"));
  }

  @Test
  void aDashBetweenTwoNumbersIsARangeNotASign() {
    // the range's end stands as a figure of its own, unsigned (its metric is the dash: nothing maps it to a cell)
    assertEquals(List.of("- 3 件 3件"), figures("每月办理申请1-3件。"));
    assertEquals(List.of("办理申请 1 件 1件", "件- 3 件 3件"), figures("每月办理申请1件-3件。"));
  }

  @Test
  void pdftotextSpacesAroundTheDigitsDoNotHideTheFigure() {
    // pdftotext -layout renderings (synthetic pdf_text, r007874): before, 858 of 1,849 such reports had no figure.
    assertEquals(
        List.of("受理政府信息公开申请 53 件 53件", "主动公开政府信息 2400 条 2400余条", "收取信息处理费 0 元 0元"),
        figures("全年共受理政府信息公开申请 53 件，主动公开政府信息 2400 余条，收取信息处理费 0 元。"));
    assertEquals(
        figures("全年共受理政府信息公开申请53件，主动公开政府信息2400余条，收取信息处理费0元。"),
        figures("全年共受理政府信息公开申请 53 件，主动公开政府信息 2400 余条，收取信息处理费 0 元。"));
  }

  @Test
  void traditionalCharactersAreReadAsSimplifiedAndKeptAsWrittenInRaw() {
    assertEquals(
        List.of("受理政府信息公开申请 53 件 53件", "主动公开政府信息 2400 条 2400餘條", "收取信息处理费 3 万元 3萬元"),
        figures("全年共受理政府信息公開申請53件，主動公開政府信息2400餘條，收取信息處理費3萬元。"));
  }

  private static List<String> figures(String text) {
    return FigureExtractor.extract(List.of(new Sentence("s1_overview", text, 1))).stream()
        .map(f -> f.metric() + " " + f.value().toPlainString() + " " + f.unit() + " " + f.raw())
        .toList();
  }
}
