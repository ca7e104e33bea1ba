package io.gongkai.layout;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML report page as rows in reading (document) order.
 *
 * <ul>
 *   <li>Each {@code <tr>} of a table is one row whose cells are its own {@code <td>}/{@code <th>}, in order. A cell's
 *       position is its place in the table grid after rowspan/colspan resolution (the HTML table model): {@code x0}
 *       is its first grid column and {@code x1 = x0 + colspan}. A cell covered by a rowspan from above is not
 *       repeated in later rows, but pushes their cells right, so value cells line up with their header columns.
 *   <li>Text outside tables is one single-cell row, without position, per block element (heading, paragraph,
 *       {@code div}, list item) and per {@code <br>}-separated line.
 *   <li>A table nested in a cell is read in place: the enclosing row is page layout, so its cells become prose rows
 *       around the inner table's rows. A table with a single cell is a layout box and is read as prose too.
 *   <li>Text is whitespace-collapsed (including {@code &nbsp;} and the ideographic space U+3000) and trimmed; a cell
 *       holding only whitespace has raw {@code ""}; prose lines that end up empty are dropped. {@code <br>} and block
 *       edges inside a cell become single spaces. {@code <head>}, {@code <script>}, {@code <style>} and other
 *       non-rendered elements contribute nothing.
 *   <li>{@link SourceRow#line()} is the 1-based ordinal of the row in the result.
 * </ul>
 *
 * <p>Malformed markup is repaired by jsoup's HTML5 parser as a browser would; unparsable spans count as 1, {@code
 * colspan} is clamped to {@value HtmlSlotGrid#MAX_COLSPAN}. Returns an empty list when the page has no text.
 */
public final class HtmlLayout {
  private HtmlLayout() {}

  /**
   * Reads {@code html} into rows; never throws for a non-null string.
   *
   * @throws NullPointerException if {@code html} is null
   */
  public static List<SourceRow> read(String html) {
    requireNonNull(html, "html is null");
    HtmlRowCollector collector = new HtmlRowCollector();
    NodeTraversor.filter(collector, Jsoup.parse(html));
    return collector.rows();
  }

  /**
   * Collapses every run of whitespace (Java whitespace and Unicode space separators, so also U+00A0 and U+3000) to one
   * space and trims; drops invisible format characters (zero-width space and joiners, word joiner, BOM, soft hyphen)
   * that word processors leave in exported HTML.
   */
  static String collapseWhitespace(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    int i = 0;
    while (i < text.length()) {
      int codePoint = Character.codePointAt(text, i);
      i += Character.charCount(codePoint);
      if (isInvisible(codePoint)) {
        continue;
      }
      if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(codePoint);
    }
    return out.toString();
  }

  private static boolean isInvisible(int codePoint) {
    return codePoint == 0x200B
        || codePoint == 0x200C
        || codePoint == 0x200D
        || codePoint == 0x2060
        || codePoint == 0xFEFF
        || codePoint == 0x00AD;
  }
}
