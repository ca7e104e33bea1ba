package io.gongkai.crossreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gongkai.report.Cell;
import io.gongkai.report.CellKind;
import io.gongkai.report.TableId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaleTablesTest {
  /** A table 3 column: received, disclosed, partly disclosed, not disclosed, carried forward. */
  private static List<Cell> t3(String... raws) {
    String[] rows = {"new_received", "granted", "partial", "denied", "carried_forward", "carried_over"};
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < raws.length; i++) {
      cells.add(cell(TableId.T3, null, rows[i], "natural", raws[i]));
    }
    return cells;
  }

  private static Cell cell(TableId table, String block, String row, String col, String raw) {
    if (raw.isEmpty()) {
      return new Cell(table, block, row, col, raw, CellKind.EMPTY, null, null, null, 1.0, 1);
    }
    if (raw.equals("/")) {
      return new Cell(table, block, row, col, raw, CellKind.NA, null, null, null, 1.0, 1);
    }
    BigDecimal v = new BigDecimal(raw.replace(",", ""));
    return new Cell(table, block, row, col, raw, v.signum() == 0 ? CellKind.ZERO : CellKind.NUMERIC, v, null, null,
        1.0, 1);
  }

  @Test
  void theDigestCountsWhatWasPrintedAndIgnoresHowNumbersWereWritten() {
    TableDigest d = TableDigest.of(t3("1,200", "900", "0", "", "/", "12")).get(0);
    assertEquals(new TableDigest(TableId.T3, 6, 4, 3, 1, 1, d.digest()), d);
    assertEquals(d.digest(), TableDigest.of(t3("1200", "900", "0", "", "/", "12.0")).get(0).digest());
    // A blank is not a zero: the same table with the blank printed as 0 is another table.
    assertNotEquals(d.digest(), TableDigest.of(t3("1200", "900", "0", "0", "/", "12")).get(0).digest());
    // The cells' order in the source does not matter, their places do.
    List<Cell> reversed = new ArrayList<>(t3("1200", "900", "0", "", "/", "12"));
    java.util.Collections.reverse(reversed);
    assertEquals(d.digest(), TableDigest.of(reversed).get(0).digest());
  }

  @Test
  void oneDigestPerTable() {
    List<Cell> cells = new ArrayList<>(t3("5", "5", "0", "0", "0", "0"));
    cells.add(cell(TableId.T2, "art20_1", "rules", "in_force", "12"));
    List<TableDigest> digests = TableDigest.of(cells);
    assertEquals(List.of(TableId.T2, TableId.T3), digests.stream().map(TableDigest::table).toList());
    assertEquals(List.of(1, 6), digests.stream().map(TableDigest::cells).toList());
  }

  @Test
  void identicalNonTrivialTablesFailTrivialOnesAreUncertainOthersPass() {
    StaleTables.Table t3 = new StaleTables.Table("t3", "T2021", 175, 40, "aaaa");
    StaleTables.Table t4 = new StaleTables.Table("t4", "T2021", 15, 2, "bbbb");
    StaleTables.Table t2 = new StaleTables.Table("t2", "T2021", 40, 9, "cccc");
    List<Finding> found =
        StaleTables.check("r23", 2023, "r22", "r22.txt", Map.of("t3", t3, "t4", t4, "t2", t2),
            Map.of("t3", t3, "t4", t4, "t2", new StaleTables.Table("t2", "T2021", 40, 8, "dddd")), 5);
    assertEquals(
        List.of(
            "t2 PASS null t2 (T2021) of 2023 against 2022's (r22.txt): differs (40 cells, 9 non-zero; 40 cells, 8"
                + " non-zero the year before)",
            "t3 FAIL 40.0 t3 (T2021) of 2023 against 2022's (r22.txt): identical cell for cell, 175 cells of which 40"
                + " non-zero (digest aaaa)",
            "t4 UNCERTAIN null t4 (T2021) of 2023 against 2022's (r22.txt): identical, 15 cells of which 2 non-zero,"
                + " fewer than 5: too little to tell a copy"),
        found.stream().map(f -> f.result().scope() + " " + f.result().status() + " " + f.score() + " "
            + f.result().expression()).toList());
    assertEquals(List.of("r22"), found.stream().map(Finding::relatedReportId).distinct().toList());
    assertEquals(List.of("tables.t3", "report r22 tables.t3"), found.get(1).result().evidence());
  }

  @Test
  void tablesUnderAnotherTemplateOrOnOneSideOnlyAreNotCompared() {
    StaleTables.Table now = new StaleTables.Table("t3", "T2021", 175, 40, "aaaa");
    assertEquals(List.of(), StaleTables.check("r23", 2023, "r22", "r22.txt", Map.of("t3", now),
        Map.of("t3", new StaleTables.Table("t3", "T2019", 175, 40, "aaaa")), 5));
    assertEquals(List.of(), StaleTables.check("r23", 2023, "r22", "r22.txt", Map.of("t3", now), Map.of(), 5));
  }
}
