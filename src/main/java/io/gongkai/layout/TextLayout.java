package io.gongkai.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text renderings into rows, one {@link SourceRow} per non-empty line (spec §0.4):
 *
 * <ul>
 *   <li>pipe lines ({@code 规章 |}, {@code ||||}): each {@code |} closes a cell;
 *   <li>tab lines ({@code \t16}, OCR rows {@code 一、本\t年新收…\t1\t\t…}): cells between tabs, the indentation tab
 *       dropped;
 *   <li>layout lines from PDF text ({@code 一、本年新收…    21    0}): cells separated by two or more spaces, with
 *       character offsets as positions;
 *   <li>anything else: a single cell (a label, a value, or a line of prose).
 * </ul>
 *
 * Empty lines produce no row: whether they separate rows or cells differs between renderings (seed 002 vs 003), so
 * row structure is left to {@link RowAssembler}.
 */
public final class TextLayout {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern WIDE_GAP = Pattern.compile("[ \\u3000]{2,}");

  private TextLayout() {}

  public static List<SourceRow> read(String text) {
    String[] lines = LINE_BREAK.split(text, -1);
    List<SourceRow> rows = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      rows.add(new SourceRow(cells(line), i + 1));
    }
    return rows;
  }

  static List<SourceCell> cells(String line) {
    String trimmed = Whitespace.trim(line);
    if (trimmed.endsWith("|") || trimmed.startsWith("|")) {
      return pipeCells(trimmed);
    }
    if (line.indexOf('\t') >= 0) {
      return tabCells(line);
    }
    if (WIDE_GAP.matcher(trimmed).find()) {
      return layoutCells(line);
    }
    return List.of(SourceCell.of(trimmed));
  }

  private static List<SourceCell> pipeCells(String line) {
    String[] parts = line.split("\\|", -1);
    List<SourceCell> cells = new ArrayList<>(parts.length);
    // The piece after the last pipe is not a cell: "规章 |" is one cell, "||||" four blank ones.
    int end = Whitespace.trim(parts[parts.length - 1]).isEmpty() ? parts.length - 1 : parts.length;
    for (int i = 0; i < end; i++) {
      cells.add(SourceCell.of(Whitespace.trim(parts[i])));
    }
    return cells;
  }

  private static List<SourceCell> tabCells(String line) {
    String[] parts = line.split("\t", -1);
    List<SourceCell> cells = new ArrayList<>(parts.length);
    // A lone leading tab is indentation ("\t16" is the cell 16; "\t" alone is one blank cell, seed 002). In a row of
    // several cells a leading tab is the row's first cell, left blank ("\t0\t0…" is table 4 with its first cell blank).
    int start = parts.length == 2 && parts[0].isEmpty() ? 1 : 0;
    for (int i = start; i < parts.length; i++) {
      cells.add(SourceCell.of(Whitespace.trim(parts[i])));
    }
    return cells;
  }

  private static List<SourceCell> layoutCells(String line) {
    List<SourceCell> cells = new ArrayList<>();
    Matcher gap = WIDE_GAP.matcher(line);
    int start = 0;
    while (true) {
      boolean found = gap.find();
      int end = found ? gap.start() : line.length();
      addLayoutCell(cells, line, start, end);
      if (!found) {
        break;
      }
      start = gap.end();
    }
    return cells;
  }

  private static void addLayoutCell(List<SourceCell> cells, String line, int start, int end) {
    String raw = Whitespace.trim(line.substring(start, end));
    if (raw.isEmpty()) {
      return;
    }
    int lead = line.substring(start, end).indexOf(raw.charAt(0));
    float x0 = start + lead;
    cells.add(new SourceCell(raw, x0, x0 + raw.length()));
  }
}
