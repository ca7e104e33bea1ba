package io.gongkai.synth;

import io.gongkai.synth.Doc.Block;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report laid out as positioned text lines, as a PDF page holds it: pieces of text at x positions, one list per
 * visual line. The same layout serves {@link Layout#PDF_TEXT} (positions in characters, printed with spaces as
 * {@code pdftotext -layout} does) and {@link Layout#PDF} (positions in points, drawn with PDFBox).
 *
 * <p>It reproduces what the real PDF reports show (ha2024, hzq2023, hzq2024): long labels wrapped over lines with the
 * value line between the two halves or after them, the merged 三、本年度办理结果 label printed one character per line,
 * group labels such as （三）不予公开 split over two lines around the middle of their rows, column labels broken
 * ({@code 商业企}/{@code 业}), table 4 as one line of numbers under a broken header, and page numbers.
 */
final class Positioned {
  /** Sizes of one output kind: text (characters) or PDF (points at 10.5 pt). */
  static final class Metrics {
    final boolean pdf;
    final double gap;
    final double unitWide;
    final double unitNarrow;
    final double topX;
    final double resultX;
    final double subX;
    final double group2X;
    final int topWrap;
    final int resultWrap;
    final int subWrap;
    final double[] t3Cols;
    final double[] t2Cols;
    final double[] t4Cols;
    final double s14Unit;
    final double s14Value;
    final int s14Wrap;
    final int proseWrap;

    private Metrics(boolean pdf) {
      this.pdf = pdf;
      if (pdf) {
        gap = 8;
        unitWide = 10.5;
        unitNarrow = 5.6;
        topX = 0;
        resultX = 36;
        subX = 112;
        group2X = 36;
        topWrap = 16;
        resultWrap = 14;
        subWrap = 13;
        t3Cols = new double[] {262, 300, 334, 368, 402, 436, 470};
        t2Cols = new double[] {150, 260, 370};
        t4Cols = new double[15];
        for (int i = 0; i < 15; i++) {
          t4Cols[i] = i * 32;
        }
        s14Unit = 330;
        s14Value = 390;
        s14Wrap = 28;
        proseWrap = 40;
      } else {
        gap = 2;
        unitWide = 1;
        unitNarrow = 1;
        topX = 0;
        resultX = 6;
        subX = 15;
        group2X = 6;
        topWrap = 20;
        resultWrap = 18;
        subWrap = 14;
        t3Cols = new double[] {36, 44, 51, 58, 65, 72, 79};
        t2Cols = new double[] {16, 33, 48};
        t4Cols = new double[] {0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98};
        s14Unit = 44;
        s14Value = 52;
        s14Wrap = 28;
        proseWrap = 31;
      }
    }

    static Metrics text() {
      return new Metrics(false);
    }

    static Metrics pdf() {
      return new Metrics(true);
    }

    double width(String s) {
      double w = 0;
      for (int i = 0; i < s.length(); i++) {
        w += s.charAt(i) < 0x2E80 ? unitNarrow : unitWide;
      }
      return w;
    }
  }

  record Piece(double x, String text) {}

  /** One visual line; {@code footer} marks a page number line. */
  static final class Line {
    final List<Piece> pieces = new ArrayList<>();
    boolean pageEnd;

    List<Piece> sorted() {
      List<Piece> s = new ArrayList<>(pieces);
      s.sort(Comparator.comparingDouble(Piece::x));
      return s;
    }
  }

  private static final Pattern DIGITS_AFTER_HAN = Pattern.compile("(?<=[\\u4e00-\\u9fff，。、（）])(\\d+(?:\\.\\d+)?)");
  private static final Pattern DIGITS_BEFORE_HAN = Pattern.compile("(\\d)(?=[\\u4e00-\\u9fff])");

  private final Metrics m;
  private final Sheet sheet;
  private final String t2Template;
  private final String t3Template;
  private final LabelStyle style;
  private final boolean flattenedT4;
  private final boolean spacedDigits;
  private final Dice dice;
  final List<Line> lines = new ArrayList<>();

  Positioned(Metrics m, Sheet sheet, String t2Template, String t3Template, LabelStyle style, boolean flattenedT4,
      Dice dice) {
    this.m = m;
    this.sheet = sheet;
    this.t2Template = t2Template;
    this.t3Template = t3Template;
    this.style = style;
    this.flattenedT4 = flattenedT4;
    this.dice = dice;
    this.spacedDigits = dice.chance(0.7);
  }

  Positioned layout(Doc doc) {
    for (Block b : doc.blocks()) {
      switch (b.kind()) {
        case TITLE -> title(b.text());
        case HEADING -> text(m.pdf ? 0 : 3, b.text());
        case APPENDIX -> text(0, b.text());
        case PARA -> paragraph(b.text());
        case SIGNATURE -> text(m.pdf ? 300 : 40, b.text());
        case DATE -> text(m.pdf ? 300 : 40, spaced(b.text()));
        case TABLE -> table(b.text());
        default -> text(0, b.text());
      }
    }
    return this;
  }

  /** Marks a page end every {@code perPage} lines (the renderers print a page number there). */
  void paginate(int perPage) {
    for (int i = perPage - 1; i < lines.size(); i += perPage) {
      lines.get(i).pageEnd = true;
    }
  }

  private Line newLine() {
    Line l = new Line();
    lines.add(l);
    return l;
  }

  private void blank() {
    newLine();
  }

  private void text(double x, String s) {
    newLine().pieces.add(new Piece(x, s));
  }

  private String spaced(String s) {
    if (!spacedDigits) {
      return s;
    }
    return DIGITS_BEFORE_HAN.matcher(DIGITS_AFTER_HAN.matcher(s).replaceAll(" $1")).replaceAll("$1 ");
  }

  private void title(String t) {
    int cut = t.indexOf("20");
    if (cut > 0 && dice.chance(0.7)) {
      text(m.pdf ? 150 : 12, t.substring(0, cut));
      text(m.pdf ? 100 : 5, spaced(t.substring(cut)));
    } else {
      text(m.pdf ? 60 : 4, spaced(t));
    }
    blank();
  }

  private void paragraph(String p) {
    String s = spaced(p);
    int wrap = m.proseWrap;
    boolean first = true;
    while (!s.isEmpty()) {
      int n = Math.min(s.length(), first ? wrap - 2 : wrap);
      text(first ? (m.pdf ? 21 : 3) : 0, s.substring(0, n));
      s = s.substring(n);
      first = false;
    }
  }

  private void table(String id) {
    switch (id) {
      case "t2" -> t2();
      case "t3" -> t3();
      case "t4" -> t4();
      default -> s2014();
    }
    blank();
  }

  private List<String> wrap(String s, int width) {
    List<String> parts = new ArrayList<>();
    while (s.length() > width) {
      parts.add(s.substring(0, width));
      s = s.substring(width);
    }
    parts.add(s);
    return parts;
  }

  /** Puts a piece on a line if it does not collide with what is there (keeping the gap), else returns false. */
  private boolean fits(Line line, double x, String text) {
    double x1 = x + m.width(text);
    for (Piece p : line.pieces) {
      double p1 = p.x() + m.width(p.text());
      if (x < p1 + m.gap && p.x() < x1 + m.gap) {
        return false;
      }
    }
    return true;
  }

  private void t2() {
    for (Templates.T2Block block : Templates.t2(t2Template)) {
      if (sheet.get("t2." + block.key() + "." + block.rows().get(0).key() + "." + block.cols().get(0)) == null) {
        continue;
      }
      text(m.pdf ? 140 : 14, "第二十条" + (dice.chance(0.5) ? " " : "") + style.style("第（" + block.numeral() + "）项"));
      blank();
      boolean single = block.cols().size() == 1;
      double[] cols = single ? new double[] {dice.chance(0.5) ? m.t2Cols[0] : m.t2Cols[2]} : m.t2Cols;
      List<String> heads = block.headers();
      boolean twoLine = heads.stream().anyMatch(h -> h.contains("\n"));
      Line h1 = newLine();
      Line h2 = twoLine ? newLine() : null;
      h1.pieces.add(new Piece(m.pdf ? 10 : 7, "信息内容"));
      for (int i = 0; i < heads.size(); i++) {
        String[] parts = style.style(heads.get(i)).split("\n");
        h1.pieces.add(new Piece(cols[i], parts[0]));
        if (parts.length > 1) {
          h2.pieces.add(new Piece(cols[i], parts[1]));
        }
      }
      blank();
      for (Templates.T2Row r : block.rows()) {
        Line l = newLine();
        l.pieces.add(new Piece(0, r.label()));
        for (int i = 0; i < block.cols().size(); i++) {
          String raw = sheet.get("t2." + block.key() + "." + r.key() + "." + block.cols().get(i)).raw;
          if (!raw.isEmpty()) {
            l.pieces.add(new Piece(cols[i], raw));
          }
        }
        if (dice.chance(0.5)) {
          blank();
        }
      }
      blank();
    }
  }

  private void t3Header() {
    double[] c = m.t3Cols;
    String note = style.style(Templates.T3_NOTE);
    int half = note.indexOf(dice.chance(0.5) ? "等于" : "第三项") ;
    text(c[3] - (m.pdf ? 20 : 2), "申请人情况");
    blank();
    Line l1 = newLine();
    l1.pieces.add(new Piece(0, note.substring(0, half)));
    l1.pieces.add(new Piece(c[2], "法人或其他组织"));
    text(0, note.substring(half));
    Line l3 = newLine();
    l3.pieces.add(new Piece(c[0], "自然人"));
    l3.pieces.add(new Piece(c[6], "总计"));
    boolean pdfSplit = m.pdf || dice.chance(0.6);
    String[][] split = dice.chance(0.5)
        ? new String[][] {{"商业企", "业"}, {"科研机", "构"}, {"社会公", "益组织"}, {"法律服", "务机构"}}
        : new String[][] {{"商业", "企业"}, {"科研", "机构"}, {"社会", "公益组织"}, {"法律", "服务机构"}};
    Line top = newLine();
    Line mid = newLine();
    Line bottom = newLine();
    for (int i = 0; i < 4; i++) {
      if (pdfSplit) {
        top.pieces.add(new Piece(c[i + 1], split[i][0]));
        bottom.pieces.add(new Piece(c[i + 1], split[i][1]));
      } else {
        top.pieces.add(new Piece(c[i + 1], Templates.T3_COL_LABELS.get(i + 1)));
      }
    }
    mid.pieces.add(new Piece(c[5], "其他"));
    blank();
  }

  private void t3() {
    t3Header();
    double[] c = m.t3Cols;
    boolean blanksBetween = dice.chance(0.6);
    int verticalStyle = dice.weighted(6, 3, 1);
    List<Templates.T3Row> rows = Templates.t3(t3Template);
    int resultsStart = -1;
    int resultsEnd = -1;
    List<int[]> groupSpans = new ArrayList<>();
    List<String> groupNames = new ArrayList<>();
    String group = null;
    for (Templates.T3Row r : rows) {
      if (r.level() != Templates.Level.TOP && resultsStart < 0) {
        resultsStart = lines.size();
      }
      int rowStart = lines.size();
      if (r.level() == Templates.Level.SUB && !r.group().equals(group)) {
        group = r.group();
        groupSpans.add(new int[] {rowStart, rowStart});
        groupNames.add(style.style(group));
      } else if (r.level() != Templates.Level.SUB) {
        group = null;
      }
      double x = r.level() == Templates.Level.TOP ? m.topX : r.level() == Templates.Level.RESULT ? m.resultX : m.subX;
      int width = r.level() == Templates.Level.TOP ? m.topWrap : r.level() == Templates.Level.RESULT ? m.resultWrap
          : m.subWrap;
      List<String> parts = wrap(style.t3(r), width);
      List<Piece> values = new ArrayList<>();
      for (int k = 0; k < 7; k++) {
        String raw = sheet.t3(r.key(), Templates.T3_COLS.get(k)).raw;
        if (!raw.isEmpty()) {
          values.add(new Piece(c[k], raw));
        }
      }
      if (parts.size() == 1) {
        Line l = newLine();
        l.pieces.add(new Piece(x, parts.get(0)));
        l.pieces.addAll(values);
      } else {
        // Values on the middle label line, between the two halves (ha2024), or after the label (hzq2023).
        int where = parts.size() >= 3 ? 1 : dice.weighted(3, 3, 2);
        for (int i = 0; i < parts.size(); i++) {
          if (parts.size() == 2 && where == 1 && i == 1) {
            newLine().pieces.addAll(values);
          }
          Line l = newLine();
          l.pieces.add(new Piece(x, parts.get(i)));
          if ((parts.size() >= 3 && i == 1) || (parts.size() == 2 && where == 0 && i == 0)) {
            l.pieces.addAll(values);
          }
        }
        if (parts.size() == 2 && where == 2) {
          newLine().pieces.addAll(values);
        }
      }
      if (r.level() == Templates.Level.SUB) {
        groupSpans.get(groupSpans.size() - 1)[1] = lines.size() - 1;
      }
      if (r.key().equals("result_total")) {
        resultsEnd = lines.size() - 1;
      }
      if (blanksBetween) {
        blank();
      }
    }
    for (int g = 0; g < groupSpans.size(); g++) {
      placeGroup(groupNames.get(g), groupSpans.get(g));
    }
    placeResultsGroup(resultsStart, resultsEnd, verticalStyle);
  }

  /** （三）不予公开 at the middle of its rows, whole or split in two (（三）不 / 予公开). */
  private void placeGroup(String name, int[] span) {
    int mid = (span[0] + span[1]) / 2;
    if (m.width(name) + m.group2X + m.gap <= m.subX && dice.chance(0.5)) {
      put(mid, m.group2X, name);
      return;
    }
    int cut = name.length() / 2 + 1;
    put(Math.max(span[0], mid - 1), m.group2X, name.substring(0, cut));
    put(Math.min(span[1], mid + 1), m.group2X, name.substring(cut));
  }

  /** 三、本年度办理结果 one character per line down the results rows, or spaced out on one line (hzq2023). */
  private void placeResultsGroup(int start, int end, int verticalStyle) {
    String label = Templates.T3_RESULTS_GROUP;
    if (verticalStyle == 2) {
      insertLine(start + 4, 1, "三 、本 年 度办 理 结果");
      return;
    }
    List<String> chars = new ArrayList<>();
    chars.add("三、");
    for (int i = 2; i < label.length(); i++) {
      chars.add(label.substring(i, i + 1));
    }
    int span = end - start + 1;
    for (int i = 0; i < chars.size(); i++) {
      int at = start + (int) Math.round((i + 0.5) * span / chars.size());
      if (verticalStyle == 1) {
        insertLine(at, 0, chars.get(i));
      } else {
        put(Math.min(at, lines.size() - 1), 0, chars.get(i));
      }
    }
  }

  private void put(int index, double x, String text) {
    Line l = lines.get(index);
    if (fits(l, x, text)) {
      l.pieces.add(new Piece(x, text));
    } else {
      insertLine(index, x, text);
    }
  }

  private void insertLine(int index, double x, String text) {
    Line l = new Line();
    l.pieces.add(new Piece(x, text));
    lines.add(Math.min(index, lines.size()), l);
  }

  private void t4() {
    double[] c = m.t4Cols;
    List<String> cols = Templates.t4Cols();
    if (flattenedT4) {
      // ha2024: the header comes out broken, and the values as one line of 15 numbers that do not line up with it.
      text(0, "行政复议" + " ".repeat(m.pdf ? 1 : 26) + "行政诉讼");
      blank();
      text(m.pdf ? 150 : 30, "未经复议直接起诉" + (m.pdf ? "" : " ".repeat(30)) + "复议后起诉");
      blank();
      text(0, "结果   结果    其他结    尚未");
      text(m.pdf ? 100 : 24, "总计");
      text(0, "维持   纠正    果      审结");
      blank();
      StringBuilder sb = new StringBuilder();
      for (String col : cols) {
        if (sb.length() > 0) {
          sb.append(" ".repeat(dice.between(2, 5)));
        }
        sb.append(sheet.t4(col).raw);
      }
      if (m.pdf) {
        Line l = newLine();
        double x = 0;
        for (String col : cols) {
          String raw = sheet.t4(col).raw;
          l.pieces.add(new Piece(x, raw));
          x += m.width(raw) + dice.between(10, 24);
        }
      } else {
        text(0, sb.toString());
      }
      return;
    }
    Line top = newLine();
    top.pieces.add(new Piece(c[0], "行政复议"));
    top.pieces.add(new Piece(c[5], "行政诉讼"));
    Line second = newLine();
    second.pieces.add(new Piece(c[5], "未经复议直接起诉"));
    second.pieces.add(new Piece(c[10], "复议后起诉"));
    Line a = newLine();
    Line b = newLine();
    for (int i = 0; i < 15; i++) {
      String label = i < 5 ? style.t4Part(Templates.T4_PARTS.get(i), Templates.T4_PART_LABELS.get(i))
          : Templates.T4_PART_LABELS.get(i % 5);
      if (label.length() >= 4 && (m.pdf || dice.chance(0.5))) {
        a.pieces.add(new Piece(c[i], label.substring(0, 2)));
        b.pieces.add(new Piece(c[i], label.substring(2)));
      } else {
        a.pieces.add(new Piece(c[i], label));
      }
    }
    blank();
    Line v = newLine();
    for (int i = 0; i < 15; i++) {
      String raw = sheet.t4(cols.get(i)).raw;
      if (!raw.isEmpty()) {
        v.pieces.add(new Piece(c[i], raw));
      }
    }
  }

  private void s2014() {
    text(m.pdf ? 150 : 14, "政府信息公开情况统计表");
    blank();
    Line h = newLine();
    h.pieces.add(new Piece(m.pdf ? 100 : 10, "统计指标"));
    h.pieces.add(new Piece(m.s14Unit, "单位"));
    h.pieces.add(new Piece(m.s14Value, "统计数"));
    for (Templates.S14Row r : Templates.S2014_ROWS) {
      List<String> parts = wrap(style.style(r.label()), m.s14Wrap);
      for (int i = 0; i < parts.size(); i++) {
        Line l = newLine();
        l.pieces.add(new Piece(0, parts.get(i)));
        if (i == 0) {
          l.pieces.add(new Piece(m.s14Unit, r.unit()));
          String raw = sheet.s14(r.key()).raw;
          if (!raw.isEmpty()) {
            l.pieces.add(new Piece(m.s14Value, raw));
          }
        }
      }
    }
  }

  /** The lines as {@code pdftotext -layout} prints them, with page numbers at the page ends. */
  String toText(boolean dashedPageNumbers) {
    StringBuilder sb = new StringBuilder();
    int page = 1;
    for (Line l : lines) {
      StringBuilder row = new StringBuilder();
      for (Piece p : l.sorted()) {
        int x = (int) Math.round(p.x());
        if (row.length() > 0 && row.length() + 2 > x) {
          row.append("  ");
        } else {
          while (row.length() < x) {
            row.append(' ');
          }
        }
        row.append(p.text());
      }
      sb.append(row).append('\n');
      if (l.pageEnd) {
        String number = dashedPageNumbers ? "- " + page + " -" : "-" + page + "-";
        sb.append('\n').append(" ".repeat(page % 2 == 0 ? 6 : 42)).append(number).append('\n');
        page++;
      }
    }
    return sb.toString();
  }
}
