package io.gongkai.jobs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The optional manifest: UTF-8 CSV with a header, columns {@code path, url, body, region_code, report_year,
 * published_at} (only {@code path} is required). A file matches a line by its full path, by its path relative to the
 * manifest's directory, or by its file name. A malformed line is reported with its line number and left out.
 */
final class Manifest {
  static final List<String> COLUMNS = List.of("path", "url", "body", "region_code", "report_year", "published_at");

  private final Map<String, ManifestEntry> byPath;
  private final List<String> problems;

  private Manifest(Map<String, ManifestEntry> byPath, List<String> problems) {
    this.byPath = byPath;
    this.problems = List.copyOf(problems);
  }

  static Manifest empty() {
    return new Manifest(new HashMap<>(), List.of());
  }

  /** Malformed lines, each naming the manifest line and the value. */
  List<String> problems() {
    return problems;
  }

  int size() {
    return byPath.size();
  }

  /** Keys are full paths, paths relative to the manifest directory and bare file names. */
  HashMap<String, ManifestEntry> entries() {
    return new HashMap<>(byPath);
  }

  static ManifestEntry lookup(Map<String, ManifestEntry> entries, String qualifiedPath) {
    ManifestEntry entry = entries.get(qualifiedPath);
    if (entry == null) {
      String noScheme = qualifiedPath.replaceFirst("^file:", "");
      entry = entries.get(noScheme);
    }
    if (entry == null) {
      for (String key : suffixes(qualifiedPath)) {
        entry = entries.get(key);
        if (entry != null) {
          break;
        }
      }
    }
    return entry;
  }

  private static List<String> suffixes(String path) {
    List<String> keys = new ArrayList<>();
    int i = path.indexOf('/');
    while (i >= 0) {
      keys.add(path.substring(i + 1));
      i = path.indexOf('/', i + 1);
    }
    return keys;
  }

  static Manifest read(String location, Configuration conf) throws IOException {
    Path path = new Path(location);
    FileSystem fs = path.getFileSystem(conf);
    if (!fs.exists(path)) {
      throw new IllegalArgumentException(String.format("Cannot read manifest %s: no such file", location));
    }
    Map<String, ManifestEntry> byPath = new HashMap<>();
    List<String> problems = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = withoutBom(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8));
        CSVParser csv = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      Map<String, Integer> header = csv.getHeaderMap();
      if (header == null || !header.containsKey("path")) {
        throw new IllegalArgumentException(
            String.format("Cannot read manifest %s: the header must have a 'path' column, found %s", location,
                header == null ? "none" : header.keySet()));
      }
      for (CSVRecord record : csv) {
        long line = record.getParser().getCurrentLineNumber();
        try {
          ManifestEntry entry = entry(record);
          byPath.put(entry.path(), entry);
        } catch (IllegalArgumentException e) {
          problems.add(String.format("Manifest %s line %d: %s", location, line, e.getMessage()));
        }
      }
    }
    return new Manifest(byPath, problems);
  }

  private static ManifestEntry entry(CSVRecord record) {
    if (!record.isConsistent()) {
      throw new IllegalArgumentException(
          String.format("expected %d fields, found %d", record.getParser().getHeaderMap().size(), record.size()));
    }
    String path = value(record, "path");
    if (path == null) {
      throw new IllegalArgumentException("path is empty");
    }
    Integer year = null;
    String yearText = value(record, "report_year");
    if (yearText != null) {
      try {
        year = Integer.parseInt(yearText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format("report_year '%s' is not a year", yearText));
      }
      if (year < 2000 || year > 2100) {
        throw new IllegalArgumentException(String.format("report_year %d is out of range 2000-2100", year));
      }
    }
    String published = value(record, "published_at");
    if (published != null) {
      try {
        published = LocalDate.parse(published).toString();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(String.format("published_at '%s' is not a date (yyyy-mm-dd)", published));
      }
    }
    String region = value(record, "region_code");
    if (region != null && !region.matches("\\d{2}(\\d{2}){0,2}(\\d{3}){0,2}")) {
      throw new IllegalArgumentException(String.format("region_code '%s' is not a GB/T 2260 code", region));
    }
    return new ManifestEntry(path, value(record, "url"), value(record, "body"), region, year, published);
  }

  private static String value(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String v = record.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** Excel writes UTF-8 CSV with a byte-order mark; it must not become part of the first header name. */
  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\ufeff') {
      pushback.unread(first);
    }
    return pushback;
  }
}
