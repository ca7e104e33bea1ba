package io.gongkai.synth;

import java.util.List;

/**
 * Writes a truth file in the shape of src/test/resources/truth/ (shared/corpus/real/README.md), one cell and one
 * check per line, plus the generator's own keys: {@code layout}, {@code encoding}, {@code damaged}, {@code noise},
 * {@code flags}, {@code planted}, {@code region_code}, who the report speaks for ({@code scope}, {@code body_kind},
 * {@code province_code}, {@code prefecture_code}, {@code county_code}), {@code stated_figures}, {@code cross_year},
 * {@code in_force_roll_forward}, {@code stale_tables} (each table against the same body's of the year before, as
 * printed: R-XR-STALE),
 * and for a consolidated report {@code consolidated} and {@code consolidated_checks} (src/test/resources/truth/
 * README.md, "Synthetic truth files").
 */
final class TruthJson {
  private TruthJson() {}

  record Truth(
      String file,
      Body body,
      int year,
      String templateT2,
      String templateT3,
      String layout,
      String encoding,
      boolean damaged,
      List<String> noise,
      List<String> flags,
      List<Planted> planted,
      Sheet sheet,
      List<TruthChecks.Expected> checks,
      List<Stated> stated,
      List<String[]> crossYear,
      List<String[]> inForce,
      String previousFile,
      List<String[]> stale,
      String stalePreviousFile,
      Regions.Codes codes,
      Consolidation.Group group,
      List<Consolidation.Expected> consolidated) {}

  static String write(Truth t) {
    StringBuilder sb = new StringBuilder(32_768);
    sb.append("{\n");
    field(sb, "file", Json.str(t.file()));
    field(sb, "body", Json.str(t.body().name()));
    field(sb, "region", Json.str(t.body().region()));
    field(sb, "region_code", Json.str(t.body().regionCode()));
    field(sb, "scope", Json.str(t.group() == null ? "BODY" : "CONSOLIDATED"));
    field(sb, "body_kind", Json.str(t.body().bodyKind()));
    field(sb, "province_code", Json.str(t.codes().province()));
    field(sb, "prefecture_code", Json.str(t.codes().prefecture()));
    field(sb, "county_code", Json.str(t.codes().county()));
    field(sb, "report_year", Integer.toString(t.year()));
    field(sb, "template_t2", Json.str(t.templateT2()));
    field(sb, "template_t3", Json.str(t.templateT3()));
    field(sb, "complete", "true");
    field(sb, "layout", Json.str(t.layout()));
    field(sb, "encoding", Json.str(t.encoding()));
    field(sb, "damaged", Boolean.toString(t.damaged()));
    field(sb, "noise", strings(t.noise()));
    field(sb, "flags", strings(t.flags()));
    sb.append(" \"planted\": [");
    for (int i = 0; i < t.planted().size(); i++) {
      Planted p = t.planted().get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("  {\"check\": ").append(Json.str(p.check())).append(", \"scope\": ")
          .append(Json.str(p.scope()));
      if (p.related() != null) {
        sb.append(", \"related\": ").append(Json.str(p.related()));
      }
      sb.append('}');
    }
    sb.append(t.planted().isEmpty() ? "],\n" : "\n ],\n");
    sb.append(" \"cells\": [");
    boolean first = true;
    for (Sheet.Cell c : t.sheet().all()) {
      if (!c.printed) {
        continue; // absent is not blank: a cell cut off has no entry
      }
      sb.append(first ? "\n" : ",\n");
      first = false;
      sb.append("  {\"table\": ").append(Json.str(c.table)).append(", \"block\": ")
          .append(Json.str(c.table.equals("t3") || c.table.equals("s2014") ? null : c.block)).append(", \"row\": ")
          .append(Json.str(c.row)).append(", \"col\": ").append(Json.str(c.col)).append(", \"raw\": ")
          .append(Json.str(c.raw)).append(", \"semantic\": ").append(Json.str(c.kind.name())).append(", \"value\": ")
          .append(Json.num(c.value)).append(", \"unit\": ").append(Json.str(c.unit)).append('}');
    }
    sb.append("\n ],\n");
    sb.append(" \"expected_checks\": [");
    for (int i = 0; i < t.checks().size(); i++) {
      TruthChecks.Expected e = t.checks().get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("  {\"check\": ").append(Json.str(e.check())).append(", \"scope\": ")
          .append(Json.str(e.scope())).append(", \"status\": ").append(Json.str(e.status())).append('}');
    }
    sb.append(t.checks().isEmpty() ? "],\n" : "\n ],\n");
    sb.append(" \"stated_figures\": [");
    for (int i = 0; i < t.stated().size(); i++) {
      Stated s = t.stated().get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("  {\"check\": ").append(Json.str(s.check())).append(", \"scope\": ")
          .append(Json.str(s.scope())).append(", \"stated\": ").append(Json.num(s.stated())).append(", \"table\": ")
          .append(Json.num(s.table())).append(", \"approx\": ").append(s.approx()).append(", \"status\": ")
          .append(Json.str(s.status())).append('}');
    }
    sb.append(t.stated().isEmpty() ? "],\n" : "\n ],\n");
    sb.append(" \"cross_year\": [");
    for (int i = 0; i < t.crossYear().size(); i++) {
      String[] x = t.crossYear().get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("  {\"check\": \"R-T3-XYEAR\", \"scope\": ").append(Json.str(x[0]))
          .append(", \"status\": ").append(Json.str(x[1])).append(", \"previous_file\": ")
          .append(Json.str(t.previousFile())).append('}');
    }
    sb.append(t.crossYear().isEmpty() ? "],\n" : "\n ],\n");
    sb.append(" \"in_force_roll_forward\": [");
    for (int i = 0; i < t.inForce().size(); i++) {
      String[] x = t.inForce().get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("  {\"check\": \"R-T2-INFORCE-XYEAR\", \"scope\": ")
          .append(Json.str(x[0])).append(", \"status\": ").append(Json.str(x[1])).append(", \"previous_file\": ")
          .append(Json.str(t.previousFile())).append('}');
    }
    sb.append(t.inForce().isEmpty() ? "],\n" : "\n ],\n");
    sb.append(" \"stale_tables\": [");
    for (int i = 0; i < t.stale().size(); i++) {
      String[] x = t.stale().get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("  {\"check\": \"R-XR-STALE\", \"scope\": ")
          .append(Json.str(x[0])).append(", \"status\": ").append(Json.str(x[1])).append(", \"previous_file\": ")
          .append(Json.str(t.stalePreviousFile())).append('}');
    }
    sb.append(t.stale().isEmpty() ? "],\n" : "\n ],\n");
    Consolidation.Group g = t.group();
    if (g == null) {
      sb.append(" \"consolidated\": null,\n");
    } else {
      sb.append(" \"consolidated\": {\"level\": ").append(Json.str(g.level())).append(", \"mode\": ")
          .append(Json.str(g.mode.name())).append(", \"bodies\": ").append(strings(g.files()))
          .append(", \"omitted\": ").append(Json.str(g.omittedFile())).append("},\n");
    }
    sb.append(" \"consolidated_checks\": [");
    for (int i = 0; i < t.consolidated().size(); i++) {
      Consolidation.Expected e = t.consolidated().get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("  {\"check\": ").append(Json.str(Consolidation.CHECK))
          .append(", \"metric\": ").append(Json.str(e.metric())).append(", \"consolidated\": ")
          .append(Json.num(e.consolidated())).append(", \"bodies\": ").append(Json.num(e.bodies()))
          .append(", \"status\": ").append(Json.str(e.status())).append('}');
    }
    sb.append(t.consolidated().isEmpty() ? "],\n" : "\n ],\n");
    sb.append(" \"notes\": ").append(Json.str(notes(t))).append("\n}\n");
    return sb.toString();
  }

  private static String notes(Truth t) {
    StringBuilder sb = new StringBuilder("Synthetic report (gongkai synth): ");
    sb.append(t.layout()).append(" rendering, ").append(t.encoding());
    if (!t.noise().isEmpty()) {
      sb.append("; noise ").append(String.join(", ", t.noise()));
    }
    if (!t.planted().isEmpty()) {
      sb.append("; planted ");
      for (int i = 0; i < t.planted().size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(t.planted().get(i).check()).append('[').append(t.planted().get(i).scope())
            .append(']');
      }
    }
    if (t.group() != null) {
      sb.append(". Consolidated report of ").append(t.body().region()).append(" (").append(t.group().level())
          .append("), compiled by ").append(t.body().office()).append(" from ").append(t.group().files().size())
          .append(" body reports, ").append(t.group().mode).append('.');
      return sb.toString();
    }
    sb.append(". Body ").append(t.body().name()).append(" (").append(t.body().kind()).append("), region ")
        .append(t.body().region()).append('.');
    return sb.toString();
  }

  private static void field(StringBuilder sb, String key, String json) {
    sb.append(" \"").append(key).append("\": ").append(json).append(",\n");
  }

  private static String strings(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(Json.str(items.get(i)));
    }
    return sb.append(']').toString();
  }
}
