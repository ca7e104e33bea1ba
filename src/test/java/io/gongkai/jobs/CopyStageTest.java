package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.crossreport.AnomalyParameters;
import io.gongkai.crossreport.ProseFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * R-XR-COPY over the {@code reports} and {@code sentences} datasets. 2022: an education bureau, a health commission
 * and an agriculture bureau, each with prose of its own. 2023: the education bureau's report copied forward (a
 * sentence rewritten), another county's health commission's copied across from 2022's (its name left in once), the
 * agriculture bureau with too little prose of its own to compare, and a rejected file. Every report prints the same
 * three template sentences: boilerplate, learned from the corpus (in all three reports of each year).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopyStageTest {
  /** boilerplate_share 0.3 and boilerplate_min_reports 3: three reports a year make the frame boilerplate. */
  private static final AnomalyParameters.Copies PARAMETERS =
      new AnomalyParameters.Copies(5, 20, 5, 0.3, 3, 0.8, 0.7, 50, 100);

  /** The same values as CopiedProseTest's plain Java gives the same prose. */
  private static final String FORWARD =
      "e23 2023 e23.txt COPIED_FORWARD FAIL WARNING ← e22 0.8182: COPIED_FORWARD: exact Jaccard 0.818 (estimated"
          + " 0.800 from 100 MinHash values) with e22.txt (2022, the same body 淮安市洪泽区教育局); shingles 317 here,"
          + " 323 there, 288 shared";
  private static final String ACROSS =
      "x23 2023 x23.txt COPIED_ACROSS FAIL WARNING ← h22 0.9678: COPIED_ACROSS: exact Jaccard 0.968 (estimated 0.990"
          + " from 100 MinHash values) with h22.txt (2022, 金湖县卫生健康委员会; another body, whose name is printed here"
          + " 1 time: old name left in); shingles 307 here, 305 there, 301 shared";

  @TempDir Path scratch;
  private SparkSession spark;
  private final List<Row> reports = new ArrayList<>();
  private final List<Row> sentences = new ArrayList<>();
  private int runs;

  @BeforeAll
  void start() {
    spark =
        SparkSession.builder().master("local[2]").appName("CopyStageTest").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    report("e22", 2022, "淮安市洪泽区教育局", "320813", ProseFixtures.EDUCATION);
    report("h22", 2022, "金湖县卫生健康委员会", "320831", ProseFixtures.HEALTH);
    report("g22", 2022, "涟水县农业农村局", "320826", ProseFixtures.AGRICULTURE);
    report("e23", 2023, "洪泽区教育局", "320813", ProseFixtures.educationCopiedForward());
    report("x23", 2023, "盱眙县卫生健康委员会", "320830", ProseFixtures.healthCopiedAcross());
    report("g23", 2023, "涟水县农业农村局", "320826", List.of("我局按月发布抽检结果。"));
    reports.add(new RowWriter(Datasets.REPORTS).set("report_id", "bad").set("file", "bad.pdf")
        .set("status", "rejected").set("reject_reason", "PDF_NO_TEXT").row());
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void copiesForwardAndAcrossOnTheirLaterReports() {
    assertEquals(
        List.of(
            FORWARD,
            ACROSS),
        checks(null, PARAMETERS));
  }

  /**
   * The prefilter compares the pairs' sketches before their shingles: at 0.7 both copies pass (estimates 0.80 and
   * 0.99). It goes by the estimate: at 0.81, e23's pair with e22 (exact 0.818, estimated 0.800) is dropped unverified,
   * though with no prefilter the same thresholds make it a copy. Hence the default well below uncertain_similarity.
   */
  @Test
  void thePrefilterDropsPairsByTheirEstimate() {
    assertEquals(List.of(FORWARD, ACROSS),
        checks(null, new AnomalyParameters.Copies(5, 20, 5, 0.3, 3, 0.8, 0.7, 50, 100, 0, 0.7)));
    assertEquals(List.of(FORWARD, ACROSS),
        checks(null, new AnomalyParameters.Copies(5, 20, 5, 0.3, 3, 0.81, 0.81, 50, 100, 0, 0)));
    assertEquals(List.of(ACROSS),
        checks(null, new AnomalyParameters.Copies(5, 20, 5, 0.3, 3, 0.81, 0.81, 50, 100, 0, 0.81)));
  }

  /** Only the later reports of the years asked for; their partners are read whatever their year. */
  @Test
  void onlyTheYearsAskedFor() {
    assertEquals(List.of(FORWARD, ACROSS), checks(List.of(2023), PARAMETERS));
    assertEquals(List.of(), checks(List.of(2022), PARAMETERS));
  }

  /** No sentence at all (a corpus of scans): no candidate, no row, and no failure on the empty scratch files. */
  @Test
  void noProseNoRows() {
    assertEquals(List.of(), checks(reports, List.of(), null, PARAMETERS));
  }

  /**
   * Buckets of more than max_bucket reports are not expanded: each member says so instead. A third report, 宝应县's
   * bureau, prints e23's text unchanged: every band where e22 agrees with e23 holds all three, more than 2, and is
   * capped; the others pair e23 and y23 only. So y23 is found as e23's copy, and e23's copy of e22 goes unseen.
   */
  @Test
  void aCappedBucketIsUncertainOnEachMember() {
    AnomalyParameters.Copies small = new AnomalyParameters.Copies(5, 20, 5, 0.3, 3, 0.8, 0.7, 50, 2);
    List<Row> moreReports = new ArrayList<>(reports);
    List<Row> moreSentences = new ArrayList<>(sentences);
    report(moreReports, moreSentences, "y23", 2023, "宝应县教育局", "321023",
        ProseFixtures.educationCopiedForward());
    String capped = "BUCKET_CAPPED UNCERTAIN WARNING ← null null: BUCKET_CAPPED: 8 of its 20 band keys shared by more"
        + " than 2 reports (largest 3): not compared through them; prose common to that many reports is boilerplate the"
        + " sentence counts missed";
    assertEquals(
        List.of(
            "e23 2023 e23.txt " + capped,
            ACROSS,
            "y23 2023 y23.txt " + capped,
            "y23 2023 y23.txt COPIED_ACROSS FAIL WARNING ← e23 1.0000: COPIED_ACROSS: exact Jaccard 1.000 (estimated"
                + " 1.000 from 100 MinHash values) with e23.txt (2023, 洪泽区教育局; another body, whose name is printed"
                + " here 1 time: old name left in); shingles 317 here, 317 there, 317 shared"),
        checks(moreReports, moreSentences, List.of(2023), small));
  }

  private List<String> checks(List<Integer> years, AnomalyParameters.Copies p) {
    return checks(reports, sentences, years, p);
  }

  private List<String> checks(List<Row> reports, List<Row> sentences, List<Integer> years,
      AnomalyParameters.Copies p) {
    Dataset<Row> out =
        CopyStage.checks(spark.createDataFrame(reports, Datasets.REPORTS.schema()),
            spark.createDataFrame(sentences, Datasets.SENTENCES.schema()), years, p,
            scratch.resolve("run" + runs++).toString());
    List<String> rows = new ArrayList<>();
    for (Row r : out.orderBy("report_id", "scope").collectAsList()) {
      Double score = r.getAs("score");
      rows.add(r.getAs("report_id") + " " + r.getAs("report_year") + " " + r.getAs("file") + " " + r.getAs("scope")
          + " " + r.getAs("status") + " " + r.getAs("severity") + " ← " + r.getAs("related_report_id") + " "
          + (score == null ? "null" : String.format(java.util.Locale.ROOT, "%.4f", score)) + ": "
          + r.getAs("expression"));
    }
    return rows;
  }

  private void report(String id, int year, String body, String region, List<String> own) {
    report(reports, sentences, id, year, body, region, own);
  }

  /** A report's rows: the template sentences (本机关共受理…), then its own prose. */
  private static void report(List<Row> reports, List<Row> sentences, String id, int year, String body, String region,
      List<String> own) {
    reports.add(new RowWriter(Datasets.REPORTS).set("report_id", id).set("file", id + ".txt")
        .set("report_year", year).set("status", "parsed").set("body", body).set("region_code", region)
        .set("scope", "BODY").row());
    List<String> prose = ProseFixtures.prose(year, "本机关", year - 2000, own);
    for (int i = 0; i < prose.size(); i++) {
      sentences.add(new RowWriter(Datasets.SENTENCES).set("report_id", id).set("file", id + ".txt")
          .set("report_year", year).set("section", i < 2 ? "preamble" : "s1_overview").set("position", i)
          .set("line", i + 1).set("text", prose.get(i)).row());
    }
  }
}
