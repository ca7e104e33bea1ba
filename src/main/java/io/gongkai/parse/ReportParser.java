package io.gongkai.parse;

import io.gongkai.check.ProseChecks;
import io.gongkai.check.RelationEvaluator;
import io.gongkai.ingest.Document;
import io.gongkai.ingest.DocumentReader;
import io.gongkai.ingest.Ingested;
import io.gongkai.ingest.RejectReason;
import io.gongkai.layout.HtmlLayout;
import io.gongkai.layout.PdfLayout;
import io.gongkai.layout.PinyinAnnotations;
import io.gongkai.layout.SourceRow;
import io.gongkai.layout.TextLayout;
import io.gongkai.prose.FigureExtractor;
import io.gongkai.prose.ProseFindings;
import io.gongkai.prose.ProseReader;
import io.gongkai.prose.ReportYear;
import io.gongkai.prose.Sentence;
import io.gongkai.prose.StatedFigure;
import io.gongkai.report.CheckResult;
import io.gongkai.report.ParsedReport;
import io.gongkai.report.Template;
import io.gongkai.template.Finding;
import io.gongkai.template.ReportFlag;
import io.gongkai.template.ReportTables;
import io.gongkai.template.TableReader;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Parses one report file. Thread-safe and stateless; it never throws for any byte content: a file it cannot read is
 * a {@link ParsedReport.Status#REJECTED} report with a stable reason, and a file with no recognisable table is a
 * parsed report without cells. It does not own or close any stream: it takes the bytes.
 */
public final class ReportParser {
  /**
   * Recorded with every output row so a warehouse can tell which parser produced it; moves whenever the output does
   * (ParserVersionTest holds the fingerprint of each version's output on the samples and fixtures).
   */
  public static final String VERSION = "0.5.1";

  /**
   * The most reports a corpus loop should hand {@link #parseAll} at once, and the most input bytes: a batch closes at
   * whichever comes first. HanLP segments faster the longer it runs uninterrupted (one thread over 3,000 synthetic
   * reports: about 0.8–1.3 M characters per second one report at a time, 1.5–1.9 M in batches of 16, 1.8–2.4 M in
   * batches of 256); the byte bound keeps a batch of large PDFs, whose parse is held until the batch ends, to a few
   * tens of megabytes.
   */
  public static final int BATCH_REPORTS = 256;

  /** See {@link #BATCH_REPORTS}. */
  public static final long BATCH_BYTES = 16L << 20;

  private final DocumentReader reader = new DocumentReader();
  private final RelationEvaluator evaluator = RelationEvaluator.standard();

  /**
   * One report file to parse: its name, its bytes, and their SHA-256 ({@link io.gongkai.ingest.ContentHash}) when the
   * caller has it already (the extract job keys every input by it), else null and the parser computes it.
   */
  public record Source(String fileName, byte[] bytes, String sha256) {
    public Source {
      java.util.Objects.requireNonNull(fileName, "fileName is null");
      java.util.Objects.requireNonNull(bytes, "bytes is null");
    }

    public Source(String fileName, byte[] bytes) {
      this(fileName, bytes, null);
    }
  }

  public ParsedReport parse(String fileName, byte[] bytes) {
    return parseAll(List.of(new Source(fileName, bytes))).get(0);
  }

  /**
   * Parses several reports: the same reports {@link #parse} gives one by one, in order. The tables of all of them are
   * read first, then the figures their prose states, back to back, then the rest of their prose: HanLP's dictionaries
   * stay in the CPU caches while it segments consecutive reports, which a PDF parse between two of them evicts (the
   * benchmark measured HanLP at about half its tight-loop speed right after a parse).
   */
  public List<ParsedReport> parseAll(List<Source> sources) {
    return parseAll(sources, null);
  }

  /**
   * {@link #parseAll(List)}, adding to {@code nanos[i]} the time spent on source {@code i} in each of the passes (the
   * benchmark's parse time by format, which a batch's total cannot give); {@code null} times nothing.
   *
   * @throws IllegalArgumentException if {@code nanos} is shorter than {@code sources}
   */
  public List<ParsedReport> parseAll(List<Source> sources, long[] nanos) {
    if (nanos != null && nanos.length < sources.size()) {
      throw new IllegalArgumentException(
          String.format("Cannot time %d sources in %d slots", sources.size(), nanos.length));
    }
    List<Staged> stages = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      long t0 = nanos == null ? 0 : System.nanoTime();
      stages.add(readTables(sources.get(i)));
      if (nanos != null) {
        nanos[i] += System.nanoTime() - t0;
      }
    }
    List<List<StatedFigure>> figures = new ArrayList<>(sources.size());
    for (int i = 0; i < stages.size(); i++) {
      long t0 = nanos == null ? 0 : System.nanoTime();
      List<StatedFigure> stated = null;
      if (stages.get(i) instanceof TablesRead read) {
        try {
          stated = FigureExtractor.extract(read.sentences());
        } catch (RuntimeException | StackOverflowError e) {
          stages.set(i, new Done(read.internalError(e)));
        }
      }
      figures.add(stated);
      if (nanos != null) {
        nanos[i] += System.nanoTime() - t0;
      }
    }
    List<ParsedReport> reports = new ArrayList<>(sources.size());
    for (int i = 0; i < stages.size(); i++) {
      long t0 = nanos == null ? 0 : System.nanoTime();
      Staged stage = stages.get(i);
      if (stage instanceof TablesRead read) {
        try {
          reports.add(finish(read, figures.get(i)));
        } catch (RuntimeException | StackOverflowError e) {
          reports.add(read.internalError(e));
        }
      } else {
        reports.add(((Done) stage).report());
      }
      if (nanos != null) {
        nanos[i] += System.nanoTime() - t0;
      }
    }
    return reports;
  }

  /** A report between the two passes of {@link #parseAll}: finished already, or waiting for its prose. */
  private sealed interface Staged permits Done, TablesRead {}

  /** Rejected (or failed) before its prose: nothing left to do. */
  private record Done(ParsedReport report) implements Staged {}

  /** A report whose tables are read and whose prose is not yet. */
  private record TablesRead(
      Document document, long size, String sha256, List<SourceRow> rows, ReportTables tables,
      List<Sentence> sentences, int pinyinRemoved) implements Staged {
    /** One bad report never aborts a partition: the bug is recorded as a reject and the others carry on. */
    ParsedReport internalError(Throwable e) {
      return internalErrorOf(document, size, sha256, e);
    }
  }

  private Staged readTables(Source source) {
    Ingested ingested = reader.read(source.fileName(), source.bytes(), source.sha256());
    if (ingested instanceof Ingested.Rejected rejected) {
      return new Done(
          ParsedReport.rejected(
              source.fileName(), rejected.sizeBytes(), rejected.sha256(), null, null, rejected.reason().name(),
              rejected.detail()));
    }
    Ingested.Accepted accepted = (Ingested.Accepted) ingested;
    Document document = accepted.document();
    try {
      int pinyinRemoved = 0;
      if (document.format() != io.gongkai.ingest.SourceFormat.PDF) {
        PinyinAnnotations.Stripped stripped = PinyinAnnotations.strip(document.text());
        if (stripped.removed() > 0) {
          pinyinRemoved = stripped.removed();
          document =
              new Document(
                  document.fileName(), document.format(), document.encoding(), stripped.text(), document.lines());
        }
      }
      List<SourceRow> rows =
          switch (document.format()) {
            case TEXT -> TextLayout.read(document.text());
            case HTML -> HtmlLayout.read(document.text());
            case PDF -> PdfLayout.read(document.lines());
          };
      ReportTables tables = TableReader.read(rows);
      return new TablesRead(
          document, accepted.sizeBytes(), accepted.sha256(), rows, tables, ProseReader.read(rows, tables),
          pinyinRemoved);
    } catch (RuntimeException | StackOverflowError e) {
      return new Done(internalErrorOf(document, accepted.sizeBytes(), accepted.sha256(), e));
    }
  }

  private static ParsedReport internalErrorOf(Document document, long size, String sha256, Throwable e) {
    return ParsedReport.rejected(
        document.fileName(), size, sha256, document.format().name(), document.encoding(),
        RejectReason.INTERNAL_ERROR.name(), "Cannot parse " + document.fileName() + ": " + e);
  }

  private ParsedReport finish(TablesRead read, List<StatedFigure> figures) {
    Document document = read.document();
    ReportTables tables = read.tables();
    String text = proseText(document, read.rows());
    ProseFindings prose = ProseFindings.read(read.sentences(), text, figures);
    OptionalInt year = ReportYear.detect(text);
    List<String> flags = new ArrayList<>();
    if (read.pinyinRemoved() > 0) {
      // The text was changed before it was read: say so, with how many readings went.
      flags.add(new Finding(ReportFlag.PINYIN_REMOVED, Integer.toString(read.pinyinRemoved())).toString());
    }
    for (Finding finding : tables.findings()) {
      flags.add(finding.toString());
    }
    if (year.isPresent()) {
      templateYearMismatch(year.getAsInt(), tables.templateT2(), "t2", flags);
      templateYearMismatch(year.getAsInt(), tables.templateT3(), "t3", flags);
    }
    if (prose.meta().periodNotFullYear()) {
      flags.add(
          new Finding(ReportFlag.PERIOD_NOT_FULL_YEAR, prose.meta().periodStart() + ".." + prose.meta().periodEnd())
              .toString());
    }
    List<CheckResult> checks = new ArrayList<>(evaluator.evaluate(tables.cells(), tables.unprinted()));
    checks.addAll(ProseChecks.evaluate(prose.figures(), tables.cells(), tables.unprinted()));
    return new ParsedReport(
        document.fileName(), read.size(), read.sha256(), ParsedReport.Status.PARSED, document.format().name(),
        document.encoding(), null, null, year.isPresent() ? year.getAsInt() : null, tables.templateT2(),
        tables.templateT3(), tables.cells(), checks, flags, prose);
  }

  /** Spec §0.5: T2019 tables in a report on 2021 or later, or T2021 tables in a 2019/2020 report. */
  private static void templateYearMismatch(int year, Template template, String table, List<String> flags) {
    if ((template == Template.T2019 && year >= 2021) || (template == Template.T2021 && year < 2021)) {
      flags.add(new Finding(ReportFlag.TEMPLATE_YEAR_MISMATCH, table).toString());
    }
  }

  private static String proseText(Document document, List<SourceRow> rows) {
    if (document.format() == io.gongkai.ingest.SourceFormat.TEXT) {
      return document.text();
    }
    StringBuilder sb = new StringBuilder();
    for (SourceRow row : rows) {
      sb.append(row.text()).append('\n');
    }
    return sb.toString();
  }
}
