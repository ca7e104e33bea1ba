package io.gongkai.jobs;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.types.DataType;

/** One column of a dataset: declared once here, with its doc; the Spark schema and docs/datasets.md derive from it. */
public record Column(String name, DataType type, String doc) {
  public Column {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(doc, "doc is null");
  }
}
