package io.gongkai.template;

import io.gongkai.report.Template;
import io.gongkai.report.TsvTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The three table families, loaded once from the template tables next to this class ({@code t2.tsv}, {@code t3.tsv},
 * {@code t3-columns.tsv}, {@code t4.tsv}, {@code s2014.tsv}). A fourth template is new rows there, not new code.
 */
public final class TemplateCatalog {
  private static final TemplateCatalog INSTANCE = load();

  private final Map<Template, List<BlockSpec>> table2;
  private final Map<Template, List<RowSpec>> table3Rows;
  private final List<ColumnSpec> table3Columns;
  private final List<String> table4Columns;
  private final Map<String, String> table4Blocks;
  private final List<RowSpec> s2014Rows;
  private final Map<String, String> s2014Units;

  private TemplateCatalog(
      Map<Template, List<BlockSpec>> table2,
      Map<Template, List<RowSpec>> table3Rows,
      List<ColumnSpec> table3Columns,
      Map<String, String> table4Blocks,
      List<RowSpec> s2014Rows,
      Map<String, String> s2014Units) {
    this.table2 = table2;
    this.table3Rows = table3Rows;
    this.table3Columns = List.copyOf(table3Columns);
    this.table4Blocks = table4Blocks;
    this.table4Columns = List.copyOf(table4Blocks.keySet());
    this.s2014Rows = List.copyOf(s2014Rows);
    this.s2014Units = s2014Units;
  }

  public static TemplateCatalog get() {
    return INSTANCE;
  }

  /** The table-2 blocks of T2019 or T2021, in printed order. */
  public List<BlockSpec> table2Blocks(Template template) {
    return table2.getOrDefault(template, List.of());
  }

  /** The table-3 rows of the T2019 or T2021 variant, in printed order. */
  public List<RowSpec> table3Rows(Template variant) {
    return table3Rows.getOrDefault(variant, List.of());
  }

  public List<ColumnSpec> table3Columns() {
    return table3Columns;
  }

  /** The 15 table-4 position keys, in printed order. */
  public List<String> table4Columns() {
    return table4Columns;
  }

  /** The block ({@code review}, {@code lit_direct}, {@code lit_after_review}) of a table-4 position key. */
  public String table4Block(String column) {
    return table4Blocks.get(column);
  }

  public List<RowSpec> s2014Rows() {
    return s2014Rows;
  }

  /** The money unit a S2014 row's 单位 column fixes (万元), or null for count rows. */
  public String s2014Unit(String row) {
    return s2014Units.get(row);
  }

  private static TemplateCatalog load() {
    Map<Template, Map<String, List<RowSpec>>> blockRows = new EnumMap<>(Template.class);
    Map<Template, Map<String, String[]>> blockMeta = new EnumMap<>(Template.class);
    for (CSVRecord r : read("t2.tsv")) {
      Template template = Template.valueOf(r.get("template"));
      String block = r.get("block");
      blockRows
          .computeIfAbsent(template, t -> new LinkedHashMap<>())
          .computeIfAbsent(block, b -> new ArrayList<>())
          .add(new RowSpec(r.get("row"), Anchor.parse(r.get("anchor"))));
      blockMeta
          .computeIfAbsent(template, t -> new LinkedHashMap<>())
          .putIfAbsent(block, new String[] {r.get("block_anchor"), r.get("columns")});
    }
    Map<Template, List<BlockSpec>> table2 = new EnumMap<>(Template.class);
    blockRows.forEach(
        (template, blocks) ->
            blocks.forEach(
                (block, rows) -> {
                  String[] meta = blockMeta.get(template).get(block);
                  table2
                      .computeIfAbsent(template, t -> new ArrayList<>())
                      .add(new BlockSpec(template, block, LabelText.normalize(meta[0]), rows, columns(meta[1])));
                }));

    Map<Template, List<RowSpec>> table3Rows = new EnumMap<>(Template.class);
    for (CSVRecord r : read("t3.tsv")) {
      RowSpec row = new RowSpec(r.get("row"), Anchor.parse(r.get("anchor")));
      for (String variant : r.get("variants").split(",")) {
        table3Rows.computeIfAbsent(Template.valueOf(variant), t -> new ArrayList<>()).add(row);
      }
    }
    List<ColumnSpec> table3Columns = new ArrayList<>();
    for (CSVRecord r : read("t3-columns.tsv")) {
      table3Columns.add(new ColumnSpec(r.get("col"), ColumnType.COUNT));
    }
    Map<String, String> table4Blocks = new LinkedHashMap<>();
    for (CSVRecord r : read("t4.tsv")) {
      table4Blocks.put(r.get("col"), r.get("block"));
    }
    List<RowSpec> s2014Rows = new ArrayList<>();
    Map<String, String> s2014Units = new LinkedHashMap<>();
    for (CSVRecord r : read("s2014.tsv")) {
      s2014Rows.add(new RowSpec(r.get("row"), Anchor.parse(r.get("anchor"))));
      if (!r.get("unit").isEmpty()) {
        s2014Units.put(r.get("row"), r.get("unit"));
      }
    }
    return new TemplateCatalog(table2, table3Rows, table3Columns, table4Blocks, s2014Rows, s2014Units);
  }

  private static List<ColumnSpec> columns(String spec) {
    List<ColumnSpec> columns = new ArrayList<>();
    for (String column : spec.split(",")) {
      String[] parts = column.split(":");
      columns.add(new ColumnSpec(parts[0], ColumnType.valueOf(parts[1])));
    }
    return columns;
  }

  private static List<CSVRecord> read(String name) {
    return TsvTable.read(TemplateCatalog.class, name);
  }
}
