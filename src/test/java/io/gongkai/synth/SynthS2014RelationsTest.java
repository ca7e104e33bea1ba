package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.check.RelationEvaluator;
import io.gongkai.report.Cell;
import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import io.gongkai.report.TableId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every relation of relations.tsv, soft ones included (R-S14-DEDUP), judged on the printed S2014 cells of the truth:
 * a FAIL is always a planted anomaly recorded in the truth, never a side effect of the value model (spec §5).
 */
class SynthS2014RelationsTest {
  private static List<SynthCorpus.Item> corpus;

  @BeforeAll
  static void generate() {
    corpus = SynthCorpus.generate(SynthCorpus.config(400, 14).pdfShare(0).build());
  }

  @Test
  void everyS2014RelationFailIsPlanted() {
    Map<String, Integer> statuses = new TreeMap<>();
    int tables = 0;
    for (SynthCorpus.Item item : corpus) {
      List<Cell> cells = item.cells(TableId.S2014);
      if (cells.isEmpty()) {
        continue;
      }
      tables++;
      Set<String> planted = new HashSet<>();
      item.truth().get("planted").forEach(p -> planted.add(p.get("check").asText() + "|" + p.get("scope").asText()));
      for (CheckResult r : RelationEvaluator.standard().evaluate(cells)) {
        statuses.merge(r.check() + " " + r.status(), 1, Integer::sum);
        if (r.status() == CheckStatus.FAIL) {
          assertTrue(planted.contains(r.check() + "|" + r.scope()),
              item.report().fileName() + ": unplanted " + r.check() + "[" + r.scope() + "] FAIL: " + r.expression()
                  + "; planted " + planted);
        }
      }
    }
    assertTrue(tables > 50, "S2014 tables generated: " + tables);
    // The de-duplication rule is judged on most tables (not UNCERTAIN everywhere, which would prove nothing).
    assertTrue(statuses.getOrDefault("R-S14-DEDUP PASS", 0) > tables, "R-S14-DEDUP statuses " + statuses);
  }

  @Test
  void withoutPlantsNoS2014RelationFails() {
    List<SynthCorpus.Item> clean = SynthCorpus.generate(SynthCorpus.config(300, 15).pdfShare(0).anomalyRate(0)
        .proseContradictionRate(0).build());
    int tables = 0;
    for (SynthCorpus.Item item : clean) {
      List<Cell> cells = item.cells(TableId.S2014);
      if (cells.isEmpty()) {
        continue;
      }
      tables++;
      assertEquals(0, item.truth().get("planted").size(), item.report().fileName() + " " + item.truth().get("planted"));
      for (CheckResult r : RelationEvaluator.standard().evaluate(cells)) {
        assertTrue(r.status() != CheckStatus.FAIL,
            item.report().fileName() + ": " + r.check() + "[" + r.scope() + "] FAIL: " + r.expression());
      }
    }
    assertTrue(tables > 40, "S2014 tables generated: " + tables);
  }
}
