package io.gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai bench} in-process on a tiny corpus: the output has every figure, positive where it must be. Speeds are
 * not asserted. The session is started here, so the bench joins it and leaves it running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchCommandTest {
  private SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("BenchCommandTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void jsonHasEveryFigure() throws IOException {
    Path work = dir.resolve("work");
    Result r = run("bench", "--files", "16", "--json", "--work", work.toString(), "--breakdown-files", "8",
        "--warmup", "1");
    assertEquals(0, r.code, r.err);
    JsonNode json = new ObjectMapper().readTree(r.out);

    assertEquals(16, json.get("files").asInt());
    assertEquals(10, json.get("text_files").asInt());
    assertEquals(6, json.get("pdf_files").asInt());
    for (String field :
        List.of("bytes", "plain_1thread_rps", "plain_2thread_rps", "spark_rps", "spark_over_plain_1thread",
            "spark_over_plain_2thread", "cores")) {
      assertTrue(json.hasNonNull(field), field);
      assertTrue(json.get(field).asDouble() > 0, field + " = " + json.get(field));
    }
    assertEquals(json.get("text_bytes").asLong() + json.get("pdf_bytes").asLong(), json.get("bytes").asLong());
    // The JVM's -X options as this test JVM got them (surefire's argLine), module flags left out.
    List<String> xOptions = new java.util.ArrayList<>();
    for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-X") && !a.equals("-XX:+IgnoreUnrecognizedVMOptions")) {
        xOptions.add(a);
      }
    }
    List<String> reported = new java.util.ArrayList<>();
    json.get("jvm_options").forEach(n -> reported.add(n.asText()));
    assertEquals(xOptions, reported);
    // Issue 4: segmentation in the job next to HanLP alone and our segmenter alone, on the same clock.
    for (String field :
        List.of("segmentation_in_job_chars_per_s_per_core", "hanlp_only_chars_per_s",
            "prose_segmenter_alone_chars_per_s", "segmentation_in_job_over_alone",
            "segmentation_in_job_over_prose_segmenter_alone", "prose_segmenter_alone_over_hanlp_only",
            "hanlp_after_parse_chars_per_s", "segmentation_in_job_over_hanlp_after_parse",
            "hanlp_all_cores_chars_per_s_per_core", "segmentation_in_job_over_hanlp_all_cores")) {
      assertTrue(json.get(field).asDouble() > 0, field + " = " + json.get(field));
    }
    assertEquals(Runtime.getRuntime().availableProcessors(), json.get("hanlp_all_cores_threads").asInt());
    assertEquals(
        json.get("segmentation_in_job_chars_per_s_per_core").asDouble()
            / json.get("hanlp_all_cores_chars_per_s_per_core").asDouble(),
        json.get("segmentation_in_job_over_hanlp_all_cores").asDouble(), 0.001);
    JsonNode segmentation = json.get("segmentation");
    assertEquals("thread_cpu", segmentation.get("clock").asText(), "HotSpot on Linux reads thread CPU time");
    assertEquals(16, segmentation.get("sample_files").asInt(), "a corpus smaller than the sample is used whole");
    assertTrue(segmentation.get("in_job_chars").asLong() > 0);
    assertEquals("local[2]", json.get("master").asText());
    if (Files.isReadable(Path.of("/proc/loadavg"))) {
      assertEquals(3, json.get("loadavg_before").size());
      assertEquals(3, json.get("loadavg_after").size());
    }

    JsonNode phases = json.get("phases");
    for (String phase :
        List.of("warmup", "corpus_generation", "plain_1thread", "plain_2thread", "breakdown", "spark_session_start",
            "spark")) {
      assertTrue(phases.has(phase), phase);
      assertTrue(phases.get(phase).get("wall_s").asDouble() > 0, phase + " wall_s");
      assertTrue(phases.get(phase).has("cpu_s"), phase + " cpu_s");
      assertTrue(phases.get(phase).has("other_cpu_s"), phase + " other_cpu_s");
    }
    for (String plain : List.of("plain_1thread", "plain_2thread")) {
      JsonNode p = phases.get(plain);
      assertEquals(16, p.get("parsed").asInt(), plain);
      assertEquals(0, p.get("rejected").asInt(), plain);
      assertEquals(10, p.get("by_format").get("TEXT").get("files").asInt(), plain);
      assertEquals(6, p.get("by_format").get("PDF").get("files").asInt(), plain);
      assertTrue(p.get("parse_s").asDouble() > 0, plain);
    }
    assertEquals(2, phases.get("plain_2thread").get("threads").asInt());

    JsonNode sparkPhase = phases.get("spark");
    assertEquals(16, sparkPhase.get("parsed").asInt(), "every copy is distinct and parses");
    assertEquals(0, sparkPhase.get("rejected").asInt());
    assertTrue(sparkPhase.get("run_summary_wall_s").asDouble() > 0);
    assertTrue(sparkPhase.get("jobs").asInt() > 0);
    assertTrue(sparkPhase.get("stages").size() > 0);
    boolean writesReports = false;
    for (JsonNode execution : sparkPhase.get("executions")) {
      writesReports |= "reports".equals(execution.path("dataset").asText());
    }
    assertTrue(writesReports, "an execution writes the reports dataset: " + sparkPhase.get("executions"));
    assertTrue(sparkPhase.has("before_first_execution_s"));
    JsonNode stage = sparkPhase.get("stages").get(0);
    for (String field : List.of("name", "tasks", "wall_s", "run_s", "cpu_s", "gc_s")) {
      assertTrue(stage.has(field), field);
    }

    JsonNode breakdown = json.get("breakdown");
    assertEquals(8, breakdown.get("sampled_files").asInt());
    assertEquals(16, breakdown.get("listed_files").asInt());
    JsonNode pdf = breakdown.get("by_format_ms_per_file").get("PDF");
    for (String field : List.of("decode_ms", "parse_ms", "nio_read_ms", "hadoop_read_ms")) {
      assertTrue(pdf.get(field).asDouble() > 0, "PDF " + field);
    }

    assertFalse(Files.exists(work.resolve("corpus")), "corpus deleted without --keep");
    assertFalse(Files.exists(work.resolve("warehouse")), "warehouse deleted without --keep");
    assertTrue(r.err.contains("bench: plain loop, 1 thread"), r.err);
  }

  @Test
  void tableNamesThePhasesRunsTheFloorAndKeepsTheCorpusWhenAsked() throws IOException {
    Path work = dir.resolve("kept");
    Result r = run("bench", "--files", "8", "--work", work.toString(), "--keep", "--breakdown-files", "0",
        "--warmup", "0", "--pdf-share", "0.5", "--spark-floor");
    assertEquals(0, r.code, r.err);
    for (String line :
        List.of("gongkai bench: 8 files (4 text, 4 PDF)", "plain loop, 1 thread", "plain loop, 2 threads",
            "Spark session start", "Spark extract local[2]", "Spark / plain 1 thread:", "SQL execution (call site)",
            "Spark floor (parse only)", "Spark floor / plain 1:", "HanLP StandardTokenizer alone",
            "in the job / HanLP alone:")) {
      assertTrue(r.out.contains(line), line + " in\n" + r.out);
    }
    try (var files = Files.list(work.resolve("corpus"))) {
      assertEquals(8, files.count());
    }
    assertTrue(Files.isDirectory(Path.of(io.gongkai.jobs.ExtractJobTest.published(work.resolve("warehouse"), "reports"))));
  }

  @Test
  void badArgumentsExitTwo() {
    Result r = run("bench", "--files", "0");
    assertEquals(2, r.code);
    assertEquals("Argument error: --files must be at least 1, found 0\n", r.err.replace("\r\n", "\n"));
    r = run("bench", "--pdf-share", "2");
    assertEquals(2, r.code);
    assertEquals("Argument error: --pdf-share must be between 0 and 1, found 2.0\n", r.err.replace("\r\n", "\n"));
  }

  @Test
  void refusesAWorkDirectoryWithAWarehouse() throws IOException {
    Path work = dir.resolve("busy");
    Files.createDirectories(work.resolve("warehouse"));
    Result r = run("bench", "--files", "4", "--work", work.toString());
    assertEquals(2, r.code);
    assertEquals(
        "Argument error: Cannot run bench in " + work + ": " + work.resolve("warehouse") + " already exists\n",
        r.err.replace("\r\n", "\n"));
    assertTrue(Files.isDirectory(work.resolve("warehouse")), "an existing warehouse is never deleted");
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {}
}
