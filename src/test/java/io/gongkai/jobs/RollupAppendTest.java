package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A periodic run: an append recomputes the rollups of the years its new reports cover, leaves the other years' files
 * as they were (the same files, shared with the previous snapshot), and gives the rollups a full run over all the
 * reports gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupAppendTest {
  /**
   * The first run: years 2014, 2020, 2021 and 2023, but only 000 (2020) and 003 (2021) speak for one body; 001 (2020),
   * 004 (2014) and hzq2023 are consolidated reports (ScopeSamplesTest), which the rollups leave out.
   */
  private static final List<String> FIRST =
      List.of("000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "003_88a498967a8a146f.txt",
          "004_97ee47eec622cd46.txt", "hzq2023.pdf");
  /**
   * The append: one more 2020 report (002, consolidated) and two of a new year, 2024 (ha2024 consolidated, hzq2024 a
   * body's own).
   */
  private static final List<String> APPENDED = List.of("002_02af2ddfabc85d6c.txt", "ha2024.pdf", "hzq2024.pdf");

  @TempDir static Path dir;
  private SparkSession spark;
  private Path warehouse;
  private Path full;
  private RunSummary appended;
  private Map<String, Object> before;
  private Map<String, Object> checksBefore;

  @BeforeAll
  void runs() throws IOException {
    spark =
        SparkSession.builder().master("local[2]").appName("RollupAppendTest").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    Path first = copy("first", FIRST);
    Path second = copy("second", APPENDED);
    warehouse = dir.resolve("w");
    extract(List.of(first), warehouse, false);
    before = fileKeys(rollupsDir(warehouse));
    checksBefore = crossReportFiles(warehouse);
    appended = extract(List.of(second), warehouse, true);
    full = dir.resolve("full");
    extract(List.of(first, second), full, false);
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void appendRecomputesTheYearsOfItsNewReportsOnly() throws IOException {
    assertEquals(List.of(2020, 2024), appended.rollup().years());
    Map<String, Object> after = fileKeys(rollupsDir(warehouse));
    Map<String, Map<String, Object>> beforeByYear = byYear(before);
    Map<String, Map<String, Object>> afterByYear = byYear(after);
    assertEquals(List.of("2020", "2021"), List.copyOf(beforeByYear.keySet()));
    assertEquals(List.of("2020", "2021", "2024"), List.copyOf(afterByYear.keySet()));
    for (String year : List.of("2021")) {
      // The same files: same names, same inodes (hard links of the previous snapshot's files).
      assertEquals(beforeByYear.get(year), afterByYear.get(year), "rollup files of " + year);
    }
    assertTrue(
        afterByYear.get("2020").keySet().stream().noneMatch(beforeByYear.get("2020")::containsKey),
        "2020 rewritten: " + afterByYear.get("2020").keySet() + " vs " + beforeByYear.get("2020").keySet());
    assertNotEquals(Map.of(), afterByYear.get("2024"));
  }

  @Test
  void appendedRollupsEqualAFullRun() {
    Map<String, String> afterAppend = rows(warehouse);
    Map<String, String> fullRun = rows(full);
    RollupOnSamplesTest.assertSameRows(fullRun, afterAppend);
    // 2020 was recomputed, yet still counts the one body report: 001 and 002 speak for their whole regions.
    assertTrue(afterAppend.get("2020|COUNTRY|CN|ALL|new_received").endsWith(" reports=1 bodies=1"),
        afterAppend.get("2020|COUNTRY|CN|ALL|new_received"));
    // 2024 counts hzq2024 and not ha2024, the consolidated report of the city above it.
    assertTrue(afterAppend.get("2024|COUNTRY|CN|ALL|new_received").endsWith(" reports=1 bodies=1"),
        afterAppend.get("2024|COUNTRY|CN|ALL|new_received"));
  }

  /**
   * R-XR-CONSOLIDATED depends on the other reports of its year: the append rewrites the checks across reports of 2020
   * (001 against the bodies of 2020) and writes those of 2024 (ha2024), and shares 2014's (004) files. It rewrites
   * 2021's (003, a body's own report, alone in its peer groups since R-XR-PEER: UNCERTAIN) and 2023's (hzq2023) too,
   * with the same rows: every year after the earliest one appended is recomputed, as a report of a later year may be
   * an R-XR-COPY of a new one (CrossReportStage.yearsToRecompute).
   */
  @Test
  void appendRecomputesTheConsolidatedChecksOfItsYearsOnly() throws IOException {
    Map<String, Map<String, Object>> beforeByYear = byYear(checksBefore);
    Map<String, Map<String, Object>> afterByYear = byYear(crossReportFiles(warehouse));
    assertEquals(List.of("2014", "2020", "2021", "2023"), List.copyOf(beforeByYear.keySet()));
    assertEquals(List.of("2014", "2020", "2021", "2023", "2024"), List.copyOf(afterByYear.keySet()));
    assertEquals(beforeByYear.get("2014"), afterByYear.get("2014"), "cross-report check files of 2014");
    for (String year : List.of("2020", "2021", "2023")) {
      assertTrue(afterByYear.get(year).keySet().stream().noneMatch(beforeByYear.get(year)::containsKey),
          year + " rewritten: " + afterByYear.get(year).keySet() + " vs " + beforeByYear.get(year).keySet());
    }
    assertEquals(consolidatedChecks(full), consolidatedChecks(warehouse));
    // The run summary counts the checks of the years it recomputed, by status: those of its reports' years, the next
    // (2021, 2025), whose year before changed, and every year after 2020.
    Map<String, Long> recomputed = new TreeMap<>();
    for (String line : consolidatedChecks(warehouse)) {
      String[] f = line.split(" ");
      if (List.of("2020", "2021", "2023", "2024", "2025").contains(f[1])) {
        recomputed.merge(f[3], 1L, Long::sum);
      }
    }
    assertEquals(recomputed, appended.rollup().checksAcrossReports().get("R-XR-CONSOLIDATED"));
    assertTrue(recomputed.values().stream().mapToLong(Long::longValue).sum() > 50, recomputed.toString());
  }

  /** extract --no-rollup leaves every year out and says so; gongkai rollup then gives what a full run gives. */
  @Test
  void rollupCommandFillsWhatNoRollupLeftOut() throws IOException {
    Path w = dir.resolve("no-rollup");
    RunSummary summary =
        new ExtractJob(spark)
            .run(new ExtractJob.Options(
                List.of(dir.resolve("first").toString(), dir.resolve("second").toString()), w.toString(), null,
                false, 3, ExtractJob.InputFormat.FILES, 2, io.gongkai.warehouse.LockPolicy.DEFAULT, false));
    assertEquals(List.of(2014, 2020, 2021, 2023, 2024), summary.rollup().yearsLeftOut());
    assertEquals(List.of(), summary.rollup().years());
    assertEquals(Map.of(), rows(w));

    List<String> warnings = new java.util.ArrayList<>();
    RollupJob.Result result = new RollupJob(spark, warnings::add).run(w.toString(), 2,
        io.gongkai.warehouse.LockPolicy.DEFAULT);
    assertEquals(List.of(2014, 2020, 2021, 2023, 2024), result.years());
    assertEquals(summary.snapshot(), result.previousSnapshot());
    RollupOnSamplesTest.assertSameRows(rows(full), rows(w));
    assertEquals(rows(full).size(), result.rows());
    assertEquals(List.of(), warnings);
    assertEquals(consolidatedChecks(full), consolidatedChecks(w));
    assertEquals(Map.of(), summary.rollup().checksAcrossReports());
    // The per-report datasets are the extract's, shared: the same reports.
    assertEquals(8, spark.read().schema(Datasets.REPORTS.schema()).parquet(ExtractJobTest.published(w, "reports")).count());
  }

  @Test
  void rollupOfAnEmptyLocationIsRefused() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> new RollupJob(spark, w -> {}).run(dir.resolve("nothing").toString(), 2,
                io.gongkai.warehouse.LockPolicy.DEFAULT));
    assertEquals("Cannot roll up " + dir.resolve("nothing") + ": it has no published snapshot (no CURRENT file); run"
        + " extract first", e.getMessage());
  }

  /** The R-XR-CONSOLIDATED rows of a warehouse, one line each, sorted. */
  private List<String> consolidatedChecks(Path w) {
    return spark.read().schema(Datasets.CHECKS.schema()).parquet(ExtractJobTest.published(w, "checks"))
        .filter("`check` = 'R-XR-CONSOLIDATED'").collectAsList().stream()
        .map(r -> r.getAs("file") + " " + r.getAs("report_year") + " " + r.getAs("scope") + " " + r.getAs("status")
            + " " + r.getAs("expression"))
        .sorted().toList();
  }

  /** The checks files computed across reports, as {@link #fileKeys} gives them. */
  private static Map<String, Object> crossReportFiles(Path w) throws IOException {
    Map<String, Object> files = fileKeys(Path.of(ExtractJobTest.published(w, "checks")));
    files.keySet().removeIf(path -> !CrossReportStage.acrossReports(path));
    return files;
  }

  private Map<String, String> rows(Path w) {
    return RollupOnSamplesTest.rollupRows(spark, w);
  }

  private RunSummary extract(List<Path> inputs, Path target, boolean append) throws IOException {
    return new ExtractJob(spark)
        .run(new ExtractJob.Options(inputs.stream().map(Path::toString).toList(), target.toString(), null, append, 3));
  }

  private static Path copy(String name, List<String> samples) throws IOException {
    Path in = Files.createDirectories(dir.resolve(name));
    for (String sample : samples) {
      Files.write(in.resolve(sample), RollupOnSamplesTest.resource("/samples/" + sample));
    }
    return in;
  }

  private static Path rollupsDir(Path warehouse) {
    return Path.of(ExtractJobTest.published(warehouse, "rollups"));
  }

  /** Every data file of the dataset by its path relative to it, with its file key (device and inode). */
  private static Map<String, Object> fileKeys(Path dataset) throws IOException {
    Map<String, Object> keys = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dataset)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (!name.startsWith(".") && !name.startsWith("_") && !name.startsWith("empty-")) {
          keys.put(dataset.relativize(f).toString(), Files.readAttributes(f,
              java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
      }
    }
    return keys;
  }

  private static Map<String, Map<String, Object>> byYear(Map<String, Object> files) {
    Map<String, Map<String, Object>> byYear = new TreeMap<>();
    files.forEach(
        (path, key) -> byYear.computeIfAbsent(path.substring("report_year=".length(), path.indexOf('/')),
            y -> new TreeMap<>()).put(path, key));
    return byYear;
  }
}
