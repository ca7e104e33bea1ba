package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.synth.CorpusWriter;
import io.gongkai.synth.SynthConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copies planted in a synthetic corpus are found: every R-XR-COPY plant of the truth files is a FAIL row on the
 * copying report, of the planted kind, naming the copied report as related_report_id, and no other report has a FAIL
 * row. 400 reports, one in ten drawn as a copy (a draw without a source to copy plants nothing); every report has
 * prose of its own ({@code Narrative}), so the others are compared too and must not look like copies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopyOnSynthTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private SparkSession spark;
  /** file → "kind related-file" of each planted copy. */
  private final Map<String, String> planted = new TreeMap<>();
  private Map<String, String> found;

  @BeforeAll
  void extract() throws IOException {
    spark =
        SparkSession.builder().master("local[2]").appName("CopyOnSynthTest").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    Path corpus = dir.resolve("corpus");
    CorpusWriter.write(
        SynthConfig.builder().reports(400).seed(21).pdfShare(0).consolidatedShare(0).copyRate(0.1).build(), corpus,
        false);
    try (Stream<Path> files = Files.list(corpus.resolve("truth"))) {
      for (Path t : files.sorted().toList()) {
        JsonNode truth = JSON.readTree(t.toFile());
        for (JsonNode p : truth.get("planted")) {
          if (p.get("check").asText().equals("R-XR-COPY")) {
            planted.put(truth.get("file").asText(), p.get("scope").asText() + " " + p.get("related").asText());
          }
        }
      }
    }
    Path warehouse = dir.resolve("w");
    new ExtractJob(spark).run(new ExtractJob.Options(List.of(corpus.resolve(CorpusWriter.REPORTS).toString()),
        warehouse.toString(), corpus.resolve("manifest.csv").toString(), false, 50));
    String snapshot = warehouse + "/" + Files.readString(warehouse.resolve("CURRENT")).strip();
    Dataset<Row> reports = spark.read().parquet(snapshot + "/reports").select("report_id", "file");
    Dataset<Row> fails =
        spark.read().parquet(snapshot + "/checks")
            .filter(col("check").equalTo("R-XR-COPY").and(col("status").equalTo("FAIL")))
            .join(reports.withColumnRenamed("report_id", "related_report_id").withColumnRenamed("file", "related"),
                "related_report_id");
    found = new TreeMap<>();
    for (Row r : fails.select("file", "scope", "related").collectAsList()) {
      String was = found.put(r.getString(0), r.getString(1) + " " + r.getString(2));
      assertEquals(null, was, "two FAIL rows on " + r.getString(0));
    }
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void everyPlantedCopyIsFoundWithItsPartnerAndNothingElse() {
    assertTrue(planted.size() >= 10, "planted " + planted);
    assertTrue(planted.values().stream().anyMatch(v -> v.startsWith("COPIED_FORWARD ")), planted.toString());
    assertTrue(planted.values().stream().anyMatch(v -> v.startsWith("COPIED_ACROSS ")), planted.toString());
    assertEquals(planted, found);
  }
}
