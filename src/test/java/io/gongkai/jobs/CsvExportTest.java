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
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
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
    write(
        spark, warehouse, Datasets.REPORTS,
        List.of(
            RowFactory.create(
                "cccc", "empty.txt", "/in/empty.txt", 0L, null, null, "rejected", "EMPTY_FILE", "File has no bytes",
                null, null, null, null, null, 0L, 0L, 0L, 0L, List.of(), null, null, null, null, "0.1.0"),
            RowFactory.create(
                "aaaa", "a.txt", "/in/a.txt", 20481L, "TEXT", "UTF-8", "parsed", null, null, 2020, "parser", 2020,
                "T2019", "T2019", 198L, 37L, 9L, 4L, List.of("BLOCK_MISSING(art20_5)", "TEMPLATE_YEAR_MISMATCH(t3)"),
                null, "北京市东城区人民政府办公室", "110101", "2021-01-15", "0.1.0")));
    Path csv = dir.resolve("reports.csv");

    long rows = export(warehouse, "reports", csv, false);

    assertEquals(2, rows);
    assertEquals(
        """
        report_id,file,path,size_bytes,format,encoding,status,reject_reason,reject_detail,report_year,\
        report_year_source,parsed_report_year,template_t2,template_t3,cell_count,checks_pass,checks_fail,\
        checks_uncertain,flags,url,body,region_code,published_at,parser_version
        aaaa,a.txt,/in/a.txt,20481,TEXT,UTF-8,parsed,,,2020,parser,2020,T2019,T2019,198,37,9,4,\
        BLOCK_MISSING(art20_5);TEMPLATE_YEAR_MISMATCH(t3),,北京市东城区人民政府办公室,110101,2021-01-15,0.1.0
        cccc,empty.txt,/in/empty.txt,0,,,rejected,EMPTY_FILE,File has no bytes,,,,,,0,0,0,0,,,,,,0.1.0
        """,
        Files.readString(csv, StandardCharsets.UTF_8));
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
        "report_id,file,report_year,check,scope,status,severity,left_value,right_value,delta,expression,evidence\n",
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
    Path warehouse = dir.resolve("w");
    Path csv = dir.resolve("cells.csv");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> export(warehouse, "cells", csv, false));

    assertEquals("Cannot read dataset cells: " + warehouse + "/cells does not exist", e.getMessage());
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
