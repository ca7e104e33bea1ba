package io.gongkai.cli;

import io.gongkai.prose.ReportMeta;
import io.gongkai.prose.ReportScope;
import io.gongkai.prose.StatedFigure;
import io.gongkai.prose.Theme;
import io.gongkai.report.Cell;
import io.gongkai.report.CheckResult;
import io.gongkai.report.ParsedReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code parse --json} shape: the truth files' keys, in their order, plus what the parser adds. */
final class ReportJson {
  private ReportJson() {}

  static Map<String, Object> of(ParsedReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", report.fileName());
    json.put("status", report.status().name());
    json.put("reject_reason", report.rejectReason());
    json.put("reject_detail", report.rejectDetail());
    json.put("report_id", report.sha256());
    json.put("format", report.format());
    json.put("encoding", report.encoding());
    json.put("report_year", report.reportYear());
    json.put("template_t2", report.templateT2() == null ? null : report.templateT2().name());
    json.put("template_t3", report.templateT3() == null ? null : report.templateT3().name());
    List<Map<String, Object>> cells = new ArrayList<>();
    for (Cell cell : report.cells()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("table", cell.table().key());
      c.put("block", cell.block());
      c.put("row", cell.row());
      c.put("col", cell.col());
      c.put("raw", cell.raw());
      c.put("semantic", cell.kind().name());
      c.put("value", cell.value());
      c.put("unit", cell.unit());
      c.put("amount_yuan", cell.amountYuan());
      c.put("confidence", cell.confidence());
      cells.add(c);
    }
    json.put("cells", cells);
    List<Map<String, Object>> checks = new ArrayList<>();
    for (CheckResult check : report.checks()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("check", check.check());
      c.put("scope", check.scope());
      c.put("status", check.status().name());
      c.put("severity", check.severity().name());
      c.put("left", check.left());
      c.put("right", check.right());
      c.put("expression", check.expression());
      checks.add(c);
    }
    json.put("checks", checks);
    json.put("flags", report.flags());
    ReportMeta meta = report.prose().meta();
    json.put("body", meta.body());
    json.put("region_code", report.prose().region().code());
    json.put("region", report.prose().region().name());
    json.put("region_confidence", report.prose().region().confidence());
    json.put("body_confidence", meta.bodyConfidence());
    ReportScope scope = report.prose().scope();
    json.put("scope", scope.scope() == null ? null : scope.scope().name());
    json.put("scope_confidence", scope.scopeConfidence());
    json.put("scope_evidence", scope.scopeEvidence());
    json.put("body_kind", scope.bodyKind() == null ? null : scope.bodyKind().name());
    json.put("body_kind_confidence", scope.bodyKindConfidence());
    json.put("body_kind_evidence", scope.bodyKindEvidence());
    json.put("period_start", meta.periodStart() == null ? null : meta.periodStart().toString());
    json.put("period_end", meta.periodEnd() == null ? null : meta.periodEnd().toString());
    json.put("period_confidence", meta.periodConfidence());
    json.put("published_at", meta.publishedAt() == null ? null : meta.publishedAt().toString());
    json.put("published_at_confidence", meta.publishedAtConfidence());
    List<Map<String, Object>> figures = new ArrayList<>();
    for (StatedFigure figure : report.prose().figures()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("section", figure.section());
      f.put("metric", figure.metric());
      f.put("value", figure.value());
      f.put("unit", figure.unit());
      f.put("approx", figure.approx());
      f.put("clause", figure.clause());
      figures.add(f);
    }
    json.put("prose_figures", figures);
    List<Map<String, Object>> themes = new ArrayList<>();
    for (Theme theme : report.prose().themes()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("theme", theme.theme());
      t.put("keywords", theme.keywords());
      t.put("weight", theme.weight());
      themes.add(t);
    }
    json.put("themes", themes);
    return json;
  }
}
