package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.warehouse.LockPolicy;
import io.gongkai.warehouse.PublishStep;
import io.gongkai.warehouse.Warehouse;
import io.gongkai.warehouse.WarehouseLockedException;
import io.gongkai.warehouse.WriterLock;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse's promises with a real local Spark (issue 14): one writer at a time, a reader never sees two runs at
 * once whatever step a run stops at (thrown or killed), leftovers removed by the next run, zero rows published with
 * their schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarehouseGuaranteesTest {
  /** Two corpora whose warehouses differ in every dataset, so a reader can tell which run it sees. */
  private static final List<String> CORPUS_A =
      List.of("000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt");
  private static final List<String> CORPUS_B = List.of("003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt");

  @TempDir static Path dir;
  private SparkSession spark;
  private Path inputA;
  private Path inputB;
  /** Every dataset's rows, for a run on A and a run on B into fresh warehouses. */
  private Map<String, Map<String, List<String>>> reference;

  @BeforeAll
  void setUp() throws IOException {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("WarehouseGuaranteesTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    inputA = corpus("a", CORPUS_A);
    inputB = corpus("b", CORPUS_B);
    reference = new LinkedHashMap<>();
    for (String name : List.of("A", "B")) {
      Path w = dir.resolve("reference-" + name);
      run(name.equals("A") ? inputA : inputB, w, false);
      reference.put(name, rows(w));
    }
    assertFalse(reference.get("A").equals(reference.get("B")));
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @AfterEach
  void clearFaults() {
    System.clearProperty("gongkai.fault.fail-at");
    System.clearProperty("gongkai.fault.halt-at");
  }

  @Test
  void ofTwoRunsStartedAtOnceOneIsRefusedAndTheWarehouseIsTheWinnersWhole() throws Exception {
    Path w = dir.resolve("concurrent");
    run(inputA, w, false);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> outcomes = new ArrayList<>();
    for (Path input : List.of(inputA, inputB)) {
      outcomes.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  return run(input, w, false);
                } catch (WarehouseLockedException e) {
                  return e;
                }
              }));
    }
    start.countDown();
    List<RunSummary> won = new ArrayList<>();
    List<WarehouseLockedException> refused = new ArrayList<>();
    for (Future<Object> f : outcomes) {
      Object outcome = f.get(5, TimeUnit.MINUTES);
      if (outcome instanceof RunSummary s) {
        won.add(s);
      } else {
        refused.add((WarehouseLockedException) outcome);
      }
    }
    pool.shutdown();
    assertEquals(1, won.size(), "one run published");
    assertEquals(1, refused.size(), "one run refused");
    assertEquals(won.get(0).runId(), refused.get(0).holder().runId(), "the refusal names the winner");
    assertEquals("snapshots/" + won.get(0).snapshot() + "\n", Files.readString(w.resolve("CURRENT")));
    String winner = won.get(0).filesRead() == CORPUS_A.size() ? "A" : "B";
    assertEquals(reference.get(winner), rows(w));
    assertEquals(List.of("CURRENT", "_run.json", "snapshots"), entries(w));
  }

  @Test
  void aRunThatFailsAtAnyStepLeavesOneWholeRunVisibleAndTheNextRunNothingBehind() throws IOException {
    Path w = dir.resolve("failing");
    run(inputA, w, false);
    for (PublishStep step : PublishStep.values()) {
      if (step == PublishStep.CARRIED_OVER) {
        continue; // an append's step: below
      }
      String visibleBefore = visibleRun(w);
      String other = visibleBefore.equals("A") ? "B" : "A";
      System.setProperty("gongkai.fault.fail-at", step.name());
      boolean committed = step.compareTo(PublishStep.POINTER_SWAPPED) >= 0;
      if (committed) {
        // After the commit point a failure is housekeeping for the next run: the run published, with a warning.
        RunSummary summary = run(other.equals("A") ? inputA : inputB, w, false);
        assertTrue(summary.published(), step.name());
      } else {
        IOException e = assertThrows(IOException.class, () -> run(other.equals("A") ? inputA : inputB, w, false));
        assertEquals("Simulated failure at " + step + " (gongkai.fault.fail-at)", e.getMessage());
      }
      System.clearProperty("gongkai.fault.fail-at");
      assertEquals(committed ? other : visibleBefore, visibleRun(w), step.name());
      assertFalse(Files.exists(w.resolve("_lock")), step + ": lock released");
      if (!committed) {
        assertEquals(List.of("CURRENT", "_run.json", "snapshots"), entries(w), step + ": the failed run cleaned up");
      }
    }
    RunSummary next = run(inputB, w, false);
    assertEquals(List.of(), next.warnings());
    assertEquals("B", visibleRun(w));
    assertEquals(List.of("CURRENT", "_run.json", "snapshots"), entries(w));
    assertEquals(2, entries(w.resolve("snapshots")).size(), "the published snapshot and its predecessor");
  }

  @Test
  void aRunKilledAtAnyStepLeavesOneWholeRunVisibleAndTheNextRunRecovers() throws Exception {
    Path w = dir.resolve("killed");
    run(inputA, w, false);
    // One kill in each state the warehouse can be left in (every step is failed in-process above): staging only, an
    // unpublished snapshot, a sealed snapshot just before the swap, just after the swap with the housekeeping undone,
    // everything done but the lock. Each costs a JVM of its own.
    List<PublishStep> steps =
        List.of(PublishStep.PARSED, PublishStep.DATASETS_WRITTEN, PublishStep.LOCK_VERIFIED,
            PublishStep.POINTER_SWAPPED, PublishStep.STAGING_DELETED);
    for (PublishStep step : steps) {
      String visibleBefore = visibleRun(w);
      String other = visibleBefore.equals("A") ? "B" : "A";
      assertEquals(137, extractInChildJvm(other.equals("A") ? inputA : inputB, w, "overwrite", step), step.name());
      assertTrue(Files.exists(w.resolve("_lock")), step + ": a killed run leaves its lock");
      if (step == PublishStep.PARSED || step == PublishStep.DATASETS_WRITTEN) {
        // The parse tasks' files wait in staging until they move into the snapshot; what is left there then (failed
        // attempts' files) is deleted at once, not kept through the rollups and the checks across reports.
        List<String> runs = entries(w.resolve("_staging"));
        assertEquals(1, runs.size(), step + ": " + runs);
        Path parsed = w.resolve("_staging").resolve(runs.get(0)).resolve("parsed");
        assertEquals(step == PublishStep.PARSED, Files.exists(parsed), step + ": the parse tasks' files in staging");
      }
      boolean committed = step.compareTo(PublishStep.POINTER_SWAPPED) >= 0;
      assertEquals(committed ? other : visibleBefore, visibleRun(w), step.name());

      // The next run takes the dead run's lock over and removes what it left.
      RunSummary next = run(visibleRun(w).equals("A") ? inputB : inputA, w, false);
      assertTrue(next.warnings().get(0).startsWith("Warning: took over the warehouse lock "), next.warnings().toString());
      assertTrue(next.warnings().get(0).endsWith(" is no longer running on this host"), next.warnings().toString());
      boolean leftovers = step != PublishStep.STAGING_DELETED;
      assertEquals(leftovers ? 2 : 1, next.warnings().size(), step + ": " + next.warnings());
      assertEquals(List.of("CURRENT", "_run.json", "snapshots"), entries(w), step.name());
      assertEquals(2, entries(w.resolve("snapshots")).size(), step.name());
    }
  }

  @Test
  void anAppendKilledWhileCarryingTheEarlierFilesOverPublishesNothing() throws Exception {
    Path w = dir.resolve("append-killed");
    run(inputA, w, false);
    Map<String, List<String>> before = rows(w);
    assertEquals(137, extractInChildJvm(inputB, w, "append", PublishStep.CARRIED_OVER));
    assertEquals(before, rows(w));
    RunSummary again = run(inputB, w, true);
    assertEquals(2, again.warnings().size(), again.warnings().toString());
    assertEquals(CORPUS_A.size() + CORPUS_B.size(), rows(w).get("reports").size());
    assertEquals(List.of("CURRENT", "_run.json", "snapshots"), entries(w));
  }

  @Test
  void aRunWhoseFilesAreAllRejectedPublishesEveryDatasetWithItsSchema() throws IOException {
    Path input = Files.createDirectories(dir.resolve("all-rejected"));
    Files.write(input.resolve("garbage.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 0, 9, 0, 0, 0});
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Path w = dir.resolve("rejected-only");

    RunSummary summary = run(input, w, false);

    assertEquals(0, summary.parsed());
    assertEquals(2, summary.rejected());
    assertTrue(summary.published());
    for (DatasetSpec spec : Datasets.ALL) {
      // Read as an analyst would, without the registry's schema: the files carry it.
      Dataset<Row> data = spark.read().parquet(ExtractJobTest.published(w, spec.name()));
      List<String> expected = new ArrayList<>(spec.columns().stream().map(Column::name).toList());
      if (spec.partitionBy() != null) {
        expected.remove(spec.partitionBy());
        expected.add(spec.partitionBy()); // Spark appends partition columns
      }
      assertEquals(expected, Arrays.asList(data.columns()), spec.name());
      assertEquals(spec == Datasets.REPORTS ? 2 : 0, data.count(), spec.name());
    }
    assertEquals(
        List.of("empty.txt rejected EMPTY_FILE", "garbage.bin rejected BINARY_CONTENT"),
        spark.read().parquet(ExtractJobTest.published(w, "reports")).orderBy("file").collectAsList().stream()
            .map(r -> r.getAs("file") + " " + r.getAs("status") + " " + r.getAs("reject_reason")).toList());
  }

  @Test
  void anAppendOfReportsAllPresentAlreadyAddsNothingAndSaysSo() throws IOException {
    Path w = dir.resolve("all-present");
    RunSummary first = run(inputA, w, false);
    String pointer = Files.readString(w.resolve("CURRENT"));

    RunSummary again = run(inputA, w, true);

    assertEquals(CORPUS_A.size(), again.alreadyPresent());
    assertFalse(again.published());
    assertEquals(first.snapshot(), again.snapshot());
    assertEquals(pointer, Files.readString(w.resolve("CURRENT")));
    assertEquals(List.of(first.snapshot()), entries(w.resolve("snapshots")));
    assertTrue(again.toText().contains("  published       nothing new: snapshot " + first.snapshot()
        + " stays current\n"), again.toText());
    String json = Files.readString(w.resolve("_run.json"));
    assertTrue(json.contains("\"published\" : false"), json);
    assertTrue(json.contains("\"already_present\" : 3"), json);
    assertEquals(reference.get("A"), rows(w));
  }

  @Test
  void anAppendSharesThePublishedFilesAndAddsTheNewReports() throws IOException {
    Path w = dir.resolve("append");
    run(inputA, w, false);
    RunSummary append = run(inputB, w, true);
    assertTrue(append.published());
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      List<String> union = new ArrayList<>(reference.get("A").get(spec.name()));
      union.addAll(reference.get("B").get(spec.name()));
      if (spec == Datasets.CHECKS) {
        // The appended reports are also checked against the published ones (R-T3-XYEAR): compared apart.
        union = null;
      } else {
        union.sort(null);
      }
      expected.put(spec.name(), union);
    }
    Map<String, List<String>> found = rows(w);
    for (DatasetSpec spec : Datasets.ALL) {
      if (spec != Datasets.CHECKS) {
        assertEquals(expected.get(spec.name()), found.get(spec.name()), spec.name());
      }
    }
    assertTrue(found.get("checks").containsAll(reference.get("A").get("checks")));
  }

  @Test
  void everyInputIsOneReportRowEvenThroughSymlinkLoopsAndEmptyFiles() throws IOException {
    Path input = Files.createDirectories(dir.resolve("links"));
    try (InputStream in = WarehouseGuaranteesTest.class.getResourceAsStream("/samples/" + CORPUS_B.get(0))) {
      Files.write(input.resolve("report.txt"), in.readAllBytes());
    }
    Files.createSymbolicLink(input.resolve("loop"), Path.of("."));
    Files.createSymbolicLink(input.resolve("a"), Path.of("b"));
    Files.createSymbolicLink(input.resolve("b"), Path.of("a"));
    Files.createSymbolicLink(input.resolve("dangling"), Path.of("moved-away.pdf"));
    Files.write(input.resolve("empty.pdf"), new byte[0]);
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Path w = dir.resolve("links-warehouse");

    RunSummary summary = run(input, w, false);

    String root = "file:" + input;
    assertEquals(
        List.of("Skipped directory symlink " + root + "/loop: it leads to " + root + ", already listed"),
        summary.listingNotes());
    assertEquals(6, summary.filesRead());
    assertEquals(
        List.of(
            "a rejected READ_FAILED Cannot read " + root + "/a: symbolic link loop",
            "b rejected READ_FAILED Cannot read " + root + "/b: symbolic link loop",
            "dangling rejected READ_FAILED Cannot read " + root + "/dangling: broken symbolic link to moved-away.pdf",
            "empty.pdf rejected EMPTY_FILE",
            "empty.txt rejected EMPTY_FILE",
            "report.txt parsed null"),
        spark.read().parquet(ExtractJobTest.published(w, "reports")).orderBy("file").collectAsList().stream()
            .map(r -> (r.getAs("file") + " " + r.getAs("status") + " " + r.getAs("reject_reason")
                + (r.getAs("reject_reason") != null && r.getAs("reject_reason").equals("READ_FAILED")
                    ? " " + r.getAs("reject_detail") : "")))
            .toList());
    assertEquals(6,
        spark.read().parquet(ExtractJobTest.published(w, "reports")).select("report_id").distinct().count());
  }

  @Test
  void aRunRefusedByTheLockWritesNothingAndExitsWithThree() throws IOException {
    Path w = dir.resolve("held");
    run(inputA, w, false);
    String before = tree(w);
    try (WriterLock lock =
        Warehouse.at(w.toString(), spark.sparkContext().hadoopConfiguration())
            .lock("someone-else", LockPolicy.DEFAULT, x -> {})) {
      Cli refused = cli("extract", "--input", inputB.toString(), "--output", w.toString());
      assertEquals(3, refused.code());
      assertEquals("", refused.out());
      assertTrue(refused.err().startsWith("Cannot run: the warehouse is locked by run someone-else on host "),
          refused.err());
      assertEquals(1, refused.err().lines().count(), refused.err());
    }
    assertEquals(before, tree(w));
  }

  @Test
  void argumentErrorsAreOneLineAndExitTwoAndWriteNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Cli intoFile = cli("extract", "--input", inputA.toString(), "--output", file.toString());
    assertEquals(2, intoFile.code());
    assertEquals("Argument error: Cannot use warehouse " + file + ": it is a file, not a directory\n",
        intoFile.err());
    assertEquals("x", Files.readString(file));

    Path fresh = dir.resolve("fresh-warehouse");
    for (List<String> args :
        List.of(
            List.of("--input", dir.resolve("no-such-input").toString()),
            List.of("--input", inputA.toString(), "--master", "foo"),
            List.of("--input-format", "parquet", "--input", dir.resolve("no-such.parquet").toString()),
            List.of("--input", inputA.toString(), "--manifest", dir.resolve("no-such.csv").toString()),
            List.of("--input", inputA.toString(), "--keep-snapshots", "0"),
            List.of("--input", inputA.toString(), "--lock-stale-after", "5"))) {
      List<String> command = new ArrayList<>(List.of("extract", "--output", fresh.toString()));
      command.addAll(args);
      Cli result = cli(command.toArray(new String[0]));
      assertEquals(2, result.code(), args.toString());
      assertEquals(1, result.err().lines().count(), result.err());
      assertTrue(result.err().startsWith("Argument error: "), result.err());
      assertFalse(Files.exists(fresh), args + ": an argument error leaves no warehouse behind");
    }
  }

  // --- helpers ---

  private record Cli(int code, String out, String err) {}

  private static Cli cli(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = io.gongkai.cli.Main.run(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
    return new Cli(code, out.toString(), err.toString());
  }

  private RunSummary run(Path input, Path warehouse, boolean append) throws IOException {
    return new ExtractJob(spark, w -> {})
        .run(new ExtractJob.Options(List.of(input.toString()), warehouse.toString(), null, append, 3));
  }

  /** Runs extract in a JVM of its own that halts at {@code step}, as kill -9 would; returns its exit code. */
  private static int extractInChildJvm(Path input, Path warehouse, String mode, PublishStep step) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-XX:") || arg.startsWith("--enable-")
          || arg.startsWith("--sun-misc") || arg.startsWith("-Dio.netty")) {
        command.add(arg);
      }
    }
    command.addAll(
        // C1 alone: the child parses two reports, and C2 would compile for longer than it runs.
        List.of("-XX:TieredStopAtLevel=1", "-Dgongkai.fault.halt-at=" + step, "-cp", System.getProperty("java.class.path"),
            "io.gongkai.cli.Main", "extract", "--input", input.toString(), "--output", warehouse.toString(),
            "--mode", mode, "--master", "local[1]"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    if (process.exitValue() != 137) {
      System.err.println(new String(output, StandardCharsets.UTF_8));
    }
    return process.exitValue();
  }

  /** Which reference run the published snapshot is, every dataset compared row for row; fails on anything else. */
  private String visibleRun(Path warehouse) throws IOException {
    Map<String, List<String>> found = rows(warehouse);
    for (Map.Entry<String, Map<String, List<String>>> run : reference.entrySet()) {
      if (run.getValue().equals(found)) {
        return run.getKey();
      }
    }
    throw new AssertionError("The published snapshot of " + warehouse + " is no whole run: " + found.get("reports"));
  }

  /** Every dataset of the published snapshot, each row as text, sorted; resolved once, as a reader does. */
  private Map<String, List<String>> rows(Path warehouse) throws IOException {
    Map<String, String> locations =
        Warehouse.at(warehouse.toString(), spark.sparkContext().hadoopConfiguration())
            .datasetLocations(Datasets.ALL.stream().map(DatasetSpec::name).toList());
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (DatasetSpec spec : Datasets.ALL) {
      List<String> data =
          new ArrayList<>(
              spark.read().schema(spec.schema()).parquet(locations.get(spec.name())).collectAsList().stream()
                  .map(Row::toString).toList());
      data.sort(null);
      rows.put(spec.name(), data);
    }
    return rows;
  }

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return String.join("\n", walk.map(p -> root.relativize(p).toString()).sorted().toList());
    }
  }

  private static Path corpus(String name, List<String> files) throws IOException {
    Path input = Files.createDirectories(dir.resolve("in-" + name));
    for (String file : files) {
      try (InputStream in = WarehouseGuaranteesTest.class.getResourceAsStream("/samples/" + file)) {
        Files.write(input.resolve(file), in.readAllBytes());
      }
    }
    return input;
  }
}
