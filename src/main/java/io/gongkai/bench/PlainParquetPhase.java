package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import io.gongkai.jobs.Datasets;
import io.gongkai.parquet.DatasetWriters;
import io.gongkai.jobs.PerReportRows;
import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 19's fair baseline, "plain Java, N threads, same output": the program a user would write instead of using
 * Spark. The plain loop's batched parse ({@link PlainLoop}) on contiguous slices of the sorted file list, each
 * thread converting its reports with the job's own conversion ({@link PerReportRows}, with the manifest when given)
 * and writing every per-report dataset ({@link Datasets#PER_REPORT}) with parquet-java ({@link DatasetWriters}): the
 * registry's schemas, the job's codec, partitioned by {@code report_year} as the warehouse is. No Spark session.
 *
 * <p>What the extract job does besides, and this phase does not: keying every report by its bytes and spreading them
 * over its tasks by that key (a shuffle), marking duplicate contents, moving its tasks' files into a snapshot, the
 * checks across years and across reports, the rollups and the snapshot's publish. The comparison is therefore
 * generous to this phase; the job's own figures say how long its rollup and checks across reports took.
 */
public final class PlainParquetPhase {
  private PlainParquetPhase() {}

  /** One run: the loop's figures, the rows written per dataset and the writers opened, summed over the threads. */
  public record Result(PlainLoop.Result loop, Map<String, Long> rowsByDataset, int writers) {
    public Result {
      requireNonNull(loop, "loop is null");
      rowsByDataset = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByDataset));
    }

    public double reportsPerSecond() {
      return loop.reportsPerSecond();
    }
  }

  /**
   * Parses every file of {@code reportsDir} on {@code threads} threads and writes the datasets under {@code output}
   * ({@code output/<dataset>/…}), with the manifest at {@code manifest} (null for none).
   *
   * @throws IllegalArgumentException if {@code output} exists and is not an empty directory
   */
  public static Result run(Path reportsDir, Path manifest, Path output, int threads, ReportParser parser)
      throws IOException {
    if (Files.exists(output)) {
      try (var entries = Files.list(output)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("Cannot write the plain Parquet phase into " + output + ": not empty");
        }
      }
    }
    PerReportRows.Converter converter =
        PerReportRows.converter(manifest == null ? null : manifest.toAbsolutePath().toString());
    List<DatasetWriters> all = Collections.synchronizedList(new ArrayList<>());
    PlainLoop.Result loop =
        PlainLoop.run(
            reportsDir, threads, parser,
            thread -> {
              DatasetWriters writers = new DatasetWriters(output, "t" + thread);
              all.add(writers);
              return new PlainLoop.BatchSink() {
                @Override
                public void accept(List<Path> files, List<ParsedReport> reports) throws IOException {
                  for (int i = 0; i < reports.size(); i++) {
                    // The path as the job's lister qualifies a local file, which the manifest is matched against.
                    String path = "file:" + files.get(i).toAbsolutePath();
                    writers.write(converter.rows(reports.get(i), path));
                  }
                }

                @Override
                public void close() throws IOException {
                  writers.close();
                }
              };
            });
    Map<String, Long> rows = new LinkedHashMap<>();
    int writers = 0;
    for (DatasetWriters w : all) {
      w.rowsByDataset().forEach((dataset, n) -> rows.merge(dataset, n, Long::sum));
      writers += w.writers();
    }
    return new Result(loop, rows, writers);
  }
}
