package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import io.gongkai.parse.ReportParser;
import io.gongkai.prose.ProseSegmenter;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the whole benchmark in one JVM, in a fixed order: warm up the parser on the samples, generate the corpus, the
 * plain loop on one thread, then on two threads, the per-step breakdown on a sample, then the Spark extract job
 * (session start timed apart), and on request the {@link SparkFloor} job. Every phase is bracketed by {@link
 * LoadProbe} snapshots.
 */
public final class Bench {
  /** Options of one benchmark run. */
  public record Options(
      int files, double pdfShare, String master, Path work, boolean keep, Path samples, int filesPerPartition,
      int breakdownFiles, int warmupRounds, boolean sparkFloor, int sparkWarmupFiles) {
    public static final int DEFAULT_FILES = 10_000;
    public static final String DEFAULT_MASTER = "local[2]";
    /** The extract command's default. */
    public static final int DEFAULT_FILES_PER_PARTITION = 100;
    public static final int DEFAULT_BREAKDOWN_FILES = 300;
    public static final int DEFAULT_WARMUP_ROUNDS = 3;
    /**
     * Files of a separate corpus the extract job runs on, unmeasured, before the measured run: the plain loop is
     * measured with a warm parser, so the job is measured with warm Spark code too (0 measures it cold).
     */
    public static final int DEFAULT_SPARK_WARMUP_FILES = 200;

    public Options {
      requireNonNull(master, "master is null");
      if (files < 1) {
        throw new IllegalArgumentException("--files must be at least 1, found " + files);
      }
      checkShared(pdfShare, filesPerPartition, breakdownFiles, warmupRounds, sparkWarmupFiles);
    }

    public static Options defaults() {
      return new Options(
          DEFAULT_FILES, BenchCorpus.SAMPLE_PDF_SHARE, DEFAULT_MASTER, null, false, null, DEFAULT_FILES_PER_PARTITION,
          DEFAULT_BREAKDOWN_FILES, DEFAULT_WARMUP_ROUNDS, false, DEFAULT_SPARK_WARMUP_FILES);
    }
  }

  private Bench() {}

  /** The option checks both bench modes share (sample copies and synthetic reports). */
  static void checkShared(
      double pdfShare, int filesPerPartition, int breakdownFiles, int warmupRounds, int sparkWarmupFiles) {
    if (!(pdfShare >= 0 && pdfShare <= 1)) {
      throw new IllegalArgumentException("--pdf-share must be between 0 and 1, found " + pdfShare);
    }
    if (filesPerPartition < 1) {
      throw new IllegalArgumentException("--files-per-partition must be at least 1, found " + filesPerPartition);
    }
    if (breakdownFiles < 0) {
      throw new IllegalArgumentException("--breakdown-files must be at least 0, found " + breakdownFiles);
    }
    if (warmupRounds < 0) {
      throw new IllegalArgumentException("--warmup must be at least 0, found " + warmupRounds);
    }
    if (sparkWarmupFiles < 0) {
      throw new IllegalArgumentException("--spark-warmup-files must be at least 0, found " + sparkWarmupFiles);
    }
  }

  /**
   * Runs the extract job, unmeasured, on {@code files} copies of the samples in {@code work/spark-warmup}, then
   * deletes them and their warehouse. JIT-compiled code and Spark's generated classes are per JVM, so the measured run
   * after it starts warm, as the plain loop does after the parser warm-up. Returns null when {@code files} is 0.
   */
  static LoadProbe.Usage warmUpSpark(String master, Path work, int files, int filesPerPartition, PrintWriter log)
      throws IOException, InterruptedException {
    if (files == 0) {
      return null;
    }
    Path corpus = work.resolve("spark-warmup");
    Path warehouse = work.resolve("spark-warmup-warehouse");
    log.printf("bench: warming up Spark (the extract job on %d other files, master %s)%n", files, master);
    log.flush();
    try {
      BenchCorpus.load(null).generate(corpus, files, BenchCorpus.SAMPLE_PDF_SHARE);
      return SparkPhase.run(master, corpus, warehouse, filesPerPartition, false).usage();
    } finally {
      deleteTree(corpus);
      deleteTree(warehouse);
    }
  }

  /**
   * Runs the benchmark; progress goes to {@code log}. The corpus and warehouse are deleted at the end unless {@code
   * keep}; so is the work directory if this call created it.
   *
   * @throws IllegalArgumentException if the work directory already holds a corpus or a warehouse
   */
  public static BenchReport run(Options options, PrintWriter log) throws IOException, InterruptedException {
    List<Double> loadBefore = LoadProbe.loadavg();
    boolean createdWork = options.work() == null;
    Path work = createdWork ? Files.createTempDirectory("gongkai-bench-") : options.work();
    Path corpusDir = work.resolve("corpus");
    Path warehouse = work.resolve("warehouse");
    if (Files.exists(warehouse)) {
      throw new IllegalArgumentException("Cannot run bench in " + work + ": " + warehouse + " already exists");
    }
    if (Files.exists(corpusDir)) {
      try (Stream<Path> s = Files.list(corpusDir)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException("Cannot run bench in " + work + ": " + corpusDir + " is not empty");
        }
      }
    }
    boolean done = false;
    try {
      BenchCorpus generator = BenchCorpus.load(options.samples());
      ReportParser parser = new ReportParser();

      log.printf("bench: warming up the parser (%d rounds over the %d samples)%n", options.warmupRounds(),
          generator.samples().size());
      log.flush();
      LoadProbe.Snapshot w0 = LoadProbe.snapshot();
      for (int round = 0; round < options.warmupRounds(); round++) {
        for (BenchCorpus.Sample sample : generator.samples()) {
          ParsedReport report = parser.parse(sample.name(), sample.bytes());
          if (report.status() != ParsedReport.Status.PARSED) {
            throw new IllegalStateException(
                "Cannot benchmark: sample " + sample.name() + " is " + report.rejectReason() + ", not PARSED");
          }
        }
      }
      LoadProbe.Usage warmup = LoadProbe.between(w0, LoadProbe.snapshot());

      log.printf("bench: generating %d files in %s%n", options.files(), corpusDir);
      log.flush();
      LoadProbe.Snapshot g0 = LoadProbe.snapshot();
      BenchCorpus.Corpus corpus = generator.generate(corpusDir, options.files(), options.pdfShare());
      LoadProbe.Usage generation = LoadProbe.between(g0, LoadProbe.snapshot());

      log.printf("bench: plain loop, 1 thread%n");
      log.flush();
      ProseSegmenter.SegmentationStats beforePlain1 = ProseSegmenter.stats();
      PlainLoop.Result plain1 = PlainLoop.run(corpusDir, 1, parser);
      ProseSegmenter.SegmentationStats inPlain1 = ProseSegmenter.stats().minus(beforePlain1);
      log.printf("bench:   %.1f reports/s%n", plain1.reportsPerSecond());
      log.printf("bench: plain loop, 2 threads%n");
      log.flush();
      ProseSegmenter.SegmentationStats beforePlain2 = ProseSegmenter.stats();
      PlainLoop.Result plain2 = PlainLoop.run(corpusDir, 2, parser);
      ProseSegmenter.SegmentationStats inPlain2 = ProseSegmenter.stats().minus(beforePlain2);
      log.printf("bench:   %.1f reports/s%n", plain2.reportsPerSecond());

      log.printf("bench: per-step breakdown on %d files%n", Math.min(options.breakdownFiles(), options.files()));
      log.flush();
      LoadProbe.Snapshot b0 = LoadProbe.snapshot();
      Breakdown.Result breakdown = Breakdown.run(corpusDir, options.breakdownFiles(), parser);
      LoadProbe.Usage breakdownUsage = LoadProbe.between(b0, LoadProbe.snapshot());

      LoadProbe.Usage sparkWarmup =
          warmUpSpark(options.master(), work, options.sparkWarmupFiles(), options.filesPerPartition(), log);
      log.printf("bench: Spark extract job, master %s%n", options.master());
      log.flush();
      ProseSegmenter.SegmentationStats segmentedBefore = ProseSegmenter.stats();
      SparkPhase.Result spark =
          SparkPhase.run(options.master(), corpusDir, warehouse, options.filesPerPartition(), options.sparkFloor());
      ProseSegmenter.SegmentationStats inJob = ProseSegmenter.stats().minus(segmentedBefore);
      log.printf("bench:   %.1f reports/s%n", spark.reportsPerSecond());
      log.printf("bench: HanLP alone and our segmenter alone on the segmented prose of %d files%n",
          Math.min(Segmentation.SAMPLE_FILES, options.files()));
      log.flush();
      Segmentation.Result segmentation = Segmentation.measure(inJob, inPlain1, inPlain2, corpusDir, parser);
      log.printf("bench:   in the job %.0f chars/s per core, HanLP alone %.0f, ours alone %.0f, HanLP after a parse"
          + " %.0f (%s time)%n", segmentation.inJobCharsPerSecondPerCore(), segmentation.aloneCharsPerSecond(),
          segmentation.proseAloneCharsPerSecond(), segmentation.afterParseCharsPerSecond(), segmentation.clock());
      log.flush();

      BenchReport report =
          new BenchReport(
              options, corpus, LoadProbe.cores(), loadBefore, LoadProbe.loadavg(), warmup, generation, plain1, plain2,
              breakdown, breakdownUsage, sparkWarmup, spark, segmentation);
      done = true;
      return report;
    } finally {
      if (!options.keep()) {
        deleteTree(corpusDir);
        deleteTree(warehouse);
        if (createdWork) {
          deleteTree(work);
        }
      } else if (done) {
        log.printf("bench: kept %s and %s%n", corpusDir, warehouse);
        log.flush();
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
