package io.gongkai.cli;

import io.gongkai.bench.Bench;
import io.gongkai.bench.BenchCorpus;
import io.gongkai.bench.BenchResult;
import io.gongkai.bench.SyntheticBench;
import io.gongkai.synth.SynthConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai bench}: reports per second of the Spark job and of a plain parse loop, with the machine's load. Two
 * corpora: {@code --files N} copies of the bundled samples (issue 3's comparison at one master), or {@code --reports
 * N} synthetic reports with a packed twin (issue 5: local[1], local[2], packed, HanLP alone, peak memory).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure reports/s of a plain parse loop (1 and 2 threads) and of the Spark extract job, with the load average",
      "and the CPU used by other processes per phase. With --files N (the default, 10000): N copies of the bundled",
      "samples, the job at one --master. With --reports N: N synthetic reports from `gongkai synth` plus their packed",
      "Parquet corpus, the job at local[1] and local[2] on the files and at local[2] on the packed corpus, HanLP alone",
      "on the prose, MB/s, warehouse sizes and peak memory per phase."
    },
    footer = {
      "",
      "Progress goes to stderr; the table (or one JSON object with --json) to stdout.",
      "",
      "Examples:",
      "  jobs/gongkai bench",
      "  jobs/gongkai bench --files 2000 --json",
      "  jobs/gongkai bench --files 10000 --master 'local[2]' --work /tmp/b --keep",
      "  jobs/gongkai bench --reports 1000 --json",
      "  jobs/gongkai bench --reports 100000 --packed-only --json",
      "",
      "Exit codes: 0 benchmark done, 1 it failed, 2 bad arguments."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--files", paramLabel = "N",
      description = "Copies of the samples in the generated corpus (default: " + Bench.Options.DEFAULT_FILES + ").")
  Integer files;

  @Option(names = "--reports", paramLabel = "N",
      description = "Bench on N synthetic reports (gongkai synth) and their packed corpus instead of sample copies.")
  Integer reports;

  @Option(names = "--seed", paramLabel = "S",
      description = "Seed of the synthetic corpus, with --reports (default: " + SyntheticBench.Options.DEFAULT_SEED
          + ").")
  Long seed;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master for the extract job, with --files (default: " + Bench.Options.DEFAULT_MASTER + ").")
  String master;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where to put the corpus and the warehouses (default: a new temporary directory).")
  Path work;

  @Option(names = "--keep", description = "Keep the corpus, the warehouses and the plain Parquet output instead of deleting them at the end.")
  boolean keep;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Option(names = "--pdf-share", paramLabel = "X",
      description = "Share of PDFs in the corpus, 0..1 (default: the samples' 3 of 8 with --files, synth's "
          + SynthConfig.DEFAULT_PDF_SHARE + " with --reports).")
  Double pdfShare;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "With --files: directory with the eight bundled samples (default: the classpath, then ./samples).")
  Path samples;

  @Option(names = "--files-per-partition", paramLabel = "N",
      defaultValue = "" + Bench.Options.DEFAULT_FILES_PER_PARTITION,
      description = "Passed to the extract job, as extract's hidden option (default: ${DEFAULT-VALUE}).")
  int filesPerPartition;

  @Option(names = "--breakdown-files", paramLabel = "N", defaultValue = "" + Bench.Options.DEFAULT_BREAKDOWN_FILES,
      description = "Files sampled for the per-step breakdown and HanLP alone, 0 to skip (default: ${DEFAULT-VALUE}).")
  int breakdownFiles;

  @Option(names = "--warmup", paramLabel = "ROUNDS", defaultValue = "" + Bench.Options.DEFAULT_WARMUP_ROUNDS,
      description = "Parser warm-up rounds before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--spark-warmup-files", paramLabel = "N",
      defaultValue = "" + Bench.Options.DEFAULT_SPARK_WARMUP_FILES,
      description = "Files of a separate corpus the extract job runs on, unmeasured, before it is measured; 0 "
          + "measures Spark cold (default: ${DEFAULT-VALUE}).")
  int sparkWarmupFiles;

  @Option(names = "--packed-only",
      description = "With --reports: run the job on the packed corpus only (local[2]), not on the report files at "
          + "local[1] and local[2]; the file runs take most of a large bench.")
  boolean packedOnly;

  @Option(names = "--spark-floor",
      description = "With --files: after the extract job, also time a Spark job that only reads and parses.")
  boolean sparkFloor;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BenchResult report;
    try {
      report = reports == null ? runOnSamples(err) : runSynthetic(err);
    } catch (IllegalArgumentException e) {
      err.println("Argument error: " + e.getMessage());
      return 2;
    }
    out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
    out.flush();
    return 0;
  }

  private BenchResult runOnSamples(PrintWriter err) throws Exception {
    if (seed != null) {
      throw new IllegalArgumentException("--seed applies to --reports (a synthetic corpus), not to sample copies");
    }
    if (packedOnly) {
      throw new IllegalArgumentException(
          "--packed-only applies to --reports (a synthetic corpus with a packed twin), not to sample copies");
    }
    Bench.Options options =
        new Bench.Options(
            files == null ? Bench.Options.DEFAULT_FILES : files,
            pdfShare == null ? BenchCorpus.SAMPLE_PDF_SHARE : pdfShare,
            master == null ? Bench.Options.DEFAULT_MASTER : master, work, keep, samples, filesPerPartition,
            breakdownFiles, warmup, sparkFloor, sparkWarmupFiles);
    return Bench.run(options, err);
  }

  private BenchResult runSynthetic(PrintWriter err) throws Exception {
    for (Map.Entry<String, Boolean> sampleOnly :
        List.of(Map.entry("--files", files != null), Map.entry("--master", master != null),
            Map.entry("--samples", samples != null), Map.entry("--spark-floor", sparkFloor))) {
      if (sampleOnly.getValue()) {
        throw new IllegalArgumentException(
            sampleOnly.getKey() + " applies to sample copies (--files), not to --reports, which runs the job at "
                + SyntheticBench.LOCAL1 + " and " + SyntheticBench.LOCAL2);
      }
    }
    SyntheticBench.Options options =
        new SyntheticBench.Options(
            reports, seed == null ? SyntheticBench.Options.DEFAULT_SEED : seed,
            pdfShare == null ? SynthConfig.DEFAULT_PDF_SHARE : pdfShare, work, keep, filesPerPartition,
            breakdownFiles, warmup, sparkWarmupFiles, packedOnly);
    return SyntheticBench.run(options, err);
  }
}
