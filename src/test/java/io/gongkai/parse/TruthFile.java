package io.gongkai.parse;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.report.Cell;
import io.gongkai.report.CheckResult;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A hand-checked truth file ({@code src/test/resources/truth/}) and the comparison of a parsed report with it: every
 * labelled cell (kind, value, unit), every expected check status, the templates and the year.
 */
final class TruthFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final JsonNode truth;

  private TruthFile(String name, JsonNode truth) {
    this.name = name;
    this.truth = truth;
  }

  static TruthFile load(String name) {
    try {
      return new TruthFile(name, JSON.readTree(resource("/truth/" + name + ".truth.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report file the truth describes, as bundled in {@code samples/}. */
  String file() {
    return truth.get("file").asText();
  }

  byte[] sampleBytes() {
    return resource("/samples/" + file());
  }

  int cellCount() {
    return truth.get("cells").size();
  }

  int checkCount() {
    return truth.get("expected_checks").size();
  }

  /** Every difference between the report and this truth, as readable lines; empty when they agree. */
  List<String> mismatches(ParsedReport report) {
    List<String> misses = new ArrayList<>();
    expect(misses, "status", "PARSED", report.status().name());
    expect(misses, "report_year", truth.get("report_year").asInt(), report.reportYear());
    expect(misses, "template_t2", text(truth.get("template_t2")), name(report.templateT2()));
    expect(misses, "template_t3", text(truth.get("template_t3")), name(report.templateT3()));
    expect(misses, "body", text(truth.get("body")), report.prose().meta().body());
    for (JsonNode expected : truth.get("cells")) {
      String path = path(expected);
      Cell actual = find(report, expected);
      if (actual == null) {
        misses.add(path + ": missing, expected " + expected.get("raw"));
        continue;
      }
      expect(misses, path + " kind", expected.get("semantic").asText(), actual.kind().name());
      BigDecimal value = expected.get("value").isNull() ? null : expected.get("value").decimalValue();
      if (value == null ? actual.value() != null : actual.value() == null || value.compareTo(actual.value()) != 0) {
        misses.add(path + " value: expected " + value + ", found " + actual.value() + " (raw '" + actual.raw() + "')");
      }
      expect(misses, path + " unit", text(expected.get("unit")), actual.unit());
    }
    for (JsonNode expected : truth.get("expected_checks")) {
      String check = expected.get("check").asText();
      String scope = expected.get("scope").asText();
      CheckResult actual =
          report.checks().stream()
              .filter(c -> c.check().equals(check) && c.scope().equals(scope))
              .findFirst()
              .orElse(null);
      if (actual == null) {
        misses.add(check + "[" + scope + "]: not evaluated");
        continue;
      }
      expect(
          misses, check + "[" + scope + "] (" + actual.expression() + ")", expected.get("status").asText(),
          actual.status().name());
    }
    return misses;
  }

  @Override
  public String toString() {
    return name;
  }

  private static Cell find(ParsedReport report, JsonNode expected) {
    for (Cell cell : report.cells()) {
      if (cell.table().key().equals(expected.get("table").asText())
          && Objects.equals(cell.block(), text(expected.get("block")))
          && Objects.equals(cell.row(), text(expected.get("row")))
          && cell.col().equals(expected.get("col").asText())) {
        return cell;
      }
    }
    return null;
  }

  private static String path(JsonNode cell) {
    return cell.get("table").asText() + "." + text(cell.get("block")) + "." + text(cell.get("row")) + "."
        + cell.get("col").asText();
  }

  private static void expect(List<String> misses, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      misses.add(what + ": expected " + expected + ", found " + actual);
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  static byte[] resource(String path) {
    try (InputStream in = TruthFile.class.getResourceAsStream(path)) {
      assertNotNull(in, "missing test resource " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
