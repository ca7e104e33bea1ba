package io.gongkai.jobs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * The rows one report contributes to one child dataset, packed into one byte array while the job carries them from
 * the parse to the dataset's write.
 *
 * <p>Why not a nested Parquet column: a report has hundreds of cells, and nesting them as an array of structs made
 * every cell go through Spark's row encoder, a nested Parquet write, a nested read and an explode before the
 * dataset's own write — on small reports that cost about as much CPU as the parse. Packed, a report's cells are one
 * binary value in the staged Parquet, and each cell is encoded by Spark once, for the dataset it belongs to.
 *
 * <p>Layout, column by column in the dataset's nested order ({@link DatasetSpec#nestedColumns()}): a row count, then
 * per row and column a presence byte (0 null, 1 value) followed by the value — strings as UTF-8 with their length,
 * integers and longs as zig-zag varints, doubles as 8 bytes, decimals as a varint unscaled value at the column's
 * scale (or its two's-complement bytes after a presence byte of 2 when it does not fit a long), booleans in the
 * presence byte itself (1 true, 2 false), dates as epoch days, string arrays as a count and their elements.
 */
final class ChildRows {
  private enum Kind {
    STRING,
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    DECIMAL,
    DATE,
    STRINGS
  }

  private static final byte NULL = 0;
  private static final byte PRESENT = 1;
  private static final byte BIG = 2;

  private final DatasetSpec spec;
  private final Kind[] kinds;
  private final int[] scales;
  /** For each column of the full layout: its position in the nested layout, or -1 when taken from the report. */
  private final int[] fromNested;

  private ChildRows(DatasetSpec spec) {
    this.spec = spec;
    List<Column> nested = spec.nestedColumns();
    kinds = new Kind[nested.size()];
    scales = new int[nested.size()];
    for (int i = 0; i < kinds.length; i++) {
      DataType type = nested.get(i).type();
      kinds[i] = kindOf(spec, nested.get(i).name(), type);
      scales[i] = type instanceof DecimalType d ? d.scale() : 0;
    }
    fromNested = new int[spec.columns().size()];
    for (int i = 0; i < fromNested.length; i++) {
      String name = spec.columns().get(i).name();
      fromNested[i] = DatasetSpec.FROM_REPORT.contains(name) ? -1 : spec.nestedIndexOf(name);
    }
  }

  private static final java.util.Map<String, ChildRows> REGISTERED = new java.util.HashMap<>();

  static {
    for (DatasetSpec child : Datasets.CHILDREN) {
      REGISTERED.put(child.name(), new ChildRows(child));
    }
  }

  /** The codec of a registered child dataset, by name: one map lookup, cheap enough per report. */
  static ChildRows named(String dataset) {
    ChildRows known = REGISTERED.get(dataset);
    if (known == null) {
      throw new IllegalArgumentException("Cannot unpack dataset " + dataset + ": not a registered child dataset");
    }
    return known;
  }

  /** The codec of one child dataset. */
  static ChildRows of(DatasetSpec spec) {
    ChildRows known = REGISTERED.get(spec.name());
    // Called for every report and dataset: the registry's own spec is recognised by identity, not compared.
    return known != null && (known.spec == spec || known.spec.equals(spec)) ? known : new ChildRows(spec);
  }

  /** Packs rows in the dataset's nested layout ({@link RowWriter#nested}). */
  byte[] encode(List<Row> rows) {
    Buffer out = new Buffer(64 + 48 * rows.size());
    out.varint(rows.size());
    for (Row row : rows) {
      if (row.length() != kinds.length) {
        throw new IllegalArgumentException(
            String.format("Cannot pack a %s row: expected %d columns, found %d", spec.name(), kinds.length, row.length()));
      }
      for (int c = 0; c < kinds.length; c++) {
        write(out, c, row.get(c));
      }
    }
    return out.toBytes();
  }

  /**
   * Unpacks a report's rows into the dataset's full layout, with the columns the report shares ({@link
   * DatasetSpec#FROM_REPORT}) put back; null packs nothing.
   */
  List<Row> decode(byte[] packed, String reportId, String file, Integer reportYear) {
    if (packed == null) {
      return List.of();
    }
    Reader in = new Reader(packed);
    int count = in.varint();
    List<Row> rows = new ArrayList<>(count);
    Object[] nested = new Object[kinds.length];
    for (int r = 0; r < count; r++) {
      for (int c = 0; c < kinds.length; c++) {
        nested[c] = read(in, c);
      }
      Object[] full = new Object[fromNested.length];
      for (int i = 0; i < full.length; i++) {
        int n = fromNested[i];
        full[i] =
            n >= 0
                ? nested[n]
                : switch (spec.columns().get(i).name()) {
                  case "report_id" -> reportId;
                  case "file" -> file;
                  default -> reportYear;
                };
      }
      rows.add(RowFactory.create(full));
    }
    if (in.position != packed.length) {
      throw new IllegalArgumentException(
          String.format(
              "Cannot unpack %s rows: %d bytes left after %d rows", spec.name(), packed.length - in.position, count));
    }
    return rows;
  }

  private void write(Buffer out, int column, Object value) {
    if (value == null) {
      out.put(NULL);
      return;
    }
    switch (kinds[column]) {
      case STRING -> {
        out.put(PRESENT);
        out.string((String) value);
      }
      case INT -> {
        out.put(PRESENT);
        out.zigzag((Integer) value);
      }
      case LONG -> {
        out.put(PRESENT);
        out.zigzag((Long) value);
      }
      case DOUBLE -> {
        out.put(PRESENT);
        out.fixed64(Double.doubleToRawLongBits((Double) value));
      }
      case BOOLEAN -> out.put((Boolean) value ? PRESENT : BIG);
      case DECIMAL -> {
        // Spark's encoder rounds half up to the column's scale; the values arrive already at that scale.
        BigInteger unscaled = ((BigDecimal) value).setScale(scales[column], RoundingMode.HALF_UP).unscaledValue();
        if (unscaled.bitLength() < 64) {
          out.put(PRESENT);
          out.zigzag(unscaled.longValue());
        } else {
          out.put(BIG);
          byte[] bytes = unscaled.toByteArray();
          out.varint(bytes.length);
          out.bytes(bytes, bytes.length);
        }
      }
      case DATE -> {
        out.put(PRESENT);
        LocalDate day = value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
        out.zigzag(day.toEpochDay());
      }
      case STRINGS -> {
        out.put(PRESENT);
        List<?> items = items(value);
        out.varint(items.size());
        for (Object item : items) {
          if (item == null) {
            out.put(NULL);
          } else {
            out.put(PRESENT);
            out.string((String) item);
          }
        }
      }
    }
  }

  private Object read(Reader in, int column) {
    byte presence = in.get();
    if (presence == NULL) {
      return null;
    }
    return switch (kinds[column]) {
      case STRING -> in.string();
      case INT -> (int) in.zigzag();
      case LONG -> in.zigzag();
      case DOUBLE -> Double.longBitsToDouble(in.fixed64());
      case BOOLEAN -> presence == PRESENT;
      case DECIMAL ->
          presence == PRESENT
              ? BigDecimal.valueOf(in.zigzag(), scales[column])
              : new BigDecimal(new BigInteger(in.bytes(in.varint())), scales[column]);
      case DATE -> java.sql.Date.valueOf(LocalDate.ofEpochDay(in.zigzag()));
      case STRINGS -> {
        int n = in.varint();
        List<String> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          items.add(in.get() == NULL ? null : in.string());
        }
        yield scala.jdk.javaapi.CollectionConverters.asScala(items).toList();
      }
    };
  }

  private static List<?> items(Object value) {
    if (value instanceof scala.collection.Seq<?> seq) {
      return scala.jdk.javaapi.CollectionConverters.asJava(seq);
    }
    if (value instanceof List<?> list) {
      return list;
    }
    return Arrays.asList((Object[]) value);
  }

  private static Kind kindOf(DatasetSpec spec, String column, DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return Kind.STRING;
    } else if (type.equals(DataTypes.IntegerType)) {
      return Kind.INT;
    } else if (type.equals(DataTypes.LongType)) {
      return Kind.LONG;
    } else if (type.equals(DataTypes.DoubleType)) {
      return Kind.DOUBLE;
    } else if (type.equals(DataTypes.BooleanType)) {
      return Kind.BOOLEAN;
    } else if (type instanceof DecimalType) {
      return Kind.DECIMAL;
    } else if (type.equals(DataTypes.DateType)) {
      return Kind.DATE;
    } else if (type instanceof ArrayType a && a.elementType().equals(DataTypes.StringType)) {
      return Kind.STRINGS;
    }
    throw new IllegalArgumentException(
        String.format("Cannot pack column %s of dataset %s: type %s", column, spec.name(), type.simpleString()));
  }

  /** A growable byte array. */
  private static final class Buffer {
    private byte[] bytes;
    private int size;

    Buffer(int capacity) {
      bytes = new byte[capacity];
    }

    void put(byte b) {
      ensure(1);
      bytes[size++] = b;
    }

    void bytes(byte[] b, int length) {
      ensure(length);
      System.arraycopy(b, 0, bytes, size, length);
      size += length;
    }

    void varint(long v) {
      ensure(10);
      while ((v & ~0x7FL) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    void zigzag(long v) {
      varint((v << 1) ^ (v >> 63));
    }

    void fixed64(long v) {
      ensure(8);
      for (int i = 0; i < 8; i++) {
        bytes[size++] = (byte) (v >>> (8 * i));
      }
    }

    void string(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(utf8.length);
      bytes(utf8, utf8.length);
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    byte[] toBytes() {
      return Arrays.copyOf(bytes, size);
    }
  }

  /** Reads what {@link Buffer} wrote. */
  private static final class Reader {
    private final byte[] bytes;
    private int position;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    byte get() {
      return bytes[position++];
    }

    byte[] bytes(int length) {
      byte[] b = Arrays.copyOfRange(bytes, position, position + length);
      position += length;
      return b;
    }

    int varint() {
      long v = varlong();
      if (v < 0 || v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("Cannot unpack a length of " + v);
      }
      return (int) v;
    }

    long varlong() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = bytes[position++];
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new IllegalArgumentException("Cannot unpack a varint longer than 10 bytes at " + position);
    }

    long zigzag() {
      long v = varlong();
      return (v >>> 1) ^ -(v & 1);
    }

    long fixed64() {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v |= (long) (bytes[position++] & 0xFF) << (8 * i);
      }
      return v;
    }

    String string() {
      int length = varint();
      String s = new String(bytes, position, length, StandardCharsets.UTF_8);
      position += length;
      return s;
    }
  }
}
