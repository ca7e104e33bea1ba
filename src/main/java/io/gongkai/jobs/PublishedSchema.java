package io.gongkai.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Whether a published dataset's Parquet files hold the registry's column types. A warehouse written by an older
 * version may not (the value columns were decimal(21,4) before {@link io.gongkai.report.ValueLimits} bounded them):
 * read with today's schema it fails inside a Spark task, and appended to it would hold two types of one column.
 */
final class PublishedSchema {
  /** Spark's error condition for a directory without data files. */
  private static final String NO_FILES = "UNABLE_TO_INFER_SCHEMA";

  private PublishedSchema() {}

  /**
   * The first column whose type in the files at {@code location} differs from the registry's, described as {@code
   * column delta is decimal(21,4) there, this version has decimal(20,4)}; empty when all agree, when the dataset has
   * no Parquet file to read (a run that wrote no rows) or lacks the column. The partition column is left out: its
   * type is inferred from directory names.
   *
   * @throws IllegalArgumentException when the dataset has files whose schema cannot be read (a truncated or foreign
   *     file): appending would only fail later, in the read this check guards
   */
  static Optional<String> mismatch(SparkSession spark, DatasetSpec spec, String location) {
    StructType found;
    try {
      found = spark.read().parquet(location).schema();
    } catch (Exception e) { // Spark's exceptions are undeclared: Java cannot catch AnalysisException by name here
      if (e instanceof AnalysisException a && NO_FILES.equals(a.getCondition())) {
        return Optional.empty();
      }
      throw new IllegalArgumentException(
          String.format(
              "Cannot append to dataset %s in %s: cannot read its schema: %s", spec.name(), location,
              e.getMessage().lines().findFirst().orElse(e.getClass().getName())),
          e);
    }
    List<String> names = Arrays.asList(found.fieldNames());
    for (Column column : spec.columns()) {
      if (column.name().equals(spec.partitionBy()) || !names.contains(column.name())) {
        continue;
      }
      String type = found.apply(column.name()).dataType().catalogString();
      if (!type.equals(column.type().catalogString())) {
        return Optional.of(
            String.format(
                "column %s is %s there, this version has %s", column.name(), type, column.type().catalogString()));
      }
    }
    return Optional.empty();
  }
}
