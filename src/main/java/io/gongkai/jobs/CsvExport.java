package io.gongkai.jobs;

import static java.util.Objects.requireNonNull;

import io.gongkai.warehouse.Warehouse;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;

/**
 * Writes one warehouse dataset as one UTF-8 CSV file on the driver's local filesystem.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>Columns are the registry's ({@link DatasetSpec#columns()}), in its order, whatever order Spark reads them in
 *       (a partition column comes last when Spark reads partitioned data). The Parquet files are read with the
 *       registry schema, so an empty dataset directory still exports as a header line.
 *   <li>Rows are sorted by every column in registry order ({@code report_id} first, then the keys that follow it), a
 *       total order: two exports of the same warehouse are byte-identical.
 *   <li>Rows reach the driver one partition at a time ({@code toLocalIterator}), never all at once.
 *   <li>Values: null is an empty field (so is ''); decimals are plain with the scale's trailing zeros dropped
 *       (77180.8600 → 77180.86, 0.0000 → 0); arrays are joined with {@code ;}; an integral double prints without its
 *       fraction (1.0 → 1), any other as {@link Double#toString}.
 *   <li>Plain CSV has no BOM and {@code \n} line endings; the Excel dialect starts with a UTF-8 BOM and uses CRLF.
 *   <li>The file is written next to its target under a temporary name and moved into place when complete, so a
 *       failed export leaves no partial file (and any previous file untouched). Missing parent directories are
 *       created.
 * </ul>
 *
 * <p>A dataset directory that does not exist is an {@link IllegalArgumentException}; failures reading Parquet or
 * writing the file propagate.
 */
public final class CsvExport {
  /** Written first in the Excel dialect: without it Excel decodes UTF-8 as the ANSI code page and garbles 中文. */
  static final char BOM = '\uFEFF';

  /** What to export and where: a warehouse location (any Hadoop URI), a dataset, a local CSV path, the dialect. */
  public record Options(String warehouse, DatasetSpec dataset, Path csv, boolean excel) {
    public Options {
      requireNonNull(warehouse, "warehouse is null");
      requireNonNull(dataset, "dataset is null");
      requireNonNull(csv, "csv is null");
    }
  }

  private final SparkSession spark;

  public CsvExport(SparkSession spark) {
    this.spark = requireNonNull(spark, "spark is null");
  }

  /** Exports the dataset and returns the number of data rows written (the header not counted). */
  public long run(Options options) throws IOException {
    DatasetSpec spec = options.dataset();
    // One snapshot, resolved once: the warehouse may publish a newer one while this export reads.
    String location =
        Warehouse.at(options.warehouse(), spark.sparkContext().hadoopConfiguration()).datasetLocation(spec.name());
    Path csv = options.csv().toAbsolutePath();
    if (Files.isDirectory(csv)) {
      throw new IllegalArgumentException(String.format("Cannot write CSV %s: it is a directory", options.csv()));
    }

    PublishedSchema.mismatch(spark, spec, location)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(
                  String.format(
                      "Cannot export dataset %s from %s: %s; re-run extract with this version", spec.name(), location,
                      m));
            });
    Column[] columns = spec.columns().stream().map(c -> functions.col(c.name())).toArray(Column[]::new);
    Dataset<Row> rows =
        spark.read().schema(spec.schema()).parquet(location).select(columns).orderBy(columns);

    Files.createDirectories(csv.getParent());
    Path temporary = csv.resolveSibling("." + csv.getFileName() + ".tmp");
    try {
      long written = write(rows.toLocalIterator(), spec, temporary, options.excel());
      Files.move(temporary, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return written;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static long write(Iterator<Row> rows, DatasetSpec spec, Path file, boolean excel) throws IOException {
    List<DataType> types = spec.columns().stream().map(io.gongkai.jobs.Column::type).toList();
    CSVFormat format =
        CSVFormat.DEFAULT.builder()
            .setHeader(spec.columns().stream().map(io.gongkai.jobs.Column::name).toArray(String[]::new))
            .setRecordSeparator(excel ? "\r\n" : "\n")
            .get();
    long count = 0;
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (excel) {
        writer.write(BOM);
      }
      // The printer prints the header on construction.
      try (CSVPrinter printer = new CSVPrinter(writer, format)) {
        List<String> record = new ArrayList<>(types.size());
        while (rows.hasNext()) {
          Row row = rows.next();
          record.clear();
          for (int i = 0; i < types.size(); i++) {
            record.add(field(row, i, types.get(i)));
          }
          printer.printRecord(record);
          count++;
        }
      }
    }
    return count;
  }

  /** The CSV text of one value, or null (printed as an empty field) when the value is null. */
  static String field(Row row, int i, DataType type) {
    if (row.isNullAt(i)) {
      return null;
    }
    if (type instanceof ArrayType) {
      List<Object> items = row.getList(i);
      StringBuilder joined = new StringBuilder();
      for (int k = 0; k < items.size(); k++) {
        joined.append(k == 0 ? "" : ";").append(items.get(k) == null ? "" : format(items.get(k)));
      }
      return joined.toString();
    }
    return format(row.get(i));
  }

  /** The CSV text of one non-null scalar value. */
  static String format(Object value) {
    if (value instanceof BigDecimal decimal) {
      // Decimal(20,4) keeps four places: 161330.0000 is printed 161330, 0.0000 is printed 0.
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double d) {
      if (!d.isInfinite() && !d.isNaN() && d == Math.rint(d)) {
        return new BigDecimal(d).toPlainString();
      }
      return Double.toString(d);
    }
    return value.toString();
  }
}
