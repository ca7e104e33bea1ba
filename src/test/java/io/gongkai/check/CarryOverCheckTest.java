package io.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gongkai.check.CarryOverCheck.Balance;
import io.gongkai.check.CarryOverCheck.Pair;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryOverCheckTest {
  private static String describe(Pair p) {
    return p.later().reportId() + " " + p.status() + " " + p.expression() + " " + p.delta() + " " + p.evidence();
  }

  @Test
  void eachReportOfThisRunIsComparedWithTheYearBeforeInOrderOfYear() {
    List<Balance> years =
        List.of(
            new Balance("a25", "a25.txt", 2025, 5L, 0L, true, null),
            new Balance("a23", "a23.txt", 2023, 1L, 3L, false, null),
            new Balance("a24", "a24.txt", 2024, 3L, 4L, true, null));
    assertEquals(
        List.of(
            "a24 PASS carried_over 3 (2024) = carried_forward 3 (2023, a23.txt) 0"
                + " [t3.carried_over.total, report a23 t3.carried_forward.total]",
            "a25 FAIL carried_over 5 (2025) = carried_forward 4 (2024, a24.txt) 1"
                + " [t3.carried_over.total, report a24 t3.carried_forward.total]"),
        CarryOverCheck.pairs("total", years).stream().map(CarryOverCheckTest::describe).toList());
  }

  @Test
  void aPublishedReportIsCheckedAgainstButNotChecked() {
    List<Balance> years =
        List.of(
            new Balance("p22", "p22.txt", 2022, 0L, 2L, false, null),
            new Balance("p23", "p23.txt", 2023, 9L, 0L, false, null));
    assertEquals(List.of(), CarryOverCheck.pairs("natural_person", years));
  }

  @Test
  void aYearWithTwoReportsIsPairedWithNeitherNeighbour() {
    List<Balance> years =
        List.of(
            new Balance("c21", "c21.txt", 2021, 0L, 1L, true, null),
            new Balance("c22", "c22.txt", 2022, 1L, 2L, true, null),
            new Balance("d22", "d22.txt", 2022, 1L, 7L, true, null),
            new Balance("c23", "c23.txt", 2023, 2L, 0L, true, null));
    assertEquals(List.of(), CarryOverCheck.pairs("total", years));
  }

  @Test
  void aSideNotPrintedAsANumberIsUncertainWithoutDelta() {
    List<Pair> pairs =
        CarryOverCheck.pairs(
            "org_other",
            List.of(
                new Balance("e20", "e20.txt", 2020, 0L, null, true, null),
                new Balance("e21", "e21.txt", 2021, 4L, 0L, true, null)));
    assertEquals(
        List.of(
            "e21 UNCERTAIN carried_over 4 (2021) = carried_forward 空 (2020, e20.txt) null"
                + " [t3.carried_over.org_other, report e20 t3.carried_forward.org_other]"),
        pairs.stream().map(CarryOverCheckTest::describe).toList());
    assertEquals(new BigDecimal(4), pairs.get(0).left());
    assertNull(pairs.get(0).right());
  }

  @Test
  void aGapYearBreaksThePair() {
    List<Balance> years =
        List.of(
            new Balance("g19", "g19.txt", 2019, 0L, 3L, true, null),
            new Balance("g21", "g21.txt", 2021, 3L, 0L, true, null));
    assertEquals(List.of(), CarryOverCheck.pairs("total", years));
  }

  @Test
  void sameNamedBodiesOfTwoCountiesArePairedEachWithItsOwnYearBefore() {
    // 城关镇 of 通城县 (421222) and of 崇阳县 (421223): one body name, two towns, reporting in the same years.
    List<Balance> years =
        List.of(
            new Balance("t21", "t21.txt", 2021, 0L, 1L, true, "421222100"),
            new Balance("c21", "c21.txt", 2021, 0L, 6L, true, "421223100"),
            new Balance("t22", "t22.txt", 2022, 1L, 0L, true, "421222100"),
            new Balance("c22", "c22.txt", 2022, 5L, 0L, true, "421223100"));
    assertEquals(
        List.of(
            "t22 PASS carried_over 1 (2022) = carried_forward 1 (2021, t21.txt) 0"
                + " [t3.carried_over.total, report t21 t3.carried_forward.total]",
            "c22 FAIL carried_over 5 (2022) = carried_forward 6 (2021, c21.txt) -1"
                + " [t3.carried_over.total, report c21 t3.carried_forward.total]"),
        CarryOverCheck.pairs("total", years).stream().map(CarryOverCheckTest::describe).toList());
  }

  @Test
  void aSameNamedBodyOfAnotherRegionIsNotTheYearBefore() {
    List<Balance> years =
        List.of(
            new Balance("x19", "x19.txt", 2019, 0L, 3L, false, "421222100"),
            new Balance("y20", "y20.txt", 2020, 0L, 0L, true, "421223100"));
    assertEquals(List.of(), CarryOverCheck.pairs("total", years));
  }

  @Test
  void aRegionReadOnlyToTheCountyCanBeTheSameBody() {
    List<Balance> years =
        List.of(
            new Balance("k19", "k19.txt", 2019, 0L, 3L, false, "421222"),
            new Balance("k20", "k20.txt", 2020, 3L, 0L, true, "421222100"));
    assertEquals(
        List.of(
            "k20 PASS carried_over 3 (2020) = carried_forward 3 (2019, k19.txt) 0"
                + " [t3.carried_over.total, report k19 t3.carried_forward.total]"),
        CarryOverCheck.pairs("total", years).stream().map(CarryOverCheckTest::describe).toList());
  }

  @Test
  void aYearBeforeOfUnknownRegionClaimedByTwoReportsIsPairedWithNeither() {
    List<Balance> years =
        List.of(
            new Balance("u21", "u21.txt", 2021, 0L, 1L, false, null),
            new Balance("t22", "t22.txt", 2022, 1L, 0L, true, "421222100"),
            new Balance("c22", "c22.txt", 2022, 1L, 0L, true, "421223100"));
    assertEquals(List.of(), CarryOverCheck.pairs("total", years));
  }
}
