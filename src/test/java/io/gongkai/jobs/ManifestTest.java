package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.prose.BodyKind;
import io.gongkai.prose.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Manifest#read}: lines Commons CSV cannot read are reported and left out alone (issue 14). */
class ManifestTest {
  private static final Configuration CONF = new Configuration();
  private static final String HEADER = "path,url,body,region_code,report_year,published_at";

  @TempDir Path dir;

  @Test
  void unterminatedQuoteMidFileLeavesOutThatLineAlone() throws IOException {
    Path file = dir.resolve("manifest.csv");
    String fixture = "/fixtures/manifest-unterminated-quote-mid-file.csv";
    try (InputStream in = ManifestTest.class.getResourceAsStream(fixture)) {
      Files.write(file, in.readAllBytes());
    }

    Manifest manifest = Manifest.read(file.toString(), CONF);

    assertEquals(
        List.of(
            "Manifest " + file + " line 3: unterminated quoted field in column 'body'",
            "Manifest " + file + " line 7: report_year 'abc' is not a year"),
        manifest.problems());
    // The quoted body of d.pdf holds a line break: a legitimate record over two lines, read as one.
    assertEquals(
        List.of(
            new ManifestEntry(
                "a.pdf", "http://a.gov.cn/nb2020", "甲县人民政府", "320813", 2020, "2021-01-20", null, null),
            new ManifestEntry("c.pdf", null, "丙县人民政府", "320813", 2021, null, null, null),
            new ManifestEntry("d.pdf", null, "丁县\n人民政府", null, 2022, null, null, null),
            new ManifestEntry("f.pdf", null, "己县人民政府", null, 2023, null, null, null)),
        entries(manifest));
  }

  @Test
  void unterminatedQuoteOnTheLastLineIsReported() throws IOException {
    Path file = manifest(HEADER, "a.pdf,,甲县,,2020,", "\"b.pdf,,乙县,,2020,");

    Manifest manifest = Manifest.read(file.toString(), CONF);

    assertEquals(
        List.of("Manifest " + file + " line 3: unterminated quoted field in column 'path'"), manifest.problems());
    assertEquals(List.of(new ManifestEntry("a.pdf", null, "甲县", null, 2020, null, null, null)), entries(manifest));
  }

  @Test
  void twoUnterminatedQuotesAreEachReportedAndTheLinesBetweenKept() throws IOException {
    Path file =
        manifest(HEADER, "a.pdf,,\"甲县,,2020,", "b.pdf,,乙县,,2020,", "c.pdf,,\"丙县,,2020,", "d.pdf,,丁县,,2020,");

    Manifest manifest = Manifest.read(file.toString(), CONF);

    assertEquals(
        List.of(
            "Manifest " + file + " line 2: unterminated quoted field in column 'body'",
            "Manifest " + file + " line 4: unterminated quoted field in column 'body'"),
        manifest.problems());
    assertEquals(
        List.of(
            new ManifestEntry("b.pdf", null, "乙县", null, 2020, null, null, null),
            new ManifestEntry("d.pdf", null, "丁县", null, 2020, null, null, null)),
        entries(manifest));
  }

  @Test
  void textAfterAClosingQuoteIsReported() throws IOException {
    Path file = manifest(HEADER, "\"a.pdf\"x,,甲县,,2020,", "b.pdf,,\"乙县\" ,,2020,");

    Manifest manifest = Manifest.read(file.toString(), CONF);

    // Spaces after a closing quote are allowed, as Commons CSV allows them.
    assertEquals(
        List.of("Manifest " + file + " line 2: text after the closing quote of a quoted field in column 'path'"),
        manifest.problems());
    assertEquals(List.of(new ManifestEntry("b.pdf", null, "乙县", null, 2020, null, null, null)), entries(manifest));
  }

  @Test
  void strayQuoteClosedByAnotherIntoTooFewFieldsIsTheFirstLinesProblem() throws IOException {
    Path file = manifest(HEADER, "a.pdf,,\"甲县,,2020,", "b.pdf,,乙县\"", "c.pdf,,丙县,,2020,");

    Manifest manifest = Manifest.read(file.toString(), CONF);

    // Lines 2-3 parse as one record of 3 fields; line 2 is left out, and line 3 read again: its quote is literal.
    assertEquals(
        List.of(
            "Manifest " + file + " line 2: unterminated quoted field in column 'body'",
            "Manifest " + file + " line 3: expected 6 fields, found 3"),
        manifest.problems());
    assertEquals(List.of(new ManifestEntry("c.pdf", null, "丙县", null, 2020, null, null, null)), entries(manifest));
  }

  @Test
  void strayQuoteClosedByAnotherIntoAWellFormedRecordIsReadAsOneRecord() throws IOException {
    Path file = manifest(HEADER, "a.pdf,,\"甲县", "b.pdf,,乙县\",,2020,", "c.pdf,,丙县,,2020,");

    Manifest manifest = Manifest.read(file.toString(), CONF);

    // The documented limit: this cannot be told from a body over two lines.
    assertEquals(List.of(), manifest.problems());
    assertEquals(
        List.of(
            new ManifestEntry("a.pdf", null, "甲县\nb.pdf,,乙县", null, 2020, null, null, null),
            new ManifestEntry("c.pdf", null, "丙县", null, 2020, null, null, null)),
        entries(manifest));
  }

  @Test
  void problemInARecordOverSeveralLinesNamesThemAll() throws IOException {
    Path file = manifest(HEADER, "a.pdf,,\"甲县", "人民政府\",,20x0,", "b.pdf,,乙县,,2020,");

    Manifest manifest = Manifest.read(file.toString(), CONF);

    assertEquals(List.of("Manifest " + file + " lines 2-3: report_year '20x0' is not a year"), manifest.problems());
    assertEquals(List.of(new ManifestEntry("b.pdf", null, "乙县", null, 2020, null, null, null)), entries(manifest));
  }

  @Test
  void byteOrderMarkCrLfAndBlankLinesAreRead() throws IOException {
    Path file = dir.resolve("excel.csv");
    Files.write(
        file,
        ("\ufeff" + HEADER + "\r\n\r\na.pdf,,\"甲县\r\n人民政府\",,2020,\r\nb.pdf,,乙县,,2021,\r\n")
            .getBytes(StandardCharsets.UTF_8));

    Manifest manifest = Manifest.read(file.toString(), CONF);

    assertEquals(List.of(), manifest.problems());
    // A line break inside a quoted field comes back as \n, whatever the file used.
    assertEquals(
        List.of(
            new ManifestEntry("a.pdf", null, "甲县\n人民政府", null, 2020, null, null, null),
            new ManifestEntry("b.pdf", null, "乙县", null, 2021, null, null, null)),
        entries(manifest));
  }

  @Test
  void scopeAndBodyKindColumnsTakeTheirNamesInAnyCase() throws IOException {
    Path file =
        manifest(
            HEADER + ",scope,body_kind",
            "a.pdf,,上海市人民政府办公厅,31,2023,,consolidated,Government",
            "b.pdf,,某区教育局,,2023,,BODY,",
            "c.pdf,,某镇人民政府,,2023,,,TOWNSHIP",
            "d.pdf,,,,2023,,,");

    Manifest manifest = Manifest.read(file.toString(), CONF);

    assertEquals(List.of(), manifest.problems());
    assertEquals(
        List.of(
            new ManifestEntry(
                "a.pdf", null, "上海市人民政府办公厅", "31", 2023, null, Scope.CONSOLIDATED, BodyKind.GOVERNMENT),
            new ManifestEntry("b.pdf", null, "某区教育局", null, 2023, null, Scope.BODY, null),
            new ManifestEntry("c.pdf", null, "某镇人民政府", null, 2023, null, null, BodyKind.TOWNSHIP),
            new ManifestEntry("d.pdf", null, null, null, 2023, null, null, null)),
        entries(manifest));
  }

  @Test
  void badScopeOrBodyKindIsAProblemLineAndTheOthersAreKept() throws IOException {
    Path file =
        manifest(
            HEADER + ",scope,body_kind",
            "a.pdf,,上海市,31,2023,,REGION,",
            "b.pdf,,某区教育局,,2023,,BODY,BUREAU",
            "c.pdf,,某县人民政府,,2023,,CONSOLIDATED,GOVERNMENT");

    Manifest manifest = Manifest.read(file.toString(), CONF);

    assertEquals(
        List.of(
            "Manifest " + file + " line 2: scope 'REGION' is not one of BODY, CONSOLIDATED",
            "Manifest " + file + " line 3: body_kind 'BUREAU' is not one of GOVERNMENT, DEPARTMENT, TOWNSHIP, OTHER"),
        manifest.problems());
    assertEquals(
        List.of(
            new ManifestEntry(
                "c.pdf", null, "某县人民政府", null, 2023, null, Scope.CONSOLIDATED, BodyKind.GOVERNMENT)),
        entries(manifest));
  }

  @Test
  void missingManifestIsAnArgumentError() {
    String missing = dir.resolve("missing.csv").toString();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Manifest.read(missing, CONF));

    assertEquals("Cannot read manifest " + missing + ": no such file", e.getMessage());
  }

  @Test
  void directoryAsManifestIsAnArgumentError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Manifest.read(dir.toString(), CONF));

    assertEquals("Cannot read manifest " + dir + ": it is a directory", e.getMessage());
  }

  @Test
  void unreadableManifestIsAnArgumentError() throws IOException {
    Path file = manifest(HEADER, "a.pdf,,甲县,,2020,");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(file), "running as root: a file with mode 000 can still be read");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Manifest.read(file.toString(), CONF));

    assertEquals("Cannot read manifest " + file + ": " + file + " (Permission denied)", e.getMessage());
  }

  @Test
  void headerWithAnUnterminatedQuoteIsAnArgumentError() throws IOException {
    Path file = manifest("path,\"url,body", "a.pdf,,甲县");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Manifest.read(file.toString(), CONF));

    assertEquals(
        "Cannot read manifest " + file + ": line 1, the header: unterminated quoted field", e.getMessage());
  }

  @Test
  void headerWithoutPathIsAnArgumentError() throws IOException {
    Path file = manifest("file,url", "a.pdf,");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Manifest.read(file.toString(), CONF));

    assertEquals(
        "Cannot read manifest " + file + ": the header must have a 'path' column, found [file, url]", e.getMessage());
  }

  @Test
  void emptyManifestIsAnArgumentError() throws IOException {
    Path file = manifest();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Manifest.read(file.toString(), CONF));

    assertEquals(
        "Cannot read manifest " + file + ": the header must have a 'path' column, found none", e.getMessage());
  }

  private Path manifest(String... lines) throws IOException {
    Path file = dir.resolve("manifest.csv");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  /** The entries in path order. */
  private static List<ManifestEntry> entries(Manifest manifest) {
    return new ArrayList<>(new TreeMap<>(manifest.entries()).values());
  }
}
