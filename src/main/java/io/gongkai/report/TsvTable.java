package io.gongkai.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The data tables that drive the parser (templates, relations, prose rules, themes): UTF-8 tab-separated files with a
 * header row, next to the class that owns them on the classpath. A missing table is a packaging bug: it throws. A line
 * starting with {@code #} is a comment (a table documents its own columns that way, as {@code metrics.tsv} does).
 */
public final class TsvTable {
  private static final CSVFormat FORMAT =
      CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setCommentMarker('#').get();

  private TsvTable() {}

  public static List<CSVRecord> read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find table " + name + " next to " + owner.getName());
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read table " + name + " next to " + owner.getName(), e);
    }
  }

  /** Reads a table in the same format from any reader (tests hand it a table in a string); closes the reader. */
  public static List<CSVRecord> parse(Reader reader, String name) {
    try (reader) {
      return FORMAT.parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read table " + name, e);
    }
  }
}
