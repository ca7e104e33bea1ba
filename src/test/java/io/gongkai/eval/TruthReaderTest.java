package io.gongkai.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TruthReader} on a real truth file, a synthetic-shaped one, and malformed ones (exact messages). */
class TruthReaderTest {
  @Test
  void realTruthHasTheRealLayoutNoNoiseAndLabelsNoAnomalies() throws IOException {
    TruthReport t = TruthReader.read("002.truth.json", resource("/truth/002_02af2ddfabc85d6c.truth.json"));

    assertEquals("002_02af2ddfabc85d6c.txt", t.file());
    assertEquals("real", t.layout());
    assertEquals(List.of(), t.noise());
    assertNull(t.encoding());
    assertEquals("T2019", t.templateT2());
    assertEquals(198, t.cells().size());
    assertEquals(48, t.expectedChecks().size());
    assertEquals(List.of(), t.planted());
    assertFalse(t.labelsAnomalies());
    assertNull(t.declaredDamaged());
    assertTrue(t.expectedChecks().contains(new TruthCheck("R-T3-BALANCE", "natural_person", "FAIL")));
    // '77180.86万元' is read as a decimal, not through a double
    assertTrue(
        t.cells().contains(
            new TruthCell("t2", "art20_9", "gov_central_procurement", "total_amount", "77180.86万元", "NUMERIC",
                new BigDecimal("77180.86"), "万元")),
        t.cells().toString());
  }

  @Test
  void syntheticFieldsAreRead() {
    TruthReport t =
        read(
            "{\"file\":\"x.html\",\"layout\":\"html\",\"damaged\":false,\"noise\":[\"ocr\",\"units\",\"ocr\"],\"encoding\":\"GB18030\","
                + "\"template_t2\":\"T2021\",\"template_t3\":\"T2021\","
                + "\"cells\":[{\"table\":\"t4\",\"block\":\"review\","
                + "\"row\":null,\"col\":\"review_total\",\"raw\":\"3\",\"semantic\":\"NUMERIC\",\"value\":3,"
                + "\"unit\":null}],\"expected_checks\":[],\"planted\":[{\"check\":\"R-PROSE-RECEIVED\","
                + "\"scope\":\"t3.new_received.total\"},{\"check\":\"R-T4-SUM\"}]}");

    assertEquals("html", t.layout());
    assertEquals(List.of("ocr", "units"), t.noise());
    assertEquals("GB18030", t.encoding());
    assertEquals(false, t.declaredDamaged());
    assertTrue(t.damaged(), "ocr damages whatever the truth says");
    assertTrue(t.labelsAnomalies());
    assertEquals(
        List.of(new TruthCheck("R-PROSE-RECEIVED", "t3.new_received.total", "FAIL"),
            new TruthCheck("R-T4-SUM", null, "FAIL")),
        t.planted());
    assertEquals(
        List.of(new TruthCell("t4", "review", null, "review_total", "3", "NUMERIC", new BigDecimal("3"), null)),
        t.cells());
  }

  @Test
  void whoTheReportSpeaksForAndConsolidatedChecksAreRead() {
    TruthReport t =
        read(
            "{\"file\":\"c000001.txt\",\"scope\":\"CONSOLIDATED\",\"body_kind\":\"GOVERNMENT\","
                + "\"province_code\":\"32\",\"prefecture_code\":\"3208\",\"county_code\":null,"
                + "\"consolidated_checks\":[{\"check\":\"R-XR-CONSOLIDATED\",\"metric\":\"new_received\","
                + "\"consolidated\":34,\"bodies\":30,\"status\":\"UNCERTAIN\"}]}");

    assertEquals(new TruthScope("CONSOLIDATED", "GOVERNMENT", "32", "3208", null), t.speaksFor());
    assertTrue(t.speaksFor().consolidated());
    assertEquals(List.of(new TruthCheck("R-XR-CONSOLIDATED", "new_received", "UNCERTAIN")), t.consolidatedChecks());
    assertNull(read("{\"file\":\"x.txt\"}").speaksFor());
    assertEquals(List.of(), read("{\"file\":\"x.txt\"}").consolidatedChecks());
    assertEquals(
        "Cannot read truth file t.json: scope is 'REGION', expected one of [BODY, CONSOLIDATED]",
        message("{\"file\":\"a\",\"scope\":\"REGION\"}"));
    assertEquals(
        "Cannot read truth file t.json: body_kind is 'BUREAU', expected one of [GOVERNMENT, DEPARTMENT, TOWNSHIP,"
            + " OTHER]",
        message("{\"file\":\"a\",\"scope\":\"BODY\",\"body_kind\":\"BUREAU\"}"));
    assertEquals(
        "Cannot read truth file t.json: consolidated_checks[0].metric is missing",
        message("{\"file\":\"a\",\"consolidated_checks\":[{\"check\":\"R-XR-CONSOLIDATED\",\"status\":\"PASS\"}]}"));
  }

  @Test
  void anEmptyPlantedListStillMeansEveryAnomalyIsLabelled() {
    assertTrue(read("{\"file\":\"x.txt\",\"planted\":[]}").labelsAnomalies());
    assertFalse(read("{\"file\":\"x.txt\",\"planted\":null}").labelsAnomalies());
  }

  @Test
  void malformedFilesNameTheFileAndTheProblem() {
    assertEquals("Cannot read truth file t.json: not a JSON object", message("[1]"));
    assertTrue(message("{\"file\":").startsWith("Cannot read truth file t.json: not JSON ("), message("{\"file\":"));
    assertEquals("Cannot read truth file t.json: file is missing", message("{\"cells\":[]}"));
    assertEquals(
        "Cannot read truth file t.json: cells[0].col is missing",
        message("{\"file\":\"a\",\"cells\":[{\"table\":\"t3\",\"semantic\":\"ZERO\"}]}"));
    assertEquals(
        "Cannot read truth file t.json: cells[0].semantic is 'BLANK', expected one of [NUMERIC, ZERO, EMPTY, NA, TEXT]",
        message("{\"file\":\"a\",\"cells\":[{\"table\":\"t3\",\"col\":\"total\",\"semantic\":\"BLANK\"}]}"));
    assertEquals(
        "Cannot read truth file t.json: cells[0].value is 'x', expected a number",
        message(
            "{\"file\":\"a\",\"cells\":[{\"table\":\"t3\",\"col\":\"total\",\"semantic\":\"ZERO\","
                + "\"value\":\"x\"}]}"));
    assertEquals(
        "Cannot read truth file t.json: expected_checks[0].status is 'OK', expected one of [PASS, FAIL, UNCERTAIN]",
        message("{\"file\":\"a\",\"expected_checks\":[{\"check\":\"R\",\"scope\":\"all\",\"status\":\"OK\"}]}"));
    assertEquals(
        "Cannot read truth file t.json: damaged is \"yes\", expected true or false",
        message("{\"file\":\"a\",\"damaged\":\"yes\"}"));
    assertEquals("Cannot read truth file t.json: cells is object, expected an array",
        message("{\"file\":\"a\",\"cells\":{}}"));
  }

  private static TruthReport read(String json) {
    return TruthReader.read("t.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static String message(String json) {
    return assertThrows(IllegalArgumentException.class, () -> read(json)).getMessage();
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = TruthReaderTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
