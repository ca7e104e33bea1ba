package io.gongkai.jobs;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Fills one dataset row by column name, in the registry's order; an unknown name is a programming error. */
final class RowWriter {
  private final DatasetSpec spec;
  private final Object[] values;

  RowWriter(DatasetSpec spec) {
    this.spec = spec;
    this.values = new Object[spec.columns().size()];
  }

  RowWriter set(String column, Object value) {
    values[spec.indexOf(column)] = value;
    return this;
  }

  /** The values, not copied: the writer is not used after. */
  Object[] values() {
    return values;
  }

  Row row() {
    return RowFactory.create(values.clone());
  }
}
