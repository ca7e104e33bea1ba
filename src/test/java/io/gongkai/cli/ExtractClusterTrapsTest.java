package io.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.jobs.ClusterPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The traps of a real cluster (issue 18), failing loudly: a {@code file:} path on a non-local master is refused before
 * Spark starts (exit 2), a run with unreadable inputs publishes what it read and exits 4 unless
 * {@code --allow-read-failures}, and a redirected run logs one-line progress instead of Spark's console bar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractClusterTrapsTest {
  private static final String MASTER = "spark://127.0.0.1:7077";

  @TempDir static Path dir;
  private SparkSession spark;
  private Path input;

  @BeforeAll
  void setUp() throws IOException {
    // Borrowed by the commands below (they stop only a session they started).
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("ExtractClusterTrapsTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    input = Files.createDirectories(dir.resolve("in"));
    Files.write(input.resolve("report.txt"), sample("003_88a498967a8a146f.txt"));
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void aFileOutputOnAClusterMasterIsRefusedBeforeAnythingIsWritten() {
    Path w = dir.resolve("refused-output");
    Result r = cli("extract", "--input", "hdfs://nn:8020/corpus", "--output", w.toString(), "--master", MASTER);
    assertEquals(
        new Result(2, "", "Argument error: --output " + w + " is on a local disk (file:), but master " + MASTER
            + " runs executors on other machines, which write their parts to their own disks, where the driver never "
            + "sees them: use a filesystem every node shares (hdfs://, s3a://, …), or a mount every node has at the "
            + "same path and --shared-fs\n"),
        r);
    assertFalse(Files.exists(w));
  }

  @Test
  void aSchemeLessOrFileInputOnAClusterMasterIsRefused() {
    for (String in : List.of(input.toString(), "file://" + input, "relative/reports")) {
      Result r = cli("extract", "--input", "hdfs://nn:8020/corpus", "--input", in, "--output", "hdfs://nn:8020/w",
          "--master", "yarn");
      assertEquals(
          new Result(2, "", "Argument error: --input " + in + " is on a local disk (file:), but master yarn runs "
              + "executors on other machines, which cannot read a file only the driver's disk has (each becomes a "
              + "READ_FAILED report): use a filesystem every node shares (hdfs://, s3a://, …), or a mount every node "
              + "has at the same path and --shared-fs\n"),
          r, in);
    }
  }

  @Test
  void whichMastersAndPathsNeedASharedFilesystem() {
    URI local = URI.create("file:///");
    List<Map.Entry<String, String>> onDisk = List.of(Map.entry("--input", "/data/in"), Map.entry("--output", "w"));
    for (String master : List.of("local", "local[1]", "local[*]", "local[2,3]")) {
      assertNull(ClusterPaths.problem(master, onDisk, local, false), master);
    }
    for (String master : List.of("spark://h:7077", "yarn", "k8s://https://h:6443", "local-cluster[2,1,1024]")) {
      assertTrue(ClusterPaths.problem(master, onDisk, local, false).startsWith("--input /data/in is on a local disk"),
          master);
      assertNull(ClusterPaths.problem(master, onDisk, local, true), master + " with --shared-fs");
      // Without a scheme a path is on the default filesystem: HDFS where core-site.xml says so.
      assertNull(ClusterPaths.problem(master, onDisk, URI.create("hdfs://nn:8020"), false), master);
      assertNull(ClusterPaths.problem(master,
          List.of(Map.entry("--input", "s3a://b/in/*.pdf"), Map.entry("--output", "hdfs:///w")), local, false));
    }
  }

  @Test
  void unreadableInputsPublishWhatWasReadAndExitFour() throws IOException {
    Path in = Files.createDirectories(dir.resolve("partly-unreadable"));
    Files.write(in.resolve("report.txt"), sample("003_88a498967a8a146f.txt"));
    // What an executor sees of a file only the driver has: listed, then not there to read.
    Files.createSymbolicLink(in.resolve("gone.pdf"), Path.of("moved-away.pdf"));
    Path w = dir.resolve("partly");

    Result r = cli("extract", "--input", in.toString(), "--output", w.toString(), "--progress-interval", "0");

    JsonNode run = new ObjectMapper().readTree(w.resolve("_run.json").toFile());
    assertEquals(4, r.code(), r.err());
    assertEquals(
        "Error: 1 input files could not be read (READ_FAILED rows in reports, reject_detail says why); snapshot "
            + run.get("snapshot").asText() + " holds what was read. Exit code 4; --allow-read-failures accepts such "
            + "a run\n",
        r.err());
    assertTrue(r.out().contains("  read failed     1 (READ_FAILED: exit code 4)\n"), r.out());
    assertEquals(List.of(1L, 4L, 2L, 1L), List.of(run.get("read_failed").asLong(), run.get("exit_code").asLong(),
        run.get("files_read").asLong(), run.get("parsed").asLong()));
    assertFalse(run.get("read_failures_allowed").asBoolean());
    assertTrue(run.get("published").asBoolean());
    assertEquals("snapshots/" + run.get("snapshot").asText(), Files.readString(w.resolve("CURRENT")).strip());

    Result allowed = cli("extract", "--input", in.toString(), "--output", w.toString(), "--progress-interval", "0",
        "--allow-read-failures");
    JsonNode again = new ObjectMapper().readTree(w.resolve("_run.json").toFile());
    assertEquals(0, allowed.code(), allowed.err());
    assertEquals("", allowed.err());
    assertTrue(allowed.out().contains("  read failed     1 (READ_FAILED: allowed by --allow-read-failures)\n"),
        allowed.out());
    assertEquals(List.of(1L, 0L), List.of(again.get("read_failed").asLong(), again.get("exit_code").asLong()));
    assertTrue(again.get("read_failures_allowed").asBoolean());
  }

  @Test
  void everyFileReadExitsZeroAndSaysSoInTheSummary() throws IOException {
    Path w = dir.resolve("whole");
    Result r = cli("extract", "--input", input.toString(), "--output", w.toString(), "--progress-interval", "0");
    JsonNode run = new ObjectMapper().readTree(w.resolve("_run.json").toFile());
    assertEquals(new Result(0, r.out(), ""), r);
    assertFalse(r.out().contains("read failed"), r.out());
    assertEquals(List.of(0L, 0L), List.of(run.get("read_failed").asLong(), run.get("exit_code").asLong()));
  }

  /** What the cluster test compares a cluster run with a local one by: every dataset, row for row. */
  @Test
  void verifySameAsTellsEqualWarehousesFromOneMissingARow() throws IOException {
    Path a = dir.resolve("same-a");
    Path b = dir.resolve("same-b");
    for (Path w : List.of(a, b)) {
      assertEquals(0, cli("extract", "--input", input.toString(), "--output", w.toString(), "--progress-interval", "0")
          .code());
    }
    Result same = cli("verify", "--warehouse", a.toString(), "--same-as", b.toString());
    assertEquals(0, same.code(), same.out() + same.err());
    assertTrue(same.out().endsWith("whole\nsame rows as " + b + " in every dataset\n"), same.out());

    // The one report's row of reports gone from a: a run that lost a row.
    Path reports = a.resolve(Files.readString(a.resolve("CURRENT")).strip()).resolve("reports");
    try (var files = Files.list(reports)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList()) {
        Files.delete(f);
      }
    }
    Result differs = cli("verify", "--warehouse", a.toString(), "--same-as", b.toString());
    assertEquals(1, differs.code(), differs.out() + differs.err());
    assertTrue(differs.out().contains("\nreports            differs: 0 rows only in the first, 1 only in the second; "
        + "e.g. [second: {\"report_id\":\""), differs.out());
    assertTrue(differs.out().endsWith("differs from " + b + " in 1 datasets\n"), differs.out());
  }

  /**
   * Equal row counts do not make equal datasets: a reports row of another report in place of the one report's row has
   * the same count and another fingerprint, so the rows are compared. Several warehouses are compared with one in one
   * run, each judged on its own.
   */
  @Test
  void verifySameAsTellsARowChangedInPlaceAndJudgesEachOtherWarehouse() throws IOException {
    Path other = Files.createDirectories(dir.resolve("in-other"));
    Files.write(other.resolve("report.txt"), sample("001_42bc1c002d3797e9.txt"));
    Path reference = dir.resolve("changed-ref");
    Path same = dir.resolve("changed-same");
    Path changed = dir.resolve("changed-changed");
    Path donor = dir.resolve("changed-donor");
    for (Path w : List.of(reference, same, changed)) {
      assertEquals(0, cli("extract", "--input", input.toString(), "--output", w.toString(), "--progress-interval", "0")
          .code());
    }
    assertEquals(0, cli("extract", "--input", other.toString(), "--output", donor.toString(), "--progress-interval",
        "0").code());
    Path changedReports = datasetDir(changed, "reports");
    try (var files = Files.list(changedReports)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    try (var files = Files.list(datasetDir(donor, "reports"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList()) {
        Files.copy(f, changedReports.resolve(f.getFileName()));
      }
    }

    Result r = cli("verify", "--warehouse", reference.toString(), "--same-as", same.toString(), "--same-as",
        changed.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\nsame rows as " + same + " in every dataset\n"), r.out());
    assertTrue(r.out().contains("\nreports            differs: 1 rows only in the first, 1 only in the second; "), r.out());
    assertTrue(r.out().endsWith("differs from " + changed + " in 1 datasets\n"), r.out());
  }

  private static Path datasetDir(Path warehouse, String dataset) throws IOException {
    return warehouse.resolve(Files.readString(warehouse.resolve("CURRENT")).strip()).resolve(dataset);
  }

  @Test
  void badProgressIntervalIsAnArgumentError() {
    assertEquals(
        new Result(2, "", "Argument error: --progress-interval must be 0 (off) or more seconds, found -1\n"),
        cli("extract", "--input", input.toString(), "--output", dir.resolve("never").toString(),
            "--progress-interval", "-1"));
  }

  /**
   * In a JVM of its own whose stderr is a file, as under a scheduler: one-line progress appears, Spark's console bar
   * ("[Stage 3:==>  (1 + 1) / 8]", which it draws on stderr when enabled) does not.
   */
  @Test
  void aRedirectedRunLogsProgressLinesAndNoConsoleBar() throws Exception {
    Path in = Files.createDirectories(dir.resolve("eight"));
    for (String name : List.of("000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt",
        "003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt", "ha2024.pdf", "hzq2023.pdf", "hzq2024.pdf")) {
      Files.write(in.resolve(name), sample(name));
    }
    Path stderr = dir.resolve("child.err");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-XX:") || arg.startsWith("--enable-")
          || arg.startsWith("--sun-misc") || arg.startsWith("-Dio.netty")) {
        command.add(arg);
      }
    }
    // One file per task: eight tasks end one after another, so the parse lasts several progress intervals.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "io.gongkai.cli.Main", "extract", "--input", in.toString(), "--output", dir.resolve("child-w").toString(),
        "--master", "local[2]", "--progress-interval", "1", "--files-per-partition", "1"));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(stderr.toFile()).redirectOutput(dir.resolve("child.out").toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process process = builder.start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), err);
    Pattern line =
        Pattern.compile("progress: [0-8]/8 files parsed \\(\\d+%\\), \\d+\\.\\d reports/s, (\\S+ left|time left unknown)");
    List<String> progress = err.lines().filter(l -> l.startsWith("progress: ")).toList();
    assertFalse(progress.isEmpty(), err);
    progress.forEach(l -> assertTrue(line.matcher(l).matches(), l));
    assertFalse(err.contains("[Stage"), err);
    assertFalse(err.contains("\r"), "a log line never redraws itself");
  }

  // --- helpers ---

  private record Result(int code, String out, String err) {}

  private static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = ExtractClusterTrapsTest.class.getResourceAsStream("/samples/" + name)) {
      return in.readAllBytes();
    }
  }
}
