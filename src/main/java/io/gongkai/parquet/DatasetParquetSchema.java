package io.gongkai.parquet;

import static java.util.Objects.requireNonNull;

import io.gongkai.jobs.Column;
import io.gongkai.jobs.DatasetSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schema of one registry dataset's files, laid out as Spark writes it (its standard, non-legacy layout):
 * the registry's columns in order, every one optional, the partition column left out (its value is the directory
 * name). Decimals of up to 9 digits are INT32, up to 18 INT64, wider ones the fewest bytes that hold the precision;
 * string arrays the three-level LIST. The test compares it with the schema of the extract job's own files.
 */
public final class DatasetParquetSchema {
  /** How a column's values are written, decided once per column instead of per value. */
  enum Kind {
    STRING,
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    DATE,
    DECIMAL_INT,
    DECIMAL_LONG,
    DECIMAL_FIXED,
    STRINGS
  }

  /** One column of the file: its name, its place in the registry's row, how it is written. */
  record Field(String name, int rowIndex, Kind kind, int scale, int fixedBytes) {
    Field {
      requireNonNull(name, "name is null");
      requireNonNull(kind, "kind is null");
    }
  }

  /** Spark's key for the row schema in the file footer: with it Spark reads the registry's types back as they are. */
  static final String SPARK_ROW_METADATA = "org.apache.spark.sql.parquet.row.metadata";

  private final DatasetSpec spec;
  private final MessageType messageType;
  private final List<Field> fields;
  private final StructType fileStruct;

  private DatasetParquetSchema(DatasetSpec spec, MessageType messageType, List<Field> fields, StructType fileStruct) {
    this.spec = spec;
    this.messageType = messageType;
    this.fields = List.copyOf(fields);
    this.fileStruct = fileStruct;
  }

  /**
   * The schema of {@code spec}'s files.
   *
   * @throws IllegalArgumentException if a column has a type the registry does not use (naming the dataset, column
   *     and type)
   */
  public static DatasetParquetSchema of(DatasetSpec spec) {
    List<Type> types = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    List<StructField> struct = new ArrayList<>();
    for (int i = 0; i < spec.columns().size(); i++) {
      Column column = spec.columns().get(i);
      if (column.name().equals(spec.partitionBy())) {
        continue;
      }
      Field field = field(spec, column, i);
      fields.add(field);
      types.add(type(column.name(), column.type(), field));
      struct.add(DataTypes.createStructField(column.name(), column.type(), true));
    }
    return new DatasetParquetSchema(
        spec, new MessageType("spark_schema", types), fields, DataTypes.createStructType(struct));
  }

  public DatasetSpec spec() {
    return spec;
  }

  public MessageType messageType() {
    return messageType;
  }

  List<Field> fields() {
    return fields;
  }

  /** The footer's Spark row schema: the file's columns with the registry's types. */
  String sparkRowMetadata() {
    return fileStruct.json();
  }

  private static Field field(DatasetSpec spec, Column column, int rowIndex) {
    DataType type = column.type();
    if (type.equals(DataTypes.StringType)) {
      return new Field(column.name(), rowIndex, Kind.STRING, 0, 0);
    } else if (type.equals(DataTypes.IntegerType)) {
      return new Field(column.name(), rowIndex, Kind.INT, 0, 0);
    } else if (type.equals(DataTypes.LongType)) {
      return new Field(column.name(), rowIndex, Kind.LONG, 0, 0);
    } else if (type.equals(DataTypes.DoubleType)) {
      return new Field(column.name(), rowIndex, Kind.DOUBLE, 0, 0);
    } else if (type.equals(DataTypes.BooleanType)) {
      return new Field(column.name(), rowIndex, Kind.BOOLEAN, 0, 0);
    } else if (type.equals(DataTypes.DateType)) {
      return new Field(column.name(), rowIndex, Kind.DATE, 0, 0);
    } else if (type instanceof DecimalType d) {
      if (d.precision() <= 9) {
        return new Field(column.name(), rowIndex, Kind.DECIMAL_INT, d.scale(), 0);
      } else if (d.precision() <= 18) {
        return new Field(column.name(), rowIndex, Kind.DECIMAL_LONG, d.scale(), 0);
      }
      return new Field(column.name(), rowIndex, Kind.DECIMAL_FIXED, d.scale(), bytesForPrecision(d.precision()));
    } else if (type instanceof ArrayType a && a.elementType().equals(DataTypes.StringType)) {
      return new Field(column.name(), rowIndex, Kind.STRINGS, 0, 0);
    }
    throw new IllegalArgumentException(
        String.format(
            "Cannot write column %s of dataset %s as Parquet: type %s", column.name(), spec.name(),
            type.simpleString()));
  }

  private static Type type(String name, DataType type, Field field) {
    return switch (field.kind()) {
      case STRING ->
          Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
      case INT -> Types.optional(PrimitiveTypeName.INT32).named(name);
      case LONG -> Types.optional(PrimitiveTypeName.INT64).named(name);
      case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
      case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
      case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
      case DECIMAL_INT, DECIMAL_LONG, DECIMAL_FIXED -> decimal(name, (DecimalType) type, field);
      case STRINGS ->
          Types.optionalGroup()
              .as(LogicalTypeAnnotation.listType())
              .addField(
                  Types.repeatedGroup()
                      .addField(
                          Types.optional(PrimitiveTypeName.BINARY)
                              .as(LogicalTypeAnnotation.stringType())
                              .named("element"))
                      .named("list"))
              .named(name);
    };
  }

  private static Type decimal(String name, DecimalType type, Field field) {
    LogicalTypeAnnotation annotation = LogicalTypeAnnotation.decimalType(type.scale(), type.precision());
    return switch (field.kind()) {
      case DECIMAL_INT -> Types.optional(PrimitiveTypeName.INT32).as(annotation).named(name);
      case DECIMAL_LONG -> Types.optional(PrimitiveTypeName.INT64).as(annotation).named(name);
      default ->
          Types.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY)
              .length(field.fixedBytes())
              .as(annotation)
              .named(name);
    };
  }

  /** The fewest bytes whose two's complement holds every unscaled value of {@code precision} digits. */
  static int bytesForPrecision(int precision) {
    int bytes = 1;
    while (Math.pow(2.0, 8 * bytes - 1) < Math.pow(10.0, precision)) {
      bytes++;
    }
    return bytes;
  }
}
