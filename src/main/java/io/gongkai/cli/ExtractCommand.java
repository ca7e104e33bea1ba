package io.gongkai.cli;

import io.gongkai.jobs.ClusterPaths;
import io.gongkai.jobs.ExtractJob;
import io.gongkai.jobs.ParseProgress;
import io.gongkai.jobs.RunSummary;
import io.gongkai.jobs.SparkSessions;
import io.gongkai.warehouse.LockPolicy;
import io.gongkai.warehouse.WarehouseLockedException;
import java.time.Duration;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "The warehouse keeps snapshots: WAREHOUSE/CURRENT names the published one (snapshots/<run>/);",
      "read the datasets under it. One run at a time holds WAREHOUSE/_lock.",
      "",
      "On a master other than local[N], --input and --output must be on a filesystem every node shares",
      "(hdfs://, s3a://…): a file: path is refused unless --shared-fs says it is a mount every node has.",
      "",
      "Exit codes: 0 run ended (a new snapshot published, or an append with nothing new), 1 the run failed",
      "(nothing published), 2 bad arguments (nothing written), 3 another run holds the warehouse's lock,",
      "4 the run ended and published, but some input files could not be read (READ_FAILED rows in reports;",
      "--allow-read-failures makes that 0). _run.json records the code as exit_code."
    })
final class ExtractCommand implements Callable<Integer> {
  /** Exit code of a run refused because another live run holds the warehouse's writer lock. */
  static final int EXIT_LOCKED = 3;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", paramLabel = "PATH", description = "Directory (recursive), file or glob; any Hadoop URI. Repeatable.")
  List<String> inputs;

  @Option(names = "--output", paramLabel = "WAREHOUSE", description = "Warehouse directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "warehouse")
  String output;

  @Option(
      names = "--manifest",
      paramLabel = "FILE.csv",
      description = "CSV with path,url,body,region_code,report_year,published_at[,scope,body_kind].")
  String manifest;

  @Mixin SparkMasterOption master;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "overwrite",
      description = "overwrite (publish a complete new version) or append (add reports not yet present); default ${DEFAULT-VALUE}.")
  String mode;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "files",
      description = "files (report files), parquet or jsonl (a packed corpus: one report per row); default ${DEFAULT-VALUE}.")
  String inputFormat;

  @Option(names = "--keep-snapshots", paramLabel = "N", defaultValue = "2",
      description = "Snapshots kept after a publish: the new one and its predecessors, for readers still on them "
          + "(default ${DEFAULT-VALUE}).")
  int keepSnapshots;

  @Option(names = "--lock-stale-after", paramLabel = "SECONDS", defaultValue = "120",
      description = "Take over a lock not refreshed for this long (its holder beats every 10 s; default "
          + "${DEFAULT-VALUE}). A holder on this host whose process is gone is taken over at once.")
  long lockStaleAfter;

  @Option(names = "--no-rollup",
      description = "Do not recompute the rollups of the years this run touches: they leave rollups until "
          + "`gongkai rollup` runs (the other years stay as they were).")
  boolean noRollup;

  @Option(names = "--files-per-partition", paramLabel = "N", defaultValue = "100", hidden = true)
  int filesPerPartition;

  @Option(names = "--shared-fs",
      description = "The file: paths of --input and --output are on a mount every node of the cluster has at the "
          + "same path (NFS, a cluster filesystem): allow them on a non-local master.")
  boolean sharedFs;

  @Option(names = "--allow-read-failures",
      description = "End with exit code 0 even when some input files could not be read (READ_FAILED); "
          + "without it such a run publishes what it read and exits with " + RunSummary.EXIT_READ_FAILURES + ".")
  boolean allowReadFailures;

  @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "10",
      description = "Print one progress line (files parsed / total, reports/s, time left) to stderr this often "
          + "while parsing; 0: never (default ${DEFAULT-VALUE}).")
  int progressInterval;

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
    if (keepSnapshots < 1) {
      err.println("Argument error: --keep-snapshots must be at least 1, found " + keepSnapshots);
      return 2;
    }
    LockPolicy lock;
    try {
      lock = new LockPolicy(LockPolicy.DEFAULT.heartbeat(), Duration.ofSeconds(lockStaleAfter));
    } catch (IllegalArgumentException e) {
      err.println("Argument error: --lock-stale-after " + lockStaleAfter + " is too short: it must be at least "
          + LockPolicy.DEFAULT.heartbeat().multipliedBy(2).toSeconds() + " s");
      return 2;
    }
    ExtractJob.InputFormat format;
    try {
      format = ExtractJob.InputFormat.valueOf(inputFormat.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("Argument error: --input-format must be files, parquet or jsonl, found '" + inputFormat + "'");
      return 2;
    }
    if (progressInterval < 0) {
      err.println("Argument error: --progress-interval must be 0 (off) or more seconds, found " + progressInterval);
      return 2;
    }
    List<String> in = inputs == null || inputs.isEmpty() ? List.of("samples") : inputs;
    if (master.rejected(err)) {
      return 2;
    }
    // Checked before Spark starts: on a cluster a file: path fails quietly (issue 18), and a refused run must write
    // nothing and cost no executors.
    List<java.util.Map.Entry<String, String>> paths = new java.util.ArrayList<>();
    in.forEach(p -> paths.add(java.util.Map.entry("--input", p)));
    paths.add(java.util.Map.entry("--output", output));
    String pathProblem =
        ClusterPaths.problem(ClusterPaths.effectiveMaster(master.master), paths, ClusterPaths.defaultFilesystem(),
            sharedFs);
    if (pathProblem != null) {
      err.println("Argument error: " + pathProblem);
      return 2;
    }
    boolean borrowed = SparkSessions.isRunning();
    SparkSession spark = SparkSessions.create("gongkai extract", master.master);
    try {
      RunSummary summary =
          new ExtractJob(spark, w -> { err.println(w); err.flush(); },
                  new ParseProgress.Settings(Duration.ofSeconds(progressInterval), p -> { err.println(p); err.flush(); }))
              .run(new ExtractJob.Options(in, output, manifest, mode.equals("append"), filesPerPartition, format,
                  keepSnapshots, lock, !noRollup, allowReadFailures));
      summary.manifestProblems().forEach(err::println);
      out.print(summary.toText());
      out.println("  warehouse       " + output + " (summary in _run.json)");
      out.flush();
      if (summary.exitCode() == RunSummary.EXIT_READ_FAILURES) {
        err.println(String.format(
            "Error: %d input files could not be read (READ_FAILED rows in reports, reject_detail says why); snapshot "
                + "%s holds what was read. Exit code %d; --allow-read-failures accepts such a run",
            summary.readFailed(), summary.snapshot(), RunSummary.EXIT_READ_FAILURES));
      }
      return summary.exitCode();
    } catch (IllegalArgumentException e) {
      err.println("Argument error: " + e.getMessage());
      return 2;
    } catch (WarehouseLockedException e) {
      err.println(e.getMessage());
      return EXIT_LOCKED;
    } finally {
      if (!borrowed) {
        spark.stop();
      }
    }
  }
}
