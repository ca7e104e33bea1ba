package io.gongkai.metric;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.Cell;
import io.gongkai.report.CellKind;
import io.gongkai.report.ParsedReport;
import io.gongkai.report.TableId;
import io.gongkai.report.Template;
import io.gongkai.template.Finding;
import io.gongkai.template.ReportFlag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the comparable metrics of one parsed report: one {@link MetricValue} per metric its templates define, with a
 * value when every cell behind it is NUMERIC or ZERO, otherwise the reason there is none. A number is never invented:
 * a blank stays {@link NoValueReason#EMPTY}, never 0.
 *
 * <p>Which row of {@code metrics.tsv} applies: table 2 follows the report's table-2 template, tables 3 and 4 its
 * table-3 variant (a report may mix them, spec §0.5), each falling back on the other T template when its own table
 * was not found; {@code s2014} is read from S2014 reports. A metric whose table has no such template (a T2021 metric
 * of a S2014 report, procurement of a T2021 report) is not the report's metric and is not returned. A parsed report
 * with no template at all returns every metric with {@link NoValueReason#TEMPLATE_UNKNOWN}; a rejected report returns
 * none (a rollup counts it apart).
 */
public final class MetricReader {
  /**
   * When a sum's terms lack values for different reasons, the first of these wins: the most structural reason, so
   * that a rollup reads "row not found" before "printed blank".
   */
  private static final List<NoValueReason> PRECEDENCE =
      List.of(
          NoValueReason.TEMPLATE_UNKNOWN,
          NoValueReason.TABLE_NOT_FOUND,
          NoValueReason.ROW_NOT_FOUND,
          NoValueReason.UNIT_MISSING,
          NoValueReason.NOT_A_NUMBER,
          NoValueReason.EMPTY);

  private final MetricCatalog catalog;

  public MetricReader(MetricCatalog catalog) {
    this.catalog = requireNonNull(catalog, "catalog is null");
  }

  /** A reader of the bundled catalog. */
  public MetricReader() {
    this(MetricCatalog.get());
  }

  /** The report's metrics, in the order of {@link MetricCatalog#keys()}; empty for a rejected report. */
  public List<MetricValue> read(ParsedReport report) {
    requireNonNull(report, "report is null");
    if (report.status() == ParsedReport.Status.REJECTED) {
      return List.of();
    }
    List<MetricValue> values = new ArrayList<>();
    if (report.templateT2() == null && report.templateT3() == null) {
      for (String key : catalog.keys()) {
        values.add(MetricValue.missing(key, null, catalog.unit(key), NoValueReason.TEMPLATE_UNKNOWN));
      }
      return values;
    }
    Map<TableId, Template> templates = templates(report);
    Cells cells = new Cells(report);
    for (String key : catalog.keys()) {
      Template template = templates.get(catalog.table(key));
      Metric metric = template == null ? null : catalog.metric(key, template);
      if (metric != null) {
        values.add(value(metric, cells));
      }
    }
    return values;
  }

  private static MetricValue value(Metric metric, Cells cells) {
    BigDecimal sum = BigDecimal.ZERO;
    Set<NoValueReason> reasons = EnumSet.noneOf(NoValueReason.class);
    for (CellRef ref : metric.cells()) {
      NoValueReason reason = cells.absence(ref);
      if (reason != null) {
        reasons.add(reason);
        continue;
      }
      Cell cell = cells.get(ref);
      switch (cell.kind()) {
        case NUMERIC, ZERO -> {
          BigDecimal value = number(cell, metric.unit());
          if (value == null) {
            reasons.add(NoValueReason.UNIT_MISSING);
          } else {
            sum = sum.add(value);
          }
        }
        case EMPTY -> reasons.add(NoValueReason.EMPTY);
        case NA, TEXT -> reasons.add(NoValueReason.NOT_A_NUMBER);
      }
    }
    if (reasons.isEmpty()) {
      return MetricValue.of(metric.key(), metric.template(), metric.unit(), sum);
    }
    return MetricValue.missing(metric.key(), metric.template(), metric.unit(), first(reasons));
  }

  /** The reason that wins among several ({@link #PRECEDENCE}). */
  static NoValueReason first(Set<NoValueReason> reasons) {
    return PRECEDENCE.stream().filter(reasons::contains).findFirst().orElseThrow();
  }

  /** The cell's count, or its amount in yuan; null for an amount printed without a unit (0 needs none). */
  private static BigDecimal number(Cell cell, UnitKind unit) {
    return switch (unit) {
      case COUNT -> cell.value();
      case YUAN ->
          cell.amountYuan() != null ? cell.amountYuan() : cell.kind() == CellKind.ZERO ? BigDecimal.ZERO : null;
    };
  }

  /** Which template each table of the report follows, for the tables whose template is known. */
  private static Map<TableId, Template> templates(ParsedReport report) {
    Map<TableId, Template> templates = new EnumMap<>(TableId.class);
    Template t2 = isT(report.templateT2()) ? report.templateT2() : null;
    Template t3 = isT(report.templateT3()) ? report.templateT3() : null;
    Template table2 = t2 != null ? t2 : t3;
    Template table3 = t3 != null ? t3 : t2;
    if (table2 != null) {
      templates.put(TableId.T2, table2);
      templates.put(TableId.T3, table3);
      // Table 4 is the same in T2019 and T2021 (spec §4); it belongs to the table-3 side of the report.
      templates.put(TableId.T4, table3);
    }
    if (report.templateT2() == Template.S2014 || report.templateT3() == Template.S2014) {
      templates.put(TableId.S2014, Template.S2014);
    }
    return templates;
  }

  private static boolean isT(Template template) {
    return template == Template.T2019 || template == Template.T2021;
  }

  /** The report's cells by key, with the tables read and the rows the reader reported as not found. */
  private static final class Cells {
    private final Map<CellRef, Cell> byRef = new HashMap<>();
    private final Set<TableId> tables = EnumSet.noneOf(TableId.class);
    private final Set<String> flags;

    Cells(ParsedReport report) {
      for (Cell cell : report.cells()) {
        byRef.putIfAbsent(new CellRef(cell.table(), cell.block(), cell.row(), cell.col()), cell);
        tables.add(cell.table());
      }
      flags = new HashSet<>(report.flags());
    }

    Cell get(CellRef ref) {
      return byRef.get(ref);
    }

    /** Why the cell is not there to read, or null when it is. */
    NoValueReason absence(CellRef ref) {
      if (!tables.contains(ref.table())) {
        return NoValueReason.TABLE_NOT_FOUND;
      }
      // A row the reader did not find has no cells, except one printed blank under a label OCR garbled, which has
      // EMPTY cells; its ROW_NOT_FOUND flag tells those apart from a printed blank.
      if (ref.row() != null && flags.contains(new Finding(ReportFlag.ROW_NOT_FOUND, rowSubject(ref)).toString())) {
        return NoValueReason.ROW_NOT_FOUND;
      }
      if (ref.table() == TableId.T2 && flags.contains(new Finding(ReportFlag.BLOCK_MISSING, ref.block()).toString())) {
        return NoValueReason.ROW_NOT_FOUND;
      }
      return byRef.containsKey(ref) ? null : NoValueReason.ROW_NOT_FOUND;
    }

    /** The subject of the reader's ROW_NOT_FOUND finding: {@code t3.granted}, {@code t2.art20_5.admin_license}. */
    private static String rowSubject(CellRef ref) {
      return ref.table().key() + (ref.table() == TableId.T2 ? "." + ref.block() : "") + "." + ref.row();
    }
  }
}
