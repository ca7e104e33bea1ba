package io.gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.cli.Main;
import io.gongkai.jobs.SparkSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai bench --reports N} on 40 synthetic reports: issue 5's JSON fields are there with values that follow
 * from the corpus, each Spark run had its own master and its own warehouse, and the table names every phase. Speeds
 * are only asserted positive. No session is started here: the bench starts and stops one per master.
 */
class SyntheticBenchTest {
  private static final int REPORTS = 40;

  @TempDir static Path dir;

  private static Path work;
  private static SyntheticBenchReport report;
  private static JsonNode json;

  @BeforeAll
  static void run() throws IOException, InterruptedException {
    assertFalse(SparkSessions.isRunning(), "a Spark session left running by another test would be joined");
    work = dir.resolve("work");
    StringWriter log = new StringWriter();
    SyntheticBench.Options options =
        new SyntheticBench.Options(REPORTS, 7, 0.1, work, true, 10, 12, 1, 0, false);
    try {
      report = SyntheticBench.run(options, new PrintWriter(log));
    } catch (IllegalStateException e) {
      if (!String.valueOf(e.getMessage()).contains("CJK")) {
        throw e;
      }
      // PDFs need a CJK font (fonts-wqy-microhei); without one the bench still runs on the other renderings.
      Bench.deleteTree(work);
      report = SyntheticBench.run(
          new SyntheticBench.Options(REPORTS, 7, 0, work, true, 10, 12, 1, 0, false), new PrintWriter(log));
    }
    json = new ObjectMapper().readTree(report.toJson());
  }

  @Test
  void jsonHasTheIssueFieldsWithSaneValues() throws IOException {
    assertEquals(REPORTS, json.get("reports").asInt());
    long onDisk;
    long files;
    try (Stream<Path> s = Files.list(work.resolve("corpus").resolve("reports"))) {
      List<Path> reports = s.toList();
      files = reports.size();
      onDisk = 0;
      for (Path p : reports) {
        onDisk += Files.size(p);
      }
    }
    assertEquals(REPORTS, files);
    assertEquals(onDisk, json.get("bytes").asLong(), "bytes = the generated report files' sizes");
    assertEquals(onDisk, report.synth().bytes(), "bytes = what synth wrote");
    assertEquals(onDisk / REPORTS, json.get("bytes_per_report").asLong());
    assertTrue(json.get("packed_bytes").asLong() > 0, "packed_bytes " + json.get("packed_bytes"));

    for (String field :
        List.of("spark_local1_rps", "spark_local2_rps", "spark_local2_packed_rps", "plain_1thread_rps",
            "plain_2thread_rps", "packed_over_plain_2thread", "hanlp_only_chars_per_s", "plain_1thread_mb_s",
            "spark_local2_packed_mb_s", "spark_local1_output_bytes", "spark_local2_output_bytes",
            "spark_local2_packed_output_bytes", "hanlp_all_cores_chars_per_s_per_core",
            "segmentation_in_job_over_hanlp_all_cores", "plain_2thread_parquet_rps",
            "packed_over_plain_2thread_parquet", "plain_2thread_parquet_output_bytes")) {
      assertTrue(json.hasNonNull(field), field);
      assertTrue(json.get(field).asDouble() > 0, field + " = " + json.get(field));
    }
    assertEquals(json.get("spark_local2_packed_rps").asDouble() / json.get("plain_2thread_rps").asDouble(),
        json.get("packed_over_plain_2thread").asDouble(), 0.01);
    assertEquals(0.8, json.get("target_packed_over_plain_2thread").asDouble());
    assertEquals(json.get("spark_local2_packed_rps").asDouble() / json.get("plain_2thread_parquet_rps").asDouble(),
        json.get("packed_over_plain_2thread_parquet").asDouble(), 0.01);
    assertEquals(0.9, json.get("target_packed_over_plain_2thread_parquet").asDouble());
    // Parse time per report by format: the formats the single-thread loop found, each with its files' mean.
    JsonNode byFormat = json.get("phases").get("plain_1thread").get("by_format");
    JsonNode parseMs = json.get("parse_ms_per_report");
    List<String> formats = new java.util.ArrayList<>();
    byFormat.fieldNames().forEachRemaining(f -> formats.add(f.toLowerCase(java.util.Locale.ROOT)));
    List<String> parseFormats = new java.util.ArrayList<>();
    parseMs.fieldNames().forEachRemaining(parseFormats::add);
    assertEquals(formats, parseFormats);
    assertTrue(parseFormats.contains("text"), "parse_ms_per_report " + parseMs);
    byFormat.fields().forEachRemaining(e -> {
      double ms = parseMs.get(e.getKey().toLowerCase(java.util.Locale.ROOT)).asDouble();
      assertEquals(e.getValue().get("parse_ms_per_file").asDouble(), ms, 0.0, e.getKey());
      assertTrue(ms > 0, e.getKey() + " " + ms);
    });
    // MB/s and reports/s of one phase describe the same wall time.
    assertEquals(json.get("plain_1thread_rps").asDouble() * onDisk / REPORTS / 1e6,
        json.get("plain_1thread_mb_s").asDouble(), 0.01 * json.get("plain_1thread_mb_s").asDouble() + 0.002);

    if (Files.isReadable(Path.of("/proc/self/status"))) {
      double peak = json.get("peak_rss_mb").asDouble();
      assertTrue(peak > 50, "peak_rss_mb " + peak);
      JsonNode phases = json.get("phases");
      for (String phase :
          List.of("corpus_generation", "warmup", "plain_1thread", "plain_2thread", "plain_2thread_parquet",
              "breakdown", "spark_local1", "spark_local2", "spark_local2_packed", "hanlp_only")) {
        double phasePeak = phases.get(phase).get("peak_rss_mb").asDouble();
        assertTrue(phasePeak > 0 && phasePeak <= peak, phase + " peak " + phasePeak + " of " + peak);
      }
      assertEquals(json.get("peak_rss_phase").asText(), report.peak().phase());
    }
  }

  @Test
  void eachSparkRunHadItsMasterInputAndWarehouse() {
    JsonNode phases = json.get("phases");
    assertEquals("local[1]", phases.get("spark_local1").get("master").asText());
    assertEquals("local[2]", phases.get("spark_local2").get("master").asText());
    assertEquals("local[2]", phases.get("spark_local2_packed").get("master").asText());
    assertEquals("FILES", phases.get("spark_local1").get("input_format").asText());
    assertEquals("PARQUET", phases.get("spark_local2_packed").get("input_format").asText());
    for (String run : List.of("spark_local1", "spark_local2", "spark_local2_packed")) {
      JsonNode p = phases.get(run);
      assertEquals(REPORTS, p.get("files").asInt(), run);
      assertEquals(REPORTS, p.get("parsed").asInt() + p.get("rejected").asInt(), run);
      assertTrue(p.get("parsed").asInt() >= REPORTS - 2, run + " parsed " + p.get("parsed"));
      assertTrue(p.get("session_start").get("wall_s").asDouble() > 0, run + " session start");
      assertTrue(Files.isDirectory(Path.of(io.gongkai.jobs.ExtractJobTest.published(
          work.resolve("warehouse-" + run.substring("spark_".length()).replace('_', '-')), "reports"))),
          run + " warehouse kept");
    }
    // The same reports, read from files or from the packed corpus, parse the same.
    assertEquals(phases.get("spark_local2").get("parsed").asInt(),
        phases.get("spark_local2_packed").get("parsed").asInt());
    assertEquals(REPORTS, phases.get("plain_1thread").get("parsed").asInt()
        + phases.get("plain_1thread").get("rejected").asInt());
    assertEquals(2, phases.get("plain_2thread").get("threads").asInt());
    // The plain Parquet phase parsed the same reports and wrote one reports row each, and the job's count of rows.
    JsonNode parquet = phases.get("plain_2thread_parquet");
    assertEquals(2, parquet.get("threads").asInt());
    assertEquals(phases.get("spark_local2").get("parsed").asInt(), parquet.get("parsed").asInt());
    assertEquals(REPORTS, parquet.get("rows").get("reports").asInt());
    assertEquals(phases.get("plain_1thread").get("cells").asLong(), parquet.get("rows").get("cells").asLong());
    assertTrue(Files.isDirectory(work.resolve(SyntheticBench.PLAIN_PARQUET_DIR).resolve("cells")),
        "plain Parquet output kept");
    assertTrue(phases.get("spark_local2").get("segmented_chars").asLong() > 0, "the job segmented prose");
  }

  @Test
  void tableNamesEveryPhaseAndTheTarget() {
    String text = report.toText();
    for (String line :
        List.of("gongkai bench: 40 synthetic reports (seed 7", "plain loop, 1 thread", "plain loop, 2 threads",
            "Spark local[1], files", "Spark local[2], files", "Spark local[2], packed",
            "packed local[2] / plain 2 threads:", "(target ≥ 0.8×:", "plain Java, 2 threads, Parquet",
            "packed local[2] / plain Java 2 threads, same output:", "(target ≥ 0.9×:", "HanLP StandardTokenizer alone:",
            "peak resident set:")) {
      assertTrue(text.contains(line), line + " in\n" + text);
    }
  }

  @Test
  void sampleOnlyOptionsAreRefusedWithReports() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"bench", "--reports", "10", "--master", "local[4]"}, new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(2, code);
    assertEquals("Argument error: --master applies to sample copies (--files), not to --reports, which runs the job"
        + " at local[1] and local[2]\n", err.toString().replace("\r\n", "\n"));
    err.getBuffer().setLength(0);
    code = Main.run(new String[] {"bench", "--reports", "0"}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(2, code);
    assertEquals("Argument error: --reports must be at least 1, found 0\n", err.toString().replace("\r\n", "\n"));
    err.getBuffer().setLength(0);
    code = Main.run(new String[] {"bench", "--files", "10", "--seed", "3"}, new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(2, code);
    assertEquals("Argument error: --seed applies to --reports (a synthetic corpus), not to sample copies\n",
        err.toString().replace("\r\n", "\n"));
    err.getBuffer().setLength(0);
    code = Main.run(new String[] {"bench", "--files", "10", "--packed-only"}, new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(2, code);
    assertEquals("Argument error: --packed-only applies to --reports (a synthetic corpus with a packed twin), not to"
        + " sample copies\n", err.toString().replace("\r\n", "\n"));
  }
}
