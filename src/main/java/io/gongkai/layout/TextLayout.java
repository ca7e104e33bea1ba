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
 *
 * <p>A lone {@code |} line means one of two things. Where cells close with a pipe ({@code 规章 |}, seed 000) it is a
 * blank cell. In crawled text of HTML tables every cell sits on its own line with a lone {@code |} line between cells
 * ({@code |}, {@code 规章}, {@code |}, {@code 0}, …): there it separates cells and is no cell itself; two separators
 * with nothing between them enclose one blank cell. A stretch of pipe-free lines and lone pipes in which at least
 * {@value #SEPARATOR_EVIDENCE} pipes stand between two pipe-free lines is read the second way; no rendering of the
 * first kind puts a lone pipe between two pipe-free lines.
 *
 * <p>Markdown tables from PDF converters ({@code | 规章 | 0 | 0 | 6 |}) are told apart by their delimiter rows
 * ({@code | --- | :---: |}): those rows are structure and produce no row, and in a text that has one, a line that
 * opens with a pipe opens with a row delimiter, not with a blank cell; each row carries its table's width. Seed 000's {@code ||||} filler,
 * in a text without delimiter rows, stays four blank cells.
 */
public final class TextLayout {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern WIDE_GAP = Pattern.compile("[ \\u3000]{2,}");
  /** Lone pipes between two pipe-free lines needed before a stretch is read as cell-per-line with separators. */
  static final int SEPARATOR_EVIDENCE = 2;
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+");
  private static final Pattern MARKDOWN_DELIMITER =
      Pattern.compile("^\\|?(?:\\s*:?-{3,}:?\\s*\\|)+(?:\\s*:?-{3,}:?\\s*)?$");

  /** A figure as table cells print it: 1,034, -3, 12.5, 35%, 3.5亿元. */
  private static final Pattern NUMBER_WORD = Pattern.compile("[-+−]?\\d[\\d,，]*(?:\\.\\d+)?[%％]?");
  private static final Pattern UNIT_WORD = Pattern.compile("元|万元|亿元|萬元|億元|[%％]");
  /**
   * A cell's whole text in a value slot: a figure with its unit, or the marks of a blank or not-applicable cell; in
   * simplified or traditional characters (萬元, 無: mirror sites republish reports so, spec §0.1.3).
   */
  private static final Pattern VALUE_WORD =
      Pattern.compile("[-+−]?\\d[\\d,，]*(?:\\.\\d+)?(?:[%％]|元|万元|亿元|萬元|億元)?|[/／]|[-—－―–]{1,2}|[无無]");

  private TextLayout() {}

  public static List<SourceRow> read(String text) {
    String[] lines = LINE_BREAK.split(text, -1);
    boolean[] separator = cellSeparators(lines);
    boolean markdown = hasMarkdownDelimiter(lines);
    int[] widths = markdown ? markdownWidths(lines) : null;
    List<SourceRow> rows = new ArrayList<>(lines.length);
    boolean afterSeparator = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      if (markdown) {
        String trimmed = Whitespace.trim(line);
        if (MARKDOWN_DELIMITER.matcher(trimmed).matches()) {
          continue;
        }
        // A row's closing pipe is optional in Markdown, and the last row of a cut-off text may lose it with its end.
        if (trimmed.length() > 1 && trimmed.startsWith("|")) {
          rows.add(new SourceRow(pipeCells(trimmed.substring(1)), i + 1, widths[i]));
          continue;
        }
        Matcher heading = MARKDOWN_HEADING.matcher(trimmed);
        if (heading.lookingAt()) {
          line = trimmed.substring(heading.end()); // ### 三、收到和处理… is the section title
        }
      }
      if (separator[i]) {
        if (afterSeparator) {
          rows.add(new SourceRow(List.of(SourceCell.of("")), i + 1)); // nothing between two separators: a blank cell
        }
        afterSeparator = true;
        continue;
      }
      afterSeparator = false;
      rows.add(new SourceRow(cells(line), i + 1));
    }
    return rows;
  }

  private static boolean hasMarkdownDelimiter(String[] lines) {
    for (String line : lines) {
      if (line.indexOf("---") >= 0 && line.indexOf('|') >= 0
          && MARKDOWN_DELIMITER.matcher(Whitespace.trim(line)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The width of the Markdown table each line belongs to: the cell count of the delimiter row of its run of pipe lines
   * (a table is a run of consecutive lines that open with a pipe); 0 for a line in no table or in a run
   * without a delimiter row.
   */
  static int[] markdownWidths(String[] lines) {
    int[] widths = new int[lines.length];
    int i = 0;
    while (i < lines.length) {
      if (!isTableLine(lines[i])) {
        i++;
        continue;
      }
      int end = i;
      int width = 0;
      for (; end < lines.length && isTableLine(lines[end]); end++) {
        String trimmed = Whitespace.trim(lines[end]);
        if (width == 0 && MARKDOWN_DELIMITER.matcher(trimmed).matches()) {
          width = delimiterCells(trimmed);
        }
      }
      java.util.Arrays.fill(widths, i, end, width);
      i = end;
    }
    return widths;
  }

  private static boolean isTableLine(String line) {
    String trimmed = Whitespace.trim(line);
    return (trimmed.length() > 1 && trimmed.startsWith("|"))
        || (trimmed.indexOf("---") >= 0 && MARKDOWN_DELIMITER.matcher(trimmed).matches());
  }

  /** {@code | --- | :---: |} has two cells; so has {@code --- | ---} without its outer pipes. */
  private static int delimiterCells(String delimiter) {
    int cells = 0;
    for (String part : delimiter.split("\\|", -1)) {
      if (part.indexOf('-') >= 0) {
        cells++;
      }
    }
    return cells;
  }

  /**
   * Which lines are lone pipes that separate cells rather than print a blank one (see the class comment): the lone
   * pipes of every stretch of pipe-free lines and lone pipes that holds at least {@link #SEPARATOR_EVIDENCE} of them
   * between two pipe-free lines. Empty lines neither end a stretch nor count as neighbours.
   */
  static boolean[] cellSeparators(String[] lines) {
    boolean[] separator = new boolean[lines.length];
    int i = 0;
    while (i < lines.length) {
      if (lines[i].isEmpty() || (!isLonePipe(lines[i]) && hasPipe(lines[i]))) {
        i++;
        continue;
      }
      int start = i;
      int evidence = 0;
      int before = -1; // the previous non-empty line of the stretch
      int end = i;
      for (; end < lines.length; end++) {
        String line = lines[end];
        if (line.isEmpty()) {
          continue;
        }
        boolean lone = isLonePipe(line);
        if (!lone && hasPipe(line)) {
          break;
        }
        if (!lone && before >= 0 && isLonePipe(lines[before]) && pipeFreeBefore(lines, before, start)) {
          evidence++;
        }
        before = end;
      }
      if (evidence >= SEPARATOR_EVIDENCE) {
        for (int k = start; k < end; k++) {
          separator[k] = isLonePipe(lines[k]);
        }
      }
      i = end;
    }
    return separator;
  }

  /** Whether the non-empty line before {@code pipe}, within the stretch from {@code start}, is pipe-free text. */
  private static boolean pipeFreeBefore(String[] lines, int pipe, int start) {
    for (int k = pipe - 1; k >= start; k--) {
      if (!lines[k].isEmpty()) {
        return !isLonePipe(lines[k]);
      }
    }
    return false;
  }

  /** Without trimming: it runs on every line of every text rendering. */
  private static boolean isLonePipe(String line) {
    boolean pipe = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|' || c == '｜') {
        if (pipe) {
          return false;
        }
        pipe = true;
      } else if (!Whitespace.isWhitespace(c)) {
        return false;
      }
    }
    return pipe;
  }

  private static boolean hasPipe(String line) {
    return line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
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
    return labelAndValues(trimmed);
  }

  /**
   * A line of single-space words ending in values ({@code 行政许可 97}, {@code 规章 0 0 6}, {@code 行政事业性收费
   * 12.5 万元}): PDF-to-Markdown converters print table 2's blocks so, as plain lines outside any table. The trailing
   * values become cells after the label; a unit word after a number joins it ({@code 12.5万元}). Any other line stays
   * one cell. Prose reads the row's cells joined by single spaces ({@link SourceRow#text()}), so it reads the same
   * words; a line of values alone ({@code - 3 -}, a page number) stays one cell, having no label.
   */
  static List<SourceCell> labelAndValues(String trimmed) {
    if (trimmed.indexOf(' ') < 0 || !mayEndInValue(trimmed.charAt(trimmed.length() - 1))) {
      return List.of(SourceCell.of(trimmed)); // most lines: no regex
    }
    String[] words = trimmed.split(" +");
    int end = words.length;
    List<String> values = new ArrayList<>();
    while (end > 1) {
      String word = words[end - 1];
      if (end > 2 && UNIT_WORD.matcher(word).matches() && NUMBER_WORD.matcher(words[end - 2]).matches()) {
        values.add(0, words[end - 2] + word);
        end -= 2;
      } else if (VALUE_WORD.matcher(word).matches()) {
        values.add(0, word);
        end--;
      } else {
        break;
      }
    }
    if (values.isEmpty() || (end == 1 && VALUE_WORD.matcher(words[0]).matches())) {
      return List.of(SourceCell.of(trimmed));
    }
    List<SourceCell> cells = new ArrayList<>(values.size() + 1);
    cells.add(SourceCell.of(String.join(" ", java.util.Arrays.asList(words).subList(0, end))));
    for (String value : values) {
      cells.add(SourceCell.of(value));
    }
    return cells;
  }

  private static boolean mayEndInValue(char c) {
    return (c >= '0' && c <= '9') || c == '/' || c == '／' || c == '-' || c == '—' || c == '－' || c == '―'
        || c == '–' || c == '无' || c == '無' || c == '元' || c == '%' || c == '％';
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
