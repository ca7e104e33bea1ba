package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/** A report's child rows survive packing exactly: every type, nulls, decimals beyond a long, the shared columns. */
class ChildRowsTest {
  private static final DatasetSpec EVERY_TYPE =
      new DatasetSpec(
          "every_type",
          "a row of each packed type",
          List.of(
              new Column("report_id", Datasets.TEXT, "the report"),
              new Column("text", DataTypes.StringType, "a string"),
              new Column("year", DataTypes.IntegerType, "an int"),
              new Column("count", DataTypes.LongType, "a long"),
              new Column("ratio", DataTypes.DoubleType, "a double"),
              new Column("flag", DataTypes.BooleanType, "a boolean"),
              new Column("value", Datasets.VALUE, "decimal(20,4)"),
              new Column("yuan", Datasets.YUAN, "decimal(22,2)"),
              new Column("day", DataTypes.DateType, "a date"),
              new Column("paths", Datasets.TEXTS, "strings"),
              new Column("report_year", Datasets.YEAR, "the report's year")),
          null);

  @Test
  void everyTypeAndNullRoundTripsWithTheReportColumnsPutBack() {
    List<Row> nested =
        List.of(
            RowFactory.create(
                "在线访谈", -7, Long.MIN_VALUE, 0.25, true, new BigDecimal("-1234567.8900"),
                new BigDecimal("99999999999999999999.99"), java.sql.Date.valueOf("2021-01-10"),
                seq(Arrays.asList("t3.new_received.total", null, ""))),
            RowFactory.create(null, null, null, null, false, null, null, null, seq(List.of())),
            RowFactory.create("", 2024, 0L, Double.NaN, null, new BigDecimal("0.0000"), new BigDecimal("161330.00"), null,
                null));
    ChildRows codec = ChildRows.of(EVERY_TYPE);

    List<Row> back = codec.decode(codec.encode(nested), "abc", null, 2020);

    assertEquals(
        List.of(
            "[abc,在线访谈,-7,-9223372036854775808,0.25,true,-1234567.8900,99999999999999999999.99,2021-01-10,"
                + "List(t3.new_received.total, null, ),2020]",
            "[abc,null,null,null,null,false,null,null,null,List(),2020]",
            "[abc,,2024,0,NaN,null,0.0000,161330.00,null,null,2020]"),
        back.stream().map(Row::toString).toList());
  }

  @Test
  void nothingPackedIsNoRows() {
    ChildRows codec = ChildRows.of(Datasets.CELLS);
    assertEquals(List.of(), codec.decode(null, "abc", "a.txt", 2020));
    assertEquals(List.of(), codec.decode(codec.encode(List.of()), "abc", "a.txt", 2020));
  }

  @Test
  void aRowOfTheWrongWidthIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ChildRows.of(Datasets.CELLS).encode(List.of(RowFactory.create("t3"))));
    assertEquals("Cannot pack a cells row: expected 12 columns, found 1", e.getMessage());
  }

  @Test
  void aTruncatedPackIsRefused() {
    ChildRows codec = ChildRows.of(EVERY_TYPE);
    byte[] packed =
        codec.encode(List.of(RowFactory.create("x", 1, 2L, 0.5, true, null, null, null, null)));
    byte[] longer = Arrays.copyOf(packed, packed.length + 3);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> codec.decode(longer, "abc", null, null));
    assertEquals("Cannot unpack every_type rows: 3 bytes left after 1 rows", e.getMessage());
  }

  /** Seed 004's cells and checks, as the job carries them, unpack to the very rows the registry lays out. */
  @Test
  void aRealReportsCellsAndChecksRoundTrip() throws IOException {
    ParsedReport report;
    try (InputStream in = ChildRowsTest.class.getResourceAsStream("/samples/004_97ee47eec622cd46.txt")) {
      assertNotNull(in);
      report = new ReportParser().parse("004.txt", in.readAllBytes());
    }
    Row parsed = ReportRows.of(report, "/in/004.txt", null);
    for (DatasetSpec spec : List.of(Datasets.CELLS, Datasets.CHECKS, Datasets.S2014_STATS, Datasets.PROSE_FIGURES)) {
      byte[] packed = (byte[]) parsed.get(Datasets.parsedSchema().fieldIndex(spec.name()));
      List<Row> rows = ChildRows.of(spec).decode(packed, report.sha256(), "004.txt", 2014);
      List<Row> again = ChildRows.of(spec).decode(ChildRows.of(spec).encode(nestedOf(spec, rows)), report.sha256(),
          "004.txt", 2014);
      assertEquals(rows, again, spec.name());
    }
    List<Row> cells =
        ChildRows.of(Datasets.CELLS)
            .decode((byte[]) parsed.get(Datasets.parsedSchema().fieldIndex("cells")), "id", "004.txt", 2014);
    assertEquals(report.cells().size(), cells.size());
    Row interviews =
        cells.stream().filter(r -> "resp_online_interview".equals(r.getString(Datasets.CELLS.indexOf("row")))).findFirst()
            .orElseThrow();
    assertEquals("[id,004.txt,2014,s2014,S2014,null,resp_online_interview,value,2,NUMERIC,2.0000,null,null,1.0,", interviews
        .toString().substring(0, interviews.toString().lastIndexOf(',') + 1));
  }

  private static List<Row> nestedOf(DatasetSpec spec, List<Row> full) {
    List<Row> nested = new ArrayList<>();
    for (Row row : full) {
      Object[] values = new Object[spec.nestedColumns().size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.get(spec.indexOf(spec.nestedColumns().get(i).name()));
      }
      nested.add(RowFactory.create(values));
    }
    return nested;
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
