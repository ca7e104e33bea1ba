package io.gongkai.synth;

import io.gongkai.synth.Doc.Block;
import io.gongkai.synth.Grid.GCell;
import io.gongkai.synth.Grid.GRow;
import java.util.List;
import java.util.Set;

/**
 * The plain-text renderings copied from web pages: {@link Layout#PIPE} (seed 000), {@link Layout#TAB} (seed 002),
 * {@link Layout#BLANK_LINE} (seed 003) and {@link Layout#OCR_TAB} (seed 001).
 */
final class TextRenderer {
  private static final String NBSP = "\u00a0";
  /** A figure a plain line can print after its label: what the parser's layout reads as a value word. */
  private static final java.util.regex.Pattern PLAIN_VALUE =
      java.util.regex.Pattern.compile("[-+]?\\d[\\d,]*(?:\\.\\d+)?(?:%|元|万元|亿元)?|/|—|无");
  private static final java.util.regex.Pattern SECTION_TITLE = java.util.regex.Pattern.compile("^[一二三四五六七八]、");

  private final Layout layout;
  private final Sheet sheet;
  private final String t2Template;
  private final String t3Template;
  private final LabelStyle style;
  private final Dice dice;
  private final StringBuilder out = new StringBuilder();

  TextRenderer(Layout layout, Sheet sheet, String t2Template, String t3Template, LabelStyle style, Dice dice) {
    this.layout = layout;
    this.sheet = sheet;
    this.t2Template = t2Template;
    this.t3Template = t3Template;
    this.style = style;
    this.dice = dice;
  }

  String render(Doc doc) {
    for (Block b : doc.blocks()) {
      switch (b.kind()) {
        case TABLE -> table(b.text());
        case TITLE -> title(b.text());
        case SIGNATURE, DATE -> prose((layout == Layout.BLANK_LINE ? NBSP.repeat(22) : layout == Layout.TAB
            && b.kind() == Doc.Kind.DATE ? " ".repeat(26) : "") + b.text());
        case META -> prose(layout == Layout.BLANK_LINE ? b.text().replace("　", NBSP.repeat(5)) : b.text());
        case PARA -> prose((layout == Layout.OCR_TAB && b.text().startsWith("（") ? "- " : "")
            + (layout == Layout.TAB && dice.chance(0.4) ? "   " : "") + b.text());
        default -> prose(b.text());
      }
    }
    return out.toString();
  }

  private void title(String title) {
    if (layout == Layout.TAB && dice.chance(0.5) && title.endsWith("年度报告")) {
      // Seed 002: the title broken before its last words.
      line(title.substring(0, title.length() - 4));
      line("");
      line("年度报告");
      line("");
      return;
    }
    prose(title);
  }

  private void prose(String text) {
    if (layout == Layout.MARKDOWN && SECTION_TITLE.matcher(text).find()) {
      text = "### " + text; // converters turn the section titles into headings
    }
    line(text);
    if (layout != Layout.PIPE && layout != Layout.CRAWLED_PIPE) {
      line("");
    }
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private void table(String id) {
    List<GRow> rows = switch (id) {
      case "t2" -> Grid.t2(sheet, t2Template, style, false);
      case "t3" -> Grid.t3(sheet, t3Template, style, layout == Layout.BLANK_LINE && dice.chance(0.7));
      case "t4" -> Grid.t4(sheet, style, layout == Layout.BLANK_LINE && dice.chance(0.7));
      default -> Grid.s2014(sheet, style, dice.chance(0.5));
    };
    switch (layout) {
      case PIPE -> pipe(rows, id);
      case TAB -> tab(rows);
      case BLANK_LINE -> blankLine(rows, id);
      case CRAWLED_PIPE -> crawledPipe(rows);
      case MARKDOWN -> markdown(rows, id);
      default -> ocr(rows, id);
    }
  }

  private void pipe(List<GRow> rows, String id) {
    // Seed 000 pads each row with pipes for its missing cells: header rows up to the table's width (5 for
    // table 2, 10 for table 3, 15 for table 4), data rows with one or two.
    int width = id.equals("t4") ? 15 : id.equals("t3") ? 10 : 5;
    if (id.equals("s2014")) {
      line("|");
    }
    boolean firstPartOnly = dice.chance(0.5);
    for (int i = 0; i < rows.size(); i++) {
      GRow row = rows.get(i);
      int printed = 0;
      for (GCell c : row.printed()) {
        if (!c.value() && c.text().isEmpty()) {
          continue; // the blank filler cell of two-column table-2 rows goes into the padding (seed 000: ||)
        }
        printed++;
        String text = c.text().contains("\n") && firstPartOnly && row.header()
            ? c.text().substring(0, c.text().indexOf('\n')) // seed 000: 本年新 | 本年新 |
            : c.text().replace("\n", "");
        line(text.isEmpty() ? "|" : text + " |");
      }
      if (id.equals("s2014")) {
        line("|");
      } else if (i < rows.size() - 1) {
        line("|".repeat(row.header() ? Math.max(1, width - printed) : Math.max(1, Math.min(2, width - printed))));
      }
    }
  }

  /** A lone pipe before every cell the HTML has (covered slots are none); a cell's line breaks stay line breaks. */
  private void crawledPipe(List<GRow> rows) {
    for (GRow row : rows) {
      for (GCell c : row.printed()) {
        line("|");
        if (!c.text().isEmpty()) {
          for (String part : c.text().split("\n")) {
            line(part);
          }
        }
      }
    }
    line("|");
  }

  /**
   * One Markdown table: every row as wide as the table (a merged cell printed in its first slot, the slots it covers
   * blank), a delimiter row under the first row, as PDF-to-Markdown converters write them.
   */
  private void markdown(List<GRow> rows, String id) {
    if (id.equals("t3") && dice.chance(0.5)) {
      markdownSplitT3(rows);
      return;
    }
    if (id.equals("t4") && dice.chance(0.5)) {
      markdownSplitT4(rows);
      return;
    }
    if (id.equals("t2") && plainLineValues(rows) && dice.chance(0.5)) {
      markdownPlainT2(rows);
      return;
    }
    if (id.equals("t4") && dice.chance(0.4)) {
      markdownOneRowT4(rows);
      return;
    }
    int width = 0;
    for (GRow row : rows) {
      int w = 0;
      for (GCell c : row.cells()) {
        w += c.covered() ? 1 : c.colspan();
      }
      width = Math.max(width, w);
    }
    line("");
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder sb = new StringBuilder("|");
      int cols = 0;
      for (GCell c : rows.get(r).cells()) {
        sb.append(' ').append(c.covered() ? "" : c.text().replace("\n", "")).append(" |");
        cols++;
        for (int k = 1; !c.covered() && k < c.colspan(); k++, cols++) {
          sb.append("  |");
        }
      }
      for (; cols < width; cols++) {
        sb.append("  |");
      }
      line(sb.toString());
      if (r == 0) {
        line("|" + " --- |".repeat(width));
      }
    }
    line("");
  }

  /**
   * Table 3 as some converters write it: one small table per row group, each under generic headers (类别, 数据1 … 数据6,
   * 总计) that stand for the seven applicant columns, 三、本年度办理结果 as a heading, and a group's label (（三）不予公开)
   * either spilled as a loose line before its table or glued to its first row's label.
   */
  private void markdownSplitT3(List<GRow> rows) {
    boolean spill = dice.chance(0.5);
    boolean open = false;
    for (GRow row : rows) {
      if (row.header()) {
        continue;
      }
      StringBuilder label = new StringBuilder();
      List<String> values = new java.util.ArrayList<>();
      boolean groupStart = false;
      String spilled = null;
      for (GCell c : row.cells()) {
        if (c.covered()) {
          continue;
        }
        if (c.value()) {
          values.add(c.text());
        } else if (c.text().equals(Templates.T3_RESULTS_GROUP)) {
          line("");
          if (dice.chance(0.5)) {
            line("### " + c.text());
          } else {
            spillBroken(c.text());
          }
          open = false;
        } else if (c.rowspan() > 1) {
          groupStart = true;
          if (spill) {
            spilled = c.text().replace("\n", "");
          } else {
            label.append(c.text().replace("\n", "")).append(' ');
          }
        } else {
          String text = c.text().replace("\n", "");
          // Converters cut long labels at the cell's width (…行政机关不再处理其政府信息公).
          label.append(text.length() > 24 && dice.chance(0.3) ? text.substring(0, text.length() - dice.between(2, 6)) : text);
        }
      }
      if (groupStart || !open) {
        line("");
        if (spilled != null) {
          spillBroken(spilled);
        }
        line("| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |");
        line("|---|---|---|---|---|---|---|---|");
        open = true;
      }
      line("| " + label.toString().trim() + " | " + String.join(" | ", values) + " |");
    }
    line("");
  }

  /** A merged label spilled as a loose line, half the time broken over two lines mid-word (三、本年度办 / 理结果). */
  private void spillBroken(String label) {
    if (label.length() >= 4 && dice.chance(0.5)) {
      int at = dice.between(2, label.length() - 2);
      line(label.substring(0, at));
      line(label.substring(at));
    } else {
      line(label);
    }
    line("");
  }

  /**
   * Whether every figure of table 2 can be printed as a plain line ({@code 行政许可 97}) and still be told from its
   * label: a blank cell or a text cell (详见附表) printed so would merge into the label, so such tables stay tables.
   */
  private static boolean plainLineValues(List<GRow> rows) {
    for (GRow row : rows) {
      for (GCell c : row.cells()) {
        if (c.value() && !PLAIN_VALUE.matcher(c.text()).matches()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Table 2 as some converters write it: each block as plain lines outside any table (第二十条第（五）项, the header
   * words, then {@code 行政许可 97}), half the time with the blocks out of order.
   */
  private void markdownPlainT2(List<GRow> rows) {
    List<List<GRow>> blocks = new java.util.ArrayList<>();
    for (GRow row : rows) {
      if (row.block()) {
        blocks.add(new java.util.ArrayList<>());
      }
      blocks.get(blocks.size() - 1).add(row);
    }
    if (blocks.size() > 1 && dice.chance(0.5)) {
      java.util.Collections.rotate(blocks, dice.between(1, blocks.size() - 1));
    }
    for (List<GRow> block : blocks) {
      line("");
      for (GRow row : block) {
        StringBuilder sb = new StringBuilder();
        for (GCell c : row.printed()) {
          String text = c.text().replace("\n", "");
          if (!text.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append(text);
          }
        }
        line(sb.toString());
      }
    }
    line("");
  }

  /** Table 4 as one header row (行政复议, 行政诉讼) and one row of its fifteen values. */
  private void markdownOneRowT4(List<GRow> rows) {
    List<GCell> values = rows.get(rows.size() - 1).cells();
    line("");
    line("| 行政复议 |  |  |  |  | 行政诉讼 |" + "  |".repeat(9));
    line("|" + "---|".repeat(15));
    StringBuilder sb = new StringBuilder("|");
    for (GCell c : values) {
      sb.append(' ').append(c.text()).append(" |");
    }
    line(sb.toString());
    line("");
  }

  /** Table 4 as three five-column tables: 行政复议, then each kind of 行政诉讼, each with its own header. */
  private void markdownSplitT4(List<GRow> rows) {
    List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      parts.add(rows.get(1).cells().get(i).text().replace("\n", ""));
    }
    List<GCell> values = rows.get(rows.size() - 1).cells();
    String[] titles = {"行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉"};
    for (int t = 0; t < 3; t++) {
      line("");
      line("| " + titles[t] + " | | | | |");
      line("|---|---|---|---|---|");
      line("| " + String.join(" | ", parts) + " |");
      StringBuilder sb = new StringBuilder("|");
      for (int i = 0; i < 5; i++) {
        sb.append(' ').append(values.get(t * 5 + i).text()).append(" |");
      }
      line(sb.toString());
    }
    line("");
  }

  private void tab(List<GRow> rows) {
    boolean quirks = dice.chance(0.3);
    for (GRow row : rows) {
      if (quirks && !row.header() && dice.chance(0.06)) {
        line(NBSP); // seed 002: page-break leftovers before 8.属于行政查询事项
        line("\t" + NBSP);
        line("\t" + NBSP);
      }
      for (int i = 0; i < row.cells().size(); i++) {
        GCell c = row.cells().get(i);
        line("\t" + c.text());
      }
      line("");
      if (quirks && dice.chance(0.05)) {
        line("");
      }
    }
    line("");
  }

  private void blankLine(List<GRow> rows, String id) {
    for (int r = 0; r < rows.size(); r++) {
      GRow row = rows.get(r);
      boolean groupStart = !row.header() && row.cells().size() > 1 && row.cells().stream().anyMatch(c -> c.rowspan() > 1);
      if (groupStart && id.equals("t3")) {
        for (int k = dice.between(1, 3); k > 0; k--) {
          cellLine(NBSP);
        }
      }
      for (GCell c : row.printed()) {
        if (row.header() && !row.block() && dice.chance(0.35)) {
          cellLine(NBSP);
        }
        if (c.text().isEmpty()) {
          cellLine(NBSP);
          continue;
        }
        for (String part : c.text().split("\n")) {
          cellLine(part);
        }
      }
      if (id.equals("t3") && r == 4 && dice.chance(0.5)) {
        for (int k = 0; k < 14; k++) {
          cellLine(NBSP); // seed 003: fourteen spacer lines after 二、上年结转
        }
      }
    }
    cellLine(NBSP);
  }

  private void cellLine(String s) {
    line(s);
    line("");
  }

  private void ocr(List<GRow> rows, String id) {
    int width = id.equals("t4") ? 15 : id.equals("s2014") ? 3 : 10;
    if (id.equals("t3")) {
      line("(+==\t\t· · · · · · · · · · · · · · · · · · ·\t\t_,,,\t1 113\t申请人\t♪= ハロ\t\t");
      line("(本夕\t刊数据的勾稽:\t\t\t\t\t\t\t\t");
      line("加第二\t二项之和,等 -\t自 法人或其他组织 然\t\t\t\t\t\t总计\t");
      line("\t项之\t人\t 商 业\t科研\t社会公益\t法律 服务\t其他\t-\t");
      line("\t\t\t\t企 业\t机 构\t组织\t机构\t\t");
    }
    for (GRow row : rows) {
      if (id.equals("t3") && row.header()) {
        continue;
      }
      if (id.equals("t4") && !row.header() && row.cells().stream().allMatch(c -> c.text().isEmpty())) {
        continue; // seed 001: the value row of table 4 is missing from the OCR text
      }
      StringBuilder sb = new StringBuilder();
      int cols = 0;
      for (GCell c : row.cells()) {
        if (cols > 0) {
          sb.append('\t');
        }
        String text = c.text().replace("\n", "");
        if (!c.value() && !c.covered() && text.length() > 6 && dice.chance(0.25)) {
          int at = dice.between(2, text.length() - 2);
          text = text.substring(0, at) + (dice.chance(0.5) ? " " : "\t") + text.substring(at);
        }
        sb.append(text);
        cols += c.covered() ? 1 : c.colspan();
      }
      for (; cols < width; cols++) {
        sb.append('\t');
      }
      line(sb.toString());
    }
    line("");
  }
}
