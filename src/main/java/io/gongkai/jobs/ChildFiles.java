package io.gongkai.jobs;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.TaskFailureListener;

/**
 * The child-dataset files one parse task writes while it parses: one Parquet file per dataset and partition value,
 * opened when its first row arrives, under a directory of the task attempt's own.
 *
 * <p>Why the parse task writes them: the job used to stage each report's child rows packed in one binary column and
 * then read that staging back once per dataset to write it; at 100,000 reports those ten reads, unpackings and Spark
 * row encodings took 85 s of a 278 s run. Written here, each row is encoded once, by {@link DatasetFile}.
 *
 * <p>Commit protocol: Spark writes the task's {@code reports} rows with its own commit protocol, and a task's
 * accumulator update reaches the driver only when the task succeeded — so the {@link Output}s collected are exactly
 * those of the attempts whose {@code reports} rows were committed. The driver moves only their files into the staged
 * datasets ({@link #commit}); a failed or losing speculative attempt's files stay under the tasks directory, which is
 * deleted with the run's staging area.
 */
final class ChildFiles implements ReportRows.Sink {
  /** Hive's name for a null partition value, which Spark reads back as null. */
  static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  /** What one successful task wrote: file paths relative to its directory (as they go into the staging area), rows per dataset. */
  record Output(int partition, String directory, List<String> files, Map<String, Long> rows) implements Serializable {}

  private final Path directory;
  private final String fileName;
  private final Configuration conf;
  private final Map<DatasetSpec, Map<Object, DatasetFile>> open = new IdentityHashMap<>();
  private final Map<DatasetSpec, Integer> partitionColumn = new IdentityHashMap<>();
  private final List<String> files = new ArrayList<>();
  private final int partition;

  ChildFiles(Path directory, int partition, String runId, Configuration conf) {
    this.directory = directory;
    this.partition = partition;
    this.fileName = String.format("part-%05d-%s.snappy.parquet", partition, runId);
    this.conf = conf;
  }

  @Override
  public void add(DatasetSpec dataset, Object[] row) {
    Map<Object, DatasetFile> byValue = open.computeIfAbsent(dataset, d -> new HashMap<>());
    Integer column =
        partitionColumn.computeIfAbsent(dataset, d -> d.partitionBy() == null ? -1 : d.indexOf(d.partitionBy()));
    Object value = column < 0 ? dataset : row[column];
    DatasetFile file = byValue.get(value);
    try {
      if (file == null) {
        String relative =
            dataset.name() + "/"
                + (column < 0 ? "" : dataset.partitionBy() + "=" + (value == null ? NULL_PARTITION : value) + "/")
                + fileName;
        file = DatasetFile.create(dataset, new Path(directory, relative), conf);
        byValue.put(value, file);
        files.add(relative);
      }
      file.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write dataset " + dataset.name() + " under " + directory, e);
    }
  }

  /** Closes every file; the task's output, to be reported to the driver. */
  Output close() {
    Map<String, Long> rows = new TreeMap<>();
    try {
      for (Map.Entry<DatasetSpec, Map<Object, DatasetFile>> e : open.entrySet()) {
        for (DatasetFile file : e.getValue().values()) {
          file.close();
          rows.merge(e.getKey().name(), file.rows(), Long::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the child files under " + directory, e);
    }
    open.clear();
    return new Output(partition, directory.toString(), List.copyOf(files), rows);
  }

  /** After a failure: releases the files; what they hold is never committed. */
  void abort() {
    for (Map<Object, DatasetFile> byValue : open.values()) {
      for (DatasetFile file : byValue.values()) {
        try {
          file.close();
        } catch (IOException | RuntimeException ignored) {
          // the attempt failed already; its directory is deleted with the staging area
        }
      }
    }
    open.clear();
  }

  /**
   * Runs a task's parse with its child files open: {@code parse} gets the sink and returns the task's {@code reports}
   * rows; when the last one has been taken the files are closed and reported through {@code written}.
   */
  static Iterator<Row> inTask(
      String tasksDirectory, String runId, Configuration conf, CollectionAccumulator<Output> written,
      Function<ChildFiles, Iterator<Row>> parse) {
    TaskContext task = TaskContext.get();
    int partition = task.partitionId();
    ChildFiles files =
        new ChildFiles(
            new Path(tasksDirectory, partition + "-" + task.taskAttemptId()), partition, runId, conf);
    task.addTaskFailureListener((TaskFailureListener) (context, error) -> files.abort());
    Iterator<Row> rows = parse.apply(files);
    return new Iterator<>() {
      private boolean closed;

      @Override
      public boolean hasNext() {
        if (rows.hasNext()) {
          return true;
        }
        if (!closed) {
          closed = true;
          written.add(files.close());
        }
        return false;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return rows.next();
      }
    };
  }

  /**
   * Moves the successful tasks' files into the run's staging area, where each dataset's directory then looks like a
   * Spark-written one; one output per partition (a partition reported twice keeps its first). Rows per dataset.
   */
  static Map<String, Long> commit(List<Output> outputs, String staging, Configuration conf) throws IOException {
    Map<Integer, Output> byPartition = new TreeMap<>();
    for (Output output : outputs) {
      byPartition.putIfAbsent(output.partition(), output);
    }
    Path target = new Path(staging);
    FileSystem fs = target.getFileSystem(conf);
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Output output : byPartition.values()) {
      for (String relative : output.files()) {
        Path destination = new Path(target, relative);
        fs.mkdirs(destination.getParent());
        if (!fs.rename(new Path(output.directory(), relative), destination)) {
          throw new IOException("Cannot move " + relative + " of task " + output.partition() + " into " + target);
        }
      }
      output.rows().forEach((name, n) -> rows.merge(name, n, Long::sum));
    }
    return rows;
  }
}
