package io.gongkai.cli;

import io.gongkai.jobs.ExtractJob;
import io.gongkai.jobs.RunSummary;
import io.gongkai.jobs.SparkSessions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai extract}: a corpus in, the Parquet datasets out, published all at once. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Parse a report corpus with Spark and write the Parquet datasets (reports, cells, checks, …).",
    footer = {
      "",
      "Without --input it reads the bundled samples/ and writes ./warehouse.",
      "",
      "Examples:",
      "  jobs/gongkai extract",
      "  jobs/gongkai extract --input /data/reports --input 'hdfs:///in/2024/*.pdf' --output hdfs:///gongkai/w",
      "  jobs/gongkai extract --input new/ --output warehouse --mode append --manifest new/manifest.csv",
      "",
      "Exit codes: 0 run published, 1 the run failed (nothing published), 2 bad arguments."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", paramLabel = "PATH", description = "Directory (recursive), file or glob; any Hadoop URI. Repeatable.")
  List<String> inputs;

  @Option(names = "--output", paramLabel = "WAREHOUSE", description = "Warehouse directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "warehouse")
  String output;

  @Option(names = "--manifest", paramLabel = "FILE.csv", description = "CSV with path,url,body,region_code,report_year,published_at.")
  String manifest;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*], or spark-submit's).")
  String master;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "overwrite",
      description = "overwrite (publish a complete new version) or append (add reports not yet present); default ${DEFAULT-VALUE}.")
  String mode;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "files",
      description = "files (report files), parquet or jsonl (a packed corpus: one report per row); default ${DEFAULT-VALUE}.")
  String inputFormat;

  @Option(names = "--files-per-partition", paramLabel = "N", defaultValue = "100", hidden = true)
  int filesPerPartition;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!mode.equals("overwrite") && !mode.equals("append")) {
      err.println("Argument error: --mode must be overwrite or append, found '" + mode + "'");
      return 2;
    }
    if (filesPerPartition < 1) {
      err.println("Argument error: --files-per-partition must be at least 1, found " + filesPerPartition);
      return 2;
    }
    ExtractJob.InputFormat format;
    try {
      format = ExtractJob.InputFormat.valueOf(inputFormat.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("Argument error: --input-format must be files, parquet or jsonl, found '" + inputFormat + "'");
      return 2;
    }
    List<String> in = inputs == null || inputs.isEmpty() ? List.of("samples") : inputs;
    boolean borrowed = SparkSessions.isRunning();
    SparkSession spark = SparkSessions.create("gongkai extract", master);
    try {
      RunSummary summary =
          new ExtractJob(spark).run(new ExtractJob.Options(in, output, manifest, mode.equals("append"), filesPerPartition, format));
      summary.manifestProblems().forEach(err::println);
      out.print(summary.toText());
      out.println("  warehouse       " + output + " (summary in _run.json)");
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
