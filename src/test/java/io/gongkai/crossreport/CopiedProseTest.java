package io.gongkai.crossreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.report.CheckStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * R-XR-COPY in plain Java: boilerplate learned from counts, a report copied forward with a sentence rewritten, one
 * copied across with the other body's name left in, unrelated reports, near-copies and republications, and the LSH
 * banding that finds the pairs.
 */
class CopiedProseTest {
  private static final AnomalyParameters.Copies P = AnomalyParameters.get().copies();

  /** The frame of 2021 to 2023 is boilerplate; see {@link #boilerplateIsLearnedPerYearFromTheCounts}. */
  private static final CopiedProse.Boilerplate BOILERPLATE = boilerplate();

  private static CopiedProse.Boilerplate boilerplate() {
    List<CopiedProse.Boilerplate.Count> counts = new ArrayList<>();
    for (int year : new int[] {2021, 2022, 2023}) {
      for (String s : ProseFixtures.FRAME) {
        counts.add(new CopiedProse.Boilerplate.Count(year, CopiedProse.sentenceKey(frame(s, year, "本机关", 7)), 40));
      }
    }
    return CopiedProse.Boilerplate.learn(Map.of(2021, 100L, 2022, 100L, 2023, 100L), counts, P);
  }

  private static String frame(String s, int year, String self, int n) {
    return ProseFixtures.frame(s, year, self, n);
  }

  /** A report's sentences: the frame with its year, self and figure, then its own narrative. */
  /** The report's sentences: the template's (本机关共受理{n}件…), then its own. */
  private static List<String> prose(int year, int n, List<String> own) {
    return ProseFixtures.prose(year, "本机关", n, own);
  }

  private static CopiedProse.Report report(String id, int year, String body, String region, List<String> sentences) {
    long[] shingles = CopiedProse.ownShingles(sentences, BOILERPLATE, P);
    return new CopiedProse.Report(id, year, id + ".txt", body, region, shingles,
        CopiedProse.minHash(P).signature(shingles), String.join("", sentences));
  }

  /** Table residue left in a rendering's prose is not own prose: below min_sentence_length it is not shingled. */
  @Test
  void shortSentencesAreTableResidue() {
    assertEquals(null, CopiedProse.ownSentence("社会公", BOILERPLATE, 10));
    assertEquals(null, CopiedProse.ownSentence("0.重复申请 12", BOILERPLATE, 10));
    assertEquals("在粮食储备方面本街道依托短视频账号规范发布评审结果0篇",
        CopiedProse.ownSentence("在粮食储备方面，本街道依托短视频账号规范发布评审结果 12 篇", BOILERPLATE, 10));
    assertEquals("社会公", CopiedProse.ownSentence("社会公", BOILERPLATE, 0));
  }

  @Test
  void boilerplateIsLearnedPerYearFromTheCounts() {
    // Figures, punctuation and spacing do not make a sentence new; traditional characters neither.
    assertEquals(CopiedProse.sentenceKey("2023年，我局共受理政府信息公开申请12件，均在法定期限内予以答复。"),
        CopiedProse.sentenceKey("2024年 我局共受理政府信息公开申请157件；均在法定期限内予以答复"));
    assertEquals(CopiedProse.sentenceKey("严格落实政府信息公开保密审查制度。"),
        CopiedProse.sentenceKey("嚴格落實政府信息公開保密審查制度。"));
    assertEquals(0, CopiedProse.sentenceKey("。——（）"));
    long common = CopiedProse.sentenceKey(ProseFixtures.FRAME.get(0));
    long rare = CopiedProse.sentenceKey(ProseFixtures.EDUCATION.get(0));
    long few = CopiedProse.sentenceKey(ProseFixtures.HEALTH.get(0));
    CopiedProse.Boilerplate b = CopiedProse.Boilerplate.learn(Map.of(2023, 1000L, 2022, 100L),
        List.of(
            new CopiedProse.Boilerplate.Count(2023, common, 21), // in more than 2 % of 1,000 reports
            new CopiedProse.Boilerplate.Count(2023, rare, 20), // 2 % exactly: not more
            new CopiedProse.Boilerplate.Count(2022, few, 4), // 4 % of 100, but fewer than 5 reports
            new CopiedProse.Boilerplate.Count(2022, rare, 5)), // 5 % and 5 reports
        P);
    assertTrue(b.contains(common));
    assertFalse(b.contains(few));
    // 2 % of 2023 exactly is not more, but 5 % and 5 reports of 2022 are: boilerplate of one year is left out of
    // every year's reports, so that a pair of two years compares the same text on both sides.
    assertTrue(b.contains(rare));
    assertEquals(Map.of(2022, 1, 2023, 1), b.sizes());
    assertEquals(2, b.size());
    // A report's own shingles leave the boilerplate out: the frame alone has none of its own.
    assertEquals(0, CopiedProse.ownShingles(prose(2023, 5, List.of()), BOILERPLATE, P).length);
    assertEquals(Shingles.of(ProseFixtures.EDUCATION, 5).length,
        CopiedProse.ownShingles(prose(2023, 5, ProseFixtures.EDUCATION), BOILERPLATE, P).length);
  }

  /** The same body's next year: this year's figures typed in, one sentence rewritten. */
  @Test
  void aReportCopiedForwardFails() {
    List<String> edited = ProseFixtures.educationCopiedForward();
    CopiedProse.Report earlier = report("e22", 2022, "淮安市洪泽区教育局", "320813", prose(2022, 12, ProseFixtures.EDUCATION));
    CopiedProse.Report later = report("e23", 2023, "洪泽区教育局", "320813", prose(2023, 31, edited));
    CopiedProse.Comparison c = CopiedProse.compare(earlier, later);
    assertEquals("e23", c.later().reportId(), "the later year carries the finding, in either order");
    assertEquals(CopiedProse.Kind.COPIED_FORWARD, c.kind(), "the same body: its name with and without the prefix");
    List<Finding> findings = CopiedProse.decide(List.of(c), P);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals("e23", f.reportId());
    assertEquals("e22", f.relatedReportId());
    assertEquals(CheckStatus.FAIL, f.result().status());
    assertEquals("COPIED_FORWARD", f.result().scope());
    assertEquals(288.0 / (317 + 323 - 288), f.score(), 1e-12);
    assertEquals("COPIED_FORWARD: exact Jaccard 0.818 (estimated 0.800 from 100 MinHash values) with e22.txt (2022, the"
        + " same body 淮安市洪泽区教育局); shingles 317 here, 323 there, 288 shared", f.result().expression());
    assertEquals(List.of("sentences", "report e22 sentences"), f.result().evidence());
  }

  /** Another body's report, its name replaced but once: old name left in. */
  @Test
  void aReportCopiedAcrossWithTheOldNameLeftInFails() {
    List<String> renamed = ProseFixtures.healthCopiedAcross();
    CopiedProse.Report source = report("h22", 2022, "金湖县卫生健康委员会", "320831", prose(2022, 3, ProseFixtures.HEALTH));
    CopiedProse.Report copy = report("x23", 2023, "盱眙县卫生健康委员会", "320830", prose(2023, 0, renamed));
    List<Finding> findings = CopiedProse.decide(List.of(CopiedProse.compare(copy, source)), P);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals("x23 h22 FAIL COPIED_ACROSS", f.reportId() + " " + f.relatedReportId() + " " + f.result().status()
        + " " + f.result().scope());
    assertEquals("COPIED_ACROSS: exact Jaccard 0.968 (estimated 0.990 from 100 MinHash values) with h22.txt (2022,"
        + " 金湖县卫生健康委员会; another body, whose name is printed here 1 time: old name left in); shingles 307 here,"
        + " 305 there, 301 shared", f.result().expression());
    // Renamed everywhere: the same pair, no name left.
    List<String> clean = ProseFixtures.HEALTH.stream().map(s -> s.replace("金湖县", "盱眙县")).toList();
    Finding g = CopiedProse.decide(List.of(CopiedProse.compare(source,
        report("x23", 2023, "盱眙县卫生健康委员会", "320830", prose(2023, 0, clean)))), P).get(0);
    assertTrue(g.result().expression().contains("(2022, 金湖县卫生健康委员会; another body, whose name is not printed"
        + " here)"), g.result().expression());
  }

  @Test
  void unrelatedReportsAreNotFlagged() {
    CopiedProse.Report education = report("e23", 2023, "洪泽区教育局", "320813", prose(2023, 31, ProseFixtures.EDUCATION));
    CopiedProse.Report agriculture = report("a23", 2023, "涟水县农业农村局", "320826", prose(2023, 31, ProseFixtures.AGRICULTURE));
    CopiedProse.Comparison c = CopiedProse.compare(education, agriculture);
    assertTrue(c.exact() < 0.1, "exact " + c.exact());
    assertEquals(List.of(), CopiedProse.decide(List.of(c), P));
    // The same frame without prose of their own would be one text: that is what boilerplate removal is for.
    assertEquals(1.0, Shingles.jaccard(Shingles.of(prose(2023, 31, List.of()), 5),
        Shingles.of(prose(2023, 4, List.of()), 5)));
  }

  /** Below min_similarity but from uncertain_similarity; the same body twice in one year; the best partner only. */
  @Test
  void nearCopiesRepublicationsAndTheBestPartner() {
    List<String> near = new ArrayList<>(ProseFixtures.EDUCATION.subList(0, 7));
    near.add(ProseFixtures.AGRICULTURE.get(2));
    CopiedProse.Report a21 = report("a21", 2021, "洪泽区教育局", "320813", prose(2021, 1, near));
    CopiedProse.Report a22 = report("a22", 2022, "洪泽区教育局", "320813", prose(2022, 1, ProseFixtures.EDUCATION));
    CopiedProse.Comparison c = CopiedProse.compare(a21, a22);
    assertEquals(0.7857, c.exact(), 1e-4);
    Finding f = CopiedProse.decide(List.of(c), P).get(0);
    assertEquals("a22 a21 UNCERTAIN", f.reportId() + " " + f.relatedReportId() + " " + f.result().status());
    assertTrue(f.result().expression().endsWith("; below 0.8, from 0.7 a near-copy to look at"),
        f.result().expression());
    // Two versions of one body's report for one year: never a copy; the later file name carries it.
    CopiedProse.Report v1 = report("v1", 2023, "洪泽区教育局", "320813", prose(2023, 1, ProseFixtures.EDUCATION));
    CopiedProse.Report v2 = report("v2", 2023, "洪泽区教育局", null, prose(2023, 2, ProseFixtures.EDUCATION));
    CopiedProse.Comparison r = CopiedProse.compare(v2, v1);
    assertEquals("v2 v1 REPUBLISHED 1.0", r.later().reportId() + " " + r.earlier().reportId() + " " + r.kind() + " "
        + r.exact());
    assertEquals(CheckStatus.UNCERTAIN, CopiedProse.decide(List.of(r), P).get(0).result().status());
    // Of two copied-forward partners the more similar one is named, the other counted.
    List<Finding> best = CopiedProse.decide(List.of(CopiedProse.compare(a21, v2), CopiedProse.compare(v2, a22)), P);
    assertEquals(1, best.size());
    assertEquals("v2 a22 FAIL", best.get(0).reportId() + " " + best.get(0).relatedReportId() + " "
        + best.get(0).result().status());
    assertTrue(best.get(0).result().expression().endsWith("; 1 other report at 0.7 or above, next a21.txt (2021) at"
        + " 0.786"), best.get(0).result().expression());
  }

  @Test
  void sameBodyNeedsTheNameAndACompatibleRegion() {
    CopiedProse.Report a = report("a", 2022, "城关镇人民政府", "410102", prose(2022, 1, ProseFixtures.EDUCATION));
    CopiedProse.Report b = report("b", 2023, "城关镇人民政府", "610102", prose(2023, 1, ProseFixtures.EDUCATION));
    assertEquals(CopiedProse.Kind.COPIED_ACROSS, CopiedProse.compare(a, b).kind(), "two 城关镇 of two provinces");
    CopiedProse.Report c = report("c", 2023, "城关镇人民政府", null, prose(2023, 1, ProseFixtures.EDUCATION));
    assertEquals(CopiedProse.Kind.COPIED_FORWARD, CopiedProse.compare(a, c).kind(), "region unknown: can be one");
    CopiedProse.Report d = report("d", 2023, null, "410102", prose(2023, 1, ProseFixtures.EDUCATION));
    CopiedProse.Comparison unknown = CopiedProse.compare(a, d);
    assertEquals(CopiedProse.Kind.COPIED_ACROSS, unknown.kind(), "a body unknown is not known to be the same");
    assertEquals("a", unknown.earlier().reportId());
    assertEquals(1, CopiedProse.occurrences("涟水县农业农村局和淮安市涟水县农业农村局", "淮安市涟水县农业农村局", null));
    assertEquals(0, CopiedProse.occurrences("淮安市涟水县农业农村局", "涟水县农业农村局", "淮安市涟水县农业农村局"),
        "the partner's name inside the report's own name is not left in");
  }

  /** A bucket gives each pair once; one above max_bucket gives none. */
  @Test
  void bucketsGivePairsUpToTheirCap() {
    List<String> pairs = new ArrayList<>();
    assertTrue(CopiedProse.pairs(new long[] {3, 1, 2}, 3, (x, y) -> pairs.add(x + "-" + y)));
    assertEquals(List.of("1-2", "1-3", "2-3"), pairs);
    assertFalse(CopiedProse.pairs(new long[] {3, 1, 2, 4}, 3, (x, y) -> pairs.add(x + "-" + y)));
    assertEquals(3, pairs.size());
    assertEquals("BUCKET_CAPPED: 4 of its 20 band keys shared by more than 100 reports (largest 250): not compared"
        + " through them; prose common to that many reports is boilerplate the sentence counts missed",
        CopiedProse.capped("r", 4, 250, P).result().expression());
  }

  /**
   * 20 bands of 5: a pair at Jaccard 0.85 shares a band key with probability 1 − (1 − 0.85^5)^20 = 0.99999; a pair at
   * 0.3 with 0.047. Sets of 1,000 shingles, 920 shared (Jaccard 920 / 1,080 = 0.852), or 462 (0.300).
   */
  @Test
  void bandingFindsNearCopiesAndFewOthers() {
    MinHash minHash = CopiedProse.minHash(P);
    SplittableRandom random = new SplittableRandom(16);
    int near = 0;
    int far = 0;
    for (int trial = 0; trial < 300; trial++) {
      if (shareABand(minHash, random, 1000, 920)) {
        near++;
      }
      if (shareABand(minHash, random, 1000, 462)) {
        far++;
      }
    }
    assertEquals(300, near);
    assertEquals(11, far); // expected 300 × 0.047 = 14.2, standard deviation 3.7
    assertEquals(0.99999, minHash.candidateProbability(0.852), 1e-5);
  }

  private static boolean shareABand(MinHash minHash, SplittableRandom random, int size, int shared) {
    long[] x = new long[size];
    long[] y = new long[size];
    for (int i = 0; i < size; i++) {
      x[i] = random.nextLong();
      y[i] = i < shared ? x[i] : random.nextLong();
    }
    Arrays.sort(x);
    Arrays.sort(y);
    assertEquals((double) shared / (2 * size - shared), Shingles.jaccard(x, y), 1e-12);
    Set<Long> keys = new HashSet<>();
    for (long k : minHash.bandKeys(minHash.signature(x))) {
      keys.add(k);
    }
    for (long k : minHash.bandKeys(minHash.signature(y))) {
      if (keys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void idsAreStableAndSpread() {
    assertEquals(CopiedProse.id("a5fde7117c4b3f0ffecb0cac41d21e22ad6af0e6429a885411ddb87494be64be"),
        CopiedProse.id("a5fde7117c4b3f0ffecb0cac41d21e22ad6af0e6429a885411ddb87494be64be"));
    assertNotEquals(CopiedProse.id("a"), CopiedProse.id("b"));
  }
}
