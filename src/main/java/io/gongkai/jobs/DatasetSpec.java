package io.gongkai.jobs;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A warehouse dataset: its name (the directory under the warehouse), what one row is, its columns and its partition
 * column (null when not partitioned).
 *
 * <p>Inside the job a child dataset's rows are nested in their report's row, without the columns that repeat the
 * report's own values ({@link #FROM_REPORT}): those are added back when the dataset is projected, so a report's id is
 * encoded once per report instead of once per cell.
 */
public final class DatasetSpec {
  /** Columns a child row shares with its report row, taken from the report when the dataset is written. */
  static final Set<String> FROM_REPORT = Set.of("report_id", "file", "report_year");

  private final String name;
  private final String rowIs;
  private final List<Column> columns;
  private final String partitionBy;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Column> nestedColumns;
  private final Map<String, Integer> nestedIndex = new HashMap<>();

  public DatasetSpec(String name, String rowIs, List<Column> columns, String partitionBy) {
    this.name = requireNonNull(name, "name is null");
    this.rowIs = requireNonNull(rowIs, "rowIs is null");
    this.columns = List.copyOf(requireNonNull(columns, "columns is null"));
    this.partitionBy = partitionBy;
    if (partitionBy != null && this.columns.stream().noneMatch(c -> c.name().equals(partitionBy))) {
      throw new IllegalArgumentException(
          String.format("Cannot partition dataset %s by %s: no such column", name, partitionBy));
    }
    for (int i = 0; i < this.columns.size(); i++) {
      index.putIfAbsent(this.columns.get(i).name(), i);
    }
    this.nestedColumns = this.columns.stream().filter(c -> !FROM_REPORT.contains(c.name())).toList();
    for (int i = 0; i < nestedColumns.size(); i++) {
      nestedIndex.putIfAbsent(nestedColumns.get(i).name(), i);
    }
  }

  public String name() {
    return name;
  }

  public String rowIs() {
    return rowIs;
  }

  public List<Column> columns() {
    return columns;
  }

  public String partitionBy() {
    return partitionBy;
  }

  public StructType schema() {
    return struct(columns);
  }

  /** The row layout of this dataset inside its report's row: {@link #columns} without {@link #FROM_REPORT}. */
  List<Column> nestedColumns() {
    return nestedColumns;
  }

  public int indexOf(String column) {
    return lookup(index, column);
  }

  int nestedIndexOf(String column) {
    return lookup(nestedIndex, column);
  }

  private int lookup(Map<String, Integer> positions, String column) {
    Integer i = positions.get(column);
    if (i == null) {
      throw new IllegalArgumentException(String.format("Cannot find column %s in dataset %s", column, name));
    }
    return i;
  }

  private static StructType struct(List<Column> columns) {
    StructField[] fields = new StructField[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      Column c = columns.get(i);
      fields[i] = DataTypes.createStructField(c.name(), c.type(), true);
    }
    return DataTypes.createStructType(fields);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatasetSpec other
        && name.equals(other.name)
        && rowIs.equals(other.rowIs)
        && columns.equals(other.columns)
        && Objects.equals(partitionBy, other.partitionBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rowIs, columns, partitionBy);
  }

  @Override
  public String toString() {
    return "DatasetSpec[" + name + ", " + columns.size() + " columns]";
  }
}
