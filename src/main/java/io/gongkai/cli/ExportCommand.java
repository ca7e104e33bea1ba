package io.gongkai.cli;

import io.gongkai.jobs.CsvExport;
import io.gongkai.jobs.DatasetSpec;
import io.gongkai.jobs.Datasets;
import io.gongkai.jobs.SparkSessions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai export}: one warehouse dataset out as one CSV file, for spreadsheets and quick looks. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write one warehouse dataset (Parquet) as one UTF-8 CSV file.",
    footer = {
      "",
      "Columns are the registry's, in its order. Rows are sorted by every column,",
      "report_id first, so two exports of one warehouse are byte-identical. A null",
      "is an empty field, decimals are plain (77180.8600 is written 77180.86) and",
      "lists (flags, evidence) are joined with ';'.",
      "",
      "Line endings: \\n and no byte-order mark by default. With --excel: a UTF-8",
      "byte-order mark and CRLF (\\r\\n), so Excel shows Chinese text correctly.",
      "",
      "Examples:",
      "  jobs/gongkai export --dataset cells --csv cells.csv",
      "  jobs/gongkai export --warehouse hdfs:///gongkai/w --dataset checks \\",
      "      --csv out/checks.csv --excel",
      "",
      "Exit codes: 0 file written, 1 the export failed (no file written),",
      "2 bad arguments or no such dataset."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WarehouseOption warehouse;

  @Option(names = "--dataset", required = true, paramLabel = "NAME",
      description = "Dataset to export: reports, cells, checks, requests, review_litigation, …")
  String dataset;

  @Option(names = "--csv", required = true, paramLabel = "FILE",
      description = "CSV file to write (local); replaced if present, missing directories are created.")
  Path csv;

  @Option(names = "--excel", description = "Start with a UTF-8 byte-order mark and end lines with CRLF, for Excel.")
  boolean excel;

  @Mixin SparkMasterOption master;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DatasetSpec dataset = Datasets.byName(this.dataset);
    if (dataset == null) {
      err.println("Argument error: unknown dataset '" + this.dataset + "'; known: "
          + Datasets.ALL.stream().map(DatasetSpec::name).collect(Collectors.joining(", ")));
      return 2;
    }
    if (master.rejected(err)) {
      return 2;
    }
    boolean borrowed = SparkSessions.isRunning();
    SparkSession spark = SparkSessions.create("gongkai export", master.master);
    try {
      long rows = new CsvExport(spark).run(new CsvExport.Options(warehouse.location, dataset, csv, excel));
      out.println("Wrote " + rows + (rows == 1 ? " row" : " rows") + " of " + dataset.name() + " to " + csv);
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("Argument error: " + e.getMessage());
      return 2;
    } finally {
      if (!borrowed) {
        spark.stop();
      }
    }
  }

}
