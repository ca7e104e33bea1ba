package io.gongkai.jobs;

import io.gongkai.prose.BodyKind;
import io.gongkai.prose.Scope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The optional manifest: UTF-8 CSV with a header, columns {@code path, url, body, region_code, report_year,
 * published_at, scope, body_kind} (only {@code path} is required; {@code scope} is BODY or CONSOLIDATED, {@code
 * body_kind} GOVERNMENT, DEPARTMENT, TOWNSHIP or OTHER, in any case). A file matches a line by its full path, by its
 * path relative to the manifest's directory, or by its file name. A malformed line is reported with its line number
 * and left out.
 *
 * <p>A line Commons CSV cannot read, such as one with a quote that never closes, is such a line too (issue 14: one
 * aborted the whole run). A quoted field may hold line breaks, so a record may span lines, and an unclosed quote would
 * swallow every line after it. The manifest is therefore split into records by following the quotes line by line;
 * when a record that spans lines cannot be read (the file ends inside its quote, text follows a closing quote on a
 * later line, or it does not have the header's number of fields), its first line is reported and left out alone, and
 * reading resumes on the next line. The one case this cannot tell from a real multi-line value is a stray quote that
 * a later stray quote closes into a record with the right number of fields: that is read as one record.
 */
final class Manifest {
  static final List<String> COLUMNS =
      List.of("path", "url", "body", "region_code", "report_year", "published_at", "scope", "body_kind");

  /** Commons CSV with a header, as Excel and the catalogue scrapers write it. */
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

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

  /**
   * Reads the manifest at {@code location}. A missing, unreadable or headerless manifest is an argument error; a line
   * that cannot be read is one of {@link #problems()}, and the others are kept.
   */
  static Manifest read(String location, Configuration conf) throws IOException {
    Path path = new Path(location);
    FileSystem fs = path.getFileSystem(conf);
    if (!fs.exists(path)) {
      throw new IllegalArgumentException(String.format("Cannot read manifest %s: no such file", location));
    }
    if (fs.getFileStatus(path).isDirectory()) {
      throw new IllegalArgumentException(String.format("Cannot read manifest %s: it is a directory", location));
    }
    List<String> lines = lines(fs, path, location);
    int start = 0;
    while (start < lines.size() && lines.get(start).isEmpty()) {
      start++;
    }
    if (start == lines.size()) {
      throw new IllegalArgumentException(
          String.format("Cannot read manifest %s: the header must have a 'path' column, found none", location));
    }
    Span headerSpan = Span.scan(lines, start);
    if (headerSpan.problem() != null) {
      throw new IllegalArgumentException(String.format(
          "Cannot read manifest %s: line %d, the header: %s", location, headerSpan.first() + 1, headerSpan.problem()));
    }
    List<String> header = header(headerSpan.text(), location);
    CSVFormat format = FORMAT.builder().setHeader(header.toArray(String[]::new)).setSkipHeaderRecord(false).get();
    Map<String, ManifestEntry> byPath = new HashMap<>();
    List<String> problems = new ArrayList<>();
    int next = headerSpan.last() + 1;
    while (next < lines.size()) {
      if (lines.get(next).isEmpty()) {
        next++;
        continue;
      }
      Span span = Span.scan(lines, next);
      String problem = span.problem();
      CSVRecord record = null;
      if (problem == null) {
        record = record(span, format);
        if (record == null) {
          problem = span.first() == span.last() ? Span.NOT_CSV : Span.UNTERMINATED;
        } else if (span.first() != span.last() && !record.isConsistent()) {
          // Well-formed CSV, yet not one manifest line: the quote on the first line most likely never closed, and a
          // stray quote further down happened to close it.
          problem = Span.UNTERMINATED;
        }
      }
      if (problem != null) {
        // Resynchronise: the first line is left out alone, and the lines its open quote swallowed are read again.
        problems.add(
            String.format("Manifest %s line %d: %s", location, span.first() + 1, column(problem, span, header)));
        next = span.first() + 1;
        continue;
      }
      try {
        ManifestEntry entry = entry(record);
        byPath.put(entry.path(), entry);
      } catch (IllegalArgumentException e) {
        problems.add(String.format("Manifest %s %s: %s", location, span.where(), e.getMessage()));
      }
      next = span.last() + 1;
    }
    return new Manifest(byPath, problems);
  }

  /** The whole manifest, one string per physical line (any of \n, \r\n, \r ends one), the byte-order mark dropped. */
  private static List<String> lines(FileSystem fs, Path path, String location) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(withoutBom(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8)))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(String.format("Cannot read manifest %s: %s", location, e.getMessage()), e);
    }
    return lines;
  }

  private static List<String> header(String text, String location) {
    Map<String, Integer> header;
    try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
      header = csv.getHeaderMap();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(String.format("Cannot read manifest %s: %s", location, e.getMessage()), e);
    }
    if (header == null || !header.containsKey("path")) {
      throw new IllegalArgumentException(
          String.format("Cannot read manifest %s: the header must have a 'path' column, found %s", location,
              header == null ? "none" : header.keySet()));
    }
    return List.copyOf(header.keySet());
  }

  /** The one record of a span the scan found well formed, or null if Commons CSV still cannot read it. */
  private static CSVRecord record(Span span, CSVFormat format) {
    try (CSVParser csv = CSVParser.builder().setReader(new StringReader(span.text())).setFormat(format).get()) {
      List<CSVRecord> records = csv.getRecords();
      return records.size() == 1 ? records.get(0) : null;
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  /** A quoting problem names the column where the quote is, by its header name where it has one. */
  private static String column(String problem, Span span, List<String> header) {
    if (problem.equals(Span.NOT_CSV)) {
      return problem;
    }
    String column =
        span.field() < header.size() ? "'" + header.get(span.field()) + "'" : "number " + (span.field() + 1);
    return problem + " in column " + column;
  }

  /**
   * Physical lines {@code first..last} (0-based) that make one CSV record, found by following quotes as Commons CSV's
   * default format does: a field that starts with a quote runs to the next lone quote, across line breaks; a doubled
   * quote inside it is a quote; after the closing quote only spaces may come before the comma or the line's end; a
   * quote inside an unquoted field is an ordinary character.
   *
   * @param text the lines joined with \n, or null when they are no record
   * @param problem why they are no record, else null
   * @param field 0-based number of the field where the problem is, or whose quote carried the record past its first
   *     line
   */
  private record Span(int first, int last, String text, String problem, int field) {
    static final String UNTERMINATED = "unterminated quoted field";
    static final String AFTER_QUOTE = "text after the closing quote of a quoted field";
    static final String NOT_CSV = "not a CSV record";

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE, AFTER_QUOTE }

    static Span scan(List<String> lines, int first) {
      State state = State.FIELD_START;
      int field = 0;
      int carried = -1;
      for (int i = first; i < lines.size(); i++) {
        String line = lines.get(i);
        for (int k = 0; k < line.length(); k++) {
          char c = line.charAt(k);
          switch (state) {
            case FIELD_START -> state = c == '"' ? State.QUOTED : c == ',' ? State.FIELD_START : State.UNQUOTED;
            case UNQUOTED -> state = c == ',' ? State.FIELD_START : State.UNQUOTED;
            case QUOTED -> state = c == '"' ? State.QUOTE : State.QUOTED;
            case QUOTE, AFTER_QUOTE -> {
              if (c == '"' && state == State.QUOTE) {
                state = State.QUOTED;
              } else if (c == ',') {
                state = State.FIELD_START;
              } else if (Character.isWhitespace(c)) {
                state = State.AFTER_QUOTE;
              } else {
                // On a later line this is most likely the quote that never closed on the first line.
                return i == first
                    ? new Span(first, i, null, AFTER_QUOTE, field)
                    : new Span(first, i, null, UNTERMINATED, carried);
              }
            }
          }
          if (state == State.FIELD_START) {
            field++;
          }
        }
        if (state != State.QUOTED) {
          return new Span(first, i, String.join("\n", lines.subList(first, i + 1)), null, carried < 0 ? 0 : carried);
        }
        if (carried < 0) {
          carried = field;
        }
      }
      return new Span(first, lines.size() - 1, null, UNTERMINATED, carried);
    }

    /** As a problem names them, 1-based. */
    String where() {
      return first == last ? "line " + (first + 1) : "lines " + (first + 1) + "-" + (last + 1);
    }
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
    Scope scope = constant(Scope.class, record, "scope");
    BodyKind bodyKind = constant(BodyKind.class, record, "body_kind");
    return new ManifestEntry(
        path, value(record, "url"), value(record, "body"), region, year, published, scope, bodyKind);
  }

  /** A column holding one of an enum's names, in any case (Locale.ROOT); null when blank. */
  private static <E extends Enum<E>> E constant(Class<E> type, CSVRecord record, String column) {
    String text = value(record, column);
    if (text == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text.toUpperCase(Locale.ROOT))) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new IllegalArgumentException(
        String.format("%s '%s' is not one of %s", column, text, String.join(", ", names)));
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
