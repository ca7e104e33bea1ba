package io.gongkai.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * One document-order pass over a parsed HTML page that turns it into rows; see {@link HtmlLayout} for the output.
 *
 * <p>The pass is iterative (jsoup's {@code NodeTraversor} walks siblings and parents, not the call stack) and keeps
 * one {@link TableFrame} per open table, so arbitrarily deep markup, including tables nested thousands deep, cannot
 * overflow the stack.
 */
final class HtmlRowCollector implements NodeFilter {
  /** Never rendered as document text. */
  private static final Set<String> SKIPPED =
      Set.of("head", "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math");

  /**
   * Elements that start and end a line of prose (or, inside a table cell, a word). The table elements are here for
   * the stray case, a {@code tr} or {@code td} that is not part of a table being read.
   */
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
      "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
      "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "option",
      "p", "plaintext", "section", "summary", "ul", "xmp", "thead", "tbody", "tfoot", "tr", "td", "th");

  private final List<SourceRow> rows = new ArrayList<>();
  private final Deque<TableFrame> frames = new ArrayDeque<>();
  /** The prose line being assembled (text outside table cells). */
  private final StringBuilder line = new StringBuilder();
  private int preDepth;

  List<SourceRow> rows() {
    flushLine();
    return List.copyOf(rows);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      appendText(text.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    String name = element.normalName();
    if (SKIPPED.contains(name)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    TableFrame frame = frames.peek();
    switch (name) {
      case "br" -> boundary();
      case "table" -> startTable(element);
      case "thead", "tbody", "tfoot" -> {
        if (frame != null && element.parent() == frame.table) {
          flushLine();
          frame.grid.endGroup();
        } else {
          boundary();
        }
      }
      case "tr" -> {
        if (isRowOf(element, frame)) {
          startRow(frame, element);
        } else {
          boundary();
        }
      }
      case "td", "th" -> {
        if (frame != null && frame.row != null && element.parent() == frame.row) {
          startCell(frame, element);
        } else {
          boundary();
        }
      }
      case "pre" -> {
        boundary();
        preDepth++;
      }
      default -> {
        if (BLOCKS.contains(name)) {
          boundary();
        }
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    String name = element.normalName();
    TableFrame frame = frames.peek();
    if (frame != null && element == frame.table) {
      flushLine();
      frames.pop();
    } else if (frame != null && element == frame.cell) {
      endCell(frame);
    } else if (frame != null && element == frame.row) {
      endRow(frame);
    } else if (frame != null && isRowGroupOf(element, frame)) {
      flushLine();
      frame.grid.endGroup();
    } else if (name.equals("pre")) {
      preDepth--;
      boundary();
    } else if (BLOCKS.contains(name)) {
      boundary();
    }
    return FilterResult.CONTINUE;
  }

  private void startTable(Element table) {
    TableFrame outer = frames.peek();
    if (outer != null && outer.openCell != null) {
      // A table inside a data cell makes the enclosing row page layout, not data: its cells so far become prose and
      // the rest of the row is read as flow, so the inner table's rows appear in place and no text is repeated.
      outer.rowIsFlow = true;
      for (PendingCell cell : outer.cells) {
        emitAsProse(cell);
      }
      outer.cells.clear();
      emitAsProse(outer.openCell);
      outer.openCell = null;
    }
    flushLine();
    frames.push(new TableFrame(table, isSingleCell(table)));
  }

  private void emitAsProse(PendingCell cell) {
    for (String segment : cell.segments) {
      line.append(segment);
      flushLine();
    }
    line.append(cell.current);
    flushLine();
  }

  private void startRow(TableFrame frame, Element row) {
    flushLine();
    frame.row = row;
    frame.rowIsFlow = frame.singleCell;
    frame.cells.clear();
  }

  private void startCell(TableFrame frame, Element cell) {
    flushLine();
    int colspan = HtmlSlotGrid.colspan(cell.attr("colspan"));
    int rowspan = HtmlSlotGrid.rowspan(cell.attr("rowspan"));
    int x0 = frame.grid.place(colspan, rowspan);
    frame.cell = cell;
    if (!frame.rowIsFlow) {
      frame.openCell = new PendingCell(x0, x0 + colspan);
    }
  }

  private void endCell(TableFrame frame) {
    if (frame.openCell != null) {
      frame.cells.add(frame.openCell);
      frame.openCell = null;
    } else {
      flushLine();
    }
    frame.cell = null;
  }

  private void endRow(TableFrame frame) {
    flushLine();
    if (!frame.rowIsFlow && !frame.cells.isEmpty()) {
      List<SourceCell> cells = new ArrayList<>(frame.cells.size());
      for (PendingCell cell : frame.cells) {
        cells.add(cell.toSourceCell());
      }
      emit(cells);
    }
    frame.cells.clear();
    frame.grid.endRow();
    frame.row = null;
    frame.rowIsFlow = false;
  }

  private void appendText(String text) {
    TableFrame frame = frames.peek();
    if (frame != null && frame.openCell != null) {
      frame.openCell.current.append(text);
    } else if (preDepth > 0) {
      // Inside <pre> a newline is a line break, which keeps preformatted (pipe or column) reports one row per line.
      int start = 0;
      for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
        line.append(text, start, newline);
        flushLine();
        start = newline + 1;
      }
      line.append(text, start, text.length());
    } else {
      line.append(text);
    }
  }

  /** A {@code <br>} or block edge: a new prose line, or inside a data cell a new segment (a space in the cell). */
  private void boundary() {
    TableFrame frame = frames.peek();
    if (frame != null && frame.openCell != null) {
      frame.openCell.breakSegment();
    } else {
      flushLine();
    }
  }

  private void flushLine() {
    String text = HtmlLayout.collapseWhitespace(line);
    line.setLength(0);
    if (!text.isEmpty()) {
      emit(List.of(SourceCell.of(text)));
    }
  }

  private void emit(List<SourceCell> cells) {
    rows.add(new SourceRow(cells, rows.size() + 1));
  }

  private static boolean isRowOf(Element row, TableFrame frame) {
    if (frame == null || frame.row != null) {
      return false;
    }
    Element parent = row.parent();
    return parent == frame.table || (parent != null && isRowGroupOf(parent, frame));
  }

  private static boolean isRowGroupOf(Element element, TableFrame frame) {
    String name = element.normalName();
    return (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) && element.parent() == frame.table;
  }

  /**
   * A table with exactly one cell is a layout box (a CMS wrapping the whole article, a framed note), never a data
   * table: reading it as flow keeps its paragraphs as separate rows. Looks at children only, not the subtree.
   */
  private static boolean isSingleCell(Element table) {
    int cells = 0;
    for (Element child : table.children()) {
      String name = child.normalName();
      if (name.equals("tr")) {
        cells += countCells(child);
      } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
        for (Element row : child.children()) {
          if (row.normalName().equals("tr")) {
            cells += countCells(row);
          }
        }
      }
      if (cells > 1) {
        return false;
      }
    }
    return cells == 1;
  }

  private static int countCells(Element row) {
    int cells = 0;
    for (Element child : row.children()) {
      String name = child.normalName();
      if (name.equals("td") || name.equals("th")) {
        cells++;
      }
    }
    return cells;
  }

  /** The state of one open table: its slot grid and the row and cell being read. */
  private static final class TableFrame {
    final Element table;
    final boolean singleCell;
    final HtmlSlotGrid grid = new HtmlSlotGrid();
    final List<PendingCell> cells = new ArrayList<>();
    Element row;
    /** The current row is read as prose (layout row or single-cell table) rather than as cells. */
    boolean rowIsFlow;
    Element cell;
    /** The data cell collecting text, or null when the current cell is read as prose. */
    PendingCell openCell;

    TableFrame(Element table, boolean singleCell) {
      this.table = table;
      this.singleCell = singleCell;
    }
  }

  /**
   * A data cell being read. Its text is kept in segments split at {@code <br>} and block edges: joined with spaces
   * they are the cell's raw text, and should the row turn out to be layout, each segment is a prose line.
   */
  private static final class PendingCell {
    final int x0;
    final int x1;
    final List<String> segments = new ArrayList<>();
    final StringBuilder current = new StringBuilder();

    PendingCell(int x0, int x1) {
      this.x0 = x0;
      this.x1 = x1;
    }

    void breakSegment() {
      if (current.length() > 0) {
        segments.add(current.toString());
        current.setLength(0);
      }
    }

    SourceCell toSourceCell() {
      StringBuilder text = new StringBuilder();
      for (String segment : segments) {
        text.append(segment).append(' ');
      }
      text.append(current);
      return new SourceCell(HtmlLayout.collapseWhitespace(text), x0, x1);
    }
  }
}
