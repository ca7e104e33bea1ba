package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.cli.Main;
import io.gongkai.jobs.SparkSessions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai synth} in-process: files, truth, manifest, and the packed Parquet and JSON Lines corpus. */
class SynthCommandTest {
  @Test
  void writesCorpusManifestAndPackedCorpus(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"synth", "--reports", "12", "--seed", "4", "--out", dir.toString(), "--packed",
        "--pdf-share", "0"}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().startsWith("synth: 12 reports"), out.toString());

    List<String> manifest = Files.readAllLines(dir.resolve("manifest.csv"), StandardCharsets.UTF_8);
    assertEquals("path,url,body,region_code,report_year,published_at", manifest.get(0));
    assertEquals(13, manifest.size());
    for (String line : manifest.subList(1, manifest.size())) {
      String file = line.substring(0, line.indexOf(','));
      assertTrue(Files.isRegularFile(dir.resolve(file)), file);
      String name = Path.of(file).getFileName().toString();
      JsonNode truth = SynthCorpus.parse(Files.readString(dir.resolve("truth").resolve(name + ".truth.json")));
      assertEquals(name, truth.get("file").asText());
    }

    List<String> jsonl = Files.readAllLines(dir.resolve("packed/corpus.jsonl"), StandardCharsets.UTF_8);
    assertEquals(12, jsonl.size());
    JsonNode first = SynthCorpus.parse(jsonl.get(0));
    assertArrayEquals(Files.readAllBytes(dir.resolve(first.get("path").asText())),
        Base64.getDecoder().decode(first.get("content_base64").asText()));

    SparkSession spark = SparkSessions.create("synth test", "local[2]");
    try {
      List<Row> rows = spark.read().parquet(dir.resolve("packed/corpus.parquet").toString()).orderBy("path")
          .collectAsList();
      assertEquals(12, rows.size());
      assertEquals(List.of("path", "content", "url", "body", "region_code", "report_year", "published_at"),
          List.of(rows.get(0).schema().fieldNames()));
      Row row = rows.get(0);
      assertArrayEquals(Files.readAllBytes(dir.resolve(row.getString(0))), (byte[]) row.get(1));
    } finally {
      spark.stop();
    }
  }

  @Test
  void rejectsBadArguments(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"synth", "--reports", "-3", "--out", dir.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(2, code);
    assertTrue(err.toString().contains("Cannot generate -3 reports"), err.toString());

    StringWriter share = new StringWriter();
    assertEquals(2, Main.run(new String[] {"synth", "--reports", "3", "--consolidated-share", "1.5", "--out",
        dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(share)));
    assertEquals("Argument error: Cannot use consolidated share 1.5: it must be between 0 and 1\n", share.toString());
  }
}
