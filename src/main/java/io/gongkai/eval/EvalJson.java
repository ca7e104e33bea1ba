package io.gongkai.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an {@link EvalResult}: one object, keys in a fixed order, written by hand so the field names are
 * constants here and nowhere else. Rates are numbers between 0 and 1, or null where undefined; cell values are plain
 * decimals in their printed unit.
 *
 * <pre>
 * truth_files, reports_matched, unmatched[],
 * cells_total, cells_correct, cell_accuracy, cell_accuracy_undamaged, cell_accuracy_damaged,
 * undamaged{cells,correct,accuracy}, damaged{…}, damaging_noise[], empty_reported_as_zero,
 * blanks_read_as_zero[{file,truth,path,found{kind,value,unit,raw}}],
 * by_layout{name: {cells,correct,accuracy}}, by_template{…}, by_noise{…},
 * checks_total, checks_agreed, check_agreement,
 * by_check{id: {evaluated,agreed,agreement,tp,fp,fn,unlabelled,precision,recall}},
 * worst[{file,truth,report_id,layout,noise[],cells,wrong,empty_reported_as_zero,
 *        misses[{path,problem,expected{kind,value,unit,raw},found{…}|null}],
 *        check_misses[{check,scope,expected,found}]}]
 * </pre>
 */
public final class EvalJson {
  /** Every top-level key, in the order written. */
  public static final List<String> FIELDS =
      List.of(
          "truth_files", "reports_matched", "unmatched", "cells_total", "cells_correct", "cell_accuracy",
          "cell_accuracy_undamaged", "cell_accuracy_damaged", "undamaged", "damaged", "damaging_noise",
          "empty_reported_as_zero", "blanks_read_as_zero", "by_layout", "by_template", "by_noise", "checks_total", "checks_agreed",
          "check_agreement", "by_check", "worst");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private EvalJson() {}

  public static String write(EvalResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("truth_files", result.truthFiles());
    root.put("reports_matched", result.reportsMatched());
    strings(root.putArray("unmatched"), result.unmatched());
    root.put("cells_total", result.cellsTotal());
    root.put("cells_correct", result.cellsCorrect());
    rate(root, "cell_accuracy", result.cellAccuracy());
    rate(root, "cell_accuracy_undamaged", result.cellAccuracyUndamaged());
    rate(root, "cell_accuracy_damaged", result.cellAccuracyDamaged());
    tally(root.putObject("undamaged"), result.undamaged());
    tally(root.putObject("damaged"), result.damaged());
    strings(root.putArray("damaging_noise"), TruthReport.DAMAGING_NOISE);
    root.put("empty_reported_as_zero", result.emptyReportedAsZero());
    ArrayNode blanks = root.putArray("blanks_read_as_zero");
    for (BlankReadAsZero blank : result.blanksReadAsZero()) {
      ObjectNode b = blanks.addObject();
      b.put("file", blank.file());
      b.put("truth", blank.truth());
      b.put("path", blank.miss().path());
      WarehouseCell f = blank.miss().found();
      cell(b.putObject("found"), f.semantic(), f.value(), f.unit(), f.raw());
    }
    tallies(root.putObject("by_layout"), result.byLayout());
    tallies(root.putObject("by_template"), result.byTemplate());
    tallies(root.putObject("by_noise"), result.byNoise());
    CheckTally checks = result.checks();
    root.put("checks_total", checks.evaluated());
    root.put("checks_agreed", checks.agreed());
    rate(root, "check_agreement", checks.agreement());
    ObjectNode byCheck = root.putObject("by_check");
    result.byCheck().forEach((id, t) -> check(byCheck.putObject(id), t));
    ArrayNode worst = root.putArray("worst");
    for (ReportScore score : result.worst()) {
      report(worst.addObject(), score);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write evaluation JSON", e);
    }
  }

  private static void report(ObjectNode node, ReportScore score) {
    node.put("file", score.file());
    node.put("truth", score.truth());
    node.put("report_id", score.reportId());
    node.put("layout", score.layout());
    strings(node.putArray("noise"), score.noise());
    node.put("cells", score.cells().total());
    node.put("wrong", score.cells().wrong());
    node.put("empty_reported_as_zero", score.emptyAsZero());
    ArrayNode misses = node.putArray("misses");
    for (CellMiss miss : score.misses()) {
      ObjectNode m = misses.addObject();
      m.put("path", miss.path());
      m.put("problem", miss.problem());
      TruthCell e = miss.expected();
      if (e == null) {
        m.putNull("expected"); // an extra cell: the truth's report did not print it
      } else {
        cell(m.putObject("expected"), e.semantic(), e.value(), e.unit(), e.raw());
      }
      WarehouseCell f = miss.found();
      if (f == null) {
        m.putNull("found");
      } else {
        cell(m.putObject("found"), f.semantic(), f.value(), f.unit(), f.raw());
      }
    }
    ArrayNode checkMisses = node.putArray("check_misses");
    for (CheckMiss miss : score.checkMisses()) {
      ObjectNode m = checkMisses.addObject();
      m.put("check", miss.check());
      m.put("scope", miss.scope());
      m.put("expected", miss.expected());
      m.put("found", miss.found());
    }
  }

  private static void cell(ObjectNode node, String kind, BigDecimal value, String unit, String raw) {
    node.put("kind", kind);
    node.put("value", value == null ? null : CellMiss.plain(value));
    node.put("unit", unit);
    node.put("raw", raw);
  }

  private static void check(ObjectNode node, CheckTally t) {
    node.put("evaluated", t.evaluated());
    node.put("agreed", t.agreed());
    rate(node, "agreement", t.agreement());
    node.put("tp", t.tp());
    node.put("fp", t.fp());
    node.put("fn", t.fn());
    node.put("unlabelled", t.unlabelled());
    rate(node, "precision", t.precision());
    rate(node, "recall", t.recall());
  }

  private static void tallies(ObjectNode node, Map<String, Tally> tallies) {
    tallies.forEach((name, t) -> tally(node.putObject(name), t));
  }

  private static void tally(ObjectNode node, Tally t) {
    node.put("cells", t.total());
    node.put("correct", t.correct());
    rate(node, "accuracy", t.accuracy());
  }

  private static void rate(ObjectNode node, String field, double rate) {
    if (Double.isNaN(rate)) {
      node.putNull(field);
    } else {
      node.put(field, rate);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
