package io.gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.jobs.SparkSessions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --reports N --packed-only}: the job runs once, on the packed corpus at local[2]; the file runs' fields
 * stay in the JSON as null, and the issue-19 ratio is still computed from the packed run.
 */
class SyntheticBenchPackedOnlyTest {
  private static final int REPORTS = 20;

  @TempDir Path dir;

  @Test
  void onlyThePackedRunIsMeasuredAndTheFileRunsAreNull() throws Exception {
    assertFalse(SparkSessions.isRunning(), "a Spark session left running by another test would be joined");
    Path work = dir.resolve("work");
    SyntheticBenchReport report =
        SyntheticBench.run(new SyntheticBench.Options(REPORTS, 11, 0, work, true, 10, 5, 1, 0, true),
            new PrintWriter(new StringWriter()));
    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertTrue(json.get("packed_only").asBoolean());
    for (String skipped :
        List.of("spark_local1_rps", "spark_local2_rps", "spark_local2_over_plain_2thread",
            "spark_local1_over_plain_1thread")) {
      assertTrue(json.has(skipped) && json.get(skipped).isNull(), skipped + " = " + json.get(skipped));
    }
    assertFalse(json.has("spark_local1_output_bytes"));
    assertFalse(json.get("phases").has("spark_local1"));
    assertFalse(json.get("phases").has("spark_local2"));
    JsonNode packed = json.get("phases").get("spark_local2_packed");
    assertEquals("PARQUET", packed.get("input_format").asText());
    assertEquals(REPORTS, packed.get("files").asInt());
    assertEquals(json.get("phases").get("plain_2thread_parquet").get("parsed").asInt(), packed.get("parsed").asInt());
    assertEquals(json.get("spark_local2_packed_rps").asDouble() / json.get("plain_2thread_parquet_rps").asDouble(),
        json.get("packed_over_plain_2thread_parquet").asDouble(), 0.01);
    assertTrue(packed.get("segmented_chars").asLong() > 0, "the packed run segmented prose");
    // Without its rollup stage: the files over the run's wall time less the rollup time it measured itself.
    double perReport = REPORTS / (packed.get("wall_s").asDouble() - packed.get("rollup_wall_s").asDouble());
    assertEquals(perReport, json.get("spark_local2_packed_per_report_rps").asDouble(), 0.01 * perReport + 0.01);
    assertTrue(
        json.get("spark_local2_packed_per_report_rps").asDouble() > json.get("spark_local2_packed_rps").asDouble());
    assertEquals(perReport / json.get("plain_2thread_parquet_rps").asDouble(),
        json.get("packed_per_report_over_plain_2thread_parquet").asDouble(), 0.01);
    // Option (c)'s ceiling: the same rows as the plain program and as the job, dataset by dataset; the job's checks
    // also hold its checks across years, which the direct phase does not compute.
    JsonNode direct = json.get("phases").get(SyntheticBench.DIRECT_PHASE);
    assertEquals(REPORTS, direct.get("files").asInt());
    assertEquals(json.get("phases").get("plain_2thread_parquet").get("rows"), direct.get("rows"));
    report.local2Packed().result().summary().rowsWritten().forEach((dataset, rows) -> {
      if (!dataset.equals("checks") && direct.get("rows").has(dataset)) {
        assertEquals(rows.longValue(), direct.get("rows").get(dataset).asLong(), dataset);
      }
    });
    assertTrue(direct.get("rows").get("cells").asLong() > 0, direct.toString());
    assertTrue(Files.isDirectory(work.resolve(SyntheticBench.DIRECT_DIR).resolve("cells")), "kept with --keep");
    assertEquals(json.get("spark_local2_packed_direct_rps").asDouble() / json.get("plain_2thread_parquet_rps")
        .asDouble(), json.get("packed_direct_over_plain_2thread_parquet").asDouble(), 0.01);
    assertFalse(Files.exists(work.resolve("warehouse-local1")), "no file run at local[1]");
    assertFalse(Files.exists(work.resolve("warehouse-local2")), "no file run at local[2]");
    assertTrue(Files.isDirectory(work.resolve("warehouse-local2-packed")));
    String text = report.toText();
    assertTrue(text.contains("Spark local[2], packed"), text);
    assertFalse(text.contains("Spark local[1], files"), text);
    assertTrue(text.contains("(--packed-only: the job was not run on the report files)"), text);
    assertTrue(text.contains("  the same, without its rollup stage ("), text);
    assertTrue(text.contains("Spark local[2], packed, direct"), text);
  }
}
