package io.gongkai.rollup;

import io.gongkai.eval.TruthCell;
import io.gongkai.metric.CellRef;
import io.gongkai.metric.Indicator;
import io.gongkai.metric.Metric;
import io.gongkai.metric.MetricCatalog;
import io.gongkai.metric.UnitKind;
import io.gongkai.report.TableId;
import io.gongkai.report.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rollup rows a set of reports should give, computed from their truth cells in plain Java, apart from the job's
 * metric reader and its Spark aggregation: the test oracle of {@code rollups}. Only the metric table
 * ({@code metrics.tsv}, which cells mean what) is shared with the job, since it is the definition being rolled up.
 */
public final class ExpectedRollups {
  /**
   * One report as the rollup sees it: where it counts, and its truth cells (empty for a rejected file).
   *
   * @param rowsNotFound the rows the reader flagged {@code ROW_NOT_FOUND} or {@code BLOCK_MISSING} ({@code
   *     t3.carried_over}, {@code t2.art20_5}): a truth file labels the cells of a row whose label OCR garbled as
   *     printed blanks, the reader keeps them blank and says it did not find the row; the rollup counts such a row as
   *     not found, which only the reader can tell
   */
  public record Report(
      String reportId,
      boolean rejected,
      Integer year,
      String scope,
      String bodyKind,
      String body,
      String provinceCode,
      String prefectureCode,
      String countyCode,
      String templateT2,
      String templateT3,
      List<TruthCell> cells,
      Set<String> rowsNotFound) {}

  private static final MetricCatalog CATALOG = MetricCatalog.get();

  private final Map<String, Tally> rows = new TreeMap<>();

  /** The expected rows of these reports, keyed {@code year|level|region|kind|metric}, as {@link Tally#toString}. */
  public static Map<String, String> of(List<Report> reports) {
    ExpectedRollups expected = new ExpectedRollups();
    Map<Integer, Set<String>> metricsOfYear = new HashMap<>();
    Map<String, Map<String, Value>> values = new HashMap<>();
    for (Report r : reports) {
      if (r.rejected() || r.year() == null) {
        continue;
      }
      Map<String, Value> v = values(r);
      values.put(r.reportId(), v);
      metricsOfYear.computeIfAbsent(r.year(), y -> new HashSet<>()).addAll(v.keySet());
    }
    for (Report r : reports) {
      if (r.year() == null || "CONSOLIDATED".equals(r.scope())) {
        continue;
      }
      if (r.rejected()) {
        for (String metric : metricsOfYear.getOrDefault(r.year(), Set.of())) {
          expected.add(r, metric, null, Coverage.REJECTED);
        }
        continue;
      }
      for (Map.Entry<String, Value> e : values.get(r.reportId()).entrySet()) {
        expected.add(r, e.getKey(), e.getValue(), e.getValue().coverage());
      }
    }
    Map<String, String> out = new TreeMap<>();
    expected.rows.forEach((k, t) -> out.put(k, t.toString()));
    return out;
  }

  private void add(Report r, String metric, Value value, Coverage coverage) {
    String kind = r.bodyKind() == null ? "UNKNOWN" : r.bodyKind();
    List<String> places = new ArrayList<>();
    places.add("COUNTRY|CN");
    if (r.provinceCode() != null) {
      places.add("PROVINCE|" + r.provinceCode());
    }
    if (r.prefectureCode() != null) {
      places.add("PREFECTURE|" + r.prefectureCode());
    }
    if (r.countyCode() != null) {
      places.add("COUNTY|" + r.countyCode());
    }
    for (String place : places) {
      for (String k : List.of(kind, "ALL")) {
        Tally t = rows.computeIfAbsent(r.year() + "|" + place + "|" + k + "|" + metric, x -> new Tally());
        // A body is a name within its region as read: two 教育局 of two counties are two bodies.
        t.add(value, coverage, r.rejected() ? null : r.body() == null ? r.reportId()
            : r.provinceCode() + "|" + r.prefectureCode() + "|" + r.countyCode() + "|" + r.body());
      }
    }
  }

  /** A report's metrics and indicators from its truth cells: a value, or the coverage that says why there is none. */
  static Map<String, Value> values(Report r) {
    Map<String, TruthCell> cells = new HashMap<>();
    Set<String> tables = new HashSet<>();
    for (TruthCell c : r.cells()) {
      cells.put(c.path(), c);
      tables.add(c.table());
    }
    Template t2 = template(r.templateT2());
    Template t3 = template(r.templateT3());
    Template tSide2 = isT(t2) ? t2 : isT(t3) ? t3 : null;
    Template tSide3 = isT(t3) ? t3 : tSide2;
    Map<String, Value> out = new java.util.LinkedHashMap<>();
    for (String key : CATALOG.keys()) {
      TableId table = CATALOG.table(key);
      Template template =
          switch (table) {
            case T2 -> tSide2;
            case T3, T4 -> tSide3;
            case S2014 -> t2 == Template.S2014 || t3 == Template.S2014 ? Template.S2014 : null;
          };
      Metric m = template == null ? null : CATALOG.metric(key, template);
      if (m == null) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      Coverage worst = Coverage.WITH_VALUE;
      for (CellRef ref : m.cells()) {
        TruthCell c = cells.get(ref.path());
        Coverage coverage;
        BigDecimal v = null;
        if (c == null || !tables.contains(ref.table().key()) || notFound(r, ref)) {
          coverage = Coverage.NOT_FOUND;
        } else if (c.semantic().equals("NUMERIC") || c.semantic().equals("ZERO")) {
          v = m.unit() == UnitKind.YUAN ? yuan(c) : c.value();
          coverage = v == null ? Coverage.NOT_NUMERIC : Coverage.WITH_VALUE;
        } else if (c.semantic().equals("EMPTY")) {
          coverage = Coverage.BLANK;
        } else {
          coverage = Coverage.NOT_NUMERIC;
        }
        if (v != null) {
          sum = sum.add(v);
        }
        worst = worse(worst, coverage);
      }
      out.put(key, new Value(worst == Coverage.WITH_VALUE ? sum : null, null, null, worst));
    }
    for (Indicator i : CATALOG.indicators()) {
      BigDecimal num = BigDecimal.ZERO;
      BigDecimal den = BigDecimal.ZERO;
      Coverage worst = Coverage.WITH_VALUE;
      boolean defined = true;
      for (List<String> side : List.of(i.numerator(), i.denominator())) {
        for (String key : side) {
          Value v = out.get(key);
          if (v == null) {
            defined = false;
            continue;
          }
          worst = worse(worst, v.coverage());
          if (v.value() != null) {
            if (side == i.numerator()) {
              num = num.add(v.value());
            } else {
              den = den.add(v.value());
            }
          }
        }
      }
      if (defined) {
        boolean known = worst == Coverage.WITH_VALUE;
        out.put(i.key(), new Value(null, known ? num : null, known ? den : null, worst));
      }
    }
    return out;
  }

  private static boolean notFound(Report r, CellRef ref) {
    String table = ref.table().key();
    return r.rowsNotFound().contains(table + "." + ref.row())
        || (ref.block() != null && r.rowsNotFound().contains(table + "." + ref.block()))
        || (ref.block() != null && r.rowsNotFound().contains(table + "." + ref.block() + "." + ref.row()));
  }

  /** Order of the reasons a sum takes from its terms: not found, then not numeric, then blank. */
  private static Coverage worse(Coverage a, Coverage b) {
    List<Coverage> order = List.of(Coverage.NOT_FOUND, Coverage.NOT_NUMERIC, Coverage.BLANK, Coverage.WITH_VALUE);
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  private static BigDecimal yuan(TruthCell c) {
    if (c.unit() == null) {
      return c.semantic().equals("ZERO") ? BigDecimal.ZERO : null;
    }
    return switch (c.unit()) {
      case "元" -> c.value();
      case "万元" -> c.value().multiply(BigDecimal.valueOf(10_000));
      case "亿元" -> c.value().multiply(BigDecimal.valueOf(100_000_000));
      default -> throw new IllegalArgumentException("Unknown unit " + c.unit() + " of truth cell " + c.path());
    };
  }

  private static Template template(String name) {
    return name == null || name.equals("none") || name.equals("unknown") ? null : Template.valueOf(name);
  }

  private static boolean isT(Template t) {
    return t == Template.T2019 || t == Template.T2021;
  }

  record Value(BigDecimal value, BigDecimal numerator, BigDecimal denominator, Coverage coverage) {}

  /** One expected row's figures. */
  static final class Tally {
    BigDecimal value;
    BigDecimal numerator;
    BigDecimal denominator;
    final Map<Coverage, Long> counts = new java.util.EnumMap<>(Coverage.class);
    final Set<String> bodies = new HashSet<>();

    void add(Value v, Coverage coverage, String body) {
      counts.merge(coverage, 1L, Long::sum);
      if (body != null) {
        bodies.add(body);
      }
      if (coverage == Coverage.WITH_VALUE) {
        if (v.value() != null) {
          value = value == null ? v.value() : value.add(v.value());
        }
        if (v.numerator() != null) {
          numerator = numerator == null ? v.numerator() : numerator.add(v.numerator());
          denominator = denominator == null ? v.denominator() : denominator.add(v.denominator());
        }
      }
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append("value=").append(plain(value)).append(" num=").append(plain(numerator)).append(" den=")
          .append(plain(denominator));
      long reports = 0;
      for (Coverage c : Coverage.values()) {
        long n = counts.getOrDefault(c, 0L);
        reports += n;
        sb.append(' ').append(c.column()).append('=').append(n);
      }
      return sb.append(" reports=").append(reports).append(" bodies=").append(bodies.size()).toString();
    }
  }

  /** A number in canonical plain form (1234, 0.5), or null. */
  public static String plain(BigDecimal v) {
    if (v == null) {
      return "null";
    }
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
