package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.eval.TruthReader;
import io.gongkai.eval.TruthReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the rollup test needs from a generated corpus of 600 reports at the default rates: several years and provinces,
 * every body kind, blanks and damaged renderings, the level codes of every report, and consolidated reports with each
 * expected R-XR-CONSOLIDATED status, whose figures and statuses are recomputed here from the bodies' truth cells.
 */
class SynthConsolidatedTest {
  private static final int REPORTS = 600;
  private static List<SynthCorpus.Item> corpus;
  private static Map<String, JsonNode> byFile;

  @BeforeAll
  static void generate() {
    corpus = SynthCorpus.generate(SynthCorpus.config(REPORTS, 11).pdfShare(0).build());
    byFile = new HashMap<>();
    corpus.forEach(i -> byFile.put(i.report().fileName(), i.truth()));
  }

  @Test
  void corpusHasWhatTheRollupTestNeeds() {
    TreeSet<Integer> years = new TreeSet<>();
    TreeSet<String> provinces = new TreeSet<>();
    TreeSet<String> kinds = new TreeSet<>();
    TreeSet<String> levels = new TreeSet<>();
    Map<String, Integer> statuses = new TreeMap<>();
    int bodies = 0;
    int consolidated = 0;
    int blanks = 0;
    int damaged = 0;
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      String scope = t.get("scope").asText();
      if (scope.equals("BODY")) {
        assertEquals(bodies, Integer.parseInt(item.report().fileName().substring(1, 7)), "BODY reports come first");
        bodies++;
        years.add(t.get("report_year").asInt());
        provinces.add(t.get("province_code").asText());
        kinds.add(t.get("body_kind").asText());
      } else {
        assertEquals("CONSOLIDATED", scope);
        assertTrue(item.report().fileName().startsWith("c"), item.report().fileName());
        consolidated++;
        levels.add(t.get("consolidated").get("level").asText());
        // One status per report: the one of its first metric, new_received.
        JsonNode first = t.get("consolidated_checks").get(0);
        assertEquals("new_received", first.get("metric").asText());
        statuses.merge(first.get("status").asText(), 1, Integer::sum);
      }
      boolean blank = false;
      for (JsonNode c : t.get("cells")) {
        blank |= c.get("semantic").asText().equals("EMPTY") && !c.get("row").asText().startsWith("h_");
      }
      blanks += blank ? 1 : 0;
      damaged += t.get("damaged").asBoolean() ? 1 : 0;
    }
    assertEquals(REPORTS, bodies);
    assertTrue(years.size() >= 3, "years " + years);
    assertTrue(provinces.size() >= 5, "provinces " + provinces);
    assertEquals(new TreeSet<>(List.of("GOVERNMENT", "DEPARTMENT", "TOWNSHIP", "OTHER")), kinds);
    assertTrue(consolidated >= 3, "consolidated reports: " + consolidated);
    assertEquals(new TreeSet<>(List.of("PASS", "FAIL", "UNCERTAIN")), new TreeSet<>(statuses.keySet()),
        "new_received statuses of the consolidated reports " + statuses + " at levels " + levels);
    assertTrue(levels.size() >= 2, "levels " + levels);
    assertTrue(blanks > 20, "reports with blank cells: " + blanks);
    assertTrue(damaged > 10, "damaged renderings: " + damaged);
  }

  @Test
  void everyReportHasTheLevelCodesOfItsRegion() {
    int directCounties = 0;
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      String code = t.get("region_code").asText();
      String where = item.report().fileName() + " " + code;
      assertEquals(code.substring(0, 2), t.get("province_code").asText(), where);
      JsonNode prefecture = t.get("prefecture_code");
      JsonNode county = t.get("county_code");
      if (code.length() >= 6) {
        assertEquals(code.substring(0, 6), county.asText(), where);
      } else {
        assertTrue(county.isNull(), where);
      }
      if (code.length() == 4) {
        assertEquals(code, prefecture.asText(), where);
      } else if (code.length() == 2) {
        assertTrue(prefecture.isNull(), where);
      } else if (prefecture.isNull()) {
        directCounties++;
      } else {
        assertEquals(code.substring(0, 4), prefecture.asText(), where);
      }
    }
    assertTrue(directCounties > 0, "no county directly under a province (市辖区, 省直辖县级行政区划)");
  }

  @Test
  void otherBodiesAndGovernmentOfficesHaveTheirKinds() {
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      String body = t.get("body").asText();
      String kind = t.get("body_kind").asText();
      if (t.get("scope").asText().equals("CONSOLIDATED")) {
        assertEquals("GOVERNMENT", kind, body);
      } else if (body.endsWith("管理委员会") || body.endsWith("住房公积金管理中心")) {
        assertEquals("OTHER", kind, body);
      } else if (body.endsWith("人民政府办公室") || body.endsWith("人民政府办公厅") || body.endsWith("人民政府")
          && !body.endsWith("镇人民政府") && !body.endsWith("乡人民政府") || body.endsWith("行政公署")) {
        assertEquals("GOVERNMENT", kind, body);
      } else if (body.endsWith("镇人民政府") || body.endsWith("乡人民政府") || body.endsWith("街道办事处")) {
        assertEquals("TOWNSHIP", kind, body);
      } else {
        assertEquals("DEPARTMENT", kind, body);
      }
    }
  }

  /** The bodies a consolidated report sums: every BODY report with table 3 of its year under its region. */
  @Test
  void consolidatedReportsListTheBodiesOfTheirRegionAndYear() {
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      if (!t.get("scope").asText().equals("CONSOLIDATED")) {
        continue;
      }
      String code = t.get("region_code").asText();
      List<String> expected = new ArrayList<>();
      for (SynthCorpus.Item b : corpus) {
        JsonNode bt = b.truth();
        if (bt.get("scope").asText().equals("BODY") && bt.get("report_year").asInt() == t.get("report_year").asInt()
            && !bt.get("template_t3").asText().equals("S2014") && under(bt, code)) {
          expected.add(b.report().fileName());
        }
      }
      List<String> listed = new ArrayList<>();
      t.get("consolidated").get("bodies").forEach(f -> listed.add(f.asText()));
      assertEquals(expected, listed, item.report().fileName());
      assertTrue(listed.size() >= 2, item.report().fileName());
      String text = new String(item.report().content(), charset(t.get("encoding").asText()));
      assertTrue(text.contains("汇总编制") || text.contains("彙總編制"), item.report().fileName() + " says it is compiled");
      if (!item.noise().contains(Noise.TRADITIONAL)) {
        assertTrue(text.contains(t.get("body").asText() + t.get("report_year").asInt() + "年"),
            item.report().fileName() + " has a region, no organ, in its title");
      }
    }
  }

  @Test
  void aPassingConsolidatedReportHoldsTheSumOfItsBodiesTruthCells() {
    int compared = 0;
    int reports = 0;
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      if (!t.get("scope").asText().equals("CONSOLIDATED")
          || !t.get("consolidated").get("mode").asText().equals("COMPLETE")) {
        continue;
      }
      reports++;
      String template = t.get("template_t3").asText();
      Map<String, BigDecimal> sums = new TreeMap<>();
      TreeSet<String> unknown = new TreeSet<>();
      for (JsonNode f : t.get("consolidated").get("bodies")) {
        JsonNode body = byFile.get(f.asText());
        for (JsonNode c : body.get("cells")) {
          String table = c.get("table").asText();
          if (!table.equals("t3") && !table.equals("t4")) {
            continue;
          }
          String key = table + "." + row(c.get("row").asText(), template) + "." + c.get("col").asText();
          if (c.get("value").isNull()) {
            unknown.add(key);
          } else {
            sums.merge(key, c.get("value").decimalValue(), BigDecimal::add);
          }
        }
      }
      for (JsonNode c : t.get("cells")) {
        String table = c.get("table").asText();
        if (!table.equals("t3") && !table.equals("t4")) {
          continue;
        }
        String key = table + "." + c.get("row").asText() + "." + c.get("col").asText();
        assertFalse(c.get("value").isNull(), item.report().fileName() + " prints " + key);
        if (!unknown.contains(key)) {
          compared++;
          assertEquals(0, sums.getOrDefault(key, BigDecimal.ZERO).compareTo(c.get("value").decimalValue()),
              item.report().fileName() + " " + key + ": bodies " + sums.get(key) + ", consolidated " + c.get("value"));
        }
      }
    }
    assertTrue(reports > 0, "no COMPLETE consolidated report");
    assertTrue(compared > 100, "compared " + compared + " cells");
  }

  @Test
  void expectedStatusesFollowFromTheTruthCells() {
    for (SynthCorpus.Item item : corpus) {
      JsonNode t = item.truth();
      if (!t.get("scope").asText().equals("CONSOLIDATED")) {
        assertTrue(t.get("consolidated").isNull());
        assertEquals(0, t.get("consolidated_checks").size());
        continue;
      }
      assertEquals(Consolidation.METRICS.size(), t.get("consolidated_checks").size());
      for (JsonNode check : t.get("consolidated_checks")) {
        String metric = check.get("metric").asText();
        BigDecimal consolidated = metric(t, metric);
        BigDecimal bodies = BigDecimal.ZERO;
        BigDecimal printed = BigDecimal.ZERO;
        for (JsonNode f : t.get("consolidated").get("bodies")) {
          BigDecimal v = metric(byFile.get(f.asText()), metric);
          bodies = bodies == null || v == null ? null : bodies.add(v);
          printed = v == null ? printed : printed.add(v);
        }
        // Counts are never negative: printed values above the total fail whatever the missing ones hold.
        String status = printed.compareTo(consolidated) > 0 ? "FAIL"
            : bodies != null && bodies.compareTo(consolidated) == 0 ? "PASS" : "UNCERTAIN";
        String where = item.report().fileName() + " " + metric;
        assertEquals("R-XR-CONSOLIDATED", check.get("check").asText(), where);
        assertEquals(status, check.get("status").asText(), where);
        assertEquals(0, consolidated.compareTo(check.get("consolidated").decimalValue()), where);
        if (bodies == null) {
          assertTrue(check.get("bodies").isNull(), where);
        } else {
          assertEquals(0, bodies.compareTo(check.get("bodies").decimalValue()), where);
        }
      }
      // A consolidated table breaks a hard relation only where a body it sums does.
      boolean bodyFails = false;
      for (JsonNode f : t.get("consolidated").get("bodies")) {
        for (JsonNode c : byFile.get(f.asText()).get("expected_checks")) {
          bodyFails |= c.get("status").asText().equals("FAIL") && c.get("check").asText().matches("R-T[34]-.*");
        }
      }
      if (!bodyFails) {
        for (JsonNode c : t.get("expected_checks")) {
          assertFalse(c.get("status").asText().equals("FAIL"), item.report().fileName() + " " + c);
        }
      }
    }
  }

  @Test
  void truthReaderReadsWhoEachReportSpeaksFor() {
    int consolidated = 0;
    for (SynthCorpus.Item item : corpus) {
      TruthReport t = TruthReader.read(item.report().fileName(),
          item.report().truthJson().getBytes(StandardCharsets.UTF_8));
      assertNotNull(t.speaksFor(), item.report().fileName());
      JsonNode json = item.truth();
      assertEquals(json.get("scope").asText(), t.speaksFor().scope());
      assertEquals(json.get("body_kind").asText(), t.speaksFor().bodyKind());
      assertEquals(json.get("province_code").asText(), t.speaksFor().provinceCode());
      if (json.get("prefecture_code").isNull()) {
        assertNull(t.speaksFor().prefectureCode());
      }
      if (t.speaksFor().consolidated()) {
        consolidated++;
        assertEquals(Consolidation.METRICS.size(), t.consolidatedChecks().size());
        assertEquals("new_received", t.consolidatedChecks().get(0).scope());
      } else {
        assertEquals(List.of(), t.consolidatedChecks());
      }
    }
    assertTrue(consolidated > 0);
  }

  private static java.nio.charset.Charset charset(String encoding) {
    return switch (encoding) {
      case "GB18030" -> java.nio.charset.Charset.forName("GB18030");
      case "UTF-16LE" -> StandardCharsets.UTF_16LE;
      case "UTF-16BE" -> StandardCharsets.UTF_16BE;
      default -> StandardCharsets.UTF_8;
    };
  }

  private static boolean under(JsonNode body, String code) {
    return switch (code.length()) {
      case 2 -> code.equals(body.get("province_code").asText());
      case 4 -> code.equals(body.get("prefecture_code").asText());
      default -> code.equals(body.get("county_code").asText());
    };
  }

  /** A body's table-3 row as the consolidated template holds it: the （六） rows of the other template mapped. */
  private static String row(String row, String template) {
    if (template.equals("T2021") && row.equals("other_handling")) {
      return "other_other";
    }
    if (template.equals("T2019") && row.startsWith("other_")) {
      return "other_handling";
    }
    return row;
  }

  private static BigDecimal metric(JsonNode truth, String metric) {
    return switch (metric) {
      case "review_total" -> cell(truth, "t4", "review_total");
      case "lit_total" -> {
        BigDecimal a = cell(truth, "t4", "lit_direct_total");
        BigDecimal b = cell(truth, "t4", "lit_after_review_total");
        yield a == null || b == null ? null : a.add(b);
      }
      case "processed_total" -> cell(truth, "t3.result_total", "total");
      default -> cell(truth, "t3." + metric, "total");
    };
  }

  /** The value of the cell at {@code t3.row}/{@code col} or {@code t4}/{@code col}, null when it has none. */
  private static BigDecimal cell(JsonNode truth, String where, String col) {
    for (JsonNode c : truth.get("cells")) {
      String at = c.get("table").asText() + (c.get("row").isNull() ? "" : "." + c.get("row").asText());
      if (at.equals(where) && c.get("col").asText().equals(col)) {
        return c.get("value").isNull() ? null : c.get("value").decimalValue();
      }
    }
    throw new AssertionError("no cell " + where + "." + col + " in " + truth.get("file"));
  }
}
