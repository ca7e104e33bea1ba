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
}
