package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CsvExport} against a tiny warehouse written with the registry schemas; whole files compared byte for byte. */
class CsvExportTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .appName("CsvExportTest")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** Five cells of two reports in two report_year partitions, in no particular order. */
  static final List<Row> CELLS =
      List.of(
          RowFactory.create(
              "bbbb", "b.html", 2021, "t2", "T2021", "art20_9", "gov_central_procurement", "total_amount",
              "77180.86万元", "NUMERIC", new BigDecimal("77180.86"), "万元", new BigDecimal("771808600.00"), 1.0, 58),
          RowFactory.create(
              "aaaa", "a.txt", 2020, "t3", "T2019", null, "new_received", "natural_person", "16", "NUMERIC",
              new BigDecimal("16"), null, null, 1.0, 40),
          RowFactory.create(
              "aaaa", "a.txt", 2020, "t3", "T2019", null, "unable_not_held", "natural_person", "见附件\"说明\",第2页",
              "TEXT", null, null, null, 0.5, 42),
          RowFactory.create(
              "aaaa", "a.txt", 2020, "t2", "T2019", "art20_9", "gov_central_procurement", "total_amount", "0元",
              "ZERO", new BigDecimal("0.0000"), "元", new BigDecimal("0.00"), 1.0, 30),
          RowFactory.create(
              "aaaa", "a.txt", 2020, "t3", "T2019", null, "granted", "natural_person", "", "EMPTY", null, null, null,
              0.75, 41));

  /** Sorted by report_id, then table, block (null first), row, col; decimals plain; the TEXT raw quoted. */
  static final List<String> CELLS_CSV =
      List.of(
          "report_id,file,report_year,table,template,block,row,col,raw,semantic,value,unit,amount_yuan,confidence,line",
          "aaaa,a.txt,2020,t2,T2019,art20_9,gov_central_procurement,total_amount,0元,ZERO,0,元,0,1,30",
          "aaaa,a.txt,2020,t3,T2019,,granted,natural_person,,EMPTY,,,,0.75,41",
          "aaaa,a.txt,2020,t3,T2019,,new_received,natural_person,16,NUMERIC,16,,,1,40",
          "aaaa,a.txt,2020,t3,T2019,,unable_not_held,natural_person,\"见附件\"\"说明\"\",第2页\",TEXT,,,,0.5,42",
          "bbbb,b.html,2021,t2,T2021,art20_9,gov_central_procurement,total_amount,77180.86万元,NUMERIC,77180.86,万元,"
              + "771808600,1,58");

  @Test
  void cellsAreWrittenInRegistryOrderSortedWithPlainNumbersAndLfEndings() throws IOException {
    Path warehouse = dir.resolve("w");
    write(spark, warehouse, Datasets.CELLS, CELLS);
    Path csv = dir.resolve("cells.csv");

    long rows = export(warehouse, "cells", csv, false);

    assertEquals(5, rows);
    assertArrayEquals(utf8(String.join("\n", CELLS_CSV) + "\n"), Files.readAllBytes(csv));
    // Deterministic: a second export of the same warehouse is the same bytes; no temporary file is left behind.
    Path again = dir.resolve("again.csv");
    export(warehouse, "cells", again, false);
    assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(again));
    assertEquals(List.of("again.csv", "cells.csv", "w"), list(dir));
  }

  @Test
  void excelDialectStartsWithBomAndEndsLinesWithCrlf() throws IOException {
    Path warehouse = dir.resolve("w");
    write(spark, warehouse, Datasets.CELLS, CELLS);
    Path csv = dir.resolve("cells.csv");

    export(warehouse, "cells", csv, true);

    byte[] bytes = Files.readAllBytes(csv);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    assertArrayEquals(utf8("\uFEFF" + String.join("\r\n", CELLS_CSV) + "\r\n"), bytes);
  }

  @Test
  void reportsJoinFlagsWithSemicolonsAndLeaveNullsEmpty() throws IOException {
    Path warehouse = dir.resolve("w");
    Map<String, Object> empty = new LinkedHashMap<>();
    empty.put("report_id", "cccc");
    empty.put("file", "empty.txt");
    empty.put("path", "/in/empty.txt");
    empty.put("size_bytes", 0L);
    empty.put("status", "rejected");
    empty.put("reject_reason", "EMPTY_FILE");
    empty.put("reject_detail", "File has no bytes");
    empty.put("flags", scala.jdk.javaapi.CollectionConverters.asScala(List.<String>of()).toList());
    empty.put("parser_version", "0.1.0");
    Map<String, Object> parsed = new LinkedHashMap<>();
    parsed.put("report_id", "aaaa");
    parsed.put("file", "a.txt");
    parsed.put("size_bytes", 20481L);
    parsed.put("status", "parsed");
    parsed.put("report_year", 2020);
    parsed.put(
        "flags",
        scala.jdk.javaapi.CollectionConverters.asScala(
                List.of("BLOCK_MISSING(art20_5)", "TEMPLATE_YEAR_MISMATCH(t3)"))
            .toList());
    parsed.put("body", "北京市东城区人民政府办公室");
    parsed.put("body_confidence", 1.0);
    parsed.put("published_at", java.sql.Date.valueOf("2021-01-15"));
    write(spark, warehouse, Datasets.REPORTS, List.of(row(Datasets.REPORTS, empty), row(Datasets.REPORTS, parsed)));
    Path csv = dir.resolve("reports.csv");

    long rows = export(warehouse, "reports", csv, false);

    assertEquals(2, rows);
    Map<String, String> aaaa = new LinkedHashMap<>();
    aaaa.put("report_id", "aaaa");
    aaaa.put("file", "a.txt");
    aaaa.put("size_bytes", "20481");
    aaaa.put("status", "parsed");
    aaaa.put("report_year", "2020");
    aaaa.put("flags", "BLOCK_MISSING(art20_5);TEMPLATE_YEAR_MISMATCH(t3)");
    aaaa.put("body", "北京市东城区人民政府办公室");
    aaaa.put("body_confidence", "1");
    aaaa.put("published_at", "2021-01-15");
    Map<String, String> cccc = new LinkedHashMap<>();
    cccc.put("report_id", "cccc");
    cccc.put("file", "empty.txt");
    cccc.put("path", "/in/empty.txt");
    cccc.put("size_bytes", "0");
    cccc.put("status", "rejected");
    cccc.put("reject_reason", "EMPTY_FILE");
    cccc.put("reject_detail", "File has no bytes");
    cccc.put("parser_version", "0.1.0");
    assertEquals(
        csvLine(Datasets.REPORTS, null) + csvLine(Datasets.REPORTS, aaaa) + csvLine(Datasets.REPORTS, cccc),
        Files.readString(csv, StandardCharsets.UTF_8));
  }

  /** A registry row from values by column name; unnamed columns are null. */
  private static Row row(DatasetSpec spec, Map<String, Object> values) {
    RowWriter writer = new RowWriter(spec);
    values.forEach(writer::set);
    return writer.row();
  }

  /** The expected CSV line: the header when {@code values} is null, else the values in registry order ("" for none). */
  private static String csvLine(DatasetSpec spec, Map<String, String> values) {
    return spec.columns().stream()
            .map(c -> values == null ? c.name() : values.getOrDefault(c.name(), ""))
            .collect(java.util.stream.Collectors.joining(","))
        + "\n";
  }

  @Test
  void emptyDatasetIsTheHeaderLine() throws IOException {
    Path warehouse = dir.resolve("w");
    // A partitioned write of no rows leaves only _SUCCESS: there is no Parquet footer to take a schema from.
    write(spark, warehouse, Datasets.CHECKS, List.of());
    Path csv = dir.resolve("checks.csv");

    long rows = export(warehouse, "checks", csv, false);

    assertEquals(0, rows);
    assertEquals(
        "report_id,file,report_year,check,scope,status,severity,left_value,right_value,delta,expression,evidence,"
            + "related_report_id,score\n",
        Files.readString(csv, StandardCharsets.UTF_8));
  }

  @Test
  void missingParentDirectoriesAreCreatedAndAnOldFileIsReplaced() throws IOException {
    Path warehouse = dir.resolve("w");
    write(spark, warehouse, Datasets.CELLS, CELLS.subList(0, 1));
    Path csv = dir.resolve("out/2021/cells.csv");
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, "an older export that is longer than the new one\n".repeat(20));

    export(warehouse, "cells", csv, false);

    assertEquals(
        CELLS_CSV.get(0) + "\n" + CELLS_CSV.get(5) + "\n", Files.readString(csv, StandardCharsets.UTF_8));
    assertEquals(List.of("cells.csv"), list(csv.getParent()));
  }

  @Test
  void missingDatasetDirectoryIsAnArgumentErrorAndWritesNothing() {
    Path warehouse = dir.resolve("w-without-cells");
    // A published snapshot that has reports but no cells.
    try {
      Files.createDirectories(io.gongkai.jobs.ExtractJobTest.publishedSnapshot(warehouse).resolve("reports"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Path csv = dir.resolve("cells.csv");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> export(warehouse, "cells", csv, false));

    assertEquals("Cannot read dataset cells: snapshot s0 of " + warehouse + " has no such dataset", e.getMessage());
    assertEquals(false, Files.exists(csv));
  }

  @Test
  void aColumnOfAnotherTypeInAnOlderWarehouseIsNamedAndNothingIsWritten() {
    Path warehouse = dir.resolve("old");
    // Before the value columns were bounded, the extract job wrote them as decimal(38,18).
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "r1", "a.txt", 2020, "R-T3-BALANCE", "total", "FAIL", "ERROR", new BigDecimal("3.0000"),
                    new BigDecimal("2.0000"), new BigDecimal("1.0000"), "3 = 2", null, null, null)),
            Datasets.CHECKS.schema())
        .withColumn("delta", functions.col("delta").cast("decimal(38,18)"))
        .write()
        .partitionBy("report_year")
        .parquet(warehouse.resolve("checks").toString());
    Path csv = dir.resolve("old-checks.csv");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> export(warehouse, "checks", csv, false));

    assertEquals(
        "Cannot export dataset checks from " + warehouse + "/checks: column"
            + " delta is decimal(38,18) there, this version has decimal(20,4); re-run extract with this version",
        e.getMessage());
    assertEquals(false, Files.exists(csv));
  }

  @Test
  void valuesArePlainText() {
    assertEquals("161330", CsvExport.format(new BigDecimal("161330.0000")));
    assertEquals("77180.86", CsvExport.format(new BigDecimal("77180.8600")));
    assertEquals("0", CsvExport.format(new BigDecimal("0.0000")));
    assertEquals("-12.5", CsvExport.format(new BigDecimal("-12.5000")));
    assertEquals("100000000000000000000", CsvExport.format(new BigDecimal("100000000000000000000.0000")));
    assertEquals("1", CsvExport.format(1.0));
    assertEquals("0", CsvExport.format(-0.0));
    assertEquals("0.85", CsvExport.format(0.85));
    assertEquals("1.0E-5", CsvExport.format(0.00001));
    assertEquals("NaN", CsvExport.format(Double.NaN));
    assertEquals("20481", CsvExport.format(20481L));
    assertEquals("2020", CsvExport.format(2020));
  }

  /** Writes rows as the extract job does: the registry schema, partitioned by the registry's column. */
  static void write(SparkSession spark, Path warehouse, DatasetSpec spec, List<Row> rows) {
    var writer = spark.createDataFrame(rows, spec.schema()).repartition(3).write();
    if (spec.partitionBy() != null) {
      writer = writer.partitionBy(spec.partitionBy());
    }
    writer.parquet(warehouse.resolve(spec.name()).toString());
  }

  private static long export(Path warehouse, String dataset, Path csv, boolean excel) throws IOException {
    return new CsvExport(spark).run(new CsvExport.Options(warehouse.toString(), Datasets.byName(dataset), csv, excel));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
