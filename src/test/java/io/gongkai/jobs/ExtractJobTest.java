package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extract job in {@code local[2]} on the eight real reports plus bad files: every dataset read back with Spark and
 * checked against exact rows; a second run gives identical datasets; an append of a seen file adds nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ExtractJobTest {
  private static final List<String> SAMPLES =
      List.of(
          "000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt",
          "003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt", "ha2024.pdf", "hzq2023.pdf", "hzq2024.pdf");

  @TempDir static Path dir;
  private SparkSession spark;
  private Path input;
  private Path warehouse;
  private RunSummary first;

  @BeforeAll
  void runOnce() throws IOException {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("ExtractJobTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    input = Files.createDirectories(dir.resolve("in"));
    for (String name : SAMPLES) {
      Files.write(input.resolve(name), sample(name));
    }
    Path nested = Files.createDirectories(input.resolve("bad/nested"));
    Files.write(nested.resolve("garbage.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 0, 9, 0, 0, 0});
    Files.write(nested.resolve("empty.txt"), new byte[0]);
    Files.write(nested.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
    Files.write(nested.resolve("copy-of-000"), sample(SAMPLES.get(0)));
    // Numbers beyond the warehouse's decimal columns: one such report once failed the whole run's write.
    try (var in = ExtractJobTest.class.getResourceAsStream("/fixtures/t2019-digits-run-together.txt")) {
      Files.write(nested.resolve("digits-run-together.txt"), in.readAllBytes());
    }
    Files.write(nested.resolve("_SUCCESS"), new byte[0]);
    Files.write(nested.resolve(".hidden.txt"), "not an input".getBytes(StandardCharsets.UTF_8));
    Path manifest = dir.resolve("manifest.csv");
    Files.writeString(
        manifest,
        "path,url,body,region_code,report_year,published_at\n"
            + "001_42bc1c002d3797e9.txt,http://www.xunhuagov.cn/nb2020,循化撒拉族自治县人民政府,630225,,2021-01-20\n"
            + "hzq2024.pdf,,淮安市洪泽区人民政府,320813,2024,2025-01-10\n"
            + "ha2024.pdf,,,,abc,\n",
        StandardCharsets.UTF_8);
    warehouse = dir.resolve("w1");
    first = run(List.of(input.toString()), warehouse, manifest.toString(), false);
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void everyInputFileAppearsOnceAsParsedOrRejected() {
    assertEquals(13, first.filesRead());
    assertEquals(first.filesRead(), first.parsed() + first.rejected());
    assertEquals(9, first.parsed());
    assertEquals(
        Map.of("BINARY_CONTENT", 1L, "DUPLICATE_CONTENT", 1L, "EMPTY_FILE", 1L, "IMAGE_CONTENT", 1L),
        first.rejectedByReason());
    assertEquals(
        List.of(
            "000_f33f83f1c85a8eb6.txt parsed null",
            "001_42bc1c002d3797e9.txt parsed null",
            "002_02af2ddfabc85d6c.txt parsed null",
            "003_88a498967a8a146f.txt parsed null",
            "004_97ee47eec622cd46.txt parsed null",
            "copy-of-000 rejected DUPLICATE_CONTENT",
            "digits-run-together.txt parsed null",
            "empty.txt rejected EMPTY_FILE",
            "garbage.bin rejected BINARY_CONTENT",
            "ha2024.pdf parsed null",
            "hzq2023.pdf parsed null",
            "hzq2024.pdf parsed null",
            "scan.txt rejected IMAGE_CONTENT"),
        strings(read("reports").select("file", "status", "reject_reason").orderBy("file")));
    assertEquals(13, read("reports").select("path").distinct().count());
  }

  @Test
  void procurementRowsInYuan() {
    assertEquals(
        List.of(
            "000_f33f83f1c85a8eb6.txt 2020 3 161330元 NUMERIC 161330.0000 元 161330.00 []",
            "001_42bc1c002d3797e9.txt 2020 310 45670 万元 NUMERIC 45670.0000 万元 456700000.00 []",
            "002_02af2ddfabc85d6c.txt 2020 332 77180.86万元 NUMERIC 77180.8600 万元 771808600.00 []",
            // 9,999,999,999,999,950,000,000 yuan does not fit decimal(22,2): no yuan amount rather than no run
            "digits-run-together.txt 2020 2 99999999999999.5亿元 NUMERIC 99999999999999.5000 亿元 null []"),
        strings(
            read("procurement")
                .select("file", "report_year", "project_count", "amount_raw", "amount_semantic", "amount", "unit",
                    "amount_yuan", "flags")
                .orderBy("file")));
  }

  @Test
  void digitsBeyondTheDecimalColumnsAreReadBackAsTextWithTheirRawText() {
    assertEquals(
        List.of(
            "t2.art20_1.normative_docs.new_made 123456789012345678901234 TEXT null",
            "t2.art20_5.admin_license.decisions 9999999999999999 NUMERIC 9999999999999999.0000"),
        strings(
            read("cells")
                .where("file = 'digits-run-together.txt' and length(raw) >= 16 and raw not like '%元'")
                .selectExpr("concat_ws('.', `table`, block, row, col)", "raw", "semantic", "value")
                .orderBy("raw")));
  }

  @Test
  void cellsAndChecksOfTheInconsistentReports() {
    assertEquals(
        List.of(
            "review_upheld 10 NUMERIC", "review_corrected 1 NUMERIC", "review_other 0 ZERO", "review_pending 0 ZERO",
            "review_total 0 ZERO"),
        strings(
            read("cells")
                .where("file = 'hzq2023.pdf' and `table` = 't4' and block = 'review'")
                .selectExpr("col", "raw", "semantic")
                .orderBy(org.apache.spark.sql.functions.expr(
                    "array_position(array('review_upheld','review_corrected','review_other','review_pending',"
                        + "'review_total'), col)"))));
    assertEquals(
        List.of(
            "R-T3-BALANCE natural_person 17.0000 18.0000 -1.0000 16 + 1 = 17 + 1",
            "R-T3-RESULTS natural_person 16.0000 17.0000 -1.0000"
                + " 13 + 1 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 2 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 17",
            "R-T3-ROWSUM carried_forward 1.0000 0.0000 1.0000 1 + 0 + 0 + 0 + 0 + 0 = 0",
            "R-T3-ROWSUM carried_over 1.0000 0.0000 1.0000 1 + 0 + 0 + 0 + 0 + 0 = 0",
            "R-T3-ROWSUM granted 13.0000 0.0000 13.0000 13 + 0 + 0 + 0 + 0 + 0 = 0",
            "R-T3-ROWSUM new_received 16.0000 0.0000 16.0000 16 + 0 + 0 + 0 + 0 + 0 = 0",
            "R-T3-ROWSUM partial 1.0000 0.0000 1.0000 1 + 0 + 0 + 0 + 0 + 0 = 0",
            "R-T3-ROWSUM result_total 17.0000 0.0000 17.0000 17 + 0 + 0 + 0 + 0 + 0 = 0",
            "R-T3-ROWSUM unable_not_held 2.0000 0.0000 2.0000 2 + 0 + 0 + 0 + 0 + 0 = 0"),
        strings(
            read("checks")
                .where("file = '002_02af2ddfabc85d6c.txt' and status = 'FAIL'")
                .select("check", "scope", "left_value", "right_value", "delta", "expression")
                .orderBy("check", "scope")));
    assertEquals(
        List.of("review 11.0000 0.0000", "lit_after_review 5.0000 0.0000"),
        strings(
            read("checks")
                .where("file = 'hzq2023.pdf' and status = 'FAIL'")
                .select("scope", "left_value", "right_value")
                .orderBy(org.apache.spark.sql.functions.desc("scope"))));
  }

  @Test
  void wideTablesKeepTemplateKeys() {
    assertEquals(
        List.of("total 3119 34 1362 454 3050 103 0"),
        strings(
            read("requests")
                .where("report_id in (select report_id from reports where file = 'ha2024.pdf') and applicant = 'total'")
                .select("applicant", "new_received", "carried_over", "granted", "partial", "result_total",
                    "carried_forward", "unreadable_cells")));
    assertEquals(
        List.of("10 1 0 0 5 0 0"),
        strings(
            read("review_litigation")
                .where("report_id in (select report_id from reports where file = 'hzq2023.pdf')")
                .select("review_upheld", "review_corrected", "review_total", "lit_direct_total",
                    "lit_after_review_upheld", "lit_after_review_total", "lit_total")));
    assertEquals(
        List.of("art20_8 admin_fees T2021 null 7730.2800 77302800.00", "art20_1 normative_docs T2021 null null null"),
        strings(
            read("active_disclosure")
                .where("report_id in (select report_id from reports where file = 'hzq2023.pdf')"
                    + " and row in ('admin_fees', 'normative_docs')")
                .select("block", "row", "template_t2", "new_made", "amount_wan_yuan", "amount_yuan")
                .orderBy(org.apache.spark.sql.functions.desc("block"))));
    assertEquals(
        List.of("49272 24 2 136.2200 0.0000"),
        strings(read("s2014_stats").select("active_total", "req_received", "req_in_person", "budget_wan_yuan",
            "fees_wan_yuan")));
  }

  @Test
  void manifestValuesOverrideAndMalformedLinesAreReportedWithTheirNumber() {
    assertEquals(
        List.of(
            "001_42bc1c002d3797e9.txt http://www.xunhuagov.cn/nb2020 循化撒拉族自治县人民政府 manifest 630225 青海省 海东市"
                + " 循化撒拉族自治县 2020 parser 2021-01-20 manifest",
            "hzq2024.pdf null 淮安市洪泽区人民政府 manifest 320813 江苏省 淮安市 洪泽区 2024 manifest 2025-01-10 manifest"),
        strings(
            read("reports")
                .where("region_source = 'manifest'")
                .select("file", "url", "body", "body_source", "region_code", "province_name", "prefecture_name",
                    "county_name", "report_year", "report_year_source", "published_at", "published_at_source")
                .orderBy("file")));
    assertEquals(
        List.of(
            "000_f33f83f1c85a8eb6.txt null null 620503 prose",
            "002_02af2ddfabc85d6c.txt 新乡市平原城乡一体化示范区管理委员会 prose 410773 prose",
            "003_88a498967a8a146f.txt 攀枝花市仁和区人民政府办公室 prose 510411 prose",
            "004_97ee47eec622cd46.txt null null 4507 prose",
            "ha2024.pdf 淮安市人民政府 prose 3208 prose",
            "hzq2023.pdf 洪泽区人民政府 prose 320813 prose"),
        strings(
            read("reports")
                .where("status = 'parsed' and region_source = 'prose'")
                .select("file", "body", "body_source", "region_code", "region_source")
                .orderBy("file")));
    assertEquals(
        List.of("Manifest " + dir.resolve("manifest.csv") + " line 4: report_year 'abc' is not a year"),
        first.manifestProblems());
  }

  @Test
  void secondRunOnTheSameInputGivesIdenticalDatasets() throws IOException {
    Path second = dir.resolve("w2");
    run(List.of(input.toString()), second, dir.resolve("manifest.csv").toString(), false);
    for (DatasetSpec spec : Datasets.ALL) {
      assertEquals(
          allRows(spark.read().parquet(published(warehouse, spec.name())), spec),
          allRows(spark.read().parquet(published(second, spec.name())), spec),
          spec.name());
    }
    assertFalse(Files.exists(second.resolve("_staging")));
    assertFalse(Files.exists(second.resolve("_lock")));
    assertTrue(Files.readString(second.resolve("_run.json")).contains("\"files_read\" : 13"));
  }

  @Test
  void appendAddsOnlyUnseenReports() throws IOException {
    Path target = dir.resolve("w3");
    run(List.of(input.resolve(SAMPLES.get(2)).toString()), target, null, false);
    Path batch = Files.createDirectories(dir.resolve("batch2"));
    Files.write(batch.resolve("again.txt"), sample(SAMPLES.get(2)));
    Files.write(batch.resolve(SAMPLES.get(3)), sample(SAMPLES.get(3)));
    RunSummary append = run(List.of(batch.toString()), target, null, true);
    assertEquals(2, append.filesRead());
    assertEquals(1, append.alreadyPresent());
    assertEquals(1, append.parsed());
    assertEquals(
        List.of("002_02af2ddfabc85d6c.txt", "003_88a498967a8a146f.txt"),
        strings(spark.read().parquet(published(target, "reports")).select("file").orderBy("file")));
    assertEquals(
        161 + 175,
        spark.read().parquet(published(target, "cells")).where("`table` = 't3'").count());
  }

  @Test
  void anAppendedReportIsCheckedAgainstThePublishedReportOfTheYearBefore() throws IOException {
    Path manifest = dir.resolve("hzq-manifest.csv");
    Files.writeString(
        manifest,
        "path,url,body,region_code,report_year,published_at\n"
            + "hzq2023.pdf,,淮安市洪泽区人民政府,320813,2023,\n"
            + "hzq2024.pdf,,淮安市洪泽区人民政府,320813,2024,\n",
        StandardCharsets.UTF_8);
    Path target = dir.resolve("w-xyear");
    run(List.of(input.resolve("hzq2023.pdf").toString()), target, manifest.toString(), false);
    run(List.of(input.resolve("hzq2024.pdf").toString()), target, manifest.toString(), true);
    Dataset<Row> reports = spark.read().parquet(published(target, "reports"));
    String earlier = strings(reports.where("file = 'hzq2023.pdf'").select("report_id")).get(0);
    // Both reports print 0 carried over and 0 carried forward in every applicant column (truth files).
    List<String> expected = new ArrayList<>();
    for (String applicant :
        List.of(
            "natural_person", "org_commercial", "org_legal_service", "org_other", "org_research", "org_social_welfare",
            "total")) {
      expected.add(
          "hzq2024.pdf 2024 " + applicant + " PASS 0.0000 0.0000 0.0000 carried_over 0 (2024) = carried_forward 0"
              + " (2023, hzq2023.pdf) [t3.carried_over." + applicant + ", report " + earlier + " t3.carried_forward."
              + applicant + "]");
    }
    assertEquals(
        expected,
        spark.read().parquet(published(target, "checks")).where("check = 'R-T3-XYEAR'").orderBy("scope")
            .collectAsList().stream()
            .map(r -> r.getAs("file") + " " + r.getAs("report_year") + " " + r.getAs("scope") + " "
                + r.getAs("status") + " " + r.getAs("left_value") + " " + r.getAs("right_value") + " "
                + r.getAs("delta") + " " + r.getAs("expression") + " " + r.getList(r.fieldIndex("evidence")))
            .toList());
  }

  @Test
  void anAppendToAWarehouseWhoseColumnsHaveOtherTypesIsRefusedBeforeAnyParse() throws IOException {
    Path target = dir.resolve("w-older");
    Path snapshot = publishedSnapshot(target);
    // Before the value columns were bounded, the extract job wrote them as decimal(21,4).
    spark
        .createDataFrame(
            List.of(
                org.apache.spark.sql.RowFactory.create(
                    "r1", "a.txt", 2020, "R-T3-BALANCE", "total", "FAIL", "ERROR", new java.math.BigDecimal("3.0000"),
                    new java.math.BigDecimal("2.0000"), new java.math.BigDecimal("1.0000"), "3 = 2", null, null,
                    null)),
            Datasets.CHECKS.schema())
        .withColumn("delta", org.apache.spark.sql.functions.col("delta").cast("decimal(21,4)"))
        .write()
        .partitionBy("report_year")
        .parquet(snapshot.resolve("checks").toString());

    assertEquals(
        "Cannot append to dataset checks in file:" + snapshot + "/checks: column delta is decimal(21,4) there, this"
            + " version has decimal(20,4); extract into a new warehouse with this version",
        appendRefusedBeforeAnyParse(target, "checks"));
  }

  @Test
  void anAppendToADatasetWithAnUnreadableFileIsRefusedBeforeAnyParse() throws IOException {
    Path target = dir.resolve("w-truncated");
    Path snapshot = publishedSnapshot(target);
    Path year = Files.createDirectories(snapshot.resolve("cells").resolve("report_year=2023"));
    // A file cut short by a failed copy: its Parquet footer is gone.
    Files.write(year.resolve("part-00000.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 0, 0});

    String message = appendRefusedBeforeAnyParse(target, "cells");
    assertTrue(
        message.startsWith("Cannot append to dataset cells in file:" + snapshot + "/cells: cannot read its schema: "),
        message);
  }

  /** A warehouse whose published snapshot {@code s0} is empty, for a test to put a hand-made dataset in. */
  public static Path publishedSnapshot(Path target) throws IOException {
    Path snapshot = Files.createDirectories(target.resolve("snapshots").resolve("s0"));
    Files.writeString(target.resolve("CURRENT"), "snapshots/s0\n");
    return snapshot;
  }

  /** Appends one report to {@code target}: refused, with only the {@code dataset} already there left behind. */
  private String appendRefusedBeforeAnyParse(Path target, String dataset) throws IOException {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> run(List.of(input.resolve("hzq2023.pdf").toString()), target, null, true));
    try (var entries = Files.list(target)) {
      assertEquals(List.of("CURRENT", "snapshots"), entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (var entries = Files.list(target.resolve("snapshots"))) {
      assertEquals(List.of("s0"), entries.map(p -> p.getFileName().toString()).toList());
    }
    try (var entries = Files.list(target.resolve("snapshots").resolve("s0"))) {
      assertEquals(List.of(dataset), entries.map(p -> p.getFileName().toString()).toList());
    }
    return e.getMessage();
  }

  @Test
  void anAppendToADatasetThatHasNoFilesYetGoesAhead() throws IOException {
    Path target = dir.resolve("w-empty-dataset");
    run(List.of(input.resolve("hzq2023.pdf").toString()), target, null, false);
    // A run whose reports printed no procurement table leaves the dataset without data files.
    Path procurement = Path.of(published(target, "procurement"));
    try (var files = Files.walk(procurement)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(procurement)) {
          Files.delete(p);
        }
      }
    }

    RunSummary summary = run(List.of(input.resolve("hzq2024.pdf").toString()), target, null, true);

    assertEquals(1, summary.parsed());
  }

  @Test
  void packedCorpusInParquetAndJsonLinesGivesTheSameCellsAsFiles() throws IOException {
    List<Row> packed = new ArrayList<>();
    StringBuilder jsonl = new StringBuilder();
    for (String name : SAMPLES) {
      byte[] bytes = sample(name);
      packed.add(org.apache.spark.sql.RowFactory.create("corpus/" + name, bytes, name.startsWith("hzq2024") ? 2024 : null));
      jsonl.append(
          name.endsWith(".pdf")
              ? "{\"path\":\"corpus/" + name + "\",\"content_base64\":\""
                  + java.util.Base64.getEncoder().encodeToString(bytes) + "\"}\n"
              : "{\"path\":\"corpus/" + name + "\",\"text\":"
                  + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                      new String(bytes, StandardCharsets.UTF_8)) + "}\n");
    }
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add("path", "string")
            .add("content", "binary")
            .add("report_year", "int");
    Path parquet = dir.resolve("packed.parquet");
    spark.createDataFrame(packed, schema).coalesce(1).write().parquet(parquet.toString());
    Path lines = Files.writeString(dir.resolve("packed.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
    List<String> expected =
        allRows(
            spark.read().parquet(published(warehouse, "cells")).where("file <> 'digits-run-together.txt'"),
            Datasets.CELLS);
    for (ExtractJob.InputFormat format : List.of(ExtractJob.InputFormat.PARQUET, ExtractJob.InputFormat.JSONL)) {
      Path out = dir.resolve("packed-" + format);
      Path input = format == ExtractJob.InputFormat.PARQUET ? parquet : lines;
      RunSummary summary =
          new ExtractJob(spark)
              .run(new ExtractJob.Options(List.of(input.toString()), out.toString(), null, false, 3, format));
      assertEquals(8, summary.filesRead(), format.toString());
      assertEquals(8, summary.parsed(), format.toString());
      assertEquals(expected, allRows(spark.read().parquet(published(out, "cells")), Datasets.CELLS), format.toString());
    }
    assertEquals(
        List.of("hzq2024.pdf corpus/hzq2024.pdf 2024 manifest"),
        strings(spark.read().parquet(published(dir.resolve("packed-PARQUET"), "reports"))
            .where("report_year_source = 'manifest'").select("file", "path", "report_year", "report_year_source")));
  }

  private RunSummary run(List<String> inputs, Path out, String manifest, boolean append) throws IOException {
    return new ExtractJob(spark).run(new ExtractJob.Options(inputs, out.toString(), manifest, append, 3));
  }

  /** A dataset of the snapshot {@code CURRENT} names: where every reader of a warehouse finds it. */
  public static String published(Path warehouse, String dataset) {
    try {
      return warehouse.resolve(Files.readString(warehouse.resolve("CURRENT")).strip()).resolve(dataset).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Dataset<Row> read(String name) {
    Dataset<Row> data = spark.read().parquet(published(warehouse, name));
    data.createOrReplaceTempView(name);
    if (!name.equals("reports")) {
      spark.read().parquet(published(warehouse, "reports")).createOrReplaceTempView("reports");
    }
    return data;
  }

  private static List<String> allRows(Dataset<Row> data, DatasetSpec spec) {
    List<String> rows = strings(data.select(spec.columns().stream().map(c -> data.col(c.name())).toArray(
        org.apache.spark.sql.Column[]::new)));
    List<String> sorted = new ArrayList<>(rows);
    sorted.sort(null);
    return sorted;
  }

  private static List<String> strings(Dataset<Row> data) {
    return data.collectAsList().stream()
        .map(r -> {
          List<String> fields = new ArrayList<>();
          for (int i = 0; i < r.length(); i++) {
            Object v = r.get(i);
            fields.add(v instanceof scala.collection.Seq<?> seq
                ? scala.jdk.javaapi.CollectionConverters.asJava(seq).toString()
                : String.valueOf(v));
          }
          return String.join(" ", fields);
        })
        .collect(Collectors.toList());
  }

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = ExtractJobTest.class.getResourceAsStream("/samples/" + name)) {
      return in.readAllBytes();
    }
  }
}
