package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import io.gongkai.jobs.ExtractJob;
import io.gongkai.jobs.MemoryProbe;
import io.gongkai.parse.ReportParser;
import io.gongkai.prose.ProseSegmenter;
import io.gongkai.synth.CorpusWriter;
import io.gongkai.synth.SynthConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 5's benchmark ({@code bench --reports N}): generate a synthetic corpus with {@code gongkai synth} (report files
 * plus the packed Parquet corpus), then, in one JVM and in this order: warm up the parser on the first reports; the
 * plain loop on one thread, then two; the plain Java program with the job's output on two threads ({@link
 * PlainParquetPhase}: the same parse, the per-report datasets written with parquet-java into a directory deleted once
 * measured); the per-step breakdown on a sample; the Spark extract job at {@code local[1]} and
 * {@code local[2]} on the report files (with the manifest), and at {@code local[2]} on the packed corpus, each in a
 * session of its own that is stopped before the next starts; the packed corpus again with the parse tasks writing the
 * datasets themselves ({@link SparkDirectWrite}, issue 19's option (c)); HanLP alone on the prose of the sample. Every
 * phase is bracketed by {@link LoadProbe} snapshots and has its own {@link MemoryProbe} peak.
 */
public final class SyntheticBench {
  /** The Spark masters the job is measured at. */
  public static final String LOCAL1 = "local[1]";

  public static final String LOCAL2 = "local[2]";

  /** The threads of the plain Parquet phase: the cores the job gets at {@code local[2]}. */
  static final int PLAIN_PARQUET_THREADS = 2;

  /** The phase's name in the JSON and its directory under the work directory. */
  static final String PLAIN_PARQUET_PHASE = "plain_2thread_parquet";

  static final String PLAIN_PARQUET_DIR = "plain-2thread-parquet";

  /** Issue 19's option (c) ({@link SparkDirectWrite}): its name in the JSON and its directory. */
  static final String DIRECT_PHASE = "spark_local2_packed_direct";

  static final String DIRECT_DIR = "spark-local2-packed-direct";

  /** Reports parsed per warm-up round (the first ones of the corpus, which mix every layout). */
  static final int WARMUP_REPORTS = 100;

  /**
   * Options of one run. With {@code packedOnly} the job runs only on the packed corpus at {@code local[2]}: the two
   * runs on the report files take most of a large bench (at 100,000 reports, local[1] alone is over an hour) and are
   * not part of issue 19's comparison.
   */
  public record Options(
      int reports, long seed, double pdfShare, Path work, boolean keep, int filesPerPartition, int breakdownFiles,
      int warmupRounds, int sparkWarmupFiles, boolean packedOnly) {
    /** Fixed so that two runs of the same size measure the same corpus. */
    public static final long DEFAULT_SEED = 5;

    public Options {
      if (reports < 1) {
        throw new IllegalArgumentException("--reports must be at least 1, found " + reports);
      }
      Bench.checkShared(pdfShare, filesPerPartition, breakdownFiles, warmupRounds, sparkWarmupFiles);
    }
  }

  /** One Spark extract run and what it left: the warehouse's size and the phase's memory. */
  public record SparkRun(String name, SparkPhase.Input input, SparkPhase.Result result, long outputBytes,
      MemoryProbe.Peak memory, ProseSegmenter.SegmentationStats segmented) {
    public SparkRun {
      requireNonNull(name, "name is null");
      requireNonNull(input, "input is null");
      requireNonNull(result, "result is null");
      requireNonNull(memory, "memory is null");
      requireNonNull(segmented, "segmented is null");
    }

    public double reportsPerSecond() {
      return result.reportsPerSecond();
    }
  }

  /** The memory of one phase. */
  public record PhaseMemory(String phase, MemoryProbe.Peak peak) {
    public PhaseMemory {
      requireNonNull(phase, "phase is null");
      requireNonNull(peak, "peak is null");
    }
  }

  private SyntheticBench() {}

  /**
   * Runs the benchmark; progress goes to {@code log}. The corpus and the warehouses are deleted at the end unless
   * {@code keep}; so is the work directory if this call created it.
   *
   * @throws IllegalArgumentException if the work directory already holds a corpus or a warehouse
   */
  public static SyntheticBenchReport run(Options options, PrintWriter log) throws IOException, InterruptedException {
    List<Double> loadBefore = LoadProbe.loadavg();
    boolean createdWork = options.work() == null;
    Path work = createdWork ? Files.createTempDirectory("gongkai-bench-") : options.work();
    Path corpusDir = work.resolve("corpus");
    Path reportsDir = corpusDir.resolve(CorpusWriter.REPORTS);
    Path packed = corpusDir.resolve("packed").resolve("corpus.parquet");
    List<Path> warehouses =
        List.of(work.resolve("warehouse-local1"), work.resolve("warehouse-local2"),
            work.resolve("warehouse-local2-packed"));
    Path plainParquetDir = work.resolve(PLAIN_PARQUET_DIR);
    Path directDir = work.resolve(DIRECT_DIR);
    for (Path warehouse : concat(concat(warehouses, plainParquetDir), directDir)) {
      if (Files.exists(warehouse)) {
        throw new IllegalArgumentException("Cannot run bench in " + work + ": " + warehouse + " already exists");
      }
    }
    if (Files.exists(corpusDir)) {
      try (Stream<Path> s = Files.list(corpusDir)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException("Cannot run bench in " + work + ": " + corpusDir + " is not empty");
        }
      }
    }
    List<PhaseMemory> memory = new ArrayList<>();
    boolean done = false;
    try {
      SynthConfig config =
          SynthConfig.builder().reports(options.reports()).seed(options.seed()).pdfShare(options.pdfShare()).build();
      log.printf("bench: generating %d synthetic reports (seed %d) and the packed corpus in %s%n", options.reports(),
          options.seed(), corpusDir);
      log.flush();
      boolean reset = MemoryProbe.reset();
      LoadProbe.Snapshot g0 = LoadProbe.snapshot();
      CorpusWriter.Summary synth = CorpusWriter.write(config, corpusDir, true);
      LoadProbe.Usage generation = LoadProbe.between(g0, LoadProbe.snapshot());
      memory.add(new PhaseMemory("corpus_generation", MemoryProbe.read(reset)));
      long bytes = treeBytes(reportsDir);
      long packedBytes = treeBytes(packed);

      ReportParser parser = new ReportParser();
      int warmupReports = Math.min(WARMUP_REPORTS, options.reports());
      log.printf("bench: warming up the parser (%d rounds over %d reports)%n", options.warmupRounds(), warmupReports);
      log.flush();
      reset = MemoryProbe.reset();
      LoadProbe.Snapshot w0 = LoadProbe.snapshot();
      List<Path> firstReports;
      try (Stream<Path> s = Files.list(reportsDir)) {
        firstReports = s.sorted().limit(warmupReports).toList();
      }
      for (int round = 0; round < options.warmupRounds(); round++) {
        for (Path report : firstReports) {
          parser.parse(report.getFileName().toString(), Files.readAllBytes(report));
        }
      }
      LoadProbe.Usage warmup = LoadProbe.between(w0, LoadProbe.snapshot());
      memory.add(new PhaseMemory("warmup", MemoryProbe.read(reset)));

      ProseSegmenter.SegmentationStats beforePlain1 = ProseSegmenter.stats();
      PlainLoop.Result plain1 = plain(reportsDir, 1, parser, memory, log);
      ProseSegmenter.SegmentationStats inPlain1 = ProseSegmenter.stats().minus(beforePlain1);
      ProseSegmenter.SegmentationStats beforePlain2 = ProseSegmenter.stats();
      PlainLoop.Result plain2 = plain(reportsDir, 2, parser, memory, log);
      ProseSegmenter.SegmentationStats inPlain2 = ProseSegmenter.stats().minus(beforePlain2);
      PlainParquetRun plainParquet =
          plainParquet(reportsDir, firstReports, corpusDir.resolve("manifest.csv"), plainParquetDir, parser, options,
              memory, log);

      log.printf("bench: per-step breakdown on %d reports%n", Math.min(options.breakdownFiles(), options.reports()));
      log.flush();
      reset = MemoryProbe.reset();
      LoadProbe.Snapshot b0 = LoadProbe.snapshot();
      Breakdown.Result breakdown = Breakdown.run(reportsDir, options.breakdownFiles(), parser);
      LoadProbe.Usage breakdownUsage = LoadProbe.between(b0, LoadProbe.snapshot());
      memory.add(new PhaseMemory("breakdown", MemoryProbe.read(reset)));

      LoadProbe.Usage sparkWarmup =
          Bench.warmUpSpark(LOCAL2, work, options.sparkWarmupFiles(), options.filesPerPartition(), log);
      Path manifest = corpusDir.resolve("manifest.csv");
      List<SparkRun> sparkRuns = new ArrayList<>();
      if (!options.packedOnly()) {
        sparkRuns.add(
            spark("spark_local1", LOCAL1, new SparkPhase.Input(reportsDir, ExtractJob.InputFormat.FILES, manifest),
                warehouses.get(0), options, memory, log));
        sparkRuns.add(
            spark("spark_local2", LOCAL2, new SparkPhase.Input(reportsDir, ExtractJob.InputFormat.FILES, manifest),
                warehouses.get(1), options, memory, log));
      }
      SparkRun local2Packed =
          spark("spark_local2_packed", LOCAL2, new SparkPhase.Input(packed, ExtractJob.InputFormat.PARQUET, null),
              warehouses.get(2), options, memory, log);
      sparkRuns.add(local2Packed);
      DirectRun direct = direct(packed, directDir, options, memory, log);

      log.printf("bench: HanLP alone on the prose of a sample of the reports%n");
      log.flush();
      reset = MemoryProbe.reset();
      // The job's segmentation is read from its local[2] run on the files, or on the packed corpus without those.
      SparkRun segmentedIn = options.packedOnly() ? local2Packed : sparkRuns.get(1);
      Segmentation.Result segmentation =
          Segmentation.measure(segmentedIn.segmented(), inPlain1, inPlain2, reportsDir, parser);
      memory.add(new PhaseMemory("hanlp_only", MemoryProbe.read(reset)));

      SyntheticBenchReport report =
          new SyntheticBenchReport(
              options, synth, bytes, packedBytes, LoadProbe.cores(), loadBefore, LoadProbe.loadavg(), generation,
              warmupReports, warmup, plain1, plain2, plainParquet, breakdown, breakdownUsage, sparkWarmup,
              sparkRuns, direct, segmentation, memory);
      done = true;
      return report;
    } finally {
      if (!options.keep()) {
        Bench.deleteTree(corpusDir);
        for (Path warehouse : warehouses) {
          Bench.deleteTree(warehouse);
        }
        Bench.deleteTree(plainParquetDir);
        Bench.deleteTree(directDir);
        if (createdWork) {
          Bench.deleteTree(work);
        }
      } else if (done) {
        log.printf("bench: kept %s, %s, %s and %s%n", corpusDir, warehouses, plainParquetDir, directDir);
        log.flush();
      }
    }
  }

  /** The plain Parquet phase, its unmeasured warm-up and the size of what it wrote. */
  public record PlainParquetRun(PlainParquetPhase.Result result, LoadProbe.Usage warmup, long outputBytes) {
    public PlainParquetRun {
      requireNonNull(result, "result is null");
      requireNonNull(warmup, "warmup is null");
    }
  }

  /**
   * The plain Java program with the job's output, on {@link #PLAIN_PARQUET_THREADS} threads, with the manifest the
   * job's file runs get. Its output is measured, then deleted unless {@code keep}, as the warehouses are at the end:
   * at 100,000 reports it is the size of a warehouse.
   *
   * <p>Warmed up first, as the parser and the job are: once over the parser's warm-up reports (copies, in a scratch
   * directory deleted after), so that loading and compiling parquet-java's writers is not timed. On a few hundred
   * reports that cold start was most of the phase.
   */
  private static PlainParquetRun plainParquet(
      Path reportsDir, List<Path> warmupReports, Path manifest, Path output, ReportParser parser, Options options,
      List<PhaseMemory> memory, PrintWriter log) throws IOException {
    log.printf("bench: warming up the plain Parquet writers (%d reports)%n", warmupReports.size());
    log.flush();
    Path scratch = output.resolveSibling(output.getFileName() + "-warmup");
    LoadProbe.Snapshot w0 = LoadProbe.snapshot();
    try {
      Path copies = scratch.resolve("reports");
      Files.createDirectories(copies);
      for (Path report : warmupReports) {
        Files.copy(report, copies.resolve(report.getFileName()));
      }
      PlainParquetPhase.run(copies, manifest, scratch.resolve("out"), PLAIN_PARQUET_THREADS, parser);
    } finally {
      Bench.deleteTree(scratch);
    }
    LoadProbe.Usage warmup = LoadProbe.between(w0, LoadProbe.snapshot());
    log.printf("bench: plain Java, %d threads, same output (Parquet with parquet-java into %s)%n",
        PLAIN_PARQUET_THREADS, output);
    log.flush();
    boolean reset = MemoryProbe.reset();
    PlainParquetPhase.Result result =
        PlainParquetPhase.run(reportsDir, manifest, output, PLAIN_PARQUET_THREADS, parser);
    memory.add(new PhaseMemory(PLAIN_PARQUET_PHASE, MemoryProbe.read(reset)));
    long bytes = treeBytes(output);
    if (!options.keep()) {
      Bench.deleteTree(output);
    }
    log.printf("bench:   %.1f reports/s, %d writers, %.1f MB%n", result.reportsPerSecond(), result.writers(),
        bytes / 1e6);
    log.flush();
    return new PlainParquetRun(result, warmup, bytes);
  }

  /** The direct-write phase and the size of what it wrote. */
  public record DirectRun(SparkDirectWrite.Result result, long outputBytes) {
    public DirectRun {
      requireNonNull(result, "result is null");
    }
  }

  /**
   * Issue 19's option (c) on the packed corpus at {@link #LOCAL2}, in a session of its own, after the job's run on the
   * same corpus (so with the parser as warm as the job had it). Its output is measured, then deleted unless {@code
   * keep}, as the plain Parquet phase's is.
   */
  private static DirectRun direct(
      Path packed, Path output, Options options, List<PhaseMemory> memory, PrintWriter log) throws IOException {
    log.printf("bench: Spark %s, packed, the parse tasks writing the datasets with parquet-java into %s%n", LOCAL2,
        output);
    log.flush();
    boolean reset = MemoryProbe.reset();
    SparkDirectWrite.Result result = SparkDirectWrite.run(LOCAL2, packed, output, options.filesPerPartition());
    memory.add(new PhaseMemory(DIRECT_PHASE, MemoryProbe.read(reset)));
    long bytes = treeBytes(output);
    if (!options.keep()) {
      Bench.deleteTree(output);
    }
    log.printf("bench:   %.1f reports/s, %d files, %.1f MB%n", result.reportsPerSecond(), result.files(),
        bytes / 1e6);
    log.flush();
    return new DirectRun(result, bytes);
  }

  private static List<Path> concat(List<Path> paths, Path more) {
    List<Path> all = new ArrayList<>(paths);
    all.add(more);
    return all;
  }

  private static PlainLoop.Result plain(
      Path reportsDir, int threads, ReportParser parser, List<PhaseMemory> memory, PrintWriter log)
      throws IOException {
    log.printf("bench: plain loop, %d thread%s%n", threads, threads == 1 ? "" : "s");
    log.flush();
    boolean reset = MemoryProbe.reset();
    PlainLoop.Result result = PlainLoop.run(reportsDir, threads, parser);
    memory.add(new PhaseMemory(threads == 1 ? "plain_1thread" : "plain_" + threads + "thread", MemoryProbe.read(reset)));
    log.printf("bench:   %.1f reports/s%n", result.reportsPerSecond());
    return result;
  }

  private static SparkRun spark(
      String name, String master, SparkPhase.Input input, Path warehouse, Options options, List<PhaseMemory> memory,
      PrintWriter log) throws IOException, InterruptedException {
    log.printf("bench: Spark extract job, master %s, %s input %s%n", master, input.format(), input.path());
    log.flush();
    boolean reset = MemoryProbe.reset();
    ProseSegmenter.SegmentationStats before = ProseSegmenter.stats();
    SparkPhase.Result result = SparkPhase.run(master, input, warehouse, options.filesPerPartition(), false);
    ProseSegmenter.SegmentationStats segmented = ProseSegmenter.stats().minus(before);
    MemoryProbe.Peak peak = MemoryProbe.read(reset);
    memory.add(new PhaseMemory(name, peak));
    log.printf("bench:   %.1f reports/s%n", result.reportsPerSecond());
    log.flush();
    return new SparkRun(name, input, result, treeBytes(warehouse), peak, segmented);
  }

  /** Bytes of the regular files under {@code root} (a file or a directory), 0 if it does not exist. */
  static long treeBytes(Path root) throws IOException {
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      long sum = 0;
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          sum += Files.size(p);
        }
      }
      return sum;
    }
  }
}
