package io.gongkai.jobs;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A warehouse dataset: its name (the directory under the warehouse), what one row is, its columns and its partition
 * column (null when not partitioned).
 */
public record DatasetSpec(String name, String rowIs, List<Column> columns, String partitionBy) {
  public DatasetSpec {
    requireNonNull(name, "name is null");
    requireNonNull(rowIs, "rowIs is null");
    columns = List.copyOf(requireNonNull(columns, "columns is null"));
    if (partitionBy != null && columns.stream().noneMatch(c -> c.name().equals(partitionBy))) {
      throw new IllegalArgumentException(
          String.format("Cannot partition dataset %s by %s: no such column", name, partitionBy));
    }
  }

  public StructType schema() {
    StructField[] fields = new StructField[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      Column c = columns.get(i);
      fields[i] = DataTypes.createStructField(c.name(), c.type(), true);
    }
    return DataTypes.createStructType(fields);
  }

  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(String.format("Cannot find column %s in dataset %s", column, name));
  }
}
