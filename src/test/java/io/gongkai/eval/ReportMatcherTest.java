package io.gongkai.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gongkai.eval.ReportMatcher.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReportMatcher}: one name, one report; several, the longest path suffix. */
class ReportMatcherTest {
  private static final Candidate A = new Candidate("id-a", "file:/c/2023/truthless/a.txt", "parsed");
  private static final Candidate B = new Candidate("id-b", "file:/c/2024/a.txt", "parsed");

  @Test
  void noCandidateIsNoMatchAndASingleOneMatchesWherEverItLives() {
    assertNull(ReportMatcher.match("file:/t/a.txt.truth.json", "a.txt", List.of()));
    assertEquals(A, ReportMatcher.match("file:/elsewhere/a.truth.json", "a.txt", List.of(A)));
  }

  @Test
  void theTruthDirectoryBesideTheReportsPicksTheReportOfThatDirectory() {
    assertEquals(B, ReportMatcher.match("file:/c/2024/truth/a.txt.truth.json", "a.txt", List.of(A, B)));
    assertEquals(A, ReportMatcher.match("file:/c/2023/truthless/a.txt.truth.json", "a.txt", List.of(B, A)));
    assertEquals(List.of("c", "2024", "a.txt"), ReportMatcher.impliedPath("/c/2024/truth/a.txt.truth.json", "a.txt"));
  }

  @Test
  void tiesGoToAParsedReportThenToTheSmallestPath() {
    Candidate rejected = new Candidate("id-r", "file:/x/a.txt", "rejected");
    Candidate parsed = new Candidate("id-p", "file:/y/a.txt", "parsed");
    Candidate other = new Candidate("id-o", "file:/w/a.txt", "parsed");

    assertEquals(parsed, ReportMatcher.match("file:/t/a.truth.json", "a.txt", List.of(rejected, parsed)));
    assertEquals(other, ReportMatcher.match("file:/t/a.truth.json", "a.txt", List.of(parsed, other, rejected)));
  }
}
