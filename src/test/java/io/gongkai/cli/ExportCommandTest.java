package io.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.jobs.DatasetSpec;
import io.gongkai.jobs.Datasets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai export}, run in-process. The class's session is running when the command starts, so the command
 * borrows it and must leave it running.
 */
class ExportCommandTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .appName("ExportCommandTest")
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

  private static final String HEADER =
      "report_id,file,report_year,table,template,block,row,col,raw,semantic,value,unit,amount_yuan,confidence,line";

  @Test
  void exportWritesTheFileIntoNewDirectoriesAndReportsTheRowCount() throws IOException {
    Path warehouse = cells();
    Path csv = dir.resolve("out/nested/cells.csv");

    Result r = run("export", "--warehouse", warehouse.toString(), "--dataset", "cells", "--csv", csv.toString());

    assertEquals(0, r.code, r.err);
    assertEquals("Wrote 2 rows of cells to " + csv + "\n", r.out);
    assertEquals("", r.err);
    assertEquals(
        HEADER + "\n"
            + "aaaa,a.txt,2020,t2,T2019,art20_9,gov_central_procurement,total_amount,161330元,NUMERIC,161330,元,"
            + "161330,1,30\n"
            + "bbbb,b.txt,2021,t3,T2021,,granted,natural_person,,EMPTY,,,,0.75,41\n",
        Files.readString(csv, StandardCharsets.UTF_8));
    assertFalse(spark.sparkContext().isStopped(), "the command stopped a session it did not start");
  }

  @Test
  void excelFlagWritesBomAndCrlf() throws IOException {
    Path warehouse = cells();
    Path csv = dir.resolve("cells.csv");

    Result r =
        run("export", "--warehouse", warehouse.toString(), "--dataset", "cells", "--csv", csv.toString(), "--excel");

    assertEquals(0, r.code, r.err);
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF" + HEADER + "\r\naaaa,"), text);
    assertEquals(3, text.split("\r\n", -1).length - 1);
    assertFalse(text.replace("\r\n", "").contains("\n"), text);
  }

  @Test
  void singleRowIsReportedInTheSingular() throws IOException {
    Path warehouse = dir.resolve("w");
    write(
        warehouse, Datasets.PROCUREMENT,
        RowFactory.create(
            "aaaa", "a.txt", 2020, 3L, "7.72万元", "NUMERIC", new BigDecimal("7.72"), "万元",
            new BigDecimal("77200.00"), List.of()));
    Path csv = dir.resolve("procurement.csv");

    Result r = run("export", "--warehouse", warehouse.toString(), "--dataset", "procurement", "--csv", csv.toString());

    assertEquals("Wrote 1 row of procurement to " + csv + "\n", r.out);
    assertEquals(
        "report_id,file,report_year,project_count,amount_raw,amount_semantic,amount,unit,amount_yuan,flags\n"
            + "aaaa,a.txt,2020,3,7.72万元,NUMERIC,7.72,万元,77200,\n",
        Files.readString(csv, StandardCharsets.UTF_8));
  }

  @Test
  void unknownDatasetIsAnArgumentError() {
    Path csv = dir.resolve("x.csv");

    Result r = run("export", "--warehouse", dir.toString(), "--dataset", "cell", "--csv", csv.toString());

    assertEquals(2, r.code);
    assertEquals("", r.out);
    assertEquals(
        "Argument error: unknown dataset 'cell'; known: reports, cells, checks, requests, review_litigation, "
            + "active_disclosure, s2014_stats, procurement, prose_figures, themes, metrics, tables, sentences, rollups\n",
        r.err);
    assertFalse(Files.exists(csv));
  }

  @Test
  void missingDatasetDirectoryIsAnArgumentError() {
    Path warehouse = dir.resolve("w-without-cells");
    // A published snapshot that has reports but no cells.
    try {
      Files.createDirectories(io.gongkai.jobs.ExtractJobTest.publishedSnapshot(warehouse).resolve("reports"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Path csv = dir.resolve("cells.csv");

    Result r = run("export", "--warehouse", warehouse.toString(), "--dataset", "cells", "--csv", csv.toString());

    assertEquals(2, r.code);
    assertEquals("", r.out);
    assertEquals("Argument error: Cannot read dataset cells: snapshot s0 of " + warehouse + " has no such dataset\n", r.err);
    assertFalse(Files.exists(csv));
    assertFalse(spark.sparkContext().isStopped(), "the command stopped a session it did not start");
  }

  @Test
  void missingCsvOptionIsAnArgumentError() {
    Result r = run("export", "--dataset", "cells");

    assertEquals(2, r.code);
    assertEquals(
        "Argument error: Missing required option: '--csv=FILE'\nRun 'gongkai export --help' for usage.\n", r.err);
  }

  @Test
  void helpDocumentsTheLineEndings() {
    Result r = run("export", "--help");

    assertEquals(0, r.code);
    assertTrue(
        r.out.contains(
            "\nLine endings: \\n and no byte-order mark by default. With --excel: a UTF-8\n"
                + "byte-order mark and CRLF (\\r\\n), so Excel shows Chinese text correctly.\n"),
        r.out);
  }

  /** Two cells in two report_year partitions, written in reverse order. */
  private Path cells() {
    Path warehouse = dir.resolve("w");
    write(
        warehouse, Datasets.CELLS,
        RowFactory.create(
            "bbbb", "b.txt", 2021, "t3", "T2021", null, "granted", "natural_person", "", "EMPTY", null, null, null,
            0.75, 41),
        RowFactory.create(
            "aaaa", "a.txt", 2020, "t2", "T2019", "art20_9", "gov_central_procurement", "total_amount", "161330元",
            "NUMERIC", new BigDecimal("161330.0000"), "元", new BigDecimal("161330.00"), 1.0, 30));
    return warehouse;
  }

  private static void write(Path warehouse, DatasetSpec spec, Row... rows) {
    var writer = spark.createDataFrame(List.of(rows), spec.schema()).write();
    if (spec.partitionBy() != null) {
      writer = writer.partitionBy(spec.partitionBy());
    }
    writer.parquet(warehouse.resolve(spec.name()).toString());
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
