package io.gongkai.template;

import io.gongkai.layout.SourceCell;
import io.gongkai.layout.SourceRow;
import io.gongkai.report.Cell;
import io.gongkai.report.CellKey;
import io.gongkai.report.TableId;
import io.gongkai.report.Template;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the statistical tables of one report in its rendering rows and reads them into keyed cells. Each table is
 * located by its section (spec §1) or, failing that, by its anchors; its template is detected on its own (spec §0.5),
 * and values go to rows by label anchors and row order, never by counting numbers.
 */
public final class TableReader {
  private static final List<String> T2021_TABLE2_MARKERS =
      List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额");
  private static final List<String> T2019_TABLE2_MARKERS =
      List.of("本年新制作数量", "对外公开总数量", "上一年项目数量", "本年增/减", "第二十条第(九)项", "采购总金额");
  private static final List<String> T2021_TABLE3_MARKERS = List.of("逾期不补正", "缴纳费用", "收费通知");

  private final TemplateCatalog catalog = TemplateCatalog.get();
  private final List<Cell> cells = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<CellKey> unprinted = new ArrayList<>();
  /** Whether a table 3 was printed (its variant may still be unknown). */
  private boolean table3Printed;
  private final Map<TableId, int[]> spans = new EnumMap<>(TableId.class);

  private TableReader() {}

  public static ReportTables read(List<SourceRow> rows) {
    return new TableReader().readAll(rows);
  }

  private ReportTables readAll(List<SourceRow> rows) {
    Map<Section, Integer> titles = sectionTitles(rows);
    Template s2014 = readS2014(rows);
    if (s2014 != null) {
      return new ReportTables(Template.S2014, Template.S2014, cells, findings, spans(), unprinted);
    }
    Template t2 = readTable2(region(rows, titles, Section.S2_ACTIVE_DISCLOSURE, "第二十条"));
    boolean t2Flagged = findings.stream().anyMatch(f -> f.flag() == ReportFlag.TABLE_NOT_FOUND);
    List<SourceRow> t3Region = region(rows, titles, Section.S3_REQUESTS, "本年新收");
    // A table 3 whose rows run to the end of the text was cut off there (a page or a crawl that stopped): its last
    // row may be incomplete.
    boolean t3RunsToEnd = !t3Region.isEmpty() && t3Region.get(t3Region.size() - 1) == rows.get(rows.size() - 1);
    Template t3 = readTable3(t3Region, t3RunsToEnd);
    boolean t4 = readTable4(region(rows, titles, Section.S4_REVIEW_LITIGATION, null));
    // A report with T2019/T2021 tables that leaves one out: the flag says so, and the table's cells are absent (not
    // EMPTY). A report without any table (a narrative report before 2014) is not flagged.
    if (t2 != null || t2Flagged || table3Printed || t4) {
      if (t2 == null && !t2Flagged) {
        findings.add(new Finding(ReportFlag.TABLE_NOT_FOUND, "t2"));
      }
      if (!table3Printed) {
        findings.add(new Finding(ReportFlag.TABLE_NOT_FOUND, "t3"));
        for (RowSpec spec : sharedTable3Rows()) {
          unprintedRow(spec.key());
        }
      }
      if (!t4) {
        findings.add(new Finding(ReportFlag.TABLE_NOT_FOUND, "t4"));
        for (String key : catalog.table4Columns()) {
          unprinted.add(new CellKey(TableId.T4, catalog.table4Block(key), null, key));
        }
      }
    }
    return new ReportTables(t2, t3, cells, findings, spans(), unprinted);
  }

  /** The table-3 rows T2019 and T2021 share: all but （六）其他处理's. */
  private List<RowSpec> sharedTable3Rows() {
    java.util.Set<String> t2021 = new java.util.HashSet<>();
    for (RowSpec spec : catalog.table3Rows(Template.T2021)) {
      t2021.add(spec.key());
    }
    return catalog.table3Rows(Template.T2019).stream().filter(spec -> t2021.contains(spec.key())).toList();
  }

  private void unprintedRow(String rowKey) {
    for (ColumnSpec column : catalog.table3Columns()) {
      unprinted.add(new CellKey(TableId.T3, null, rowKey, column.key()));
    }
  }

  private List<LineSpan> spans() {
    List<LineSpan> list = new ArrayList<>();
    spans.forEach((table, span) -> list.add(new LineSpan(table, span[0], span[1])));
    return list;
  }

  /** Widens the table's source-line span to include a line it was read from (prose is what lies outside). */
  private void span(TableId table, int line) {
    if (line <= 0) {
      return;
    }
    int[] span = spans.computeIfAbsent(table, t -> new int[] {line, line});
    span[0] = Math.min(span[0], line);
    span[1] = Math.max(span[1], line);
  }

  // ---------------------------------------------------------------- sections

  private static Map<Section, Integer> sectionTitles(List<SourceRow> rows) {
    Map<Section, Integer> titles = new EnumMap<>(Section.class);
    for (int i = 0; i < rows.size(); i++) {
      String raw = rows.get(i).text();
      if (!Section.mayBeTitle(raw)) {
        continue;
      }
      String text = LabelText.normalize(raw);
      for (Section section : Section.values()) {
        if (!titles.containsKey(section) && section.isTitle(text)) {
          titles.put(section, i);
          break;
        }
      }
    }
    return titles;
  }

  /**
   * The rows of a section, from its title to the next title; without a title, from the first row holding {@code
   * fallbackAnchor} to the next title.
   */
  private static List<SourceRow> region(
      List<SourceRow> rows, Map<Section, Integer> titles, Section section, String fallbackAnchor) {
    Integer start = titles.get(section);
    if (start == null && fallbackAnchor != null) {
      for (int i = 0; i < rows.size(); i++) {
        if (LabelText.normalize(rows.get(i).text()).contains(fallbackAnchor)) {
          start = i;
          break;
        }
      }
    }
    if (start == null) {
      return List.of();
    }
    int end = rows.size();
    for (int index : titles.values()) {
      if (index > start && index < end) {
        end = index;
      }
    }
    return rows.subList(start + (titles.get(section) == null ? 0 : 1), end);
  }

  private static String regionText(List<LabeledRow> rows) {
    StringBuilder sb = new StringBuilder();
    for (LabeledRow row : rows) {
      sb.append(row.joinedLabel());
    }
    return sb.toString();
  }

  private static boolean containsAny(String text, List<String> markers) {
    for (String marker : markers) {
      if (text.contains(LabelText.normalize(marker))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- table 2

  private Template readTable2(List<SourceRow> region) {
    List<LabeledRow> rows = RowAssembler.assemble(region);
    String text = regionText(rows);
    if (!text.contains("第二十条")) {
      return null;
    }
    Template template;
    if (containsAny(text, T2021_TABLE2_MARKERS)) {
      template = Template.T2021;
    } else if (containsAny(text, T2019_TABLE2_MARKERS)) {
      template = Template.T2019;
    } else {
      findings.add(new Finding(ReportFlag.TABLE_NOT_FOUND, "t2"));
      return null;
    }
    List<BlockSpec> blocks = catalog.table2Blocks(template);
    Map<String, Map<String, LabeledRow>> found = new LinkedHashMap<>();
    Map<String, float[]> headerCentres = new LinkedHashMap<>();
    BlockSpec block = null;
    for (LabeledRow row : rows) {
      List<SourceCell> labels = row.labels();
      int from = 0;
      for (int i = 0; i < labels.size(); i++) {
        String label = LabelText.normalize(labels.get(i).raw());
        BlockSpec header = blockOf(blocks, label);
        int width = 1;
        if (header == null && i + 1 < labels.size() && label.startsWith("第二十条")) {
          // OCR splits the sub-header over two cells: 第二十条第 | (一)项, 第二十条 | 第(六)项
          header = blockOf(blocks, label + LabelText.normalize(labels.get(i + 1).raw()));
          width = 2;
        }
        if (header != null) {
          if (block != null) {
            // Labels before the next sub-header name rows of this block printed with blank cells only.
            addBlankRows(block, labels.subList(from, i), found.get(block.key()), row.line());
          }
          block = header;
          from = i + width;
          i += width - 1;
          found.computeIfAbsent(block.key(), k -> new LinkedHashMap<>());
        } else if (block != null && label.equals("信息内容")) {
          float[] centres = labelCentres(labels, i + 1, block.columns().size());
          if (centres != null) {
            headerCentres.putIfAbsent(block.key(), centres);
          }
        }
      }
      if (block == null || from >= labels.size()) {
        continue;
      }
      Map<String, LabeledRow> blockRows = found.get(block.key());
      if (row.values().isEmpty()) {
        addBlankRows(block, labels.subList(from, labels.size()), blockRows, row.line());
        continue;
      }
      // As in table 3, the values belong to the row named last; labels before it name rows printed blank.
      for (int k = labels.size() - 1; k >= from; k--) {
        LabeledRow own = row.withLabels(labels.subList(k, labels.size()));
        RowSpec match = null;
        // Normalised once per label run, not once per template row tried (issue 19's profile).
        String joined = own.joinedLabel();
        String ownLabel = own.ownLabel();
        for (RowSpec spec : block.rows()) {
          if (!blockRows.containsKey(spec.key()) && spec.anchor().matches(joined, ownLabel)) {
            match = spec;
            break;
          }
        }
        if (match != null) {
          addBlankRows(block, labels.subList(from, k), blockRows, row.line());
          blockRows.put(match.key(), own);
          break;
        }
      }
    }
    for (BlockSpec spec : blocks) {
      Map<String, LabeledRow> blockRows = found.get(spec.key());
      if (blockRows == null) {
        findings.add(new Finding(ReportFlag.BLOCK_MISSING, spec.key()));
        continue;
      }
      for (RowSpec rowSpec : spec.rows()) {
        LabeledRow row = blockRows.get(rowSpec.key());
        if (row == null) {
          findings.add(new Finding(ReportFlag.ROW_NOT_FOUND, "t2." + spec.key() + "." + rowSpec.key()));
          continue;
        }
        List<List<SourceCell>> blockValues = blockRows.values().stream().map(LabeledRow::values).toList();
        float[] centres = ColumnAssignment.centres(blockValues, spec.columns().size());
        if (centres == null) {
          centres = headerCentres.get(spec.key());
        }
        if (centres == null) {
          centres = ColumnAssignment.clusteredCentres(blockValues, spec.columns().size());
        }
        addRow(TableId.T2, spec.key(), rowSpec.key(), spec.columns(), row, centres);
      }
    }
    return template;
  }

  /** Each label cell that names a not yet found row of the block is that row, printed without values (all blank). */
  private static void addBlankRows(BlockSpec block, List<SourceCell> labels, Map<String, LabeledRow> found, int line) {
    for (SourceCell label : labels) {
      LabeledRow blank = new LabeledRow(List.of(label), List.of(), line);
      String joined = blank.joinedLabel();
      String ownLabel = blank.ownLabel();
      for (RowSpec spec : block.rows()) {
        if (!found.containsKey(spec.key()) && spec.anchor().matches(joined, ownLabel)) {
          found.put(spec.key(), blank);
          break;
        }
      }
    }
  }

  /**
   * The centres of the {@code n} header labels after 信息内容 (本年制发件数 本年废止件数 现行有效件数), when the rendering
   * has positions: the column grid of a block none of whose rows prints every cell.
   */
  private static float[] labelCentres(List<SourceCell> labels, int from, int n) {
    if (labels.size() < from + n) {
      return null;
    }
    float[] centres = new float[n];
    for (int c = 0; c < n; c++) {
      SourceCell cell = labels.get(from + c);
      if (!cell.hasPosition()) {
        return null;
      }
      centres[c] = (cell.x0() + cell.x1()) / 2;
    }
    for (int c = 1; c < n; c++) {
      if (centres[c] <= centres[c - 1]) {
        return null; // not one header line: labels wrapped or out of order
      }
    }
    return centres;
  }

  private static BlockSpec blockOf(List<BlockSpec> blocks, String normalizedLabel) {
    for (BlockSpec block : blocks) {
      if (normalizedLabel.contains(block.subHeader())) {
        return block;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- table 3

  /**
   * @param runsToEnd whether the table's rows run to the end of the text, so that it may have been cut off
   * @return the variant, null when no table 3 was printed or its printed rows cannot tell the variant
   */
  private Template readTable3(List<SourceRow> region, boolean runsToEnd) {
    List<LabeledRow> rows = RowAssembler.assemble(region);
    String text = regionText(rows);
    if (!text.contains("本年新收") && !text.contains("上年结转")) {
      return null;
    }
    table3Printed = true;
    Template variant;
    List<RowSpec> specs;
    Map<String, LabeledRow> found;
    if (containsAny(text, T2021_TABLE3_MARKERS)) {
      variant = Template.T2021;
      specs = catalog.table3Rows(variant);
      found = matchInOrder(rows, specs, true);
    } else {
      specs = catalog.table3Rows(Template.T2019);
      found = matchInOrder(rows, specs, true);
      if (showsT2019(found, rows, specs) || text.contains(LabelText.normalize("（七）总计"))) {
        variant = Template.T2019;
      } else {
        // Cut off before （六）其他处理, where the variants differ (spec §0.5): the variant is unknown, never guessed, and
        // only the rows both variants share are read.
        variant = null;
        findings.add(new Finding(ReportFlag.TEMPLATE_UNKNOWN, "t3"));
        specs = sharedTable3Rows();
        found.remove(T2019_OTHER_HANDLING);
      }
    }
    List<ColumnSpec> columns = catalog.table3Columns();
    List<List<SourceCell>> values = found.values().stream().map(LabeledRow::values).toList();
    float[] centres = ColumnAssignment.centres(values, columns.size());
    if (centres == null) {
      centres = ColumnAssignment.clusteredCentres(values, columns.size());
    }
    LabeledRow last = null;
    for (LabeledRow row : found.values()) {
      if (!row.values().isEmpty() && (last == null || row.line() >= last.line())) {
        last = row;
      }
    }
    // A table 3 printed with no value at all, and followed by the rest of the report, is a table printed blank (PDF
    // text prints its labels and nothing for its cells), not a table whose rows were left out: every row is there,
    // blank. A table that runs to the end of the text may be cut, and only the rows whose labels show are read so.
    boolean printedBlank = !runsToEnd && found.values().stream().noneMatch(LabeledRow::hasValueText);
    for (RowSpec spec : specs) {
      LabeledRow row = found.get(spec.key());
      if (row == null) {
        findings.add(new Finding(ReportFlag.ROW_NOT_FOUND, "t3." + spec.key()));
        if (printedBlank || labelPrintedBlank(spec, specs, found, rows)
            || blankLineInItsPlace(spec, specs, found, rows)) {
          // Its label printed without values, or OCR garbled the label of a row printed blank (二、上 for 二、上年结转…):
          // the row is there, its cells blank; the flag says the reader did not find it among the rows with values.
          for (ColumnSpec column : columns) {
            cells.add(
                CellFactory.cell(TableId.T3, null, spec.key(), column, null, 0, ColumnAssignment.INFERRED_CONFIDENCE));
          }
        } else {
          // Not printed is not printed blank: no cells, the flag carries it.
          unprintedRow(spec.key());
        }
        continue;
      }
      // Table 3 is one grid: every row's values are in the table's last seven slots.
      List<SourceCell> printed = row.valuesIn(columns.size());
      if (runsToEnd && row == last && isCutShort(printed, columns.size(), centres)) {
        addIncompleteRow(spec.key(), columns, row, printed);
        continue;
      }
      addRow(TableId.T3, null, spec.key(), columns, row, printed, centres);
    }
    return variant;
  }

  private static final String T2019_OTHER_HANDLING = "other_handling";

  /**
   * Whether a template row the reader did not find was printed all blank under a label it could not read: rows were
   * found before and after it, and between them lies a printed line that matched no row and holds no value. Rows
   * after a cut, or left out of the print, have no such line and are not printed.
   */
  private static boolean blankLineInItsPlace(
      RowSpec missing, List<RowSpec> specs, Map<String, LabeledRow> found, List<LabeledRow> rows) {
    int at = specs.indexOf(missing);
    LabeledRow before = null;
    LabeledRow after = null;
    for (int i = at - 1; i >= 0 && before == null; i--) {
      before = found.get(specs.get(i).key());
    }
    for (int i = at + 1; i < specs.size() && after == null; i++) {
      after = found.get(specs.get(i).key());
    }
    if (before == null || after == null) {
      return false;
    }
    java.util.Set<LabeledRow> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    matched.addAll(found.values());
    for (LabeledRow row : rows) {
      if (row.line() > before.line() && row.line() < after.line() && !matched.contains(row)
          && !row.labels().isEmpty() && !row.hasValueText()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the printed rows show the T2019 variant of table 3 (the T2021 markers being absent): （六）其他处理 printed
   * as a data row with values, or the rows after it (（七）总计, 四、结转下年度) printed, so that no （六） sub-item was skipped.
   * The caller also takes a printed （七）总计 label anywhere in the table's labels (PDF text of a table printed blank
   * assembles its bare labels in ways no row anchor meets).
   */
  private static boolean showsT2019(Map<String, LabeledRow> found, List<LabeledRow> rows, List<RowSpec> specs) {
    LabeledRow other = found.get(T2019_OTHER_HANDLING);
    if ((other != null && other.hasValueText())
        || found.containsKey("result_total")
        || found.containsKey("carried_forward")) {
      return true;
    }
    // A table printed blank in PDF text prints its labels without values: （七）总计's label is there all the same.
    for (RowSpec spec : specs) {
      if ((spec.key().equals("result_total") || spec.key().equals("carried_forward"))
          && labelPrintedBlank(spec, specs, found, rows)) {
        return true;
      }
    }
    return false;
  }

  /** Column names a header row of table 3 prints (a converter repeats 类别 | 数据1 … | 总计 over each small table). */
  private static final java.util.regex.Pattern T3_COLUMN_HEADER =
      java.util.regex.Pattern.compile("类别|数据\\d|自然人|商业企业|科研机构|法人或其他组织|申请人情况");

  private static boolean isColumnHeader(LabeledRow row) {
    return T3_COLUMN_HEADER.matcher(row.joinedLabel()).find();
  }

  /**
   * Whether a template row not found among the rows with values has its label printed without any (PDF text prints
   * nothing for a blank cell): a row printed blank, after the table's first row label (the header's 总计 and 其他 are
   * column names).
   */
  private static boolean labelPrintedBlank(
      RowSpec spec, List<RowSpec> specs, Map<String, LabeledRow> found, List<LabeledRow> rows) {
    java.util.Set<LabeledRow> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    matched.addAll(found.values());
    boolean started = false;
    for (LabeledRow row : rows) {
      if (row.labels().isEmpty()) {
        continue;
      }
      started |= specs.get(0).anchor().matches(row.joinedLabel(), row.ownLabel());
      if (started && !matched.contains(row) && !row.hasValueText() && !isColumnHeader(row)
          && spec.anchor().matches(row.joinedLabel(), row.ownLabel())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the last row of a cut-off table was cut short: fewer value cells than columns, and no column geometry
   * that could place them (PDF text with positions prints nothing for a blank and is placed by position instead).
   */
  private static boolean isCutShort(List<SourceCell> values, int columns, float[] centres) {
    if (values.isEmpty() || values.size() >= columns) {
      return false;
    }
    return centres == null || !values.stream().allMatch(SourceCell::hasPosition);
  }

  /**
   * The last printed row of a cut-off table 3, cut inside: its printed cells are its first columns, in order (a cut
   * takes the end of a row, never its start), and the columns after them were not printed. Values are never moved
   * to the 总计 column as the inference for rows with blanks left out would.
   */
  private void addIncompleteRow(String rowKey, List<ColumnSpec> columns, LabeledRow row, List<SourceCell> values) {
    span(TableId.T3, row.line());
    findings.add(new Finding(ReportFlag.ROW_INCOMPLETE, "t3." + rowKey));
    for (int i = 0; i < columns.size(); i++) {
      ColumnSpec column = columns.get(i);
      if (i < values.size()) {
        cells.add(CellFactory.cell(TableId.T3, null, rowKey, column, values.get(i), row.line(), 1.0));
      } else {
        unprinted.add(new CellKey(TableId.T3, null, rowKey, column.key()));
      }
    }
  }

  /**
   * Matches rows to template rows in printed order: each row with values takes the first template row, at or after
   * the last one matched, whose anchor it holds. Rows before the first template row's anchor (headers, whose 其他 and
   * 总计 are column names) are skipped when {@code skipToFirst}.
   */
  private static Map<String, LabeledRow> matchInOrder(
      List<LabeledRow> rows, List<RowSpec> specs, boolean skipToFirst) {
    int first = 0;
    if (skipToFirst) {
      for (int i = 0; i < rows.size(); i++) {
        LabeledRow row = rows.get(i);
        if (!row.values().isEmpty() && specs.get(0).anchor().matches(row.joinedLabel(), row.ownLabel())) {
          first = i;
          break;
        }
      }
    }
    Map<String, LabeledRow> found = new LinkedHashMap<>();
    int cursor = 0;
    for (int r = first; r < rows.size() && cursor < specs.size(); r++) {
      LabeledRow row = rows.get(r);
      if (row.values().isEmpty() || row.labels().isEmpty()) {
        continue;
      }
      // The values belong to the row named last: PDF text prints a row whose cells are all blank as a bare label,
      // which then runs into the next row's label (二、上年结转… / （一）予以公开 0 0 …). Try the shortest label
      // suffix first; template rows named by the prefix were printed blank.
      List<SourceCell> labels = row.labels();
      for (int k = labels.size() - 1; k >= 0; k--) {
        LabeledRow suffix = row.withLabels(labels.subList(k, labels.size()));
        int match = firstMatch(specs, cursor, suffix);
        if (match < 0 || (k > 0 && !blankRowsCanSpan(k, match - cursor))) {
          continue;
        }
        if (k > 0) {
          LabeledRow prefix = new LabeledRow(labels.subList(0, k), List.of(), row.line());
          String joined = prefix.joinedLabel();
          String ownLabel = prefix.ownLabel();
          for (int i = cursor; i < match; i++) {
            if (specs.get(i).anchor().matches(joined, ownLabel)) {
              found.put(specs.get(i).key(), prefix);
            }
          }
        }
        found.put(specs.get(match).key(), row);
        cursor = match + 1;
        break;
      }
    }
    return found;
  }

  /**
   * Whether {@code prefixLabels} label cells printed without values can stand for the {@code skipped} template rows a
   * suffix match jumps over: each can be one blank row, plus one heading between them. A wider jump means the
   * suffix is not a row label of its own but the tail of one that OCR or a wrap split (法律法规规定的 | 其他情形 is
   * refuse_other_law, not the 其他情形 of the review block eight rows on).
   */
  private static boolean blankRowsCanSpan(int prefixLabels, int skipped) {
    return skipped <= prefixLabels + 1;
  }

  private static int firstMatch(List<RowSpec> specs, int cursor, LabeledRow row) {
    String joined = row.joinedLabel();
    String own = row.ownLabel();
    for (int i = cursor; i < specs.size(); i++) {
      if (specs.get(i).anchor().matches(joined, own)) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- table 4

  /** @return whether a table 4 was printed: its header, or values under 行政复议 (a flattened table 4) */
  private boolean readTable4(List<SourceRow> region) {
    List<LabeledRow> rows = RowAssembler.assemble(region);
    String text = regionText(rows);
    if (!text.contains("行政复议") && !text.contains("结果维持")) {
      return false;
    }
    // The single value row: every value printed after the headers (a flattened table 4 is one line of 15 numbers).
    List<SourceCell> values = new ArrayList<>();
    int line = 0;
    for (LabeledRow row : rows) {
      if (row.hasValueText()) {
        if (values.isEmpty()) {
          line = row.line();
        }
        values.addAll(row.values());
      }
    }
    if (values.isEmpty() && !containsAny(text, T4_HEADER_LABELS) && !printsBlankRow(region)) {
      return false; // 行政复议 in the prose of section 四, no table under it
    }
    List<String> keys = catalog.table4Columns();
    if (!region.isEmpty()) {
      span(TableId.T4, region.get(0).line());
    }
    span(TableId.T4, line);
    ColumnAssignment assignment = ColumnAssignment.of(values, keys.size());
    if (assignment.inferred() && !values.isEmpty()) {
      findings.add(new Finding(ReportFlag.COLUMNS_INFERRED, "t4"));
    }
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      cells.add(
          CellFactory.cell(
              TableId.T4,
              catalog.table4Block(key),
              null,
              new ColumnSpec(key, ColumnType.COUNT),
              assignment.cells().get(i),
              line,
              assignment.confidence()));
    }
    return true;
  }

  /**
   * Whether a row of blank cells is printed (a converter's | 行政复议 |  | … | 行政诉讼 | … | header of two merged cells
   * over a value row of fifteen empty ones): the table is there, printed blank, even though its header names none of
   * its columns.
   */
  private static boolean printsBlankRow(List<SourceRow> region) {
    for (SourceRow row : region) {
      if (row.cells().size() >= T4_BLOCK_COLUMNS && row.cells().stream().allMatch(SourceCell::isBlank)) {
        return true;
      }
    }
    return false;
  }

  /** The columns of each of table 4's three blocks (维持, 纠正, 其他, 尚未审结, 总计). */
  private static final int T4_BLOCK_COLUMNS = 5;

  /** Labels only table 4's header prints: a header printed with a blank value row is a table printed blank. */
  private static final List<String> T4_HEADER_LABELS = List.of("结果维持", "结果纠正", "尚未审结", "复议后起诉", "未经复议");

  // ---------------------------------------------------------------- S2014

  private Template readS2014(List<SourceRow> rows) {
    int start = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (LabelText.normalize(rows.get(i).text()).contains("统计指标")) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    List<LabeledRow> labeled = RowAssembler.assemble(rows.subList(start, rows.size()), S2014_UNITS);
    List<RowSpec> specs = catalog.s2014Rows();
    Map<String, LabeledRow> found = matchInOrder(labeled, specs, false);
    if (found.isEmpty()) {
      return null;
    }
    ColumnSpec count = new ColumnSpec("value", ColumnType.COUNT);
    ColumnSpec money = new ColumnSpec("value", ColumnType.MONEY_WAN_YUAN);
    for (RowSpec spec : specs) {
      LabeledRow row = found.get(spec.key());
      if (row == null) {
        findings.add(new Finding(ReportFlag.ROW_NOT_FOUND, "s2014." + spec.key()));
        continue;
      }
      List<SourceCell> values = row.values();
      // The 单位 column is always printed (条, 件… or —— on heading rows). A unit word reads as a label; a dash reads
      // as a value, so a first dash is the unit, not the 统计数 — unless a unit word was printed before it.
      if (!values.isEmpty()
          && isDash(values.get(0).raw())
          && !RowAssembler.endsWithUnit(row.labels(), S2014_UNITS)) {
        values = values.subList(1, values.size());
      }
      if (values.isEmpty()) {
        values = List.of(SourceCell.of(""));
      }
      ColumnSpec column = catalog.s2014Unit(spec.key()) != null ? money : count;
      cells.add(CellFactory.cell(TableId.S2014, null, spec.key(), column, values.get(0), row.line(), 1.0));
      span(TableId.S2014, row.line());
    }
    return Template.S2014;
  }

  private static final java.util.Set<String> S2014_UNITS =
      java.util.Set.of("条", "件", "次", "篇", "个", "人", "人次", "万元", "元", "项", "期");

  private static boolean isDash(String raw) {
    String s = raw.strip();
    return !s.isEmpty() && s.chars().allMatch(c -> c == '—' || c == '-' || c == '–' || c == '－');
  }

  // ---------------------------------------------------------------- shared

  private void addRow(
      TableId table, String block, String rowKey, List<ColumnSpec> columns, LabeledRow row, float[] centres) {
    addRow(table, block, rowKey, columns, row, row.values(), centres);
  }

  private void addRow(
      TableId table,
      String block,
      String rowKey,
      List<ColumnSpec> columns,
      LabeledRow row,
      List<SourceCell> values,
      float[] centres) {
    span(table, row.line());
    ColumnAssignment assignment = ColumnAssignment.of(values, columns.size(), centres);
    String subject = table.key() + (block == null ? "" : "." + block) + "." + rowKey;
    if (assignment.inferred()) {
      findings.add(new Finding(assignment.surplus() ? ReportFlag.EXTRA_VALUES : ReportFlag.COLUMNS_INFERRED, subject));
    }
    for (int i = 0; i < columns.size(); i++) {
      ColumnSpec column = columns.get(i);
      Cell cell =
          CellFactory.cell(table, block, rowKey, column, assignment.cells().get(i), row.line(), assignment.confidence());
      if (CellFactory.unitMissing(cell, column)) {
        findings.add(new Finding(ReportFlag.UNIT_MISSING, cell.path()));
      }
      cells.add(cell);
    }
  }
}
