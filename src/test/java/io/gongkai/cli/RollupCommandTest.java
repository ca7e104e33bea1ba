package io.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai rollup}, run in-process on a borrowed session. */
class RollupCommandTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder().appName("RollupCommandTest").master("local[2]").config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void aWarehouseWithoutSnapshotIsAnArgumentError() {
    Result r = run("rollup", "--warehouse", dir.toString());
    assertEquals(new Result(2, "", "Argument error: Cannot roll up " + dir + ": it has no published snapshot (no"
        + " CURRENT file); run extract first\n"), r);
  }

  @Test
  void keepingNoSnapshotIsAnArgumentError() {
    Result r = run("rollup", "--warehouse", dir.toString(), "--keep-snapshots", "0");
    assertEquals(new Result(2, "", "Argument error: --keep-snapshots must be at least 1, found 0\n"), r);
  }

  /** After extract --no-rollup, the command fills every year and says what it did. */
  @Test
  void rollsUpWhatExtractLeftOut() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : new String[] {"000_f33f83f1c85a8eb6.txt", "003_88a498967a8a146f.txt", "hzq2024.pdf"}) {
      try (InputStream s = RollupCommandTest.class.getResourceAsStream("/samples/" + name)) {
        Files.write(in.resolve(name), s.readAllBytes());
      }
    }
    Path w = dir.resolve("w");
    Result extract = run("extract", "--input", in.toString(), "--output", w.toString(), "--no-rollup");
    assertEquals(0, extract.code(), extract.err());
    assertTrue(extract.out().contains("  rollups         years [2020, 2021, 2024] left out (--no-rollup): run gongkai"
        + " rollup\n"), extract.out());

    Result r = run("rollup", "--warehouse", w.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].startsWith("Gongkai rollup "), r.out());
    assertEquals("  years           [2020, 2021, 2024]", lines[1]);
    assertTrue(lines[2].matches("  rows written    [1-9]\\d*"), lines[2]);
    // The three reports speak for one body each: no consolidated report to check. Each is alone in its year (2020,
    // 2021, 2024), so in every peer group: R-XR-PEER is UNCERTAIN for the four metrics of each and the six
    // indicators of hzq2024 (000's and 003's have no ratio: nothing answered, no review, no litigation).
    assertEquals("  across reports  {R-XR-PEER={UNCERTAIN=18}}", lines[3]);
    assertTrue(lines[4].startsWith("  published       snapshot "), r.out());
    long rollups =
        spark.read().parquet(w.resolve(Files.readString(w.resolve("CURRENT")).strip()).resolve("rollups").toString())
            .count();
    assertEquals(Long.parseLong(lines[2].substring("  rows written    ".length())), rollups);

    // export --dataset rollups: requests received in 2024, the country's row over every kind, is hzq2024's 95.
    Path csv = dir.resolve("rollups.csv");
    Result export = run("export", "--warehouse", w.toString(), "--dataset", "rollups", "--csv", csv.toString());
    assertEquals(new Result(0, "Wrote " + rollups + " rows of rollups to " + csv + "\n", ""), export);
    java.util.List<String> csvLines = Files.readAllLines(csv);
    assertEquals("report_year,level,region_code,region_name,body_kind,metric,kind,unit,value,numerator,denominator,"
        + "ratio,reports_with_value,reports_blank,reports_not_numeric,reports_not_found,reports_rejected,reports,bodies",
        csvLines.get(0));
    assertEquals(rollups + 1, csvLines.size());
    assertTrue(csvLines.contains("2024,COUNTRY,CN,全国,ALL,new_received,METRIC,COUNT,95,,,,1,0,0,0,0,1,1"),
        String.join("\n", csvLines.subList(0, 5)));
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
