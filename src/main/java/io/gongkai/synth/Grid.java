package io.gongkai.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as an HTML-like grid, the structure scripts/truth-to-html.py writes (spec §2–§5): rows of cells with
 * rowspan/colspan, plus explicit {@link GCell#covered} slots where a cell from a row above spans down (tab renderings
 * print an empty cell there, seed 002). A {@code \n} in a cell's text is a line break inside the cell ({@code <br>}).
 */
final class Grid {
  /**
   * @param value whether the cell holds a figure (its text is the truth's raw)
   * @param covered a slot covered by a rowspan from above (not a cell of this row in HTML)
   */
  record GCell(String text, int colspan, int rowspan, boolean value, boolean covered) {
    static GCell label(String text) {
      return new GCell(text, 1, 1, false, false);
    }

    static GCell span(String text, int colspan, int rowspan) {
      return new GCell(text, colspan, rowspan, false, false);
    }

    static GCell ofValue(String raw, int colspan) {
      return new GCell(raw, colspan, 1, true, false);
    }

    static GCell slot() {
      return new GCell("", 1, 1, false, true);
    }
  }

  /** @param header a header row (labels only); {@code block} a table-2 sub-header row */
  record GRow(List<GCell> cells, boolean header, boolean block) {
    GRow {
      cells = List.copyOf(cells);
    }

    List<GCell> printed() {
      return cells.stream().filter(c -> !c.covered()).toList();
    }
  }

  private Grid() {}

  static List<GRow> t2(Sheet sheet, String template, LabelStyle style, boolean spaceInBlockHeader) {
    List<GRow> rows = new ArrayList<>();
    for (Templates.T2Block block : Templates.t2(template)) {
      if (sheet.get("t2." + block.key() + "." + block.rows().get(0).key() + "." + block.cols().get(0)) == null) {
        continue; // BLOCK_MISSING
      }
      String head = "第二十条" + (spaceInBlockHeader ? " " : "") + style.style("第（" + block.numeral() + "）项");
      rows.add(new GRow(List.of(GCell.span(head, 4, 1)), true, true));
      List<GCell> h = new ArrayList<>();
      h.add(GCell.label("信息内容"));
      int n = block.headers().size();
      for (String label : block.headers()) {
        h.add(GCell.span(style.style(label), n == 1 ? 3 : 1, 1));
      }
      if (n == 2) {
        h.add(GCell.label(""));
      }
      rows.add(new GRow(h, true, false));
      for (Templates.T2Row r : block.rows()) {
        List<GCell> cells = new ArrayList<>();
        cells.add(GCell.label(r.label()));
        for (String col : block.cols()) {
          cells.add(GCell.ofValue(sheet.get("t2." + block.key() + "." + r.key() + "." + col).raw, n == 1 ? 3 : 1));
        }
        if (n == 2) {
          cells.add(GCell.label(""));
        }
        rows.add(new GRow(cells, false, false));
      }
    }
    return rows;
  }

  static List<GRow> t3(Sheet sheet, String template, LabelStyle style, boolean splitColumnLabels) {
    List<GRow> rows = new ArrayList<>();
    rows.add(new GRow(List.of(GCell.span(style.style(Templates.T3_NOTE), 3, 3), GCell.span("申请人情况", 7, 1)), true, false));
    rows.add(new GRow(List.of(GCell.slot(), GCell.span("自然人", 1, 2), GCell.span("法人或其他组织", 5, 1),
        GCell.span("总计", 1, 2)), true, false));
    List<GCell> orgs = new ArrayList<>();
    orgs.add(GCell.slot());
    orgs.add(GCell.slot());
    String[] split = {"商业\n企业", "科研\n机构", "社会公\n益组织", "法律服\n务机构", "其他"};
    for (int i = 1; i <= 5; i++) {
      orgs.add(GCell.label(splitColumnLabels ? split[i - 1] : Templates.T3_COL_LABELS.get(i)));
    }
    orgs.add(GCell.slot());
    rows.add(new GRow(orgs, true, false));
    List<Templates.T3Row> t3 = Templates.t3(template);
    int results = (int) t3.stream().filter(r -> r.level() != Templates.Level.TOP).count();
    boolean firstResult = true;
    String group = null;
    for (Templates.T3Row r : t3) {
      List<GCell> cells = new ArrayList<>();
      if (r.level() == Templates.Level.TOP) {
        cells.add(GCell.span(style.t3(r), 3, 1));
      } else {
        cells.add(firstResult ? GCell.span(Templates.T3_RESULTS_GROUP, 1, results) : GCell.slot());
        firstResult = false;
        if (r.level() == Templates.Level.RESULT) {
          cells.add(GCell.span(style.t3(r), 2, 1));
          group = null;
        } else {
          if (!r.group().equals(group)) {
            group = r.group();
            String g = group;
            int size = (int) t3.stream().filter(x -> g.equals(x.group())).count();
            cells.add(GCell.span(style.style(group), 1, size));
          } else {
            cells.add(GCell.slot());
          }
          cells.add(GCell.label(style.t3(r)));
        }
      }
      for (String col : Templates.T3_COLS) {
        cells.add(GCell.ofValue(sheet.t3(r.key(), col).raw, 1));
      }
      rows.add(new GRow(cells, false, false));
    }
    return rows;
  }

  static List<GRow> t4(Sheet sheet, LabelStyle style, boolean splitLabels) {
    List<GRow> rows = new ArrayList<>();
    rows.add(new GRow(List.of(GCell.span("行政复议", 5, 1), GCell.span("行政诉讼", 10, 1)), true, false));
    List<GCell> second = new ArrayList<>();
    String[] broken = {"结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计"};
    for (int i = 0; i < 5; i++) {
      String label = style.t4Part(Templates.T4_PARTS.get(i), Templates.T4_PART_LABELS.get(i));
      second.add(GCell.span(splitLabels && label.equals(Templates.T4_PART_LABELS.get(i)) ? broken[i] : label, 1, 2));
    }
    second.add(GCell.span("未经复议直接起诉", 5, 1));
    second.add(GCell.span("复议后起诉", 5, 1));
    rows.add(new GRow(second, true, false));
    List<GCell> third = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      third.add(GCell.slot());
    }
    for (int k = 0; k < 2; k++) {
      for (int i = 0; i < 5; i++) {
        third.add(GCell.label(Templates.T4_PART_LABELS.get(i)));
      }
    }
    rows.add(new GRow(third, true, false));
    List<GCell> values = new ArrayList<>();
    for (String col : Templates.t4Cols()) {
      values.add(GCell.ofValue(sheet.t4(col).raw, 1));
    }
    rows.add(new GRow(values, false, false));
    return rows;
  }

  static List<GRow> s2014(Sheet sheet, LabelStyle style, boolean spacedHeader) {
    List<GRow> rows = new ArrayList<>();
    rows.add(new GRow(List.of(GCell.label(spacedHeader ? "统 计 指 标" : "统计指标"), GCell.label("单位"),
        GCell.label("统计数")), true, false));
    for (Templates.S14Row r : Templates.S2014_ROWS) {
      rows.add(new GRow(List.of(GCell.label(style.style(r.label())), GCell.label(r.unit()),
          GCell.ofValue(sheet.s14(r.key()).raw, 1)), false, false));
    }
    return rows;
  }
}
