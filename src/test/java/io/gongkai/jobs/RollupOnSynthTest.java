package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.eval.TruthCheck;
import io.gongkai.eval.TruthReader;
import io.gongkai.eval.TruthReport;
import io.gongkai.rollup.ExpectedRollups;
import io.gongkai.synth.CorpusWriter;
import io.gongkai.synth.SynthConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rollups of a synthetic corpus equal the figures computed from the generator's truth: several hundred reports
 * over many years and provinces, every body kind, consolidated reports (some exact sums of their bodies, some not),
 * printed blanks and {@code /}, and rejected files. Where each report counts (year, region, scope, kind, body) is the
 * truth's, given to the job through the manifest as a publisher's catalogue would: the values and their coverage come
 * from the tables the job parsed, and the oracle ({@link ExpectedRollups}) takes them from the truth's cells.
 *
 * <p>The consolidated reports' R-XR-CONSOLIDATED statuses equal the truth's {@code consolidated_checks}: the
 * generator knows which totals it made exact, larger (bodies without a report) or smaller (a body left out).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupOnSynthTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REPORTS = 400;

  @TempDir static Path dir;
  private SparkSession spark;
  private final List<ExpectedRollups.Report> truth = new ArrayList<>();
  private final Map<String, TruthReport> truthByFile = new TreeMap<>();
  private Path warehouse;

  @BeforeAll
  void extract() throws IOException {
    spark =
        SparkSession.builder().master("local[2]").appName("RollupOnSynthTest").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    Path corpus = dir.resolve("corpus");
    CorpusWriter.write(
        SynthConfig.builder().reports(REPORTS).seed(15).pdfShare(0).consolidatedShare(0.5).build(), corpus, false);
    Path reports = corpus.resolve(CorpusWriter.REPORTS);
    Path manifest = corpus.resolve("rollup-manifest.csv");
    try (Writer out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
            .setHeader("path", "body", "region_code", "report_year", "scope", "body_kind").get());
        Stream<Path> files = Files.list(corpus.resolve("truth"))) {
      List<Path> truthFiles = files.sorted().toList();
      String someRegion = null;
      int someYear = 0;
      String someFile = null;
      for (Path t : truthFiles) {
        byte[] bytes = Files.readAllBytes(t);
        TruthReport report = TruthReader.read(t.toString(), bytes);
        JsonNode json = JSON.readTree(bytes);
        String file = report.file();
        int year = json.get("report_year").asInt();
        String region = json.get("region_code").asText();
        csv.printRecord(CorpusWriter.REPORTS + "/" + file, json.get("body").asText(), region, year,
            report.speaksFor().scope(), report.speaksFor().bodyKind());
        truthByFile.put(file, report);
        truth.add(new ExpectedRollups.Report(file, false, year, report.speaksFor().scope(),
            report.speaksFor().bodyKind(), json.get("body").asText(), report.speaksFor().provinceCode(),
            report.speaksFor().prefectureCode(), report.speaksFor().countyCode(), report.templateT2(),
            report.templateT3(), report.cells(), Set.of()));
        if (someRegion == null && report.speaksFor().countyCode() != null) {
          someRegion = report.speaksFor().countyCode();
          someYear = year;
          someFile = file;
        }
      }
      // Rejected files, placed by the manifest: each is missing from its region's totals and counted so.
      rejected(csv, reports, "x-empty.txt", new byte[0], someRegion, someYear, "BODY");
      rejected(csv, reports, "x-binary.txt", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 9}, someRegion,
          someYear, "BODY");
      rejected(csv, reports, "x-broken.pdf", "%PDF-1.4\n%broken".getBytes(StandardCharsets.US_ASCII), someRegion,
          someYear + 1, "BODY");
      // Not counted: a rejected consolidated report, and a copy of a report (its bytes count once, as the first).
      rejected(csv, reports, "x-consolidated.txt", new byte[0], someRegion, someYear, "CONSOLIDATED");
      rejected(csv, reports, "x-copy.txt", Files.readAllBytes(reports.resolve(someFile)), someRegion, someYear,
          "BODY");
    }
    warehouse = dir.resolve("w");
    RunSummary summary = new ExtractJob(spark).run(new ExtractJob.Options(List.of(reports.toString()),
        warehouse.toString(), manifest.toString(), false, 3));
    assertEquals(List.of(), summary.manifestProblems());
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  private void rejected(CSVPrinter csv, Path reports, String name, byte[] bytes, String region, int year, String scope)
      throws IOException {
    Files.write(reports.resolve(name), bytes);
    csv.printRecord(CorpusWriter.REPORTS + "/" + name, "", region, year, scope, "DEPARTMENT");
    // x-copy.txt is a duplicate: ExtractJob rejects it as DUPLICATE_CONTENT, which the rollup does not count.
    truth.add(new ExpectedRollups.Report(name, true, year, name.equals("x-copy.txt") ? "CONSOLIDATED" : scope,
        "DEPARTMENT", null, null, null, null, null, null, List.of(), Set.of()));
  }

  @Test
  void everyRollupRowIsTheSumOfTheTruth() {
    // Where a report counts comes from the manifest, so the job's region columns must be the truth's levels.
    Map<String, String> placed = new HashMap<>();
    Map<String, Set<String>> rowsNotFound = new HashMap<>();
    for (Row r : read(Datasets.REPORTS).collectAsList()) {
      rowsNotFound.put(r.getAs("file"), RollupOnSamplesTest.rowsNotFound(r));
      placed.put(r.getAs("file"), r.getAs("status") + " " + r.getAs("province_code") + " " + r.getAs("prefecture_code")
          + " " + r.getAs("county_code") + " " + r.getAs("scope") + " " + r.getAs("body_kind"));
    }
    List<ExpectedRollups.Report> expectedReports = new ArrayList<>();
    for (ExpectedRollups.Report t : truth) {
      if (!t.rejected()) {
        assertEquals("parsed " + t.provinceCode() + " " + t.prefectureCode() + " " + t.countyCode() + " " + t.scope()
            + " " + t.bodyKind(), placed.get(t.reportId()), t.reportId());
        // A row whose label OCR garbled: the truth labels its cells as printed blanks, the reader keeps them blank
        // and says it did not find the row (see ExpectedRollups.Report).
        expectedReports.add(new ExpectedRollups.Report(t.reportId(), false, t.year(), t.scope(), t.bodyKind(),
            t.body(), t.provinceCode(), t.prefectureCode(), t.countyCode(), t.templateT2(), t.templateT3(),
            t.cells(), rowsNotFound.get(t.reportId())));
      } else {
        // A rejected file's region is its manifest code's: the levels the job resolved.
        String[] p = placed.get(t.reportId()).split(" ");
        expectedReports.add(new ExpectedRollups.Report(t.reportId(), true, t.year(), t.scope(), t.bodyKind(), null,
            nul(p[1]), nul(p[2]), nul(p[3]), null, null, List.of(), Set.of()));
      }
    }
    Map<String, String> expected = ExpectedRollups.of(expectedReports);
    Map<String, String> actual = RollupOnSamplesTest.rollupRows(spark, warehouse);
    RollupOnSamplesTest.assertSameRows(expected, actual);

    // Not a vacuous comparison: what the corpus holds, the rollups show.
    Set<Integer> years = new TreeSet<>();
    Set<String> levels = new TreeSet<>();
    Set<String> kinds = new TreeSet<>();
    long blank = 0;
    long notNumeric = 0;
    long rejected = 0;
    for (Row r : read(Datasets.ROLLUPS).collectAsList()) {
      years.add(r.getAs("report_year"));
      levels.add(r.getAs("level"));
      kinds.add(r.getAs("body_kind"));
      if (r.getAs("level").equals("COUNTRY") && r.getAs("body_kind").equals("ALL")) {
        blank += (long) r.getAs("reports_blank");
        notNumeric += (long) r.getAs("reports_not_numeric");
        rejected += (long) r.getAs("reports_rejected");
      }
    }
    assertTrue(years.size() >= 3, years.toString());
    assertEquals(Set.of("COUNTRY", "PROVINCE", "PREFECTURE", "COUNTY"), levels);
    assertEquals(Set.of("ALL", "GOVERNMENT", "DEPARTMENT", "TOWNSHIP", "OTHER"), kinds);
    assertTrue(blank > 0 && notNumeric > 0 && rejected > 0, blank + " " + notNumeric + " " + rejected);
  }

  @Test
  void consolidatedStatusesAreTheTruths() {
    Map<String, String> expected = new TreeMap<>();
    truthByFile.forEach((file, t) -> {
      for (TruthCheck c : t.consolidatedChecks()) {
        expected.put(file + " " + c.scope(), c.status());
      }
    });
    Map<String, String> actual = new TreeMap<>();
    for (Row r : read(Datasets.CHECKS).filter("`check` = 'R-XR-CONSOLIDATED'").collectAsList()) {
      String key = r.getAs("file") + " " + r.getAs("scope");
      if (expected.containsKey(key)) {
        actual.put(key, r.getAs("status") + "");
      }
    }
    assertEquals(expected, actual);
    Map<String, Long> statuses = new TreeMap<>();
    expected.values().forEach(s -> statuses.merge(s, 1L, Long::sum));
    assertEquals(Set.of("PASS", "FAIL", "UNCERTAIN"), statuses.keySet(), statuses.toString());
  }

  private static String nul(String s) {
    return s.equals("null") ? null : s;
  }

  private org.apache.spark.sql.Dataset<Row> read(DatasetSpec spec) {
    return spark.read().schema(spec.schema()).parquet(ExtractJobTest.published(warehouse, spec.name()));
  }
}
