package io.gongkai.cli;

import io.gongkai.jobs.bench.Bench;
import io.gongkai.jobs.bench.BenchReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai bench}: reports per second of the Spark job and of a plain parse loop, with the machine's load. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Generate a corpus from the bundled samples, then measure reports/s of a plain parse loop (1 and 2 threads) "
            + "and of the Spark extract job on it, with the load average and the CPU used by other processes per phase.",
    footer = {
      "",
      "Progress goes to stderr; the table (or one JSON object with --json) to stdout.",
      "",
      "Examples:",
      "  jobs/gongkai bench",
      "  jobs/gongkai bench --files 2000 --json",
      "  jobs/gongkai bench --files 10000 --master 'local[2]' --work /tmp/b --keep",
      "",
      "Exit codes: 0 benchmark done, 1 it failed, 2 bad arguments."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--files", paramLabel = "N", defaultValue = "10000",
      description = "Files in the generated corpus (default: ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--master", paramLabel = "URL", defaultValue = Bench.Options.DEFAULT_MASTER,
      description = "Spark master for the extract job (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where to put corpus/ and warehouse/ (default: a new temporary directory).")
  Path work;

  @Option(names = "--keep", description = "Keep the corpus and the warehouse instead of deleting them at the end.")
  boolean keep;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  // 0.375 = BenchCorpus.SAMPLE_PDF_SHARE (3 of 8); picocli needs the literal.
  @Option(names = "--pdf-share", paramLabel = "X", defaultValue = "0.375",
      description = "Share of PDFs in the corpus, 0..1 (default: ${DEFAULT-VALUE}, the samples' 3 of 8).")
  double pdfShare;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "Directory with the eight bundled samples (default: the classpath, then ./samples).")
  Path samples;

  @Option(names = "--files-per-partition", paramLabel = "N",
      defaultValue = "" + Bench.Options.DEFAULT_FILES_PER_PARTITION,
      description = "Passed to the extract job, as extract's hidden option (default: ${DEFAULT-VALUE}).")
  int filesPerPartition;

  @Option(names = "--breakdown-files", paramLabel = "N", defaultValue = "" + Bench.Options.DEFAULT_BREAKDOWN_FILES,
      description = "Files sampled for the per-step breakdown, 0 to skip (default: ${DEFAULT-VALUE}).")
  int breakdownFiles;

  @Option(names = "--warmup", paramLabel = "ROUNDS", defaultValue = "" + Bench.Options.DEFAULT_WARMUP_ROUNDS,
      description = "Parser warm-up rounds over the samples before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--spark-floor",
      description = "After the extract job, also time a Spark job that only reads and parses (no rows, no writes).")
  boolean sparkFloor;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Bench.Options options;
    try {
      options =
          new Bench.Options(files, pdfShare, master, work, keep, samples, filesPerPartition, breakdownFiles, warmup,
              sparkFloor);
    } catch (IllegalArgumentException e) {
      err.println("Argument error: " + e.getMessage());
      return 2;
    }
    BenchReport report;
    try {
      report = Bench.run(options, err);
    } catch (IllegalArgumentException e) {
      err.println("Argument error: " + e.getMessage());
      return 2;
    }
    out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
    out.flush();
    return 0;
  }

}
