package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a generated corpus into a directory: the report files, {@code truth/<file>.truth.json}, {@code manifest.csv}
 * (header {@code path,url,body,region_code,report_year,published_at}, paths relative to the directory) and, when
 * packed, {@code packed/corpus.jsonl} (content in {@code content_base64}) and {@code packed/corpus.parquet}; or,
 * {@link #writePackedOnly packed only}, just {@code packed/corpus.parquet}.
 */
public final class CorpusWriter {
  /** The directory under the corpus directory that holds the report files. */
  public static final String REPORTS = "reports";

  /** The manifest header, as {@code extract --manifest} reads it. */
  public static final String[] MANIFEST_HEADER = {"path", "url", "body", "region_code", "report_year", "published_at"};

  /**
   * What was written.
   *
   * @param reports the BODY reports ({@code --reports N})
   * @param consolidated the consolidated reports written after them, in addition ({@code c000000…})
   * @param bytes the size of every report file, consolidated ones included
   * @param layouts, templates, planted counts over every report file
   */
  public record Summary(int reports, int consolidated, long bytes, Map<String, Integer> layouts,
      Map<String, Integer> templates, Map<String, Integer> planted, String pdfFont) {
    /** Every report file written. */
    public int files() {
      return reports + consolidated;
    }
  }

  private CorpusWriter() {}

  public static Summary write(SynthConfig config, Path dir, boolean packed) {
    requireNonNull(dir, "dir is null");
    Tally tally = new Tally();
    String font;
    try {
      Files.createDirectories(dir.resolve("truth"));
      // Reports live apart from truth/ and manifest.csv so that `extract --input DIR/reports` reads only reports.
      Files.createDirectories(dir.resolve(REPORTS));
      Path jsonl = dir.resolve("packed").resolve("corpus.jsonl");
      if (packed) {
        Files.createDirectories(jsonl.getParent());
      }
      try (Synthesizer synth = new Synthesizer(config);
          Writer manifestOut = Files.newBufferedWriter(dir.resolve("manifest.csv"), StandardCharsets.UTF_8);
          CSVPrinter manifest = new CSVPrinter(manifestOut,
              CSVFormat.DEFAULT.builder().setHeader(MANIFEST_HEADER).setRecordSeparator('\n').get());
          BufferedWriter lines = packed ? Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8) : null) {
        font = synth.pdfFont();
        synth.generate(r -> {
          try {
            Files.write(dir.resolve(REPORTS).resolve(r.fileName()), r.content());
            Files.writeString(dir.resolve("truth").resolve(r.fileName() + ".truth.json"), r.truthJson(),
                StandardCharsets.UTF_8);
            manifest.printRecord(REPORTS + "/" + r.fileName(), blank(r.url()), blank(r.body()), blank(r.regionCode()),
                r.reportYear() == null ? "" : r.reportYear().toString(), blank(r.publishedAt()));
            if (lines != null) {
              lines.write(jsonLine(r));
              lines.write('\n');
            }
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot write report " + r.fileName() + " under " + dir, e);
          }
          tally.add(r);
        });
      }
      if (packed) {
        PackedCorpus.writeParquet(jsonl, dir.resolve("packed").resolve("corpus.parquet"), tally.files());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the corpus under " + dir, e);
    }
    return tally.summary(font);
  }

  /**
   * Writes only {@code DIR/packed/corpus.parquet}, straight from the generator ({@link PackedParquetWriter}): no
   * report files, truth files, manifest or JSON Lines, and no Spark. The same rows as {@link #write} with {@code
   * packed}, for a corpus too large to keep as files.
   */
  public static Summary writePackedOnly(SynthConfig config, Path dir) {
    requireNonNull(dir, "dir is null");
    Tally tally = new Tally();
    Path parquet = dir.resolve("packed").resolve("corpus.parquet");
    try (Synthesizer synth = new Synthesizer(config);
        PackedParquetWriter out = new PackedParquetWriter(parquet)) {
      synth.generate(r -> {
        try {
          out.write(r);
        } catch (IOException e) {
          throw new UncheckedIOException(
              "Cannot write report " + r.fileName() + " to " + parquet + ": " + e.getMessage(), e);
        }
        tally.add(r);
      });
      return tally.summary(synth.pdfFont());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the packed corpus " + parquet + ": " + e.getMessage(), e);
    }
  }

  /** The counts a {@link Summary} gives, read from each report's truth. */
  private static final class Tally {
    private final Map<String, Integer> layouts = new TreeMap<>();
    private final Map<String, Integer> templates = new TreeMap<>();
    private final Map<String, Integer> planted = new TreeMap<>();
    private long bytes;
    private int reports;
    private int consolidated;

    void add(GeneratedReport r) {
      String truth = r.truthJson();
      if (field(truth, "scope").equals("CONSOLIDATED")) {
        consolidated++;
      } else {
        reports++;
      }
      bytes += r.content().length;
      layouts.merge(field(truth, "layout"), 1, Integer::sum);
      templates.merge(field(truth, "template_t2") + "/" + field(truth, "template_t3"), 1, Integer::sum);
      int at = 0;
      while ((at = truth.indexOf("{\"check\": \"", at)) >= 0 && at < truth.indexOf("\"cells\"")) {
        int end = truth.indexOf('"', at + 11);
        planted.merge(truth.substring(at + 11, end), 1, Integer::sum);
        at = end;
      }
    }

    int files() {
      return reports + consolidated;
    }

    Summary summary(String font) {
      return new Summary(reports, consolidated, bytes, layouts, templates, planted, font);
    }
  }

  private static String blank(String s) {
    return s == null ? "" : s;
  }

  private static String field(String truth, String key) {
    int at = truth.indexOf("\"" + key + "\": \"");
    if (at < 0) {
      return "?";
    }
    int start = at + key.length() + 5;
    return truth.substring(start, truth.indexOf('"', start));
  }

  /** One JSON Lines record: path, content_base64 and the manifest fields (null when blank). */
  static String jsonLine(GeneratedReport r) {
    return "{\"path\":" + Json.str(REPORTS + "/" + r.fileName()) + ",\"content_base64\":"
        + Json.str(Base64.getEncoder().encodeToString(r.content())) + ",\"url\":" + Json.str(r.url()) + ",\"body\":"
        + Json.str(r.body()) + ",\"region_code\":" + Json.str(r.regionCode()) + ",\"report_year\":"
        + (r.reportYear() == null ? "null" : r.reportYear().toString()) + ",\"published_at\":"
        + Json.str(r.publishedAt()) + "}";
  }
}
