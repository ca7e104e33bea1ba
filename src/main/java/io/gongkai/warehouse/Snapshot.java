package io.gongkai.warehouse;

import org.apache.hadoop.fs.Path;

/**
 * One published version of every dataset: {@code WAREHOUSE/snapshots/<id>/<dataset>/}. Its files never change once
 * {@code CURRENT} has named it; a reader that resolved it once reads one whole run, however many datasets it joins.
 *
 * @param id the run id that wrote it ({@code 20261204T101500Z-1a2b3c4d}: sorts by start time)
 * @param path its directory
 */
public record Snapshot(String id, Path path) {
  /** The location of one dataset in this snapshot, as Spark, DuckDB or pandas take it. */
  public String dataset(String name) {
    return new Path(path, name).toString();
  }
}
