package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.ingest.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

/** The parse tasks' rules for copies, empty files, unread files and reports already published, without Spark. */
class ParseStageTest {
  private static final String REPORT = "000_f33f83f1c85a8eb6.txt";

  @Test
  void theFirstPathOfACopiedContentKeepsItEvenWhenTheCopiesStraddleTwoBatches() throws IOException {
    byte[] bytes = sample(REPORT);
    String key = ContentHash.sha256(bytes);
    ParseStage.Task task = task();
    List<PerReportRows> first = task.batch(List.of(keyed(key, "file:/in/a.txt", bytes), keyed(key, "file:/in/b.txt", bytes)));
    List<PerReportRows> second = task.batch(List.of(keyed(key, "file:/in/c.txt", bytes)));
    assertEquals(
        List.of(
            key + " parsed null null " + first.get(0).rows(Datasets.CELLS).size(),
            key + " rejected DUPLICATE_CONTENT Same bytes as file:/in/a.txt 0",
            key + " rejected DUPLICATE_CONTENT Same bytes as file:/in/a.txt 0"),
        describe(concat(first, second)));
    assertTrue(first.get(0).rows(Datasets.CELLS).size() > 100, "cells of the first path");
    assertEquals(0, second.get(0).rows(Datasets.CELLS).size(), "a copy's cells are not counted twice");
    assertEquals(0, second.get(0).rows(Datasets.CHECKS).size());
    assertEquals(3, task.reports);
  }

  @Test
  void emptyFilesAreKnownByTheirPathsSoTwoAreTwoRejectsAndNoCopies() {
    byte[] blank = " \n\t\n".getBytes(StandardCharsets.UTF_8);
    String blankKey = ContentHash.sha256(blank);
    String nothingKey = ContentHash.sha256(new byte[0]);
    List<PerReportRows> rows =
        task().batch(
            List.of(
                keyed(blankKey, "file:/in/blank-1.txt", blank), keyed(blankKey, "file:/in/blank-2.txt", blank),
                keyed(nothingKey, "file:/in/empty-1.txt", new byte[0]),
                keyed(nothingKey, "file:/in/empty-2.txt", new byte[0])));
    assertEquals(
        List.of(
            emptyId("file:/in/blank-1.txt") + " rejected EMPTY_FILE File has only whitespace: 4 bytes 0",
            emptyId("file:/in/blank-2.txt") + " rejected EMPTY_FILE File has only whitespace: 4 bytes 0",
            emptyId("file:/in/empty-1.txt") + " rejected EMPTY_FILE File is empty: 0 bytes 0",
            emptyId("file:/in/empty-2.txt") + " rejected EMPTY_FILE File is empty: 0 bytes 0"),
        describe(rows));
  }

  @Test
  void aFileNotReadIsRejectedWithTheReasonItsReadGaveAndCountedAsAReadFailure() {
    String key =
        ParseStage.UNREAD_ID_PREFIX + ContentHash.sha256("file:/in/locked.txt".getBytes(StandardCharsets.UTF_8));
    ParseStage.Task task = task();
    List<PerReportRows> rows =
        task.batch(
            List.of(
                RowFactory.create(key, "file:/in/locked.txt", null, 12L, "READ_FAILED",
                    "Cannot read file:/in/locked.txt: denied", null, null, null, null, null, false, false)));
    assertEquals(List.of(key + " rejected READ_FAILED Cannot read file:/in/locked.txt: denied 0"), describe(rows));
    assertEquals(1, task.readFailed);
  }

  @Test
  void reportsAlreadyPublishedAreCountedNotParsedAndAReadFailureAmongThemStillCounts() {
    byte[] blank = " ".getBytes(StandardCharsets.UTF_8);
    ParseStage.Task task = task();
    List<PerReportRows> rows =
        task.batch(
            List.of(
                RowFactory.create("k1", "file:/in/old.txt", new byte[] {1}, 1L, null, null, null, null, null, null,
                    null, true, false),
                RowFactory.create(ContentHash.sha256(blank), "file:/in/blank.txt", blank, 1L, null, null, null, null,
                    null, null, null, false, true),
                RowFactory.create("unread-x", "file:/in/locked.txt", null, 3L, "READ_FAILED", "denied", null, null,
                    null, null, null, true, false)));
    assertEquals(List.of(), describe(rows));
    assertEquals(3, task.reports);
    assertEquals(3, task.alreadyPresent);
    assertEquals(1, task.readFailed);
  }

  @Test
  void aPackedRowsOwnManifestFieldsGiveItsYearAndBody() throws IOException {
    byte[] bytes = sample(REPORT);
    List<PerReportRows> rows =
        task().batch(
            List.of(
                RowFactory.create(ContentHash.sha256(bytes), "packed/a.txt", bytes, (long) bytes.length, null, null,
                    "http://example.gov.cn/a", "某县人民政府", "110101", 2031, "2032-01-15", false, false)));
    Row report = rows.get(0).rows(Datasets.REPORTS).get(0);
    assertEquals(2031, rows.get(0).reportYear());
    assertEquals("某县人民政府", report.getString(Datasets.REPORTS.indexOf("body")));
  }

  private static ParseStage.Task task() {
    return new ParseStage.Task(new HashMap<>(), new LongAccumulator());
  }

  private static Row keyed(String key, String path, byte[] bytes) {
    return RowFactory.create(key, path, bytes, (long) bytes.length, null, null, null, null, null, null, null, false,
        false);
  }

  private static String emptyId(String path) {
    return ParseStage.EMPTY_ID_PREFIX + ContentHash.sha256(path.getBytes(StandardCharsets.UTF_8));
  }

  /** Each report as "id status reason detail cells". */
  private static List<String> describe(List<PerReportRows> reports) {
    List<String> out = new ArrayList<>();
    for (PerReportRows r : reports) {
      Row report = r.rows(Datasets.REPORTS).get(0);
      out.add(String.join(" ", r.reportId(), report.getString(Datasets.REPORTS.indexOf("status")),
          String.valueOf(r.rejectReason()), String.valueOf(report.getString(Datasets.REPORTS.indexOf("reject_detail"))),
          String.valueOf(report.get(Datasets.REPORTS.indexOf("cell_count")))));
    }
    return out;
  }

  private static List<PerReportRows> concat(List<PerReportRows> a, List<PerReportRows> b) {
    List<PerReportRows> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = ParseStageTest.class.getResourceAsStream("/samples/" + name)) {
      return in.readAllBytes();
    }
  }
}
