package io.gongkai.parquet;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.spark.sql.Row;

/**
 * Writes a registry row ({@link io.gongkai.jobs.PerReportRows}: the dataset's columns in order, Spark's external
 * types) into its dataset's Parquet layout ({@link DatasetParquetSchema}), value by value into parquet-java's record
 * consumer: no intermediate object per row, as a program that writes Parquet by hand would.
 */
final class DatasetRowWriteSupport extends WriteSupport<Row> {
  private final DatasetParquetSchema schema;
  private final DatasetParquetSchema.Field[] fields;
  private RecordConsumer out;

  DatasetRowWriteSupport(DatasetParquetSchema schema) {
    this.schema = requireNonNull(schema, "schema is null");
    this.fields = schema.fields().toArray(new DatasetParquetSchema.Field[0]);
  }

  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(
        schema.messageType(), Map.of(DatasetParquetSchema.SPARK_ROW_METADATA, schema.sparkRowMetadata()));
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.out = recordConsumer;
  }

  @Override
  public void write(Row row) {
    out.startMessage();
    for (int i = 0; i < fields.length; i++) {
      DatasetParquetSchema.Field field = fields[i];
      Object value = row.get(field.rowIndex());
      if (value == null) {
        continue; // an optional field left out is a null
      }
      out.startField(field.name(), i);
      try {
        value(field, value);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            String.format(
                "Cannot write column %s of dataset %s: value %s (%s)", field.name(), schema.spec().name(), value,
                e.getMessage()),
            e);
      }
      out.endField(field.name(), i);
    }
    out.endMessage();
  }

  private void value(DatasetParquetSchema.Field field, Object value) {
    switch (field.kind()) {
      case STRING -> out.addBinary(Binary.fromString((String) value));
      case INT -> out.addInteger((Integer) value);
      case LONG -> out.addLong((Long) value);
      case DOUBLE -> out.addDouble((Double) value);
      case BOOLEAN -> out.addBoolean((Boolean) value);
      // Days since the epoch, as Spark stores a date (its calendar rebase only touches dates before 1582).
      case DATE -> out.addInteger((int) ((java.sql.Date) value).toLocalDate().toEpochDay());
      case DECIMAL_INT -> out.addInteger(unscaled(field, value).intValueExact());
      case DECIMAL_LONG -> out.addLong(unscaled(field, value).longValueExact());
      case DECIMAL_FIXED -> out.addBinary(Binary.fromConstantByteArray(fixed(field, value)));
      case STRINGS -> strings(value);
    }
  }

  /** Spark's encoder rounds half up to the column's scale; ReportRows hands the values at that scale already. */
  private static java.math.BigInteger unscaled(DatasetParquetSchema.Field field, Object value) {
    return ((BigDecimal) value).setScale(field.scale(), RoundingMode.HALF_UP).unscaledValue();
  }

  /** Big-endian two's complement, sign-extended to the column's width, as Spark writes a wide decimal. */
  private static byte[] fixed(DatasetParquetSchema.Field field, Object value) {
    byte[] minimal = unscaled(field, value).toByteArray();
    int width = field.fixedBytes();
    if (minimal.length > width) {
      throw new IllegalArgumentException(minimal.length + " bytes do not fit the column's " + width);
    }
    byte[] bytes = new byte[width];
    byte sign = (byte) (minimal[0] < 0 ? -1 : 0);
    int pad = width - minimal.length;
    for (int i = 0; i < pad; i++) {
      bytes[i] = sign;
    }
    System.arraycopy(minimal, 0, bytes, pad, minimal.length);
    return bytes;
  }

  /** The three-level LIST: {@code <column> { repeated group list { optional binary element } }}. */
  private void strings(Object value) {
    List<?> items =
        value instanceof scala.collection.Seq<?> seq
            ? scala.jdk.javaapi.CollectionConverters.asJava(seq)
            : (List<?>) value;
    out.startGroup();
    if (!items.isEmpty()) {
      out.startField("list", 0);
      for (Object item : items) {
        out.startGroup();
        if (item != null) {
          out.startField("element", 0);
          out.addBinary(Binary.fromString((String) item));
          out.endField("element", 0);
        }
        out.endGroup();
      }
      out.endField("list", 0);
    }
    out.endGroup();
  }
}
