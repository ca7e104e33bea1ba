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
import org.apache.spark.sql.Dataset;
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

  /**
   * A million-report corpus does not fit on a disk as files (issue 19): {@code --packed-only} writes only the packed
   * Parquet, without Spark, and it must hold exactly the rows {@code --packed} writes through Spark.
   */
  @Test
  void packedOnlyWritesTheRowsOfThePackedCorpusAndNothingElse(@TempDir Path dir) throws Exception {
    Path both = dir.resolve("both");
    Path only = dir.resolve("only");
    String[] common = {"synth", "--reports", "150", "--seed", "9", "--pdf-share", "0", "--consolidated-share", "1"};
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(concat(common, "--out", both.toString(), "--packed"), new PrintWriter(new StringWriter()),
        new PrintWriter(err)), err.toString());
    StringWriter out = new StringWriter();
    assertEquals(0, Main.run(concat(common, "--out", only.toString(), "--packed-only"), new PrintWriter(out),
        new PrintWriter(err)), err.toString());
    assertTrue(out.toString().contains("  packed: " + only.resolve("packed/corpus.parquet") + "\n"), out.toString());

    try (var walk = Files.walk(only)) {
      List<String> written = walk.filter(Files::isRegularFile).map(p -> only.relativize(p).toString()).sorted()
          .toList();
      assertEquals(List.of("packed/corpus.parquet/part-00000.snappy.parquet"), written);
    }
    SparkSession spark = SparkSessions.create("synth test", "local[2]");
    try {
      Dataset<Row> expected = spark.read().parquet(both.resolve("packed/corpus.parquet").toString());
      Dataset<Row> actual = spark.read().parquet(only.resolve("packed/corpus.parquet").toString());
      assertEquals(expected.schema(), actual.schema());
      long rows = expected.count();
      assertTrue(rows > 150, "consolidated reports come in addition to the 150: " + rows);
      assertEquals(rows, actual.count());
      assertEquals(0, expected.exceptAll(actual).count());
      assertEquals(0, actual.exceptAll(expected).count());
      assertTrue(actual.filter("url is null").count() > 0, "some manifest fields are left blank, as nulls");
    } finally {
      spark.stop();
    }

    StringWriter again = new StringWriter();
    assertEquals(1, Main.run(concat(common, "--out", only.toString(), "--packed-only"),
        new PrintWriter(new StringWriter()), new PrintWriter(again)));
    assertEquals("synth failed: Cannot write the packed corpus " + only.resolve("packed/corpus.parquet")
        + ": it already exists, and part files of another corpus would be read with this one\n",
        again.toString());
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void rejectsBadArguments(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"synth", "--reports", "-3", "--out", dir.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(2, code);
    assertTrue(err.toString().contains("Cannot generate -3 reports"), err.toString());

    StringWriter share = new StringWriter();
    assertEquals(2, Main.run(new String[] {"synth", "--reports", "3", "--consolidated-share", "1.5", "--out",
        dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(share)));
    assertEquals("Argument error: Cannot use consolidated share 1.5: it must be between 0 and 1\n", share.toString());
  }
}
