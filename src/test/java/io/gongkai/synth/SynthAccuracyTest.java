package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.parse.ReportParser;
import io.gongkai.report.Cell;
import io.gongkai.report.ParsedReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * End-to-end smoke: parses generated reports with {@link ReportParser} and measures cell accuracy (semantic, value
 * and unit exact) against the truth, per layout, printing the most common misses. The floor is loose on purpose:
 * the corpus exists to find parser misses, and the figures printed here are what to work from.
 */
class SynthAccuracyTest {
  static final int REPORTS = 200;

  /** Accuracy counts of one group of reports. */
  static final class Tally {
    long cells;
    long correct;
    int reports;

    double accuracy() {
      return cells == 0 ? 1 : (double) correct / cells;
    }
  }

  record Miss(String file, String path, String expected, String found) {}

  @Test
  void parserReadsGeneratedReports() {
    List<SynthCorpus.Item> corpus = SynthCorpus.generate(SynthCorpus.config(REPORTS, 11).build());
    ReportParser parser = new ReportParser();
    Map<String, Tally> byLayout = new TreeMap<>();
    Tally undamaged = new Tally();
    Tally damaged = new Tally();
    List<Miss> misses = new ArrayList<>();
    for (SynthCorpus.Item item : corpus) {
      ParsedReport parsed = parser.parse(item.report().fileName(), item.report().content());
      Tally layout = byLayout.computeIfAbsent(item.layout(), k -> new Tally());
      boolean isDamaged = item.truth().get("damaged").asBoolean();
      Tally group = isDamaged ? damaged : undamaged;
      layout.reports++;
      group.reports++;
      Map<String, Cell> found = new HashMap<>();
      for (Cell c : parsed.cells()) {
        found.put(key(c.table().key(), c.block(), c.row(), c.col()), c);
      }
      for (JsonNode t : item.truth().get("cells")) {
        String block = t.get("block").isNull() ? null : t.get("block").asText();
        String row = t.get("row").isNull() ? null : t.get("row").asText();
        Cell c = found.get(key(t.get("table").asText(), block, row, t.get("col").asText()));
        String expected = describe(t.get("semantic").asText(), value(t), text(t.get("unit")), t.get("raw").asText());
        String got = c == null ? "missing" : describe(c.kind().name(), c.value(), c.unit(), c.raw());
        boolean ok = c != null && c.kind().name().equals(t.get("semantic").asText())
            && Objects.equals(text(t.get("unit")), c.unit())
            && (value(t) == null ? c.value() == null : c.value() != null && value(t).compareTo(c.value()) == 0);
        layout.cells++;
        group.cells++;
        if (ok) {
          layout.correct++;
          group.correct++;
        } else {
          misses.add(new Miss(item.report().fileName() + " (" + item.layout() + ")", path(t), expected, got));
        }
      }
    }
    StringBuilder out = new StringBuilder("\nSynthetic corpus, " + REPORTS + " reports: cell accuracy per layout\n");
    byLayout.forEach((k, v) -> out.append(String.format("  %-24s %4d reports %7d cells  %.4f%n", k, v.reports,
        v.cells, v.accuracy())));
    out.append(String.format("  %-24s %4d reports %7d cells  %.4f%n", "undamaged", undamaged.reports,
        undamaged.cells, undamaged.accuracy()));
    out.append(String.format("  %-24s %4d reports %7d cells  %.4f%n", "damaged", damaged.reports, damaged.cells,
        damaged.accuracy()));
    Map<String, List<Miss>> byPath = new LinkedHashMap<>();
    for (Miss m : misses) {
      byPath.computeIfAbsent(m.path() + "  expected " + shape(m.expected()) + ", found " + shape(m.found()),
          k -> new ArrayList<>()).add(m);
    }
    out.append("Most common misses (cell path: expected vs found, count, example):\n");
    byPath.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, List<Miss>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .limit(25)
        .forEach(e -> {
          Miss m = e.getValue().get(0);
          out.append(String.format("  %4d  %s%n        e.g. %s: expected %s, found %s%n", e.getValue().size(),
              e.getKey(), m.file(), m.expected(), m.found()));
        });
    System.out.println(out);
    assertTrue(undamaged.accuracy() >= 0.9, "undamaged accuracy " + undamaged.accuracy() + out);
  }

  static String key(String table, String block, String row, String col) {
    return table + "|" + (table.equals("t3") || table.equals("s2014") ? null : block) + "|" + row + "|" + col;
  }

  private static String path(JsonNode t) {
    StringBuilder sb = new StringBuilder(t.get("table").asText());
    if (!t.get("block").isNull()) {
      sb.append('.').append(t.get("block").asText());
    }
    if (!t.get("row").isNull()) {
      sb.append('.').append(t.get("row").asText());
    }
    return sb.append('.').append(t.get("col").asText()).toString();
  }

  /** The kind of a description without its numbers: NUMERIC, ZERO, EMPTY… (for grouping misses). */
  private static String shape(String description) {
    int space = description.indexOf(' ');
    return space < 0 ? description : description.substring(0, space);
  }

  private static String describe(String kind, BigDecimal value, String unit, String raw) {
    return kind + " " + (value == null ? "-" : value.toPlainString()) + (unit == null ? "" : " " + unit) + " '" + raw
        + "'";
  }

  private static BigDecimal value(JsonNode t) {
    return t.get("value").isNull() ? null : t.get("value").decimalValue();
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
