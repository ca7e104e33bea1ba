package io.gongkai.jobs;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;

/**
 * One Parquet file of one warehouse dataset, written with parquet-java straight from arrays of plain Java values.
 *
 * <p>Why it exists: the parse task writes the child datasets as it parses ({@link ChildFiles}). Going through Spark
 * would mean building an external {@code Row} per child row and converting it with Spark's row encoder before Spark's
 * own Parquet writer sees it; here each value is encoded once, by a per-column writer chosen when the file is created,
 * so writing a row looks at no column type and allocates little beyond strings' UTF-8 bytes and decimals' unscaled
 * values.
 *
 * <p>The file is what Spark 4 writes for the dataset ({@code spark.sql.parquet.writeLegacyFormat=false}): the same
 * physical schema, named {@code spark_schema}, every field optional, and Spark's row metadata in the footer, so Spark,
 * pandas and pyarrow read it as one of Spark's own. As in Spark's partitioned output the partition column is not
 * stored: its value is in the directory name.
 *
 * <p>Not thread-safe: one instance per task and file.
 */
final class DatasetFile implements Closeable {
  /** The footer key Spark reads its own schema from (ParquetReadSupport.SPARK_METADATA_KEY). */
  static final String ROW_METADATA = "org.apache.spark.sql.parquet.row.metadata";
  /** The footer key of the writing Spark version, which decides how Spark rebases dates it reads. */
  static final String SPARK_VERSION = "org.apache.spark.version";
  static final long ROW_GROUP_BYTES = 64L * 1024 * 1024;

  private static final String LIST = "list";
  private static final String ELEMENT = "element";

  private final DatasetSpec spec;
  private final Path file;
  private final Configuration conf;
  private final ParquetWriter<Object[]> writer;
  private final int width;
  private final DecimalColumn[] decimals;
  /** The row with its decimals rescaled: the caller's array is not changed. */
  private final Object[] fitted;
  private long rows;
  private boolean failed;
  private boolean closed;

  private DatasetFile(
      DatasetSpec spec, Path file, Configuration conf, ParquetWriter<Object[]> writer, DecimalColumn[] decimals) {
    this.spec = spec;
    this.file = file;
    this.conf = conf;
    this.writer = writer;
    this.width = spec.columns().size();
    this.decimals = decimals;
    this.fitted = new Object[width];
  }

  /** Creates the file (fails if it exists). */
  static DatasetFile create(DatasetSpec spec, Path file, Configuration conf) throws IOException {
    List<Field> fields = new ArrayList<>();
    List<Type> types = new ArrayList<>();
    List<StructField> stored = new ArrayList<>();
    List<DecimalColumn> decimals = new ArrayList<>();
    List<Column> columns = spec.columns();
    for (int source = 0; source < columns.size(); source++) {
      Column column = columns.get(source);
      if (column.name().equals(spec.partitionBy())) {
        continue;
      }
      types.add(parquetType(spec, column));
      fields.add(new Field(column, source, valueWriter(spec, column)));
      stored.add(DataTypes.createStructField(column.name(), column.type(), true));
      if (column.type() instanceof DecimalType decimal) {
        decimals.add(new DecimalColumn(column.name(), source, decimal));
      }
    }
    MessageType schema = new MessageType("spark_schema", types);
    Map<String, String> footer =
        Map.of(
            ROW_METADATA, DataTypes.createStructType(stored).json(),
            // What Spark's ParquetWriteSupport writes; Spark's package object, as Java can name it.
            SPARK_VERSION, org.apache.spark.package$.MODULE$.SPARK_VERSION_SHORT());
    RowWriteSupport support = new RowWriteSupport(spec.name(), fields.toArray(Field[]::new), schema, footer);
    ParquetWriter<Object[]> writer =
        new Builder(HadoopOutputFile.fromPath(file, conf), support)
            .withConf(conf)
            .withWriteMode(ParquetFileWriter.Mode.CREATE)
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withDictionaryEncoding(true)
            .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
            .withRowGroupSize(ROW_GROUP_BYTES)
            .build();
    return new DatasetFile(spec, file, conf, writer, decimals.toArray(DecimalColumn[]::new));
  }

  /** One row, values in {@code spec.columns()} order (all columns; the partition column's value is ignored). */
  void write(Object[] row) throws IOException {
    if (failed || closed) {
      throw new IllegalStateException(
          String.format("Cannot write to %s: %s", file, closed ? "it is closed" : "an earlier row failed half-written"));
    }
    if (row.length != width) {
      throw new IllegalArgumentException(
          String.format("Cannot write a %s row: expected %d columns, found %d", spec.name(), width, row.length));
    }
    Object[] values = row;
    if (decimals.length > 0) {
      // Rescaled and checked before the row is started, so that a value beyond its column is refused with the file
      // intact: the caller may skip the row and go on.
      System.arraycopy(row, 0, fitted, 0, width);
      for (DecimalColumn decimal : decimals) {
        Object value = row[decimal.source];
        if (value != null) {
          fitted[decimal.source] = decimal.fit(spec.name(), value);
        }
      }
      values = fitted;
    }
    try {
      writer.write(values);
    } catch (IOException | RuntimeException e) {
      // Parquet has taken the values of the columns before the failing one: the row group is no longer consistent.
      failed = true;
      throw e;
    }
    rows++;
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (!failed) {
      writer.close();
      return;
    }
    // A footer over a half-written row would describe a corrupt file that Spark fails on when it reads the
    // dataset: leave no file. The row's own error was thrown from write already.
    try {
      writer.close();
    } catch (IOException | RuntimeException ignored) {
      // the file is deleted below
    } finally {
      file.getFileSystem(conf).delete(file, false);
    }
  }

  /** The column's Parquet type as Spark's SparkToParquetSchemaConverter gives it in the non-legacy format. */
  private static Type parquetType(DatasetSpec spec, Column column) {
    DataType type = column.type();
    String name = column.name();
    if (type.equals(DataTypes.StringType)) {
      return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    } else if (type.equals(DataTypes.IntegerType)) {
      return Types.optional(PrimitiveTypeName.INT32).named(name);
    } else if (type.equals(DataTypes.LongType)) {
      return Types.optional(PrimitiveTypeName.INT64).named(name);
    } else if (type.equals(DataTypes.DoubleType)) {
      return Types.optional(PrimitiveTypeName.DOUBLE).named(name);
    } else if (type.equals(DataTypes.BooleanType)) {
      return Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
    } else if (type.equals(DataTypes.DateType)) {
      return Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
    } else if (type instanceof DecimalType decimal) {
      LogicalTypeAnnotation annotation = LogicalTypeAnnotation.decimalType(decimal.scale(), decimal.precision());
      if (decimal.precision() <= Decimal.MAX_INT_DIGITS()) {
        return Types.optional(PrimitiveTypeName.INT32).as(annotation).named(name);
      } else if (decimal.precision() <= Decimal.MAX_LONG_DIGITS()) {
        return Types.optional(PrimitiveTypeName.INT64).as(annotation).named(name);
      }
      return Types.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY)
          .length(Decimal.minBytesForPrecision()[decimal.precision()])
          .as(annotation)
          .named(name);
    } else if (isStringArray(type)) {
      // The three-level LIST of the Parquet spec, with Spark's names for the levels.
      Type element =
          Types.primitive(
                  PrimitiveTypeName.BINARY,
                  ((ArrayType) type).containsNull() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED)
              .as(LogicalTypeAnnotation.stringType())
              .named(ELEMENT);
      return Types.optionalGroup()
          .as(LogicalTypeAnnotation.listType())
          .addField(Types.repeatedGroup().addField(element).named(LIST))
          .named(name);
    }
    throw new IllegalArgumentException(
        String.format("Cannot write column %s of dataset %s: type %s", name, spec.name(), type.simpleString()));
  }

  /** How a non-null value of the column is added; the casts fail on a value of another Java class. */
  private static ValueWriter valueWriter(DatasetSpec spec, Column column) {
    DataType type = column.type();
    if (type.equals(DataTypes.StringType)) {
      return (out, value) -> out.addBinary(Binary.fromString((String) value));
    } else if (type.equals(DataTypes.IntegerType)) {
      return (out, value) -> out.addInteger((Integer) value);
    } else if (type.equals(DataTypes.LongType)) {
      return (out, value) -> out.addLong((Long) value);
    } else if (type.equals(DataTypes.DoubleType)) {
      return (out, value) -> out.addDouble((Double) value);
    } else if (type.equals(DataTypes.BooleanType)) {
      return (out, value) -> out.addBoolean((Boolean) value);
    } else if (type.equals(DataTypes.DateType)) {
      // Days since 1970-01-01 in the proleptic Gregorian calendar, as Spark 3+ writes them (no rebase key needed).
      return (out, value) ->
          out.addInteger(
              (int)
                  (value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate()).toEpochDay());
    } else if (type instanceof DecimalType decimal) {
      // Values arrive rescaled to the column's scale and checked against its precision (DecimalColumn.fit).
      if (decimal.precision() <= Decimal.MAX_INT_DIGITS()) {
        return (out, value) -> out.addInteger(((BigDecimal) value).unscaledValue().intValue());
      } else if (decimal.precision() <= Decimal.MAX_LONG_DIGITS()) {
        return (out, value) -> out.addLong(((BigDecimal) value).unscaledValue().longValue());
      }
      return new FixedDecimalWriter(Decimal.minBytesForPrecision()[decimal.precision()]);
    } else if (isStringArray(type)) {
      return new StringArrayWriter(spec.name(), column.name(), ((ArrayType) type).containsNull());
    }
    throw new IllegalArgumentException(
        String.format("Cannot write column %s of dataset %s: type %s", column.name(), spec.name(), type.simpleString()));
  }

  private static boolean isStringArray(DataType type) {
    return type instanceof ArrayType array && array.elementType().equals(DataTypes.StringType);
  }

  /** Adds one non-null value of a column. */
  @FunctionalInterface
  private interface ValueWriter {
    void add(RecordConsumer out, Object value);
  }

  /** A stored column: where its value is in a row, and how it is added. */
  private record Field(Column column, int source, ValueWriter writer) {}

  /** A decimal column's rescale and precision check. */
  private record DecimalColumn(String name, int source, DecimalType type) {
    BigDecimal fit(String dataset, Object value) {
      if (!(value instanceof BigDecimal decimal)) {
        throw new IllegalArgumentException(
            String.format(
                "Cannot write %s (%s) to column %s %s of dataset %s: expected a BigDecimal", value,
                value.getClass().getName(), name, type.simpleString(), dataset));
      }
      BigDecimal scaled =
          decimal.scale() == type.scale() ? decimal : decimal.setScale(type.scale(), RoundingMode.HALF_UP);
      if (scaled.precision() > type.precision()) {
        throw new IllegalArgumentException(
            String.format(
                "Cannot write %s to column %s %s of dataset %s: more than %d integer digits", decimal.toPlainString(),
                name, type.simpleString(), dataset, type.precision() - type.scale()));
      }
      return scaled;
    }
  }

  /**
   * A decimal of more than 18 digits: its unscaled value big-endian in two's complement, sign-extended to the column's
   * width, as Spark writes it. Parquet copies the bytes it keeps (dictionary, statistics), so one buffer serves every
   * value, as in Spark's writer.
   */
  private static final class FixedDecimalWriter implements ValueWriter {
    private final byte[] buffer;

    FixedDecimalWriter(int bytes) {
      this.buffer = new byte[bytes];
    }

    @Override
    public void add(RecordConsumer out, Object value) {
      BigInteger unscaled = ((BigDecimal) value).unscaledValue();
      if (unscaled.bitLength() < Long.SIZE) {
        // Most values fit a long: no byte array of BigInteger's to copy.
        long bits = unscaled.longValue();
        for (int i = buffer.length - 1; i >= 0; i--) {
          buffer[i] = (byte) bits;
          bits >>= 8; // arithmetic shift: the high bytes become the sign
        }
      } else {
        byte[] bytes = unscaled.toByteArray(); // at most buffer.length bytes: the precision was checked
        int pad = buffer.length - bytes.length;
        Arrays.fill(buffer, 0, pad, unscaled.signum() < 0 ? (byte) -1 : 0);
        System.arraycopy(bytes, 0, buffer, pad, bytes.length);
      }
      out.addBinary(Binary.fromReusedByteArray(buffer));
    }
  }

  /** An array of strings as Spark writes it: an empty array is an empty group, a null element an empty element group. */
  private static final class StringArrayWriter implements ValueWriter {
    private final String dataset;
    private final String column;
    private final boolean containsNull;

    StringArrayWriter(String dataset, String column, boolean containsNull) {
      this.dataset = dataset;
      this.column = column;
      this.containsNull = containsNull;
    }

    @Override
    public void add(RecordConsumer out, Object value) {
      out.startGroup();
      if (value instanceof List<?> list) {
        if (!list.isEmpty()) {
          out.startField(LIST, 0);
          for (Object element : list) {
            addElement(out, element);
          }
          out.endField(LIST, 0);
        }
      } else {
        scala.collection.Seq<?> seq = (scala.collection.Seq<?>) value;
        if (seq.nonEmpty()) {
          out.startField(LIST, 0);
          scala.collection.Iterator<?> elements = seq.iterator();
          while (elements.hasNext()) {
            addElement(out, elements.next());
          }
          out.endField(LIST, 0);
        }
      }
      out.endGroup();
    }

    private void addElement(RecordConsumer out, Object element) {
      out.startGroup();
      if (element != null) {
        out.startField(ELEMENT, 0);
        out.addBinary(Binary.fromString((String) element));
        out.endField(ELEMENT, 0);
      } else if (!containsNull) {
        throw new IllegalArgumentException(
            String.format("Cannot write a null element to column %s of dataset %s: its array holds no nulls", column,
                dataset));
      }
      out.endGroup();
    }
  }

  /** Turns one row's values into Parquet record events, field by field. */
  private static final class RowWriteSupport extends WriteSupport<Object[]> {
    private final String dataset;
    private final Field[] fields;
    private final MessageType schema;
    private final Map<String, String> footer;
    private RecordConsumer out;

    RowWriteSupport(String dataset, Field[] fields, MessageType schema, Map<String, String> footer) {
      this.dataset = dataset;
      this.fields = fields;
      this.schema = schema;
      this.footer = footer;
    }

    @Override
    @SuppressWarnings("deprecation") // still abstract in parquet-java 1.17, whose Hadoop-free overload is below
    public WriteContext init(Configuration configuration) {
      return new WriteContext(schema, footer);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
      return new WriteContext(schema, footer);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(Object[] values) {
      out.startMessage();
      int i = 0;
      try {
        for (; i < fields.length; i++) {
          Field field = fields[i];
          Object value = values[field.source];
          if (value != null) {
            String name = field.column.name();
            out.startField(name, i);
            field.writer.add(out, value);
            out.endField(name, i);
          }
        }
      } catch (ClassCastException e) {
        Column column = fields[i].column;
        Object value = values[fields[i].source];
        throw new IllegalArgumentException(
            String.format(
                "Cannot write %s (%s) to column %s %s of dataset %s", value, value.getClass().getName(), column.name(),
                column.type().simpleString(), dataset),
            e);
      }
      out.endMessage();
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
    private final RowWriteSupport support;

    Builder(OutputFile file, RowWriteSupport support) {
      super(file);
      this.support = support;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    @SuppressWarnings("deprecation") // still abstract in parquet-java 1.17, whose Hadoop-free overload is below
    protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
      return support;
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
      return support;
    }
  }
}
