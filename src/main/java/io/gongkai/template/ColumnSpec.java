package io.gongkai.template;

import static java.util.Objects.requireNonNull;

/** One data column of a template table: its stable key and how its cells are read. */
public record ColumnSpec(String key, ColumnType type) {
  public ColumnSpec {
    requireNonNull(key, "key is null");
    requireNonNull(type, "type is null");
  }
}
