package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DatasetFile}: every registered dataset written with it and read back by Spark without a schema, its footer
 * compared with the footer of the same rows written by Spark, decimals at the edges of their encodings, and the
 * refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetFileTest {
  private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

  @TempDir Path dir;
  private SparkSession spark;
  private boolean borrowed;
  private final Configuration conf = new Configuration();

  @BeforeAll
  void start() {
    borrowed = SparkSessions.isRunning();
    spark =
        SparkSessions.withJobSettings(SparkSession.builder())
            .master("local[1]")
            .appName("DatasetFileTest")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
  }

  @AfterAll
  void stop() {
    if (!borrowed) {
      spark.stop();
    }
  }

  static Stream<DatasetSpec> datasets() {
    return Stream.concat(Stream.of(Datasets.REPORTS), Datasets.CHILDREN.stream());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void aDatasetReadsBackWithItsRegistrySchemaAndValues(DatasetSpec spec) throws IOException {
    Path out = dir.resolve("ours-" + spec.name());
    Object[] full = fullRow(spec);
    Object[] empty = new Object[spec.columns().size()];
    org.apache.hadoop.fs.Path file = partFile(spec, out);
    try (DatasetFile writer = DatasetFile.create(spec, file, conf)) {
      writer.write(full);
      writer.write(empty);
      assertEquals(2, writer.rows());
    }

    // The schema Spark infers from the files alone: the stored columns in order, the partition column at the end.
    StructType read = spark.read().parquet(out.toString()).schema();
    List<String> expected = new ArrayList<>();
    for (Column c : spec.columns()) {
      if (!c.name().equals(spec.partitionBy())) {
        expected.add(c.name() + " " + c.type().catalogString());
      }
    }
    if (spec.partitionBy() != null) {
      expected.add(spec.partitionBy() + " int"); // inferred from the directory name
    }
    assertEquals(expected, Arrays.stream(read.fields()).map(f -> f.name() + " " + f.dataType().catalogString()).toList());
    assertTrue(Arrays.stream(read.fields()).allMatch(StructField::nullable));
    assertEquals(Optional.empty(), PublishedSchema.mismatch(spark, spec, out.toString()));

    List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
    assertEquals(2, rows.size());
    Row fullRead = rows.get(0).isNullAt(0) ? rows.get(1) : rows.get(0);
    Row emptyRead = rows.get(0).isNullAt(0) ? rows.get(0) : rows.get(1);
    for (int i = 0; i < spec.columns().size(); i++) {
      Column c = spec.columns().get(i);
      if (c.name().equals(spec.partitionBy())) {
        assertEquals(2023, fullRead.<Integer>getAs(c.name()));
        assertEquals(2023, emptyRead.<Integer>getAs(c.name()));
        continue;
      }
      assertEquals(expectedValue(c.type(), full[i]), readValue(c.type(), fullRead, c.name()), c.name());
      assertTrue(emptyRead.isNullAt(emptyRead.fieldIndex(c.name())), c.name() + " should be null");
    }

    // The same rows written by Spark itself: the same Parquet schema and the same footer metadata.
    Path theirs = dir.resolve("spark-" + spec.name());
    var frame =
        spark.createDataFrame(List.of(RowFactory.create(full), RowFactory.create(empty)), spec.schema()).coalesce(1)
            .write();
    if (spec.partitionBy() != null) {
      frame = frame.partitionBy(spec.partitionBy());
    }
    frame.parquet(theirs.toString());
    FileMetaData ours = footer(file);
    FileMetaData sparks = footer(anyParquetFile(theirs));
    assertEquals(sparks.getSchema(), ours.getSchema());
    assertEquals(sparks.getKeyValueMetaData(), ours.getKeyValueMetaData());
  }

  @Test
  void theFooterHoldsFixedLengthDecimalsAndSparksRowMetadata() throws IOException {
    org.apache.hadoop.fs.Path file = partFile(Datasets.CELLS, dir.resolve("footer"));
    try (DatasetFile writer = DatasetFile.create(Datasets.CELLS, file, conf)) {
      writer.write(fullRow(Datasets.CELLS));
    }
    FileMetaData footer = footer(file);
    MessageType schema = footer.getSchema();
    assertEquals("spark_schema", schema.getName());
    assertFalse(schema.containsField("report_year"));
    PrimitiveType value = schema.getType("value").asPrimitiveType();
    assertEquals(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, value.getPrimitiveTypeName());
    assertEquals(9, value.getTypeLength());
    assertEquals(LogicalTypeAnnotation.decimalType(4, 20), value.getLogicalTypeAnnotation());
    PrimitiveType yuan = schema.getType("amount_yuan").asPrimitiveType();
    assertEquals(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, yuan.getPrimitiveTypeName());
    assertEquals(10, yuan.getTypeLength());
    String metadata = footer.getKeyValueMetaData().get(DatasetFile.ROW_METADATA);
    assertNotNull(metadata, "no " + DatasetFile.ROW_METADATA + " in " + footer.getKeyValueMetaData());
    StructType stored =
        DataTypes.createStructType(
            Arrays.stream(Datasets.CELLS.schema().fields()).filter(f -> !f.name().equals("report_year")).toList());
    assertEquals(stored, DataType.fromJson(metadata));
  }

  @Test
  void decimalsAtTheEdgesOfEachEncodingReadBack() throws IOException {
    List<DecimalType> types =
        List.of(
            DataTypes.createDecimalType(9, 2), DataTypes.createDecimalType(18, 4), DataTypes.createDecimalType(20, 4),
            DataTypes.createDecimalType(22, 2), DataTypes.createDecimalType(38, 0));
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("n", DataTypes.IntegerType, "row number"));
    for (DecimalType t : types) {
      columns.add(new Column("d" + t.precision() + "_" + t.scale(), t, "a decimal"));
    }
    DatasetSpec spec = new DatasetSpec("edges", "one value per column", columns, null);
    // Per column: zero, the smallest step either side, the largest magnitudes, and unscaled values either side of the
    // long range (the fixed-length writer's two paths).
    List<List<BigDecimal>> values = new ArrayList<>();
    for (DecimalType t : types) {
      List<BigDecimal> v = new ArrayList<>();
      BigInteger max = BigInteger.TEN.pow(t.precision()).subtract(BigInteger.ONE);
      v.add(BigDecimal.ZERO);
      v.add(BigDecimal.ONE.movePointLeft(t.scale()));
      v.add(BigDecimal.ONE.movePointLeft(t.scale()).negate());
      v.add(new BigDecimal(max, t.scale()));
      v.add(new BigDecimal(max.negate(), t.scale()));
      for (BigInteger edge :
          List.of(
              BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
              BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
              BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE), BigInteger.valueOf(255),
              BigInteger.valueOf(-256), BigInteger.valueOf(128), BigInteger.valueOf(-129))) {
        if (edge.abs().compareTo(max) <= 0) {
          v.add(new BigDecimal(edge, t.scale()));
        }
      }
      values.add(v);
    }
    // Many rows, values repeating in a shuffled order: the dictionary and the statistics keep copies of the reused
    // fixed-length buffer, never the buffer itself.
    Random random = new Random(7);
    List<Object[]> rows = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      Object[] row = new Object[columns.size()];
      row[0] = n;
      for (int c = 0; c < types.size(); c++) {
        List<BigDecimal> v = values.get(c);
        row[c + 1] = n % 50 == 0 ? null : v.get(random.nextInt(v.size()));
      }
      rows.add(row);
    }
    Path out = dir.resolve("edges");
    org.apache.hadoop.fs.Path file = partFile(spec, out);
    try (DatasetFile writer = DatasetFile.create(spec, file, conf)) {
      for (Object[] row : rows) {
        writer.write(row);
      }
    }
    // The footer's statistics, which Spark skips row groups by: the smallest and largest value of each column.
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
      List<ColumnChunkMetaData> chunks = reader.getFooter().getBlocks().get(0).getColumns();
      for (int c = 0; c < types.size(); c++) {
        Statistics<?> statistics = chunks.get(c + 1).getStatistics();
        int scale = types.get(c).scale();
        List<BigDecimal> v = values.get(c);
        assertEquals(
            Collections.min(v).setScale(scale) + " " + Collections.max(v).setScale(scale),
            decimal(statistics.genericGetMin(), scale) + " " + decimal(statistics.genericGetMax(), scale),
            columns.get(c + 1).name());
      }
    }
    List<Row> read = spark.read().parquet(out.toString()).orderBy("n").collectAsList();
    assertEquals(rows.size(), read.size());
    for (int n = 0; n < rows.size(); n++) {
      for (int c = 1; c < columns.size(); c++) {
        BigDecimal written = (BigDecimal) rows.get(n)[c];
        assertEquals(
            written == null ? null : written.setScale(types.get(c - 1).scale()), read.get(n).get(c),
            "row " + n + " column " + columns.get(c).name());
      }
    }
  }

  @Test
  void decimalsAreRoundedHalfUpToTheirColumnScale() throws IOException {
    DatasetSpec spec =
        new DatasetSpec(
            "rounding", "one value per column",
            List.of(
                new Column("n", DataTypes.IntegerType, "row number"),
                new Column("wide", DataTypes.createDecimalType(20, 4), "fixed-length"),
                new Column("narrow", DataTypes.createDecimalType(9, 2), "int32")),
            null);
    Path out = dir.resolve("rounding");
    try (DatasetFile writer = DatasetFile.create(spec, partFile(spec, out), conf)) {
      writer.write(new Object[] {0, new BigDecimal("0.00005"), new BigDecimal("2.125")});
      writer.write(new Object[] {1, new BigDecimal("-0.00005"), new BigDecimal("-2.125")});
      writer.write(new Object[] {2, new BigDecimal("136.22004"), new BigDecimal("7")});
    }
    List<String> read =
        spark.read().parquet(out.toString()).orderBy("n").collectAsList().stream()
            .map(r -> r.get(1) + " " + r.get(2))
            .toList();
    assertEquals(List.of("0.0001 2.13", "-0.0001 -2.13", "136.2200 7.00"), read);
  }

  @Test
  void aRowOfAnotherLengthIsRefused() throws IOException {
    try (DatasetFile writer = DatasetFile.create(Datasets.CELLS, partFile(Datasets.CELLS, dir.resolve("length")), conf)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(new Object[3]));
      assertEquals("Cannot write a cells row: expected 15 columns, found 3", e.getMessage());
      assertEquals(0, writer.rows());
    }
  }

  @Test
  void aDecimalBeyondItsColumnIsRefusedAndTheFileStaysGood() throws IOException {
    DatasetSpec spec = Datasets.CHECKS;
    Path out = dir.resolve("too-large");
    try (DatasetFile writer = DatasetFile.create(spec, partFile(spec, out), conf)) {
      Object[] row = fullRow(spec);
      row[spec.indexOf("delta")] = new BigDecimal("12345678901234567.5"); // 17 integer digits in decimal(20,4)
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(row));
      assertTrue(e.getMessage().contains("column delta decimal(20,4) of dataset checks"), e.getMessage());
      assertTrue(e.getMessage().contains("12345678901234567.5"), e.getMessage());
      // 16 nines that round up at scale 4 become 17 integer digits.
      row[spec.indexOf("delta")] = new BigDecimal("9999999999999999.99995");
      e = assertThrows(IllegalArgumentException.class, () -> writer.write(row));
      assertTrue(e.getMessage().contains("9999999999999999.99995"), e.getMessage());
      row[spec.indexOf("delta")] = new BigDecimal("9999999999999999.99994");
      writer.write(row);
      assertEquals(1, writer.rows());
    }
    List<Row> read = spark.read().parquet(out.toString()).collectAsList();
    assertEquals(1, read.size());
    assertEquals(new BigDecimal("9999999999999999.9999"), read.get(0).getAs("delta"));
  }

  @Test
  void nullElementsEmptyArraysAndScalaSeqsReadBack() throws IOException {
    DatasetSpec spec = Datasets.THEMES;
    Path out = dir.resolve("arrays");
    List<List<String>> keywords =
        List.of(
            Arrays.asList("人员", null, "平台"), Collections.singletonList(null), List.of(), List.of("政策解读"));
    try (DatasetFile writer = DatasetFile.create(spec, partFile(spec, out), conf)) {
      for (int i = 0; i < keywords.size(); i++) {
        writer.write(new Object[] {"r" + i, 2023, "theme" + i, keywords.get(i), 0.5});
      }
      scala.collection.immutable.Seq<String> seq =
          scala.jdk.javaapi.CollectionConverters.asScala(Arrays.asList("规范", null)).toList();
      writer.write(new Object[] {"r9", 2023, "theme9", seq, null});
    }
    List<Row> read = spark.read().parquet(out.toString()).orderBy("report_id").collectAsList();
    assertEquals(5, read.size());
    for (int i = 0; i < keywords.size(); i++) {
      assertEquals(keywords.get(i), read.get(i).getList(read.get(i).fieldIndex("keywords")), "row r" + i);
    }
    assertEquals(Arrays.asList("规范", null), read.get(4).getList(read.get(4).fieldIndex("keywords")));
    assertNull(read.get(4).getAs("weight"));
  }

  @Test
  void aTypeParquetCannotTakeHereIsRefusedBeforeTheFileExists() {
    DatasetSpec spec =
        new DatasetSpec(
            "odd", "a row", List.of(new Column("at", DataTypes.TimestampType, "a timestamp")), null);
    org.apache.hadoop.fs.Path file = partFile(spec, dir.resolve("odd"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DatasetFile.create(spec, file, conf));
    assertEquals("Cannot write column at of dataset odd: type timestamp", e.getMessage());
    assertFalse(Files.exists(dir.resolve("odd/part-0.parquet")));
  }

  @Test
  void anExistingFileIsNotOverwritten() throws IOException {
    Path out = Files.createDirectories(dir.resolve("exists"));
    Files.writeString(out.resolve("part-0.parquet"), "not parquet");
    org.apache.hadoop.fs.Path file = partFile(Datasets.REPORTS, out);
    assertThrows(IOException.class, () -> DatasetFile.create(Datasets.REPORTS, file, conf));
    assertEquals("not parquet", Files.readString(out.resolve("part-0.parquet")));
  }

  @Test
  void aValueOfAnotherClassFailsTheFileAndLeavesNoFile() throws IOException {
    DatasetSpec spec = Datasets.PROCUREMENT;
    Path out = dir.resolve("wrong-class");
    DatasetFile writer = DatasetFile.create(spec, partFile(spec, out), conf);
    writer.write(fullRow(spec));
    Object[] row = fullRow(spec);
    row[spec.indexOf("project_count")] = 3; // an Integer in a bigint column
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(row));
    assertEquals(
        "Cannot write 3 (java.lang.Integer) to column project_count bigint of dataset procurement", e.getMessage());
    assertThrows(IllegalStateException.class, () -> writer.write(fullRow(spec)));
    writer.close();
    assertFalse(Files.exists(out.resolve("part-0.parquet")));
  }

  /** Where Spark's partitioned output would put the file. */
  private static org.apache.hadoop.fs.Path partFile(DatasetSpec spec, Path out) {
    Path directory = spec.partitionBy() == null ? out : out.resolve(spec.partitionBy() + "=2023");
    return new org.apache.hadoop.fs.Path(directory.resolve("part-0.parquet").toUri());
  }

  /** Every column non-null with a representative value; the decimals in turn at their largest, negative, rounded. */
  private static Object[] fullRow(DatasetSpec spec) {
    Object[] row = new Object[spec.columns().size()];
    int decimals = 0;
    for (int i = 0; i < row.length; i++) {
      Column c = spec.columns().get(i);
      DataType type = c.type();
      if (c.name().equals(spec.partitionBy())) {
        row[i] = 2023;
      } else if (type.equals(DataTypes.StringType)) {
        row[i] = c.name() + "：政府信息公开 " + i;
      } else if (type.equals(DataTypes.IntegerType)) {
        row[i] = 1000 + i;
      } else if (type.equals(DataTypes.LongType)) {
        row[i] = 5_000_000_000L + i;
      } else if (type.equals(DataTypes.DoubleType)) {
        row[i] = i + 0.25;
      } else if (type.equals(DataTypes.BooleanType)) {
        row[i] = i % 2 == 0;
      } else if (type.equals(DataTypes.DateType)) {
        LocalDate date = LEAP_DAY.plusDays(i);
        row[i] = i % 2 == 0 ? date : java.sql.Date.valueOf(date);
      } else if (type instanceof DecimalType decimal) {
        row[i] = decimal(decimal, decimals++);
      } else {
        row[i] = List.of(c.name() + " 甲", "洪泽区人民政府");
      }
    }
    return row;
  }

  /**
   * The k-th decimal sample of a row: negative at full precision, one to round half up, a scale-2 amount, positive at
   * full precision.
   */
  private static BigDecimal decimal(DecimalType type, int k) {
    String integer = "12345678901234567890123456789".substring(0, type.precision() - type.scale());
    String fraction = "98765432109876543210".substring(0, type.scale());
    return switch (k % 4) {
      case 0 -> new BigDecimal("-" + "9".repeat(type.precision() - type.scale()) + "." + fraction);
      case 1 -> new BigDecimal("136.22005");
      case 2 -> new BigDecimal("7730.28");
      default -> new BigDecimal(integer + "." + fraction);
    };
  }

  /** A decimal statistic as parquet-java gives it: the unscaled value as an int, a long or big-endian bytes. */
  private static BigDecimal decimal(Object unscaled, int scale) {
    if (unscaled instanceof Binary bytes) {
      return new BigDecimal(new BigInteger(bytes.getBytes()), scale);
    }
    return BigDecimal.valueOf(((Number) unscaled).longValue(), scale);
  }

  private static Object expectedValue(DataType type, Object written) {
    if (type instanceof DecimalType decimal) {
      return ((BigDecimal) written).setScale(decimal.scale(), RoundingMode.HALF_UP);
    } else if (written instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return written;
  }

  private static Object readValue(DataType type, Row row, String column) {
    int i = row.fieldIndex(column);
    if (type.equals(DataTypes.DateType)) {
      return row.getDate(i).toLocalDate();
    } else if (type instanceof org.apache.spark.sql.types.ArrayType) {
      return row.getList(i);
    }
    return row.get(i);
  }

  private FileMetaData footer(org.apache.hadoop.fs.Path file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
      return reader.getFooter().getFileMetaData();
    }
  }

  /** The file Spark wrote for the non-null row: under report_year=2023 when partitioned. */
  private static org.apache.hadoop.fs.Path anyParquetFile(Path written) throws IOException {
    try (Stream<Path> files = Files.walk(written)) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .filter(p -> !p.toString().contains("__HIVE_DEFAULT_PARTITION__"))
              .findFirst()
              .orElseThrow();
      return new org.apache.hadoop.fs.Path(file.toUri());
    }
  }
}
