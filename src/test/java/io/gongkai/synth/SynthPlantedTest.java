package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.check.RelationEvaluator;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import io.gongkai.report.TableId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Planted anomalies are reflected in the truth: a planted hard-relation break is a FAIL in expected_checks (a soft
 * one, R-S14-DEDUP, a FAIL of the printed cells, outside expected_checks), a planted prose contradiction a FAIL in
 * stated_figures, a planted cross-year break a FAIL in cross_year; and across bodies' consecutive years, carried_over
 * equals last year's carried_forward wherever nothing was planted.
 */
class SynthPlantedTest {
  private static List<SynthCorpus.Item> corpus;

  @BeforeAll
  static void generate() {
    corpus = SynthCorpus.generate(SynthCorpus.config(400, 21).pdfShare(0).anomalyRate(0.2)
        .proseContradictionRate(0.3).templateMixRate(0.2).build());
  }

  @Test
  void everyPlantableCheckIsPlantedAndFails() {
    Map<String, Integer> planted = new TreeMap<>();
    Map<String, SynthCorpus.Item> byFile = new HashMap<>();
    corpus.forEach(i -> byFile.put(i.report().fileName(), i));
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      Map<String, String> expected = new HashMap<>();
      t.get("expected_checks").forEach(c -> expected.put(c.get("check").asText() + "|" + c.get("scope").asText(),
          c.get("status").asText()));
      Map<String, String> stated = new HashMap<>();
      t.get("stated_figures").forEach(c -> stated.put(c.get("check").asText() + "|" + c.get("scope").asText(),
          c.get("status").asText()));
      Map<String, String> crossYear = new HashMap<>();
      t.get("cross_year").forEach(c -> crossYear.put(c.get("scope").asText(), c.get("status").asText()));
      Map<String, String> inForce = new HashMap<>();
      t.get("in_force_roll_forward").forEach(c -> inForce.put(c.get("scope").asText(), c.get("status").asText()));
      Map<String, String> stale = new HashMap<>();
      t.get("stale_tables").forEach(c -> stale.put(c.get("scope").asText(), c.get("status").asText()));
      for (JsonNode p : t.get("planted")) {
        String check = p.get("check").asText();
        String scope = p.get("scope").asText();
        planted.merge(check, 1, Integer::sum);
        String where = item.report().fileName() + " " + check + "[" + scope + "]";
        if (check.equals("TEMPLATE_YEAR_MISMATCH")) {
          assertTrue(t.get("flags").toString().contains("TEMPLATE_YEAR_MISMATCH(" + scope + ")"), where);
        } else if (check.startsWith("R-PROSE")) {
          assertEquals("FAIL", stated.get(check + "|" + scope), where);
        } else if (check.equals("R-T3-XYEAR")) {
          assertEquals("FAIL", crossYear.get(scope), where);
        } else if (check.equals("R-T2-INFORCE-XYEAR")) {
          // Not planted on purpose: a stock clamped at 0, or a planted or lost table-2 cell, breaks the roll-forward.
          assertEquals("FAIL", inForce.get(scope), where);
        } else if (check.equals("R-XR-STALE")) {
          assertEquals("FAIL", stale.get(scope), where);
        } else if (check.equals("R-XR-YOY")) {
          // The printed break: both years above 0, a ratio of 4 or more either way, beyond chance (p ≤ 0.001).
          String previous = t.get("cross_year").get(0).get("previous_file").asText();
          double now = printed(item, TableId.T3, "new_received", "total");
          double before = printed(byFile.get(previous), TableId.T3, "new_received", "total");
          assertTrue(now > 0 && before > 0 && (now / before >= 4 || now / before <= 0.25)
              && io.gongkai.crossreport.YearOverYear.chance(before, now, 1) <= 0.001, where + " " + before + " -> " + now);
        } else if (check.equals("R-XR-PEER") && scope.equals("new_received")) {
          // A large government's 总计 column printed 0 while its components are not (0 among large peers).
          double components = item.cells(TableId.T3).stream()
              .filter(c -> c.row().equals("new_received") && !c.col().equals("total") && c.value() != null)
              .mapToDouble(c -> c.value().doubleValue()).sum();
          assertTrue(printed(item, TableId.T3, "new_received", "total") == 0 && components > 0,
              where + " " + components);
        } else if (check.equals("R-XR-PEER")) {
          double denied = item.cells(TableId.T3).stream()
              .filter(c -> c.col().equals("total") && c.row().startsWith("denied_") && c.value() != null)
              .mapToDouble(c -> c.value().doubleValue()).sum();
          double answered = printed(item, TableId.T3, "result_total", "total");
          double granted = valueOrNaN(item, "granted") + valueOrNaN(item, "partial");
          assertTrue(answered >= 30 && (denied >= 0.4 * answered || granted <= 0.15 * answered),
              where + " " + denied + " denied, " + granted + " granted of " + answered);
        } else if (check.equals("R-S14-DEDUP") || check.equals("R-T2019-PUB-LE")) {
          // Soft: not in expected_checks (truth convention), so judged on the printed cells.
          TableId table = check.equals("R-S14-DEDUP") ? TableId.S2014 : TableId.T2;
          assertEquals(List.of(CheckStatus.FAIL), RelationEvaluator.standard().evaluate(item.cells(table))
              .stream().filter(r -> r.check().equals(check) && r.scope().equals(scope)).map(CheckResult::status)
              .toList(), where);
          assertFalse(expected.containsKey(check + "|" + scope), where + " listed in expected_checks");
        } else {
          assertEquals("FAIL", expected.get(check + "|" + scope), where);
        }
      }
    }
    for (String check : SynthConfig.PLANTABLE) {
      assertTrue(planted.getOrDefault(check, 0) > 0, check + " never planted: " + planted);
    }
    assertTrue(planted.keySet().stream().anyMatch(c -> c.startsWith("R-PROSE")), planted.toString());
    assertTrue(planted.containsKey("TEMPLATE_YEAR_MISMATCH"), planted.toString());
  }

  /** A table 3 total as printed, NaN when printed blank (a NaN compares false). */
  private static double valueOrNaN(SynthCorpus.Item item, String row) {
    return item.cells(TableId.T3).stream().filter(c -> c.row().equals(row) && c.col().equals("total"))
        .filter(c -> c.value() != null).mapToDouble(c -> c.value().doubleValue()).findFirst().orElse(Double.NaN);
  }

  private static double printed(SynthCorpus.Item item, TableId table, String row, String col) {
    return item.cells(table).stream().filter(c -> c.row().equals(row) && c.col().equals(col)).findFirst()
        .orElseThrow(() -> new AssertionError(item.report().fileName() + " has no " + row + "/" + col))
        .value().doubleValue();
  }

  @Test
  void aCorpusWithoutPlantsHasNoFailingHardCheck() {
    List<SynthCorpus.Item> clean = SynthCorpus.generate(SynthCorpus.config(120, 8).pdfShare(0).anomalyRate(0)
        .proseContradictionRate(0).build());
    for (SynthCorpus.Item item : clean) {
      for (JsonNode c : item.truth().get("expected_checks")) {
        // Only a previous year's planted break can carry into this one; with no plants every hard check holds.
        assertTrue(!c.get("status").asText().equals("FAIL"), item.report().fileName() + " " + c);
      }
      for (JsonNode c : item.truth().get("stated_figures")) {
        assertTrue(!"FAIL".equals(c.get("status").asText()), item.report().fileName() + " " + c);
      }
    }
  }

  @Test
  void carriedOverEqualsLastYearsCarriedForwardUnlessPlanted() {
    Map<String, JsonNode> byFile = truthsByFile();
    int compared = 0;
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      if (t.get("cross_year").isEmpty()) {
        continue;
      }
      JsonNode previous = byFile.get(t.get("cross_year").get(0).get("previous_file").asText());
      assertEquals(t.get("body").asText(), previous.get("body").asText());
      assertEquals(t.get("report_year").asInt() - 1, previous.get("report_year").asInt());
      TreeSet<String> plantedCols = new TreeSet<>();
      t.get("planted").forEach(p -> {
        if (p.get("check").asText().equals("R-T3-XYEAR")) {
          plantedCols.add(p.get("scope").asText());
        }
      });
      for (String col : Templates.T3_COLS) {
        JsonNode over = cell(t, "carried_over", col);
        JsonNode forward = cell(previous, "carried_forward", col);
        if (over.get("value").isNull() || forward.get("value").isNull()) {
          continue;
        }
        compared++;
        boolean same = over.get("value").decimalValue().compareTo(forward.get("value").decimalValue()) == 0;
        assertEquals(!plantedCols.contains(col), same, item.report().fileName() + " " + col);
      }
    }
    assertTrue(compared > 200, "compared " + compared + " carry-overs");
  }

  @Test
  void aCrossYearBreakIsFoundOnlyWhereBothYearsPrintANumber() {
    Map<String, JsonNode> byFile = truthsByFile();
    int blankSides = 0;
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      for (JsonNode x : t.get("cross_year")) {
        String col = x.get("scope").asText();
        JsonNode previous = byFile.get(x.get("previous_file").asText());
        boolean printed = !cell(t, "carried_over", col).get("value").isNull()
            && !cell(previous, "carried_forward", col).get("value").isNull();
        String where = item.report().fileName() + " " + col;
        if (!printed) {
          blankSides++;
          // A blank is never 0: the job cannot judge the pair, so the truth must not expect a FAIL there.
          assertEquals("UNCERTAIN", x.get("status").asText(), where);
          t.get("planted").forEach(p -> assertFalse(
              p.get("check").asText().equals("R-T3-XYEAR") && p.get("scope").asText().equals(col), where));
        }
      }
    }
    assertTrue(blankSides > 20, "pairs with a blank side: " + blankSides);
  }

  @Test
  void noBodyHasTwoReportsInOneYear() {
    Map<String, String> seen = new HashMap<>();
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      String key = t.get("body").asText() + "|" + t.get("region_code").asText() + "|" + t.get("report_year").asInt();
      String before = seen.put(key, item.report().fileName());
      assertTrue(before == null, key + ": " + before + " and " + item.report().fileName());
    }
  }

  private static Map<String, JsonNode> truthsByFile() {
    Map<String, JsonNode> byFile = new HashMap<>();
    corpus.forEach(i -> byFile.put(i.report().fileName(), i.truth()));
    return byFile;
  }

  private static JsonNode cell(JsonNode truth, String row, String col) {
    List<JsonNode> found = new ArrayList<>();
    truth.get("cells").forEach(c -> {
      if (c.get("table").asText().equals("t3") && c.get("row").asText().equals(row)
          && c.get("col").asText().equals(col)) {
        found.add(c);
      }
    });
    assertEquals(1, found.size());
    return found.get(0);
  }
}
