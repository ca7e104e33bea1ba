package io.gongkai.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.cli.Main;
import io.gongkai.jobs.ExtractJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator end to end: the extract job in {@code local[2]} on the eight real reports, then {@link Evaluation}
 * and {@code gongkai eval} against their hand-checked truth files, unchanged (everything agrees) and corrupted on
 * purpose (exactly the planted differences are reported).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalOnRealReportsTest {
  private static final List<String> SAMPLES =
      List.of(
          "000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt",
          "003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt", "ha2024.pdf", "hzq2023.pdf", "hzq2024.pdf");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private SparkSession spark;
  private Path warehouse;
  private Path truth;

  @BeforeAll
  void extractOnce() throws IOException {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("EvalOnRealReportsTest")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    Path input = Files.createDirectories(dir.resolve("in"));
    truth = Files.createDirectories(dir.resolve("truth"));
    for (String name : SAMPLES) {
      Files.write(input.resolve(name), resource("/samples/" + name));
      String stem = name.substring(0, name.lastIndexOf('.'));
      Files.write(truth.resolve(stem + ".truth.json"), resource("/truth/" + stem + ".truth.json"));
    }
    warehouse = dir.resolve("w");
    new ExtractJob(spark)
        .run(new ExtractJob.Options(List.of(input.toString()), warehouse.toString(), null, false, 500));
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void theParserMatchesAllEightTruths() throws IOException {
    EvalResult r = evaluate(truth, 10);

    assertEquals(8, r.truthFiles());
    assertEquals(8, r.reportsMatched());
    assertEquals(List.of(), r.unmatched());
    assertEquals(1417, r.cellsTotal());
    assertEquals(1417, r.cellsCorrect());
    assertEquals(1.0, r.cellAccuracy());
    assertEquals(1.0, r.cellAccuracyUndamaged());
    assertTrue(Double.isNaN(r.cellAccuracyDamaged()));
    assertEquals(0, r.emptyReportedAsZero());
    assertEquals(Map.of("real", new Tally(1417, 1417)), r.byLayout());
    assertEquals(Map.of("none", new Tally(1417, 1417)), r.byNoise());
    assertEquals(
        Map.of("T2019", new Tally(932, 932), "T2021", new Tally(420, 420), "S2014", new Tally(65, 65)),
        r.byTemplate());

    assertEquals(325, r.checks().evaluated());
    assertEquals(1.0, r.checkAgreement());
    // seed 002: natural_person 16 + 1 ≠ 17 + 1; hzq2023: table 4 review and after-review litigation fail as printed
    assertEquals(new CheckTally(49, 49, 1, 0, 0, 0), r.check("R-T3-BALANCE"));
    assertEquals(1.0, r.check("R-T3-BALANCE").recall());
    assertEquals(new CheckTally(21, 21, 2, 0, 0, 0), r.check("R-T4-SUM"));
    assertEquals(1.0, r.check("R-T4-SUM").recall());
    assertEquals(1.0, r.check("R-T4-SUM").precision());
    assertEquals(new CheckTally(165, 165, 7, 0, 0, 0), r.check("R-T3-ROWSUM"));
    r.byCheck().forEach((id, t) -> assertEquals(0, t.fp() + t.fn(), id + " " + t));
    // hzq2024's prose says 17 received, its table 95: a real soft anomaly the truth describes in notes only
    assertEquals(new CheckTally(0, 0, 0, 0, 0, 1), r.check("R-PROSE-RECEIVED"));
    // hzq2023 and hzq2024 print a T2019 table 3 in 2023 and 2024: flagged, and the real truths do not label flags
    assertEquals(new CheckTally(0, 0, 0, 0, 0, 2), r.check("TEMPLATE_YEAR_MISMATCH"));
    assertEquals(List.of(), r.worst());
  }

  @Test
  void aCorruptedTruthShowsExactlyThatMissAndTheLoweredPrecisionAndRecall() throws IOException {
    Path corrupt = copyTruth("corrupt");
    edit(corrupt.resolve("002_02af2ddfabc85d6c.truth.json"), root -> {
      ObjectNode cell = find(root.get("cells"), "t3", null, "new_received", "natural_person");
      cell.put("raw", "15");
      cell.put("value", 15);
      find(root.get("expected_checks"), "R-T3-BALANCE", "natural_person").put("status", "PASS");
      find(root.get("expected_checks"), "R-T4-SUM", "review").put("status", "FAIL");
    });

    EvalResult r = evaluate(corrupt, 10);

    assertEquals(1417, r.cellsTotal());
    assertEquals(1416, r.cellsCorrect());
    assertEquals(Map.of("real", new Tally(1417, 1416)), r.byLayout());
    assertEquals(new Tally(932, 931), r.byTemplate().get("T2019"));
    assertEquals(1, r.worst().size());
    ReportScore worst = r.worst().get(0);
    assertEquals("002_02af2ddfabc85d6c.txt", worst.file());
    assertEquals(
        List.of(
            new CellMiss(
                "t3.new_received.natural_person", "value",
                new TruthCell("t3", null, "new_received", "natural_person", "15", "NUMERIC", new BigDecimal("15"),
                    null),
                new WarehouseCell("t3", null, "new_received", "natural_person", "16", "NUMERIC",
                    new BigDecimal("16.0000"), null),
                false)),
        worst.misses());
    assertEquals(
        List.of(
            new CheckMiss("R-T3-BALANCE", "natural_person", "PASS", "FAIL"),
            new CheckMiss("R-T4-SUM", "review", "FAIL", "PASS")),
        worst.checkMisses());
    assertEquals(323, r.checks().agreed());
    // the warehouse FAIL the truth now calls PASS is a false positive; the truth FAIL it does not flag, a miss
    assertEquals(new CheckTally(49, 48, 0, 1, 0, 0), r.check("R-T3-BALANCE"));
    assertEquals(0.0, r.check("R-T3-BALANCE").precision());
    assertTrue(Double.isNaN(r.check("R-T3-BALANCE").recall()));
    assertEquals(new CheckTally(21, 20, 2, 0, 1, 0), r.check("R-T4-SUM"));
    assertEquals(2.0 / 3, r.check("R-T4-SUM").recall());
    assertEquals(1.0, r.check("R-T4-SUM").precision());
    assertEquals(0, r.emptyReportedAsZero());
  }

  @Test
  void anEmptyCellReadAsZeroIsCountedAndShown() throws IOException {
    Path corrupt = copyTruth("empty");
    edit(corrupt.resolve("000_f33f83f1c85a8eb6.truth.json"), root -> {
      ObjectNode cell = find(root.get("cells"), "t2", "art20_1", "rules", "new_made");
      cell.put("raw", "");
      cell.put("semantic", "EMPTY");
      cell.putNull("value");
    });

    EvalResult r = evaluate(corrupt, 10);

    assertEquals(1, r.emptyReportedAsZero());
    assertEquals(1416, r.cellsCorrect());
    CellMiss miss = r.worst().get(0).misses().get(0);
    assertEquals("t2.art20_1.rules.new_made", miss.path());
    assertEquals("kind+value", miss.problem());
    assertTrue(miss.emptyAsZero());
    assertEquals(
        "t2.art20_1.rules.new_made kind+value: expected EMPTY, found ZERO 0 (raw '0')  EMPTY reported as 0",
        EvalTable.miss(miss));
    assertEquals(List.of(new BlankReadAsZero(r.worst().get(0).file(), r.worst().get(0).truth(), miss)),
        r.blanksReadAsZero());
    JsonNode blank = JSON.readTree(EvalJson.write(r)).get("blanks_read_as_zero").get(0);
    assertEquals(
        "{\"file\":\"" + r.worst().get(0).file() + "\",\"truth\":\"" + r.worst().get(0).truth()
            + "\",\"path\":\"t2.art20_1.rules.new_made\",\"found\":{\"kind\":\"ZERO\",\"value\":0,\"unit\":null,"
            + "\"raw\":\"0\"}}",
        blank.toString());
  }

  @Test
  void syntheticTruthFieldsSplitTheFiguresAndPlantedAnomaliesCount() throws IOException {
    Path synthetic = copyTruth("synthetic");
    edit(synthetic.resolve("002_02af2ddfabc85d6c.truth.json"), root -> {
      root.put("layout", "tab");
      root.putArray("noise").add("ocr").add("units");
      root.put("encoding", "UTF-8");
      root.putArray("planted").addObject().put("check", "R-T3-BALANCE").put("scope", "natural_person");
    });
    edit(synthetic.resolve("hzq2024.truth.json"), root -> {
      root.put("layout", "pdf");
      root.putArray("noise").add("page_furniture");
      // planted on the alternative rule's cells: matched to the warehouse FAIL by check id
      ArrayNode planted = root.putArray("planted");
      planted.addObject().put("check", "R-PROSE-RECEIVED").put("scope", "t3.new_received.total+t3.carried_over.total");
      planted.addObject().put("check", "TEMPLATE_YEAR_MISMATCH").put("scope", "t3");
    });
    edit(synthetic.resolve("004_97ee47eec622cd46.truth.json"), root -> root.putArray("planted"));
    Files.writeString(
        Files.createDirectories(synthetic.resolve("nested/deeper")).resolve("ghost.truth.json"),
        "{\"file\":\"ghost.txt\",\"layout\":\"html\",\"template_t2\":\"T2021\",\"cells\":[{\"table\":\"t2\","
            + "\"block\":\"art20_1\",\"row\":\"rules\",\"col\":\"new_made\",\"raw\":\"1\",\"semantic\":\"NUMERIC\","
            + "\"value\":1}],\"expected_checks\":[{\"check\":\"R-T2-NONNEG\",\"scope\":\"all\",\"status\":\"PASS\"}],"
            + "\"planted\":[]}",
        StandardCharsets.UTF_8);
    Files.writeString(synthetic.resolve("nested/.hidden.truth.json"), "not json", StandardCharsets.UTF_8);

    EvalResult r = evaluate(synthetic, 10);

    assertEquals(9, r.truthFiles());
    assertEquals(List.of("ghost.txt"), r.unmatched());
    assertEquals(new Tally(1418, 1417), r.cells());
    assertEquals(new Tally(198, 198), r.damaged());
    assertEquals(new Tally(1220, 1219), r.undamaged());
    assertEquals(
        Map.of("real", new Tally(1033, 1033), "tab", new Tally(198, 198), "pdf", new Tally(186, 186), "html",
            new Tally(1, 0)),
        r.byLayout());
    assertEquals(
        Map.of("none", new Tally(1034, 1033), "ocr", new Tally(198, 198), "units", new Tally(198, 198),
            "page_furniture", new Tally(186, 186)),
        r.byNoise());
    assertEquals(new CheckTally(49, 49, 1, 0, 0, 0), r.check("R-T3-BALANCE"));
    assertEquals(new CheckTally(0, 0, 1, 0, 0, 0), r.check("R-PROSE-RECEIVED"));
    // planted in hzq2024 and found as its reports.flags entry; hzq2023's truth is still real (unlabelled)
    assertEquals(new CheckTally(0, 0, 1, 0, 0, 1), r.check("TEMPLATE_YEAR_MISMATCH"));
    // 004 now labels its anomalies (an empty planted list): its soft FAILs are false positives
    assertEquals(new CheckTally(0, 0, 0, 2, 0, 0), r.check("R-S14-DEDUP"));
    assertEquals(new CheckTally(0, 0, 0, 1, 0, 0), r.check("R-PROSE-S14-INTERVIEW"));
    assertEquals(new CheckTally(8, 7, 0, 0, 0, 0), r.check("R-T2-NONNEG"));
    assertEquals(
        List.of("ghost.txt", "004_97ee47eec622cd46.txt"), r.worst().stream().map(ReportScore::file).toList());
    ReportScore ghost = r.worst().get(0);
    assertNull(ghost.reportId());
    assertEquals(List.of(new CheckMiss("R-T2-NONNEG", "all", "PASS", "missing")), ghost.checkMisses());
    assertEquals(
        List.of(
            new CheckMiss("R-PROSE-S14-INTERVIEW", "s2014.resp_online_interview.value", "none", "FAIL"),
            new CheckMiss("R-S14-DEDUP", "active_total", "none", "FAIL"),
            new CheckMiss("R-S14-DEDUP", "response_total", "none", "FAIL")),
        r.worst().get(1).checkMisses());
  }

  @Test
  void worstListsAtMostKReports() throws IOException {
    Path corrupt = copyTruth("worst");
    for (String stem : List.of("000_f33f83f1c85a8eb6", "001_42bc1c002d3797e9", "003_88a498967a8a146f")) {
      edit(corrupt.resolve(stem + ".truth.json"), root -> ((ArrayNode) root.get("cells")).forEach(
          c -> ((ObjectNode) c).put("col", "nowhere")));
    }
    edit(corrupt.resolve("001_42bc1c002d3797e9.truth.json"), root -> ((ArrayNode) root.get("cells")).add(
        root.get("cells").get(0).deepCopy()));

    EvalResult r = evaluate(corrupt, 2);

    assertEquals(
        List.of("003_88a498967a8a146f.txt", "000_f33f83f1c85a8eb6.txt"),
        r.worst().stream().map(ReportScore::file).toList());
    // Each relabelled cell is a truth cell the warehouse lacks and a warehouse cell the truth lacks (extra): two misses.
    assertEquals(400, r.worst().get(0).misses().size());
    assertEquals(1418 - 198 - 185 - 200, r.cellsCorrect());
  }

  @Test
  void missingTruthOrDatasetsAreArgumentErrors() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("no-truth/sub"));
    Files.writeString(empty.resolve("notes.json"), "{}", StandardCharsets.UTF_8);
    assertEquals(
        "Cannot read truth files: " + dir.resolve("missing") + " does not exist",
        assertThrows(IllegalArgumentException.class, () -> evaluate(dir.resolve("missing"), 10)).getMessage());
    assertEquals(
        "Cannot evaluate: no *.truth.json files under " + dir.resolve("no-truth"),
        assertThrows(IllegalArgumentException.class, () -> evaluate(dir.resolve("no-truth"), 10)).getMessage());
    Path bad = copyTruth("bad");
    Files.writeString(bad.resolve("x.truth.json"), "{\"cells\":[]}", StandardCharsets.UTF_8);
    String message = assertThrows(IllegalArgumentException.class, () -> evaluate(bad, 10)).getMessage();
    assertTrue(message.matches("Cannot read truth file \\S+/bad/x\\.truth\\.json: file is missing"), message);
    Path noChecks = dir.resolve("partial-warehouse");
    Files.createDirectories(noChecks.resolve("reports"));
    Files.createDirectories(noChecks.resolve("cells"));
    assertEquals(
        "Cannot read dataset checks: " + noChecks.resolve("checks") + " does not exist",
        assertThrows(
            IllegalArgumentException.class,
            () -> new Evaluation(spark).run(new Evaluation.Options(truth.toString(), noChecks.toString(), 10)))
            .getMessage());
  }

  @Test
  void commandPrintsTheTableAndWritesTheJson() throws IOException {
    Path corrupt = copyTruth("command");
    edit(corrupt.resolve("hzq2023.truth.json"), root -> {
      ObjectNode cell = find(root.get("cells"), "t4", "review", null, "review_upheld");
      cell.put("raw", "11");
      cell.put("value", 11);
    });
    Path json = dir.resolve("out/eval.json");

    Result r = run("eval", "--truth", corrupt.toString(), "--warehouse", warehouse.toString(), "--json",
        json.toString(), "--worst", "3");

    assertEquals(0, r.code, r.err);
    assertFalse(spark.sparkContext().isStopped(), "the command stopped a session it did not start");
    assertTrue(r.out.startsWith("Gongkai eval: 8 truth files, 8 matched to warehouse reports\n\n"
        + "EMPTY reported as 0: 0\n\n"), r.out);
    assertTrue(r.out.contains("  all                            1417       1416    99.929%\n"), r.out);
    assertTrue(r.out.contains("  undamaged                      1417       1416    99.929%\n"), r.out);
    assertTrue(r.out.contains("  damaged                           0          0          -\n"), r.out);
    assertTrue(r.out.contains("check agreement: 325 of 325 expected checks agree (100.000%)\n"), r.out);
    assertTrue(
        r.out.lines()
            .anyMatch(l -> l.matches("  R-T4-SUM +21 +21 +100\\.000% +2 +0 +0 +0 +1\\.0000 +1\\.0000")),
        r.out);
    assertTrue(
        r.out.endsWith(
            "worst reports: 1, most wrong cells first (first 5 misses each; all in --json)\n"
                + "  hzq2023.pdf  1 of 186 cells wrong, 0 check disagreements\n"
                + "    t4.review.review_upheld value: expected NUMERIC 11, found NUMERIC 10 (raw '10')\n"),
        r.out);

    JsonNode root = JSON.readTree(json.toFile());
    assertEquals(EvalJson.FIELDS, names(root));
    assertEquals(
        List.of(
            "truth_files", "reports_matched", "unmatched", "cells_total", "cells_correct", "cell_accuracy",
            "cell_accuracy_undamaged", "cell_accuracy_damaged", "undamaged", "damaged", "damaging_noise",
            "empty_reported_as_zero", "blanks_read_as_zero", "by_layout", "by_template", "by_noise", "checks_total",
            "checks_agreed", "check_agreement", "by_check", "worst"),
        EvalJson.FIELDS);
    assertEquals(1417, root.get("cells_total").asLong());
    assertEquals(1416, root.get("cells_correct").asLong());
    assertEquals(1416.0 / 1417, root.get("cell_accuracy").asDouble());
    assertEquals(1416.0 / 1417, root.get("cell_accuracy_undamaged").asDouble());
    assertTrue(root.get("cell_accuracy_damaged").isNull());
    assertEquals(0, root.get("empty_reported_as_zero").asLong());
    assertEquals(0, root.get("blanks_read_as_zero").size());
    assertEquals(List.of("cells", "correct", "accuracy"), names(root.get("by_layout").get("real")));
    assertEquals(List.of("S2014", "T2019", "T2021"), names(root.get("by_template")));
    assertEquals(List.of("none"), names(root.get("by_noise")));
    assertEquals(1.0, root.get("check_agreement").asDouble());
    JsonNode sum = root.get("by_check").get("R-T4-SUM");
    assertEquals(
        List.of("evaluated", "agreed", "agreement", "tp", "fp", "fn", "unlabelled", "precision", "recall"),
        names(sum));
    assertEquals(
        "{\"evaluated\":21,\"agreed\":21,\"agreement\":1.0,\"tp\":2,\"fp\":0,\"fn\":0,\"unlabelled\":0,"
            + "\"precision\":1.0,\"recall\":1.0}",
        JSON.writeValueAsString(sum));
    assertEquals(1, root.get("worst").size());
    JsonNode worst = root.get("worst").get(0);
    assertEquals(
        List.of("file", "truth", "report_id", "layout", "noise", "cells", "wrong", "empty_reported_as_zero", "misses",
            "check_misses"),
        names(worst));
    assertEquals("hzq2023.pdf", worst.get("file").asText());
    assertTrue(worst.get("truth").asText().endsWith("/command/hzq2023.truth.json"), worst.toString());
    assertEquals(64, worst.get("report_id").asText().length());
    assertEquals(
        "[{\"path\":\"t4.review.review_upheld\",\"problem\":\"value\","
            + "\"expected\":{\"kind\":\"NUMERIC\",\"value\":11,\"unit\":null,\"raw\":\"11\"},"
            + "\"found\":{\"kind\":\"NUMERIC\",\"value\":10,\"unit\":null,\"raw\":\"10\"}}]",
        JSON.writeValueAsString(worst.get("misses")));
    assertEquals("[]", JSON.writeValueAsString(worst.get("check_misses")));
  }

  @Test
  void commandErrorsExitWithTwo() {
    Result noTruth = run("eval", "--truth", dir.resolve("absent").toString(), "--warehouse", warehouse.toString());
    assertEquals(2, noTruth.code);
    assertEquals("", noTruth.out);
    assertEquals("Argument error: Cannot read truth files: " + dir.resolve("absent") + " does not exist\n",
        noTruth.err);

    Result noWarehouse = run("eval", "--truth", truth.toString(), "--warehouse", dir.resolve("nowhere").toString());
    assertEquals(2, noWarehouse.code);
    assertEquals(
        "Argument error: Cannot read dataset reports: " + dir.resolve("nowhere")
            + " has no published snapshot (no CURRENT file)\n",
        noWarehouse.err);

    Result negative = run("eval", "--truth", truth.toString(), "--worst", "-1");
    assertEquals(2, negative.code);
    assertEquals("Argument error: --worst must be 0 or more, got -1\n", negative.err);

    Result missingOption = run("eval");
    assertEquals(2, missingOption.code);
    assertEquals(
        "Argument error: Missing required option: '--truth=DIR'\nRun 'gongkai eval --help' for usage.\n",
        missingOption.err);
    assertFalse(spark.sparkContext().isStopped());
  }

  private EvalResult evaluate(Path truthDir, int worst) throws IOException {
    return new Evaluation(spark).run(new Evaluation.Options(truthDir.toString(), warehouse.toString(), worst));
  }

  private Path copyTruth(String name) throws IOException {
    Path copy = Files.createDirectories(dir.resolve(name));
    try (var files = Files.list(truth)) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    return copy;
  }

  private static void edit(Path file, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
    change.accept(root);
    JSON.writeValue(file.toFile(), root);
  }

  /** The truth cell with this key, or the expected check with this check id and scope (two arguments). */
  private static ObjectNode find(JsonNode array, String... key) {
    for (JsonNode node : array) {
      boolean match =
          key.length == 2
              ? node.get("check").asText().equals(key[0]) && node.get("scope").asText().equals(key[1])
              : text(node, "table", key[0]) && text(node, "block", key[1]) && text(node, "row", key[2])
                  && text(node, "col", key[3]);
      if (match) {
        return (ObjectNode) node;
      }
    }
    throw new AssertionError("no entry " + String.join("/", java.util.Arrays.toString(key)));
  }

  private static boolean text(JsonNode node, String field, String expected) {
    JsonNode value = node.get(field);
    return expected == null ? value == null || value.isNull() : value != null && expected.equals(value.asText());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = EvalOnRealReportsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
