package io.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai parse}, run in-process against files in a temporary directory. */
class ParseCommandTest {
  @TempDir Path dir;

  @Test
  void summaryShowsSeed002FailuresWithTheirArithmetic() throws IOException {
    Result r = run("parse", sample("002_02af2ddfabc85d6c.txt").toString());
    assertEquals(0, r.code);
    assertEquals(
        """
        002_02af2ddfabc85d6c.txt  PARSED  TEXT/UTF-8  year 2020  template t2 T2019, t3 T2019
          tables: t2 8 rows/22 cells, t3 23 rows/161 cells, t4 3 rows/15 cells
          checks: 37 PASS, 9 FAIL, 4 UNCERTAIN
          FAIL R-T3-BALANCE [natural_person] ERROR: 16 + 1 = 17 + 1  (17 vs 18)
          FAIL R-T3-RESULTS [natural_person] ERROR: 13 + 1 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 2 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 17  (16 vs 17)
          FAIL R-T3-ROWSUM [new_received] ERROR: 16 + 0 + 0 + 0 + 0 + 0 = 0  (16 vs 0)
          FAIL R-T3-ROWSUM [carried_over] ERROR: 1 + 0 + 0 + 0 + 0 + 0 = 0  (1 vs 0)
          FAIL R-T3-ROWSUM [granted] ERROR: 13 + 0 + 0 + 0 + 0 + 0 = 0  (13 vs 0)
          FAIL R-T3-ROWSUM [partial] ERROR: 1 + 0 + 0 + 0 + 0 + 0 = 0  (1 vs 0)
          FAIL R-T3-ROWSUM [unable_not_held] ERROR: 2 + 0 + 0 + 0 + 0 + 0 = 0  (2 vs 0)
          FAIL R-T3-ROWSUM [result_total] ERROR: 17 + 0 + 0 + 0 + 0 + 0 = 0  (17 vs 0)
          FAIL R-T3-ROWSUM [carried_forward] ERROR: 1 + 0 + 0 + 0 + 0 + 0 = 0  (1 vs 0)

        """,
        r.out);
  }

  @Test
  void summaryShowsHzq2023Table4Failures() throws IOException {
    Result r = run("parse", sample("hzq2023.pdf").toString());
    assertEquals(0, r.code);
    assertEquals(
        """
        hzq2023.pdf  PARSED  PDF/PDF  year 2023  template t2 T2021, t3 T2019
          tables: t2 6 rows/10 cells, t3 23 rows/161 cells, t4 3 rows/15 cells
          checks: 42 PASS, 2 FAIL, 0 UNCERTAIN
          FAIL R-T4-SUM [review] ERROR: 10 + 1 + 0 + 0 = 0  (11 vs 0)
          FAIL R-T4-SUM [lit_after_review] ERROR: 5 + 0 + 0 + 0 = 0  (5 vs 0)
          flags: TEMPLATE_YEAR_MISMATCH(t3)

        """,
        r.out);
  }

  @Test
  void garbageFilesAreRejectedWithReasonsAndTheRunSucceeds() throws IOException {
    Path binary = Files.write(dir.resolve("garbage.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 0, 9, 0});
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path png = Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
    Result r = run("parse", "--json", binary.toString(), empty.toString(), png.toString());
    assertEquals(0, r.code);
    String[] lines = r.out.split("\n");
    assertEquals(3, lines.length);
    ObjectMapper json = new ObjectMapper();
    String[] expected = {"BINARY_CONTENT", "EMPTY_FILE", "IMAGE_CONTENT"};
    for (int i = 0; i < 3; i++) {
      JsonNode report = json.readTree(lines[i]);
      assertEquals("REJECTED", report.get("status").asText());
      assertEquals(expected[i], report.get("reject_reason").asText());
      assertEquals(0, report.get("cells").size());
    }
  }

  @Test
  void jsonHasTheTruthFileShapeWithYuanAmounts() throws IOException {
    Result r = run("parse", "--json", sample("000_f33f83f1c85a8eb6.txt").toString());
    JsonNode report = new ObjectMapper().readTree(r.out);
    assertEquals("000_f33f83f1c85a8eb6.txt", report.get("file").asText());
    assertEquals("PARSED", report.get("status").asText());
    assertTrue(report.get("reject_reason").isNull());
    assertEquals(2020, report.get("report_year").asInt());
    assertEquals("T2019", report.get("template_t2").asText());
    JsonNode procurement = null;
    for (JsonNode cell : report.get("cells")) {
      if (cell.get("col").asText().equals("total_amount")) {
        procurement = cell;
      }
    }
    assertEquals(
        "{\"table\":\"t2\",\"block\":\"art20_9\",\"row\":\"gov_central_procurement\",\"col\":\"total_amount\","
            + "\"raw\":\"161330元\",\"semantic\":\"NUMERIC\",\"value\":161330,\"unit\":\"元\",\"amount_yuan\":161330,"
            + "\"confidence\":1.0}",
        procurement.toString());
    assertEquals(
        "{\"check\":\"R-T3-BALANCE\",\"scope\":\"natural_person\",\"status\":\"PASS\",\"severity\":\"ERROR\","
            + "\"left\":0,\"right\":0,\"expression\":\"0 + 0 = 0 + 0\"}",
        report.get("checks").get(0).toString());
  }

  @Test
  void missingPathIsAClearErrorWithNonZeroExit() throws IOException {
    Path present = sample("003_88a498967a8a146f.txt");
    Result r = run("parse", dir.resolve("nope.txt").toString(), present.toString());
    assertEquals(2, r.code);
    assertEquals("Cannot read " + dir.resolve("nope.txt") + ": no such file\n", r.err);
    assertTrue(r.out.startsWith("003_88a498967a8a146f.txt  PARSED"), r.out);
  }

  @Test
  void noFileIsAnArgumentError() {
    Result r = run("parse");
    assertEquals(2, r.code);
    assertEquals(
        "Argument error: Missing required parameter: 'FILE'\nRun 'gongkai parse --help' for usage.\n", r.err);
  }

  private Path sample(String name) throws IOException {
    try (InputStream in = ParseCommandTest.class.getResourceAsStream("/samples/" + name)) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
