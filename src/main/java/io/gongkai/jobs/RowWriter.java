package io.gongkai.jobs;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Fills one dataset row by column name, in the registry's order; an unknown name is a programming error. */
final class RowWriter {
  private final DatasetSpec spec;
  private final boolean nested;
  private final Object[] values;

  /** A row of {@code spec} with all its columns. */
  RowWriter(DatasetSpec spec) {
    this(spec, false);
  }

  private RowWriter(DatasetSpec spec, boolean nested) {
    this.spec = spec;
    this.nested = nested;
    this.values = new Object[nested ? spec.nestedColumns().size() : spec.columns().size()];
  }

  /** A child row nested in its report's row: the {@link DatasetSpec#FROM_REPORT} columns come from the report. */
  static RowWriter nested(DatasetSpec spec) {
    return new RowWriter(spec, true);
  }

  RowWriter set(String column, Object value) {
    values[nested ? spec.nestedIndexOf(column) : spec.indexOf(column)] = value;
    return this;
  }

  Row row() {
    return RowFactory.create(values.clone());
  }
}
