package io.gongkai.metric;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.TableId;
import io.gongkai.report.Template;
import io.gongkai.report.TsvTable;
import io.gongkai.template.BlockSpec;
import io.gongkai.template.ColumnSpec;
import io.gongkai.template.RowSpec;
import io.gongkai.template.TemplateCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The comparable metrics ({@code metrics.tsv}) and the indicators over them ({@code indicators.tsv}), loaded once and
 * checked against {@link TemplateCatalog}: every table, block, row and column a metric names exists in its template,
 * and no (metric, template) is listed twice. A new metric or indicator is a new row there, not new code.
 */
public final class MetricCatalog {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
  private static final MetricCatalog INSTANCE =
      load(
          TsvTable.read(MetricCatalog.class, "metrics.tsv"),
          TsvTable.read(MetricCatalog.class, "indicators.tsv"),
          TemplateCatalog.get());

  private final List<Metric> metrics;
  private final Map<String, Map<Template, Metric>> byKey;
  private final List<Indicator> indicators;

  private MetricCatalog(List<Metric> metrics, Map<String, Map<Template, Metric>> byKey, List<Indicator> indicators) {
    this.metrics = List.copyOf(metrics);
    this.byKey = byKey;
    this.indicators = List.copyOf(indicators);
  }

  /** The catalog of the bundled tables. */
  public static MetricCatalog get() {
    return INSTANCE;
  }

  /** Every row of {@code metrics.tsv}, in file order. */
  public List<Metric> metrics() {
    return metrics;
  }

  /** The distinct metric keys, in the order of their first row. */
  public List<String> keys() {
    return List.copyOf(byKey.keySet());
  }

  /** Where {@code key} is printed in {@code template}, or null when the template does not define it. */
  public Metric metric(String key, Template template) {
    Map<Template, Metric> rows = byKey.get(key);
    return rows == null ? null : rows.get(template);
  }

  /** The table of a metric (the same for every template: checked on load). */
  public TableId table(String key) {
    return first(key).table();
  }

  /** The unit of a metric (the same for every template: checked on load). */
  public UnitKind unit(String key) {
    return first(key).unit();
  }

  public List<Indicator> indicators() {
    return indicators;
  }

  /** The indicator of that key. */
  public Indicator indicator(String key) {
    for (Indicator indicator : indicators) {
      if (indicator.key().equals(key)) {
        return indicator;
      }
    }
    throw new IllegalArgumentException(String.format("Cannot find indicator '%s'", key));
  }

  private Metric first(String key) {
    Map<Template, Metric> rows = byKey.get(key);
    if (rows == null) {
      throw new IllegalArgumentException(String.format("Cannot find metric '%s'", key));
    }
    return rows.values().iterator().next();
  }

  /**
   * Builds and validates a catalog from the records of a metrics table and an indicators table (headers as in the
   * bundled files).
   *
   * @throws IllegalArgumentException naming the metric, its template and the value that does not fit
   */
  public static MetricCatalog load(
      List<CSVRecord> metricRows, List<CSVRecord> indicatorRows, TemplateCatalog templates) {
    requireNonNull(templates, "templates is null");
    List<Metric> metrics = new ArrayList<>();
    Map<String, Map<Template, Metric>> byKey = new LinkedHashMap<>();
    for (CSVRecord r : metricRows) {
      Metric metric = metric(r, templates);
      Map<Template, Metric> rows = byKey.computeIfAbsent(metric.key(), k -> new EnumMap<>(Template.class));
      if (rows.containsKey(metric.template())) {
        throw new IllegalArgumentException(
            String.format("Cannot read metric %s for %s: listed twice", metric.key(), metric.template()));
      }
      if (!rows.isEmpty()) {
        Metric other = rows.values().iterator().next();
        if (other.table() != metric.table()) {
          throw new IllegalArgumentException(
              String.format(
                  "Cannot read metric %s for %s: table %s, but %s for %s", metric.key(), metric.template(),
                  metric.table().key(), other.table().key(), other.template()));
        }
        if (other.unit() != metric.unit()) {
          throw new IllegalArgumentException(
              String.format(
                  "Cannot read metric %s for %s: unit %s, but %s for %s", metric.key(), metric.template(),
                  metric.unit(), other.unit(), other.template()));
        }
      }
      rows.put(metric.template(), metric);
      metrics.add(metric);
    }
    List<Indicator> indicators = new ArrayList<>();
    Set<String> indicatorKeys = new LinkedHashSet<>();
    for (CSVRecord r : indicatorRows) {
      Indicator indicator = indicator(r, byKey.keySet());
      if (!indicatorKeys.add(indicator.key())) {
        throw new IllegalArgumentException(String.format("Cannot read indicator %s: listed twice", indicator.key()));
      }
      indicators.add(indicator);
    }
    return new MetricCatalog(metrics, byKey, indicators);
  }

  private static Metric metric(CSVRecord r, TemplateCatalog templates) {
    if (!r.isConsistent()) {
      throw new IllegalArgumentException(
          String.format(
              "Cannot read metrics table record %s: %s fields, expected %s", r.getRecordNumber(), r.size(),
              r.getParser().getHeaderNames().size()));
    }
    String key = r.get("metric");
    String templateName = r.get("template");
    String where = String.format("Cannot read metric %s for %s: ", key, templateName);
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(where + "metric key '" + key + "' is not snake_case");
    }
    Template template = template(templateName, where);
    TableId table = table(r.get("table"), where);
    if ((template == Template.S2014) != (table == TableId.S2014)) {
      throw new IllegalArgumentException(
          where + "table '" + table.key() + "' is not a table of " + template + " (S2014 has only s2014)");
    }
    UnitKind unit = unit(r.get("unit"), where);
    String block = blankToNull(r.get("block"));
    String row = r.get("row");
    String col = r.get("col");
    if (row.contains("+") && col.contains("+")) {
      throw new IllegalArgumentException(where + "row '" + row + "' and col '" + col + "' are both sums");
    }
    List<CellRef> cells = new ArrayList<>();
    List<Boolean> money = new ArrayList<>();
    switch (table) {
      case T2 -> {
        BlockSpec spec =
            templates.table2Blocks(template).stream().filter(b -> b.key().equals(block)).findFirst().orElse(null);
        if (spec == null) {
          throw new IllegalArgumentException(where + "t2 of " + template + " has no block '" + r.get("block") + "'");
        }
        List<String> rowKeys = spec.rows().stream().map(RowSpec::key).toList();
        List<ColumnSpec> columns = spec.columns();
        List<String> colKeys = columns.stream().map(ColumnSpec::key).toList();
        for (String rowKey : expand(row, rowKeys, where, "t2 block " + block + " of " + template, "row")) {
          for (String colKey : expand(col, colKeys, where, "t2 block " + block + " of " + template, "col")) {
            cells.add(new CellRef(table, block, rowKey, colKey));
            money.add(columns.get(colKeys.indexOf(colKey)).type().isMoney());
          }
        }
      }
      case T3 -> {
        requireBlank(block, "block", where, "t3");
        List<String> rowKeys = templates.table3Rows(template).stream().map(RowSpec::key).toList();
        List<String> colKeys = templates.table3Columns().stream().map(ColumnSpec::key).toList();
        for (String rowKey : expand(row, rowKeys, where, "t3 of " + template, "row")) {
          for (String colKey : expand(col, colKeys, where, "t3 of " + template, "col")) {
            cells.add(new CellRef(table, null, rowKey, colKey));
            money.add(false);
          }
        }
      }
      case T4 -> {
        requireBlank(blankToNull(row), "row", where, "t4");
        for (String colKey : expand(col, templates.table4Columns(), where, "t4 of " + template, "col")) {
          String own = templates.table4Block(colKey);
          if (block != null && !block.equals(own)) {
            throw new IllegalArgumentException(
                where + "t4 col '" + colKey + "' is in block '" + own + "', not '" + block + "'");
          }
          cells.add(new CellRef(table, own, null, colKey));
          money.add(false);
        }
      }
      case S2014 -> {
        requireBlank(block, "block", where, "s2014");
        List<String> rowKeys = templates.s2014Rows().stream().map(RowSpec::key).toList();
        for (String rowKey : expand(row, rowKeys, where, "s2014", "row")) {
          for (String colKey : expand(col, List.of("value"), where, "s2014", "col")) {
            cells.add(new CellRef(table, null, rowKey, colKey));
            money.add(templates.s2014Unit(rowKey) != null);
          }
        }
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      if (money.get(i) != (unit == UnitKind.YUAN)) {
        throw new IllegalArgumentException(
            where + "unit " + unit + " does not fit " + (money.get(i) ? "the money cell " : "the count cell ")
                + cells.get(i).path());
      }
    }
    return new Metric(key, template, table, cells, unit, r.get("meaning_zh"), r.get("meaning_en"));
  }

  private static Indicator indicator(CSVRecord r, Set<String> metricKeys) {
    String key = r.get("indicator");
    String where = String.format("Cannot read indicator %s: ", key);
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(where + "indicator key '" + key + "' is not snake_case");
    }
    List<String> numerator = operands(r.get("numerator"), metricKeys, where, "numerator");
    List<String> denominator = operands(r.get("denominator"), metricKeys, where, "denominator");
    return new Indicator(key, numerator, denominator, r.get("name_zh"), r.get("meaning_en"));
  }

  private static List<String> operands(String spec, Set<String> metricKeys, String where, String side) {
    List<String> keys = terms(spec);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(where + side + " is blank");
    }
    for (String key : keys) {
      if (!metricKeys.contains(key)) {
        throw new IllegalArgumentException(where + side + " names '" + key + "', which is not a metric");
      }
    }
    return keys;
  }

  /** The keys a row or col field names: each "+" term is a key of {@code keys} or a prefix ending in "*". */
  private static List<String> expand(String spec, List<String> keys, String where, String table, String what) {
    List<String> terms = terms(spec);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException(where + what + " is blank");
    }
    Set<String> expanded = new LinkedHashSet<>();
    for (String term : terms) {
      if (term.endsWith("*")) {
        String prefix = term.substring(0, term.length() - 1);
        List<String> matched = keys.stream().filter(k -> k.startsWith(prefix)).toList();
        if (matched.isEmpty()) {
          throw new IllegalArgumentException(where + table + " has no " + what + " matching '" + term + "'");
        }
        expanded.addAll(matched);
      } else if (keys.contains(term)) {
        expanded.add(term);
      } else {
        throw new IllegalArgumentException(where + table + " has no " + what + " '" + term + "'");
      }
    }
    return List.copyOf(expanded);
  }

  private static List<String> terms(String spec) {
    return Arrays.stream(spec.split("\\+")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  private static Template template(String name, String where) {
    for (Template t : Template.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        where + "template '" + name + "' is not one of " + Arrays.toString(Template.values()));
  }

  private static TableId table(String key, String where) {
    for (TableId t : TableId.values()) {
      if (t.key().equals(key)) {
        return t;
      }
    }
    throw new IllegalArgumentException(where + "table '" + key + "' is not one of t2, t3, t4, s2014");
  }

  private static UnitKind unit(String name, String where) {
    for (UnitKind u : UnitKind.values()) {
      if (u.name().equals(name)) {
        return u;
      }
    }
    throw new IllegalArgumentException(where + "unit '" + name + "' is not one of COUNT, YUAN");
  }

  private static void requireBlank(String value, String field, String where, String table) {
    if (value != null) {
      throw new IllegalArgumentException(where + table + " has no " + field + "s, found '" + value + "'");
    }
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
