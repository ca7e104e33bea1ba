package io.gongkai.jobs;

import io.gongkai.crossreport.TableDigest;
import io.gongkai.metric.Indicator;
import io.gongkai.metric.IndicatorEvaluator;
import io.gongkai.metric.IndicatorValue;
import io.gongkai.metric.MetricCatalog;
import io.gongkai.metric.MetricReader;
import io.gongkai.metric.MetricValue;
import io.gongkai.parse.ReportParser;
import io.gongkai.prose.BodyKind;
import io.gongkai.prose.BodyKindReader;
import io.gongkai.prose.ReportMeta;
import io.gongkai.prose.ReportScope;
import io.gongkai.prose.Sentence;
import io.gongkai.region.RegionMatch;
import io.gongkai.prose.StatedFigure;
import io.gongkai.prose.Theme;
import io.gongkai.report.Cell;
import io.gongkai.report.CellKind;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import io.gongkai.report.ParsedReport;
import io.gongkai.report.TableId;
import io.gongkai.report.Template;
import io.gongkai.report.ValueLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DecimalType;

/**
 * Converts one {@link ParsedReport} into its {@code reports} row and its rows of each child dataset, laid out by the
 * registry ({@link PerReportRows} gives them their full layout).
 */
final class ReportRows {
  private static final DecimalType VALUE = (DecimalType) Datasets.VALUE;
  private static final DecimalType YUAN = (DecimalType) Datasets.YUAN;
  private static final DecimalType METRIC = (DecimalType) Datasets.METRIC;
  private static final MetricReader METRIC_READER = new MetricReader();

  private ReportRows() {}

  /**
   * One report's {@code reports} row and its rows of each child dataset, in {@link Datasets#CHILDREN} order and in
   * their nested layout ({@link DatasetSpec#nestedColumns()}).
   */
  record Unpacked(Row report, List<List<Row>> children) {}

  static Unpacked unpacked(ParsedReport report, String path, ManifestEntry manifest) {
    Integer year = report.reportYear();
    String yearSource = year == null ? null : "parser";
    if (manifest != null && manifest.reportYear() != null) {
      year = manifest.reportYear();
      yearSource = "manifest";
    }
    RowWriter r = new RowWriter(Datasets.REPORTS);
    r.set("report_id", report.sha256())
        .set("file", report.fileName())
        .set("path", path)
        .set("size_bytes", report.sizeBytes())
        .set("format", report.format())
        .set("encoding", report.encoding())
        .set("status", report.status() == ParsedReport.Status.PARSED ? "parsed" : "rejected")
        .set("reject_reason", report.rejectReason())
        .set("reject_detail", report.rejectDetail())
        .set("report_year", year)
        .set("report_year_source", yearSource)
        .set("parsed_report_year", report.reportYear())
        .set("template_t2", name(report.templateT2()))
        .set("template_t3", name(report.templateT3()))
        .set("cell_count", (long) report.cells().size())
        .set("checks_pass", report.countChecks(CheckStatus.PASS))
        .set("checks_fail", report.countChecks(CheckStatus.FAIL))
        .set("checks_uncertain", report.countChecks(CheckStatus.UNCERTAIN))
        .set("flags", seq(report.flags()))
        .set("parser_version", ReportParser.VERSION);
    ReportMeta meta = report.prose().meta();
    if (manifest != null && manifest.body() != null) {
      r.set("body", manifest.body()).set("body_source", "manifest").set("body_confidence", 1.0);
    } else if (meta.body() != null) {
      r.set("body", meta.body())
          .set("body_source", "prose")
          .set("body_confidence", meta.bodyConfidence())
          .set("body_evidence", meta.bodyEvidence());
    }
    scope(r, report.prose().scope(), manifest);
    r.set("period_start", date(meta.periodStart())).set("period_end", date(meta.periodEnd()))
        .set("period_confidence", meta.periodStart() == null ? null : meta.periodConfidence());
    if (manifest != null && manifest.publishedAt() != null) {
      r.set("published_at", java.sql.Date.valueOf(manifest.publishedAt())).set("published_at_source", "manifest")
          .set("published_at_confidence", 1.0);
    } else if (meta.publishedAt() != null) {
      r.set("published_at", date(meta.publishedAt())).set("published_at_source", "prose")
          .set("published_at_confidence", meta.publishedAtConfidence());
    }
    if (manifest != null) {
      r.set("url", manifest.url());
    }
    region(r, report.prose().region(), manifest == null ? null : manifest.regionCode());
    // In Datasets.CHILDREN order, the order of the parsed schema's binary columns: a row in the wrong list fails to
    // pack with its column count named.
    List<List<Row>> children =
        List.of(
            cells(report, year),
            checks(report, year),
            requests(report, year),
            reviewLitigation(report, year),
            activeDisclosure(report, year),
            s2014(report, year),
            procurement(report, year),
            proseFigures(report, year),
            themes(report, year),
            metrics(report),
            tables(report),
            sentences(report));
    return new Unpacked(r.row(), children);
  }

  private static List<Row> cells(ParsedReport report, Integer year) {
    List<Row> rows = new ArrayList<>(report.cells().size());
    for (Cell cell : report.cells()) {
      rows.add(
          RowWriter.nested(Datasets.CELLS)
              .set("table", cell.table().key())
              .set("template", name(templateOf(report, cell.table())))
              .set("block", cell.block())
              .set("row", cell.row())
              .set("col", cell.col())
              .set("raw", cell.raw())
              .set("semantic", cell.kind().name())
              .set("value", scaled(cell.value(), VALUE))
              .set("unit", cell.unit())
              .set("amount_yuan", scaled(cell.amountYuan(), YUAN))
              .set("confidence", cell.confidence())
              .set("line", cell.line())
              .row());
    }
    return rows;
  }

  private static List<Row> checks(ParsedReport report, Integer year) {
    List<Row> rows = new ArrayList<>(report.checks().size());
    for (CheckResult check : report.checks()) {
      rows.add(check(RowWriter.nested(Datasets.CHECKS), check).row());
    }
    return rows;
  }

  /** Fills the {@code checks} columns of one evaluation (not the report's own columns). */
  static RowWriter check(RowWriter row, CheckResult check) {
    BigDecimal delta = check.left() == null || check.right() == null ? null : check.left().subtract(check.right());
    return row.set("check", check.check())
        .set("scope", check.scope())
        .set("status", check.status().name())
        .set("severity", check.severity().name())
        .set("left_value", scaled(check.left(), VALUE))
        .set("right_value", scaled(check.right(), VALUE))
        .set("delta", scaled(delta, VALUE))
        .set("expression", check.expression())
        .set("evidence", seq(check.evidence()));
  }

  private static List<Row> requests(ParsedReport report, Integer year) {
    Map<String, RowWriter> byApplicant = new LinkedHashMap<>();
    Map<String, Long> unreadable = new LinkedHashMap<>();
    for (Cell cell : report.cells()) {
      if (cell.table() != TableId.T3) {
        continue;
      }
      RowWriter w =
          byApplicant.computeIfAbsent(
              cell.col(),
              col ->
                  RowWriter.nested(Datasets.REQUESTS)
                      .set("template_t3", name(report.templateT3()))
                      .set("applicant", col));
      w.set(cell.row(), count(cell));
      if (!cell.kind().hasValue()) {
        unreadable.merge(cell.col(), 1L, Long::sum);
      }
    }
    List<Row> rows = new ArrayList<>();
    byApplicant.forEach((col, w) -> rows.add(w.set("unreadable_cells", unreadable.getOrDefault(col, 0L)).row()));
    return rows;
  }

  private static List<Row> reviewLitigation(ParsedReport report, Integer year) {
    RowWriter w = null;
    Map<String, Long> values = new LinkedHashMap<>();
    for (Cell cell : report.cells()) {
      if (cell.table() != TableId.T4) {
        continue;
      }
      if (w == null) {
        w = RowWriter.nested(Datasets.REVIEW_LITIGATION);
      }
      Long v = count(cell);
      w.set(cell.col(), v);
      values.put(cell.col(), v);
    }
    if (w == null) {
      return List.of();
    }
    Long direct = values.get("lit_direct_total");
    Long afterReview = values.get("lit_after_review_total");
    w.set("lit_total", direct == null || afterReview == null ? null : direct + afterReview);
    return List.of(w.row());
  }

  private static List<Row> activeDisclosure(ParsedReport report, Integer year) {
    Map<String, RowWriter> byRow = new LinkedHashMap<>();
    for (Cell cell : report.cells()) {
      if (cell.table() != TableId.T2) {
        continue;
      }
      RowWriter w =
          byRow.computeIfAbsent(
              cell.block() + "/" + cell.row(),
              k ->
                  RowWriter.nested(Datasets.ACTIVE_DISCLOSURE)
                      .set("template_t2", name(report.templateT2()))
                      .set("block", cell.block())
                      .set("row", cell.row()));
      boolean money = cell.col().equals("amount_wan_yuan") || cell.col().equals("total_amount");
      w.set(cell.col(), money ? scaled(cell.value(), VALUE) : count(cell));
      if (money) {
        w.set("amount_yuan", scaled(cell.amountYuan(), YUAN));
      }
    }
    List<Row> rows = new ArrayList<>();
    byRow.values().forEach(w -> rows.add(w.row()));
    return rows;
  }

  private static List<Row> s2014(ParsedReport report, Integer year) {
    RowWriter w = null;
    for (Cell cell : report.cells()) {
      if (cell.table() != TableId.S2014 || cell.row().startsWith("h_")) {
        continue;
      }
      if (w == null) {
        w = RowWriter.nested(Datasets.S2014_STATS);
      }
      w.set(cell.row(), cell.unit() != null ? scaled(cell.value(), VALUE) : count(cell));
    }
    return w == null ? List.of() : List.of(w.row());
  }

  private static List<Row> procurement(ParsedReport report, Integer year) {
    Cell count = null;
    Cell amount = null;
    for (Cell cell : report.cells()) {
      if (cell.table() == TableId.T2 && "gov_central_procurement".equals(cell.row())) {
        if (cell.col().equals("project_count")) {
          count = cell;
        } else if (cell.col().equals("total_amount")) {
          amount = cell;
        }
      }
    }
    if (count == null && amount == null) {
      return List.of();
    }
    List<String> flags = new ArrayList<>();
    if (amount != null && amount.kind() == CellKind.NUMERIC && amount.unit() == null) {
      flags.add("UNIT_MISSING");
    }
    return List.of(
        RowWriter.nested(Datasets.PROCUREMENT)
            .set("project_count", count == null ? null : count(count))
            .set("amount_raw", amount == null ? null : amount.raw())
            .set("amount_semantic", amount == null ? null : amount.kind().name())
            .set("amount", amount == null ? null : scaled(amount.value(), VALUE))
            .set("unit", amount == null ? null : amount.unit())
            .set("amount_yuan", amount == null ? null : scaled(amount.amountYuan(), YUAN))
            .set("flags", seq(flags))
            .row());
  }

  private static List<Row> proseFigures(ParsedReport report, Integer year) {
    List<Row> rows = new ArrayList<>();
    for (StatedFigure f : report.prose().figures()) {
      rows.add(
          RowWriter.nested(Datasets.PROSE_FIGURES)
              .set("section", f.section())
              .set("sentence", f.sentence())
              .set("clause", f.clause())
              .set("metric", f.metric())
              .set("value", scaled(f.value(), VALUE))
              .set("unit", f.unit())
              .set("approx", f.approx())
              .set("raw", f.raw())
              .row());
    }
    return rows;
  }

  private static List<Row> themes(ParsedReport report, Integer year) {
    List<Row> rows = new ArrayList<>();
    for (Theme t : report.prose().themes()) {
      rows.add(
          RowWriter.nested(Datasets.THEMES)
              .set("theme", t.theme())
              .set("keywords", seq(t.keywords()))
              .set("weight", t.weight())
              .row());
    }
    return rows;
  }

  private static List<Row> tables(ParsedReport report) {
    List<Row> rows = new ArrayList<>(4);
    for (TableDigest t : TableDigest.of(report.cells())) {
      rows.add(
          RowWriter.nested(Datasets.TABLES)
              .set("table", t.table().key())
              .set("template", name(templateOf(report, t.table())))
              .set("cells", t.cells())
              .set("numbers", t.numbers())
              .set("nonzero", t.nonZero())
              .set("blank", t.blank())
              .set("not_applicable", t.notApplicable())
              .set("digest", t.digest())
              .row());
    }
    return rows;
  }

  private static List<Row> sentences(ParsedReport report) {
    List<Sentence> sentences = report.prose().sentences();
    List<Row> rows = new ArrayList<>(sentences.size());
    for (int position = 0; position < sentences.size(); position++) {
      Sentence s = sentences.get(position);
      rows.add(
          RowWriter.nested(Datasets.SENTENCES)
              .set("section", s.section())
              .set("position", position)
              .set("line", s.line())
              .set("text", s.text())
              .row());
    }
    return rows;
  }

  /** The report's metrics, then its indicators with their operands (rollups sum the operands). */
  private static List<Row> metrics(ParsedReport report) {
    List<MetricValue> values = METRIC_READER.read(report);
    List<Row> rows = new ArrayList<>(values.size() + 8);
    Map<String, Template> templates = new java.util.HashMap<>();
    for (MetricValue v : values) {
      templates.put(v.metric(), v.template());
      rows.add(
          RowWriter.nested(Datasets.METRICS)
              .set("metric", v.metric())
              .set("kind", "METRIC")
              .set("template", name(v.template()))
              .set("unit", v.unit().name())
              .set("value", scaled(v.value(), METRIC))
              .set("no_value_reason", name(v.reason()))
              .row());
    }
    for (IndicatorValue v : IndicatorEvaluator.read(MetricCatalog.get().indicators(), values)) {
      Indicator indicator = MetricCatalog.get().indicator(v.indicator());
      rows.add(
          RowWriter.nested(Datasets.METRICS)
              .set("metric", v.indicator())
              .set("kind", "INDICATOR")
              .set("template", name(templates.get(indicator.numerator().get(0))))
              .set("unit", "RATIO")
              .set("numerator", scaled(v.numerator(), METRIC))
              .set("denominator", scaled(v.denominator(), METRIC))
              .set("ratio", v.ratio() == null ? null : v.ratio().doubleValue())
              .set("no_value_reason", name(v.reason()))
              .row());
    }
    return rows;
  }

  /**
   * The manifest's scope and body kind win, as its body does; a body kind not in the manifest is read from the row's
   * body: the manifest's when it names one (the prose's kind may be another body's), else the one the parser read.
   */
  private static void scope(RowWriter r, ReportScope read, ManifestEntry manifest) {
    if (manifest != null && manifest.scope() != null) {
      r.set("scope", manifest.scope().name()).set("scope_source", "manifest").set("scope_confidence", 1.0);
    } else if (read.scope() != null) {
      r.set("scope", read.scope().name())
          .set("scope_source", "prose")
          .set("scope_confidence", read.scopeConfidence())
          .set("scope_evidence", read.scopeEvidence());
    }
    if (manifest != null && manifest.bodyKind() != null) {
      r.set("body_kind", manifest.bodyKind().name())
          .set("body_kind_source", "manifest")
          .set("body_kind_confidence", 1.0);
      return;
    }
    String source = "prose";
    BodyKind kind = read.bodyKind();
    double confidence = read.bodyKindConfidence();
    String evidence = read.bodyKindEvidence();
    if (manifest != null && manifest.body() != null) {
      BodyKindReader.Reading fromManifest = BodyKindReader.read(manifest.body());
      source = "manifest_body";
      kind = fromManifest.kind();
      confidence = fromManifest.confidence();
      evidence = fromManifest.evidence();
    }
    if (kind != null) {
      r.set("body_kind", kind.name())
          .set("body_kind_source", source)
          .set("body_kind_confidence", confidence)
          .set("body_kind_evidence", evidence);
    }
  }

  /** The manifest's code wins; its levels and names come from the gazetteer. Else the resolver's reading. */
  private static void region(RowWriter r, RegionMatch resolved, String manifestCode) {
    RegionMatch region = resolved;
    String source = resolved.isEmpty() ? null : "prose";
    double confidence = resolved.confidence();
    if (manifestCode != null) {
      region = RegionLevels.of(manifestCode);
      source = "manifest";
      confidence = 1.0;
    }
    r.set("region_code", manifestCode != null ? manifestCode : region.code())
        .set("region_source", source)
        .set("region_confidence", source == null ? null : confidence)
        .set("province_code", region.provinceCode())
        .set("province_name", region.provinceName())
        .set("prefecture_code", region.prefectureCode())
        .set("prefecture_name", region.prefectureName())
        .set("county_code", region.countyCode())
        .set("county_name", region.countyName())
        .set("region_evidence", seq(region.evidence()));
  }

  private static java.sql.Date date(java.time.LocalDate date) {
    return date == null ? null : java.sql.Date.valueOf(date);
  }

  /** A count cell as a whole number; null when not printed as one (a decimal count stays in {@code cells} only). */
  private static Long count(Cell cell) {
    if (!cell.kind().hasValue()) {
      return null;
    }
    try {
      return cell.value().longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** Spark's external Row wants Scala sequences for array columns. */
  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  /**
   * The value at the column's scale; null when the column cannot hold it. Printed values always fit ({@link
   * ValueLimits}); a sum, a delta or a conversion to yuan of such values may not, and one report's garbage must not
   * fail the run's write.
   */
  private static BigDecimal scaled(BigDecimal value, DecimalType column) {
    if (value == null) {
      return null;
    }
    BigDecimal scaled = value.setScale(column.scale(), RoundingMode.HALF_EVEN);
    return scaled.precision() <= column.precision() ? scaled : null; // at the column's scale, digits are all that count
  }

  private static Template templateOf(ParsedReport report, TableId table) {
    return switch (table) {
      case T2 -> report.templateT2();
      case T3, T4 -> report.templateT3();
      case S2014 -> Template.S2014;
    };
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
