package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.gongkai.ingest.Document;
import io.gongkai.ingest.DocumentReader;
import io.gongkai.ingest.Ingested;
import io.gongkai.layout.HtmlLayout;
import io.gongkai.layout.PdfLayout;
import io.gongkai.layout.SourceRow;
import io.gongkai.layout.TextLayout;
import io.gongkai.parse.ReportParser;
import io.gongkai.prose.FigureExtractor;
import io.gongkai.prose.ProseReader;
import io.gongkai.prose.ProseSegmenter;
import io.gongkai.template.TableReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Issue 4's segmentation figures, all in characters per second of the segmenting thread's CPU time (the clock of
 * {@link ProseSegmenter#stats()}), so that waiting for one of the machine's cores does not count:
 *
 * <ul>
 *   <li>in the job: {@link ProseSegmenter}'s own counters, read before and after the Spark job in this JVM (local
 *       mode runs the tasks here), summed over the task threads, so per core;
 *   <li>HanLP alone: {@link StandardTokenizer} on one thread, on the text the job segments (the sentences {@link
 *       FigureExtractor#segmentedTexts} picks) of a sample of the same corpus;
 *   <li>our segmenter alone: {@link ProseSegmenter} on the same text and thread, i.e. the job's segmentation without
 *       Spark. Against HanLP alone it shows what the forced domain dictionary and the token conversion cost; against
 *       the job, what running inside Spark costs.
 *   <li>HanLP alone on every core at once: {@link StandardTokenizer} on one thread per core, each over the whole
 *       sample, per core. The job segments on every core at once, and the cores share the caches HanLP's
 *       dictionaries live in: this is HanLP alone in the job's concurrency.
 * </ul>
 *
 * The two alone figures are measured in alternating rounds, so that a change in the machine's load hits both.
 */
final class Segmentation {
  /** Files sampled for the alone figures: their segmented text is about a quarter million characters. */
  static final int SAMPLE_FILES = 200;

  /** Alternating rounds of the two alone measurements, after one warm-up pass of each. */
  static final int ROUNDS = 3;

  /** CPU time each alone measurement runs for in one round, at least (whole passes over the sample). */
  static final long ROUND_NANOS = 700_000_000L;

  /** The target for {@link Result#inJobOverAlone()}: within 20% of HanLP alone. */
  static final double TARGET_IN_JOB_OVER_ALONE = 0.8;

  /**
   * @param inJob characters and nanoseconds segmented during the Spark job
   * @param inPlain1 the same during the plain loop on one thread: the parser outside Spark
   * @param inPlain2 the same during the plain loop on two threads: outside Spark, both cores segmenting at once
   * @param sampleFiles files whose segmented text the alone figures ran on
   * @param sampleChars characters of that text (one pass)
   * @param aloneChars characters HanLP's standard tokenizer segmented in the timed rounds, in {@code aloneNanos}
   * @param proseAlone {@link ProseSegmenter} on the same text, in the same rounds
   * @param afterParseChars characters HanLP's standard tokenizer segmented right after a report's parse, in {@code
   *     afterParseNanos}: HanLP alone in the job's conditions (caches full of the parse's data)
   * @param allCoresThreads threads that ran HanLP's standard tokenizer at once, one per core
   * @param allCoresChars characters they segmented together, in {@code allCoresNanos} of their summed CPU time
   */
  record Result(
      ProseSegmenter.SegmentationStats inJob, ProseSegmenter.SegmentationStats inPlain1,
      ProseSegmenter.SegmentationStats inPlain2, int sampleFiles, long sampleChars, long aloneChars, long aloneNanos,
      ProseSegmenter.SegmentationStats proseAlone, long afterParseChars, long afterParseNanos, int allCoresThreads,
      long allCoresChars, long allCoresNanos) {
    Result {
      requireNonNull(inJob, "inJob is null");
      requireNonNull(inPlain1, "inPlain1 is null");
      requireNonNull(inPlain2, "inPlain2 is null");
      requireNonNull(proseAlone, "proseAlone is null");
    }

    /** {@code thread_cpu}, or {@code wall} when the JVM cannot read a thread's CPU time. */
    String clock() {
      return inJob.clock();
    }

    double inJobCharsPerSecondPerCore() {
      return inJob.charsPerSecondPerCore();
    }

    /** HanLP's standard tokenizer alone. */
    double aloneCharsPerSecond() {
      return aloneNanos == 0 ? 0 : aloneChars * 1e9 / aloneNanos;
    }

    /** HanLP's standard tokenizer alone on every core at once, per core. */
    double allCoresCharsPerSecondPerCore() {
      return allCoresNanos == 0 ? 0 : allCoresChars * 1e9 / allCoresNanos;
    }

    /** In the job over HanLP alone at the job's concurrency. */
    double inJobOverAllCores() {
      return ratio(inJobCharsPerSecondPerCore(), allCoresCharsPerSecondPerCore());
    }

    /** HanLP's standard tokenizer right after a parse, as the job's segmentation runs. */
    double afterParseCharsPerSecond() {
      return afterParseNanos == 0 ? 0 : afterParseChars * 1e9 / afterParseNanos;
    }

    /** In the job over HanLP in the same conditions: what our segmenter and Spark cost, caches aside. */
    double inJobOverAfterParse() {
      return ratio(inJobCharsPerSecondPerCore(), afterParseCharsPerSecond());
    }

    double proseAloneCharsPerSecond() {
      return proseAlone.charsPerSecondPerCore();
    }

    /** The figure: in the job over HanLP's standard tokenizer alone. */
    double inJobOverAlone() {
      return ratio(inJobCharsPerSecondPerCore(), aloneCharsPerSecond());
    }

    /** What running inside Spark costs: in the job over the same segmenter alone. */
    double inJobOverProseAlone() {
      return ratio(inJobCharsPerSecondPerCore(), proseAloneCharsPerSecond());
    }

    /** What our segmenter's configuration and token conversion cost over HanLP's standard tokenizer. */
    double proseAloneOverAlone() {
      return ratio(proseAloneCharsPerSecond(), aloneCharsPerSecond());
    }

    private static double ratio(double a, double b) {
      return b == 0 ? 0 : a / b;
    }
  }

  private Segmentation() {}

  /**
   * The alone figures on the segmented text of {@link #SAMPLE_FILES} files evenly spaced over the corpus, then HanLP
   * after each parse of one pass over the sample.
   */
  static Result measure(
      ProseSegmenter.SegmentationStats inJob, ProseSegmenter.SegmentationStats inPlain1,
      ProseSegmenter.SegmentationStats inPlain2, Path corpusDir, ReportParser parser)
      throws IOException {
    List<Path> sample = sample(corpusDir);
    List<byte[]> bytes = new ArrayList<>();
    List<List<String>> reports = new ArrayList<>();
    long sampleChars = 0;
    for (Path path : sample) {
      bytes.add(Files.readAllBytes(path));
      List<String> texts = segmentedText(path.getFileName().toString(), bytes.get(bytes.size() - 1));
      reports.add(texts);
      for (String text : texts) {
        sampleChars += text.length();
      }
    }
    Clock clock = inJob.clock().equals("thread_cpu") ? Clock.threadCpu() : Clock.wall();
    // One warm-up pass each: the Spark job ran this code already, but not StandardTokenizer's own segment.
    hanlpPass(reports);
    prosePass(reports);
    long aloneChars = 0;
    long aloneNanos = 0;
    ProseSegmenter.SegmentationStats proseBefore = ProseSegmenter.stats();
    for (int round = 0; round < ROUNDS; round++) {
      long started = clock.now();
      do {
        aloneChars += hanlpPass(reports);
      } while (clock.now() - started < ROUND_NANOS && sampleChars > 0);
      aloneNanos += clock.now() - started;
      // ProseSegmenter's own counters time these calls, as in the job; the clock here only bounds the round.
      long proseStarted = clock.now();
      do {
        prosePass(reports);
      } while (clock.now() - proseStarted < ROUND_NANOS && sampleChars > 0);
    }
    ProseSegmenter.SegmentationStats proseAlone = ProseSegmenter.stats().minus(proseBefore);

    // HanLP in the job's conditions: right after a report's parse (layout, tables, PDF text) has filled the caches
    // with other data. The text is another report's (half the sample away), so that the parse's own segmentation
    // has not just looked up the same words.
    long afterParseChars = 0;
    long afterParseNanos = 0;
    for (int i = 0; i < sample.size(); i++) {
      parser.parse(sample.get(i).getFileName().toString(), bytes.get(i));
      List<String> texts = reports.get((i + sample.size() / 2) % sample.size());
      long started = clock.now();
      for (String text : texts) {
        StandardTokenizer.segment(text);
        afterParseChars += text.length();
      }
      afterParseNanos += clock.now() - started;
    }
    int threads = Runtime.getRuntime().availableProcessors();
    long[] allCores = allCores(reports, threads, clock, sampleChars);
    return new Result(
        inJob, inPlain1, inPlain2, sample.size(), sampleChars, aloneChars, aloneNanos, proseAlone, afterParseChars,
        afterParseNanos, threads, allCores[0], allCores[1]);
  }

  /**
   * HanLP alone on {@code threads} threads at once, each for {@link #ROUNDS} × {@link #ROUND_NANOS} of its own CPU
   * time: characters and summed nanoseconds.
   */
  private static long[] allCores(List<List<String>> reports, int threads, Clock clock, long sampleChars) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        runs.add(
            pool.submit(
                () -> {
                  hanlpPass(reports); // this thread's own warm-up
                  long chars = 0;
                  long started = clock.now();
                  do {
                    chars += hanlpPass(reports);
                  } while (clock.now() - started < ROUNDS * ROUND_NANOS && sampleChars > 0);
                  return new long[] {chars, clock.now() - started};
                }));
      }
      long chars = 0;
      long nanos = 0;
      for (Future<long[]> run : runs) {
        long[] r = run.get();
        chars += r[0];
        nanos += r[1];
      }
      return new long[] {chars, nanos};
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while timing HanLP on every core", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot time HanLP on every core: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long hanlpPass(List<List<String>> reports) {
    long chars = 0;
    for (List<String> texts : reports) {
      for (String text : texts) {
        StandardTokenizer.segment(text);
        chars += text.length();
      }
    }
    return chars;
  }

  /** One call per report, as {@link FigureExtractor#extract} makes in the job. */
  private static void prosePass(List<List<String>> reports) {
    for (List<String> texts : reports) {
      ProseSegmenter.segmentAll(texts);
    }
  }

  private static List<Path> sample(Path corpusDir) throws IOException {
    List<Path> paths;
    try (Stream<Path> list = Files.list(corpusDir)) {
      paths = list.filter(Files::isRegularFile).sorted().toList();
    }
    if (paths.size() <= SAMPLE_FILES) {
      return paths;
    }
    List<Path> sample = new ArrayList<>(SAMPLE_FILES);
    for (int i = 0; i < SAMPLE_FILES; i++) {
      sample.add(paths.get((int) ((long) i * paths.size() / SAMPLE_FILES)));
    }
    return sample;
  }

  /** The texts the job's figure extraction segments for this file; none if the file is rejected on reading. */
  private static List<String> segmentedText(String name, byte[] bytes) {
    if (!(new DocumentReader().read(name, bytes) instanceof Ingested.Accepted a)) {
      return List.of();
    }
    Document d = a.document();
    List<SourceRow> rows =
        switch (d.format()) {
          case TEXT -> TextLayout.read(d.text());
          case HTML -> HtmlLayout.read(d.text());
          case PDF -> PdfLayout.read(d.lines());
        };
    return FigureExtractor.segmentedTexts(ProseReader.read(rows, TableReader.read(rows)));
  }

  /** The same clock as {@link ProseSegmenter#stats()}. */
  private interface Clock {
    long now();

    static Clock threadCpu() {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      return threads::getCurrentThreadCpuTime;
    }

    static Clock wall() {
      return System::nanoTime;
    }
  }
}
