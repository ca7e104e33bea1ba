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
 * header row, next to the class that owns them on the classpath. A missing table is a packaging bug: it throws.
 */
public final class TsvTable {
  private static final CSVFormat FORMAT =
      CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private TsvTable() {}

  public static List<CSVRecord> read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find table " + name + " next to " + owner.getName());
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return FORMAT.parse(reader).getRecords();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read table " + name + " next to " + owner.getName(), e);
    }
  }
}
