package io.gongkai.bench;

import static io.gongkai.bench.BenchReport.f;
import static io.gongkai.bench.BenchReport.first;
import static io.gongkai.bench.BenchReport.loads;
import static io.gongkai.bench.BenchReport.ratio;
import static io.gongkai.bench.BenchReport.round;
import static io.gongkai.bench.BenchReport.usage;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.jobs.ExtractJob;
import io.gongkai.jobs.MemoryProbe;
import io.gongkai.synth.CorpusWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one {@code bench --reports N} run, as a table for people or one JSON object for scripts. The JSON
 * has issue 5's fields ({@code reports, bytes, spark_local1_rps, spark_local2_rps, spark_local2_packed_rps,
 * plain_1thread_rps, hanlp_only_chars_per_s, peak_rss_mb}) at the top level, then the target ratio, MB/s, output
 * sizes, issue 19's fields ({@code plain_2thread_parquet_rps, packed_over_plain_2thread_parquet,
 * parse_ms_per_report, spark_local2_packed_direct_rps, packed_direct_over_plain_2thread_parquet}), and per phase the load, CPU and memory.
 */
public record SyntheticBenchReport(
    SyntheticBench.Options options,
    CorpusWriter.Summary synth,
    long bytes,
    long packedBytes,
    int cores,
    List<Double> loadavgBefore,
    List<Double> loadavgAfter,
    LoadProbe.Usage generation,
    int warmupReports,
    LoadProbe.Usage warmup,
    PlainLoop.Result plain1,
    PlainLoop.Result plain2,
    SyntheticBench.PlainParquetRun plainParquet,
    Breakdown.Result breakdown,
    LoadProbe.Usage breakdownUsage,
    LoadProbe.Usage sparkWarmup,
    List<SyntheticBench.SparkRun> spark,
    SyntheticBench.DirectRun direct,
    Segmentation.Result segmentation,
    List<SyntheticBench.PhaseMemory> memory)
    implements BenchResult {

  /** Issue 5's target: the packed corpus at local[2] at 0.8× the throughput of two plain parse loops. */
  public static final double TARGET_PACKED_OVER_PLAIN_2THREAD = 0.8;

  /** Issue 19's target: the packed corpus at local[2] at 0.9× the plain 2-thread program with the same output. */
  public static final double TARGET_PACKED_OVER_PLAIN_2THREAD_PARQUET = 0.9;

  public SyntheticBenchReport {
    requireNonNull(options, "options is null");
    requireNonNull(synth, "synth is null");
    loadavgBefore = List.copyOf(loadavgBefore);
    loadavgAfter = List.copyOf(loadavgAfter);
    requireNonNull(plain1, "plain1 is null");
    requireNonNull(plain2, "plain2 is null");
    requireNonNull(plainParquet, "plainParquet is null");
    spark = List.copyOf(spark);
    requireNonNull(direct, "direct is null");
    if (spark.size() != (options.packedOnly() ? 1 : 3)) {
      throw new IllegalArgumentException(
          options.packedOnly()
              ? "Expected the packed local[2] run only, found " + spark
              : "Expected the local[1], local[2] and packed local[2] runs, found " + spark);
    }
    memory = List.copyOf(memory);
  }

  /** The job at local[1] on the report files; null with {@code --packed-only}. */
  public SyntheticBench.SparkRun local1() {
    return options.packedOnly() ? null : spark.get(0);
  }

  /** The job at local[2] on the report files; null with {@code --packed-only}. */
  public SyntheticBench.SparkRun local2() {
    return options.packedOnly() ? null : spark.get(1);
  }

  public SyntheticBench.SparkRun local2Packed() {
    return spark.get(spark.size() - 1);
  }

  /** Reports per second of a run, rounded for the JSON; null for a run the bench skipped. */
  private static Double rps(SyntheticBench.SparkRun run) {
    return run == null ? null : round(run.reportsPerSecond(), 2);
  }

  /** {@code run}'s reports per second over {@code base}, rounded; null for a run the bench skipped. */
  private static Double over(SyntheticBench.SparkRun run, double base) {
    return run == null ? null : round(ratio(run.reportsPerSecond(), base), 3);
  }

  public double packedOverPlain2() {
    return ratio(local2Packed().reportsPerSecond(), plain2.reportsPerSecond());
  }

  /** Issue 19's target: Spark's packed local[2] against the plain program with the same output on 2 threads. */
  public double packedOverPlainParquet() {
    return ratio(local2Packed().reportsPerSecond(), plainParquet.result().reportsPerSecond());
  }

  /**
   * Issue 19's option (c): the packed corpus at local[2] with the parse tasks writing the datasets themselves, against
   * the plain program with the same output. A ceiling: see {@link SparkDirectWrite} for what it leaves out.
   */
  public double directOverPlainParquet() {
    return ratio(direct.result().reportsPerSecond(), plainParquet.result().reportsPerSecond());
  }

  /**
   * The packed run's reports per second up to its per-report datasets: its wall time less its rollup stage (rollups
   * and the checks across reports, timed inside the run). That is the output the plain program writes; the rollup
   * stage is work it does not do.
   */
  public double packedPerReportRps() {
    SparkPhase.Result r = local2Packed().result();
    double perReport = r.usage().wallSeconds() - r.summary().rollup().wallSeconds();
    return perReport <= 0 ? 0 : r.summary().filesRead() / perReport;
  }

  /** The phase with the highest peak resident set; the JVM's peak is its peak. */
  public SyntheticBench.PhaseMemory peak() {
    return memory.stream()
        .max(Comparator.comparingLong(m -> m.peak().peakRssBytes()))
        .orElseThrow(() -> new IllegalStateException("No phase recorded its memory"));
  }

  /** Megabytes of the report files per second of {@code wallSeconds}. */
  private double mbPerSecond(double wallSeconds) {
    return wallSeconds <= 0 ? 0 : bytes / 1e6 / wallSeconds;
  }

  @Override
  public String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("reports", synth.files());
    json.put("bytes", bytes);
    json.put("bytes_per_report", synth.files() == 0 ? 0 : bytes / synth.files());
    json.put("packed_bytes", packedBytes);
    json.put("seed", options.seed());
    json.put("pdf_share", options.pdfShare());
    json.put("layouts", synth.layouts());
    json.put("cores", cores);
    json.put("jvm_options", LoadProbe.jvmOptions());
    json.put("loadavg_before", loadavgBefore);
    json.put("loadavg_after", loadavgAfter);
    json.put("plain_1thread_rps", round(plain1.reportsPerSecond(), 2));
    json.put("plain_2thread_rps", round(plain2.reportsPerSecond(), 2));
    // A run skipped with --packed-only keeps its fields, as null, so that scripts read one shape.
    json.put("packed_only", options.packedOnly());
    json.put("spark_local1_rps", rps(local1()));
    json.put("spark_local2_rps", rps(local2()));
    json.put("spark_local2_packed_rps", round(local2Packed().reportsPerSecond(), 2));
    json.put("packed_over_plain_2thread", round(packedOverPlain2(), 3));
    json.put("target_packed_over_plain_2thread", TARGET_PACKED_OVER_PLAIN_2THREAD);
    json.put("spark_local2_over_plain_2thread", over(local2(), plain2.reportsPerSecond()));
    json.put("spark_local1_over_plain_1thread", over(local1(), plain1.reportsPerSecond()));
    json.put("plain_2thread_over_1thread", round(ratio(plain2.reportsPerSecond(), plain1.reportsPerSecond()), 3));
    json.put("plain_1thread_mb_s", round(mbPerSecond(plain1.usage().wallSeconds()), 3));
    json.put("plain_2thread_mb_s", round(mbPerSecond(plain2.usage().wallSeconds()), 3));
    for (SyntheticBench.SparkRun run : Arrays.asList(local1(), local2(), local2Packed())) {
      if (run != null) {
        json.put(run.name() + "_mb_s", round(mbPerSecond(run.result().usage().wallSeconds()), 3));
      }
    }
    for (SyntheticBench.SparkRun run : Arrays.asList(local1(), local2(), local2Packed())) {
      if (run != null) {
        json.put(run.name() + "_output_bytes", run.outputBytes());
      }
    }
    json.put("hanlp_only_chars_per_s", Math.round(segmentation.aloneCharsPerSecond()));
    json.put("hanlp_only_chars", segmentation.aloneChars());
    json.put("hanlp_only_reports", segmentation.sampleFiles());
    json.put("hanlp_after_parse_chars_per_s", Math.round(segmentation.afterParseCharsPerSecond()));
    json.put("prose_segmenter_alone_chars_per_s", Math.round(segmentation.proseAloneCharsPerSecond()));
    json.put("segmentation_clock", segmentation.clock());
    json.put("segmentation_in_job_chars_per_s_per_core", Math.round(segmentation.inJobCharsPerSecondPerCore()));
    json.put("segmentation_in_job_over_alone", round(segmentation.inJobOverAlone(), 3));
    json.put("hanlp_all_cores_chars_per_s_per_core", Math.round(segmentation.allCoresCharsPerSecondPerCore()));
    json.put("hanlp_all_cores_threads", segmentation.allCoresThreads());
    json.put("segmentation_in_job_over_hanlp_all_cores", round(segmentation.inJobOverAllCores(), 3));
    SyntheticBench.PhaseMemory peak = peak();
    json.put("peak_rss_mb", round(peak.peak().peakRssMb(), 1));
    json.put("peak_rss_phase", peak.phase());
    json.put("peak_rss_reset_per_phase", memory.stream().allMatch(m -> m.peak().rssReset()));
    json.put("heap_peak_mb",
        round(memory.stream().mapToLong(m -> m.peak().heapPeakBytes()).max().orElse(0) / 1e6, 1));
    json.put("plain_2thread_parquet_rps", round(plainParquet.result().reportsPerSecond(), 2));
    json.put("packed_over_plain_2thread_parquet", round(packedOverPlainParquet(), 3));
    json.put("target_packed_over_plain_2thread_parquet", TARGET_PACKED_OVER_PLAIN_2THREAD_PARQUET);
    json.put("spark_local2_packed_per_report_rps", round(packedPerReportRps(), 2));
    json.put("packed_per_report_over_plain_2thread_parquet",
        round(ratio(packedPerReportRps(), plainParquet.result().reportsPerSecond()), 3));
    json.put("plain_2thread_parquet_output_bytes", plainParquet.outputBytes());
    json.put("parse_ms_per_report", BenchReport.parseMsPerReport(plain1));
    json.put("spark_local2_packed_direct_rps", round(direct.result().reportsPerSecond(), 2));
    json.put("packed_direct_over_plain_2thread_parquet", round(directOverPlainParquet(), 3));

    Map<String, Object> phases = new LinkedHashMap<>();
    phases.put("corpus_generation", withMemory(usage(generation, synth.files()), "corpus_generation"));
    phases.put("warmup", withMemory(usage(warmup, (long) warmupReports * options.warmupRounds()), "warmup"));
    phases.put("plain_1thread", withMemory(plain(plain1), "plain_1thread"));
    phases.put("plain_2thread", withMemory(plain(plain2), "plain_2thread"));
    Map<String, Object> parquet = plain(plainParquet.result().loop());
    parquet.put("write_s", round(plainParquet.result().loop().sinkSeconds(), 3));
    parquet.put("writers", plainParquet.result().writers());
    parquet.put("warmup", usage(plainParquet.warmup(), warmupReports));
    parquet.put("output_bytes", plainParquet.outputBytes());
    parquet.put("rows", plainParquet.result().rowsByDataset());
    phases.put(SyntheticBench.PLAIN_PARQUET_PHASE, withMemory(parquet, SyntheticBench.PLAIN_PARQUET_PHASE));
    Map<String, Object> directJson = usage(direct.result().usage(), direct.result().reports());
    directJson.put("partitions", direct.result().partitions());
    directJson.put("files_written", direct.result().files());
    directJson.put("output_bytes", direct.outputBytes());
    directJson.put("rows", direct.result().rowsByDataset());
    phases.put(SyntheticBench.DIRECT_PHASE, withMemory(directJson, SyntheticBench.DIRECT_PHASE));
    phases.put("breakdown", withMemory(usage(breakdownUsage, breakdown.sampled()), "breakdown"));
    if (sparkWarmup != null) {
      phases.put("spark_warmup", usage(sparkWarmup, options.sparkWarmupFiles()));
    }
    for (SyntheticBench.SparkRun run : spark) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("master", run.result().master());
      s.put("input_format", run.input().format().name());
      s.put("session_start", usage(run.result().sessionUsage(), 0));
      s.putAll(BenchReport.sparkJson(run.result(), options.filesPerPartition()));
      s.put("mb_s", round(mbPerSecond(run.result().usage().wallSeconds()), 3));
      s.put("output_bytes", run.outputBytes());
      s.put("segmented_chars", run.segmented().chars());
      phases.put(run.name(), withMemory(s, run.name()));
    }
    Map<String, Object> hanlp = new LinkedHashMap<>();
    hanlp.put("chars", segmentation.aloneChars());
    hanlp.put("seconds", round(segmentation.aloneNanos() / 1e9, 3));
    phases.put("hanlp_only", withMemory(hanlp, "hanlp_only"));
    json.put("phases", phases);
    json.put("breakdown", BenchReport.breakdownJson(breakdown));
    try {
      return new ObjectMapper().writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the bench report as JSON", e);
    }
  }

  private Map<String, Object> plain(PlainLoop.Result r) {
    Map<String, Object> json = BenchReport.plain(r);
    json.put("mb_s", round(mbPerSecond(r.usage().wallSeconds()), 3));
    return json;
  }

  private Map<String, Object> withMemory(Map<String, Object> json, String phase) {
    memory.stream()
        .filter(m -> m.phase().equals(phase))
        .findFirst()
        .ifPresent(
            m -> {
              json.put("peak_rss_mb", round(m.peak().peakRssMb(), 1));
              json.put("rss_end_mb", round(m.peak().rssMb(), 1));
              json.put("heap_peak_mb", round(m.peak().heapPeakMb(), 1));
            });
    return json;
  }

  @Override
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(f("gongkai bench: %d synthetic reports (seed %d, PDF share %.2f), %.1f MB (%.1f KB per report);"
            + " packed Parquet %.1f MB; %d cores%n", synth.files(), options.seed(), options.pdfShare(), bytes / 1e6,
        synth.files() == 0 ? 0 : bytes / 1e3 / synth.files(), packedBytes / 1e6, cores));
    sb.append(f("JVM options: %s%n", String.join(" ", LoadProbe.jvmOptions())));
    StringBuilder layouts = new StringBuilder();
    synth.layouts().forEach((k, v) -> layouts.append(layouts.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    sb.append(f("layouts: %s%n", layouts));
    sb.append(f("loadavg before %s, after %s%n%n", loads(loadavgBefore), loads(loadavgAfter)));
    sb.append(f("%-32s %7s %8s %10s %7s %8s %6s %9s %6s %8s %8s %9s  %s%n", "phase", "reports", "wall s",
        "reports/s", "MB/s", "cpu s", "cores", "other cpu", "gc s", "peak MB", "heap MB", "output MB",
        "load1 before/after"));
    row(sb, "corpus generation (synth)", synth.files(), generation, "corpus_generation", -1, false);
    row(sb, "warm-up (" + warmupReports + " reports × " + options.warmupRounds() + ")",
        (long) warmupReports * options.warmupRounds(), warmup, "warmup", -1, false);
    row(sb, "plain loop, 1 thread", plain1.files(), plain1.usage(), "plain_1thread", -1, true);
    row(sb, "plain loop, 2 threads", plain2.files(), plain2.usage(), "plain_2thread", -1, true);
    row(sb, "plain Java, 2 threads, Parquet", plainParquet.result().loop().files(), plainParquet.result().loop().usage(),
        SyntheticBench.PLAIN_PARQUET_PHASE, plainParquet.outputBytes(), true);
    row(sb, "breakdown sample (not a rate)", breakdown.sampled(), breakdownUsage, "breakdown", -1, false);
    if (sparkWarmup != null) {
      row(sb, "Spark warm-up (other files)", options.sparkWarmupFiles(), sparkWarmup, null, -1, false);
    }
    for (SyntheticBench.SparkRun run : spark) {
      String what = run.input().format() == ExtractJob.InputFormat.FILES ? "files" : "packed";
      row(sb, "  session start " + run.result().master(), 0, run.result().sessionUsage(), null, -1, false);
      row(sb, "Spark " + run.result().master() + ", " + what, run.result().summary().filesRead(),
          run.result().usage(), run.name(), run.outputBytes(), true);
    }
    row(sb, "Spark local[2], packed, direct", direct.result().reports(), direct.result().usage(),
        SyntheticBench.DIRECT_PHASE, direct.outputBytes(), true);
    sb.append(f("%n'other cpu' = CPU seconds used by other processes on this machine during the phase;"
        + " 'peak MB' = peak resident set of this JVM during the phase%s.%n%n",
        memory.stream().allMatch(m -> m.peak().rssReset()) ? "" : " (NOT reset per phase: since the JVM started)"));

    sb.append(f("packed local[2] / plain 2 threads: %.2f×  (target ≥ %.1f×: %s)%n", packedOverPlain2(),
        TARGET_PACKED_OVER_PLAIN_2THREAD, packedOverPlain2() >= TARGET_PACKED_OVER_PLAIN_2THREAD ? "met" : "NOT met"));
    sb.append(f("packed local[2] / plain Java 2 threads, same output: %.2f×  (target ≥ %.1f×: %s)%n",
        packedOverPlainParquet(), TARGET_PACKED_OVER_PLAIN_2THREAD_PARQUET,
        packedOverPlainParquet() >= TARGET_PACKED_OVER_PLAIN_2THREAD_PARQUET ? "met" : "NOT met"));
    sb.append(f("  the same, without its rollup stage (%.1f s of rollups and checks across reports): %.2f×%n",
        local2Packed().result().summary().rollup().wallSeconds(),
        ratio(packedPerReportRps(), plainParquet.result().reportsPerSecond())));
    sb.append(f("  option (c), the parse tasks writing the datasets themselves (a ceiling, not the job): %.2f×%n",
        directOverPlainParquet()));
    if (!options.packedOnly()) {
      sb.append(f("files local[2] / plain 2 threads:  %.2f×%n",
          ratio(local2().reportsPerSecond(), plain2.reportsPerSecond())));
      sb.append(f("files local[1] / plain 1 thread:   %.2f×%n",
          ratio(local1().reportsPerSecond(), plain1.reportsPerSecond())));
    } else {
      sb.append(f("(--packed-only: the job was not run on the report files)%n"));
    }
    sb.append(f("plain 2 threads / 1:               %.2f×%n",
        ratio(plain2.reportsPerSecond(), plain1.reportsPerSecond())));
    sb.append(f("HanLP StandardTokenizer alone: %,.0f chars/s on %,d chars of %d reports' prose; segmentation in the"
            + " local[2] job: %,.0f chars/s per core (%.2f×)%n", segmentation.aloneCharsPerSecond(),
        segmentation.aloneChars(), segmentation.sampleFiles(),
        segmentation.inJobCharsPerSecondPerCore(), segmentation.inJobOverAlone()));
    sb.append(f("HanLP alone on %d threads at once (the job's concurrency): %,.0f chars/s per core; in the job / that:"
        + " %.2f×%n", segmentation.allCoresThreads(), segmentation.allCoresCharsPerSecondPerCore(),
        segmentation.inJobOverAllCores()));
    SyntheticBench.PhaseMemory peak = peak();
    sb.append(f("peak resident set: %.1f MB (%s)%n%n", peak.peak().peakRssMb(), peak.phase()));

    for (SyntheticBench.SparkRun run : spark) {
      sb.append(f("Spark %s %s: %d parsed, %d rejected%s; warehouse %.1f MB%n", run.result().master(),
          run.input().format(), run.result().summary().parsed(), run.result().summary().rejected(),
          run.result().summary().rejectedByReason().isEmpty() ? "" : " " + run.result().summary().rejectedByReason(),
          run.outputBytes() / 1e6));
    }
    sb.append(f("%n"));
    BenchReport.plainByFormatText(sb, plain1);
    BenchReport.breakdownText(sb, breakdown);
    return sb.toString();
  }

  private void row(StringBuilder sb, String name, long reports, LoadProbe.Usage u, String phase, long outputBytes,
      boolean rate) {
    MemoryProbe.Peak m =
        phase == null ? null : memory.stream().filter(p -> p.phase().equals(phase)).map(
            SyntheticBench.PhaseMemory::peak).findFirst().orElse(null);
    boolean showRate = rate && reports > 0 && u.wallSeconds() > 0;
    sb.append(f("%-32s %7s %8.2f %10s %7s %8.2f %6.2f %9s %6.2f %8s %8s %9s  %s / %s%n", name,
        reports == 0 ? "-" : reports, u.wallSeconds(), showRate ? f("%.1f", reports / u.wallSeconds()) : "-",
        showRate ? f("%.2f", mbPerSecond(u.wallSeconds())) : "-", u.cpuSeconds(), u.cores(),
        u.otherCpuSeconds() < 0 ? "n/a" : f("%.1f", u.otherCpuSeconds()), u.gcSeconds(),
        m == null || m.peakRssBytes() < 0 ? "-" : f("%.0f", m.peakRssMb()),
        m == null ? "-" : f("%.0f", m.heapPeakMb()), outputBytes < 0 ? "-" : f("%.1f", outputBytes / 1e6),
        first(u.loadavgBefore()), first(u.loadavgAfter())));
  }
}
