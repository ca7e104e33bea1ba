package io.gongkai.cli;

import io.gongkai.synth.CorpusWriter;
import io.gongkai.synth.SynthConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai synth}: a deterministic synthetic corpus with ground truth (issue 5). */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Generate N synthetic reports with their truth files and a manifest: bodies from the gazetteer at every level,",
      "several years per body, the three templates and their real mixes, every rendering of the real files (pipe,",
      "tab, blank line, OCR, pdftotext layout, flattened table 4, HTML, PDF), noise, and planted anomalies; then",
      "consolidated (region-wide) reports summing the body reports of some regions and years, in addition to N."
    },
    footer = {
      "",
      "The same --reports and --seed give byte-identical files; body report i does not depend on --reports.",
      "Output: DIR/reports/r000000.txt|.html|.pdf… (body reports), DIR/reports/c000000… (consolidated reports),",
      "DIR/truth/<file>.truth.json, DIR/manifest.csv, and with --packed",
      "DIR/packed/corpus.parquet and DIR/packed/corpus.jsonl (one row per report). With --packed-only, only",
      "DIR/packed/corpus.parquet, the same rows: about 6 KB a report on disk instead of 67 KB with the files.",
      "PDFs need a TrueType font with CJK glyphs (Debian package fonts-wqy-microhei); --pdf-share 0 writes none.",
      "",
      "Examples:",
      "  jobs/gongkai synth --reports 500 --seed 7 --out /tmp/corpus",
      "  jobs/gongkai synth --reports 20000 --seed 1 --out /data/synth --packed",
      "  jobs/gongkai synth --reports 1000000 --out /data/million --packed-only",
      "",
      "Exit codes: 0 corpus written, 1 generation failed, 2 bad arguments."
    })
final class SynthCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--reports", paramLabel = "N", required = true, description = "Number of reports.")
  int reports;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path outDir;

  @Option(names = "--packed", description = "Also write packed/corpus.parquet and packed/corpus.jsonl (uses Spark).")
  boolean packed;

  @Option(names = "--packed-only", description = {"Write only packed/corpus.parquet, straight from the generator",
    "(no report files, truth files, manifest or JSON Lines, no Spark): for corpora too large to keep as files."})
  boolean packedOnly;

  @Option(names = "--pdf-share", paramLabel = "P", defaultValue = "" + SynthConfig.DEFAULT_PDF_SHARE,
      description = "Share of reports written as real PDFs (default: ${DEFAULT-VALUE}).")
  double pdfShare;

  @Option(names = "--anomaly-rate", paramLabel = "P", defaultValue = "" + SynthConfig.DEFAULT_ANOMALY_RATE,
      description = "Planting rate of each relation check id the generator plants (default: ${DEFAULT-VALUE}).")
  double anomalyRate;

  @Option(names = "--consolidated-share", paramLabel = "P", defaultValue = "" + SynthConfig.DEFAULT_CONSOLIDATED_SHARE,
      description = {"Chance that a (prefecture or county, year) group, a quarter of it for a province, gets a",
        "consolidated report (全市汇总) when two or more body reports fall in it (default: ${DEFAULT-VALUE}).",
        "Consolidated reports come in addition to the N body reports."})
  double consolidatedShare;

  @Option(names = "--copy-rate", paramLabel = "P", defaultValue = "" + SynthConfig.DEFAULT_COPY_RATE,
      description = {"Chance that a body report is a planted copy (R-XR-COPY): half copied forward from its body's",
        "report of the year before, half copied across from another body's (default: ${DEFAULT-VALUE})."})
  double copyRate;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SynthConfig config;
    try {
      config = SynthConfig.builder().reports(reports).seed(seed).pdfShare(pdfShare).anomalyRate(anomalyRate)
          .consolidatedShare(consolidatedShare).copyRate(copyRate).build();
    } catch (IllegalArgumentException e) {
      err.println("Argument error: " + e.getMessage());
      return 2;
    }
    try {
      long start = System.nanoTime();
      CorpusWriter.Summary s =
          packedOnly ? CorpusWriter.writePackedOnly(config, outDir) : CorpusWriter.write(config, outDir, packed);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf("synth: %d reports + %d consolidated reports = %d files, %.1f MB in %s (%.1f s)%n", s.reports(),
          s.consolidated(), s.files(), s.bytes() / 1e6, outDir, seconds);
      print(out, "layouts", s.layouts());
      print(out, "templates (t2/t3)", s.templates());
      print(out, "planted", s.planted());
      if (s.pdfFont() != null) {
        out.println("  PDF font: " + s.pdfFont());
      }
      if (packedOnly) {
        out.println("  packed: " + outDir.resolve("packed/corpus.parquet"));
      } else if (packed) {
        out.println("  packed: " + outDir.resolve("packed/corpus.parquet") + ", "
            + outDir.resolve("packed/corpus.jsonl"));
      }
      return 0;
    } catch (RuntimeException e) {
      err.println("synth failed: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  private static void print(PrintWriter out, String what, Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("  ").append(what).append(':');
    counts.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
    out.println(sb);
  }
}
