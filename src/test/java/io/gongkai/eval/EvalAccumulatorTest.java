package io.gongkai.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link EvalAccumulator}: buckets, the undamaged/damaged split, and the bounded, order-free worst list. */
class EvalAccumulatorTest {
  @Test
  void bucketsCountEachReportInEveryNoiseKindAndSplitDamage() {
    EvalResult r = fold(3, List.of(score("a", "pipe", List.of(), 10, 0), score("b", "html", List.of("ocr", "units"),
        20, 2), score("c", "pipe", List.of("units"), 5, 1)));

    assertEquals(new Tally(35, 32), r.cells());
    assertEquals(new Tally(15, 14), r.undamaged());
    assertEquals(new Tally(20, 18), r.damaged());
    assertEquals(Map.of("html", new Tally(20, 18), "pipe", new Tally(15, 14)), r.byLayout());
    assertEquals(
        Map.of("none", new Tally(10, 10), "ocr", new Tally(20, 18), "units", new Tally(25, 22)), r.byNoise());
    assertEquals(Map.of("T2021", new Tally(35, 32)), r.byTemplate());
    assertEquals(List.of("b", "c"), r.worst().stream().map(ReportScore::file).toList());
    assertEquals(List.of(), r.unmatched());
  }

  @Test
  void theWorstListKeepsKReportsWhateverTheOrderTheyArrive() {
    List<ReportScore> scores = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      scores.add(score(String.format("r%02d", i), "tab", List.of(), 50, i % 7));
    }
    List<String> expected = List.of("r06", "r13", "r05", "r12", "r19");
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(scores, new java.util.Random(seed));
      assertEquals(expected, fold(5, scores).worst().stream().map(ReportScore::file).toList());
    }
    assertEquals(List.of(), fold(0, scores).worst());
  }

  @Test
  void partialResultsMergedAfterAJavaSerializationRoundTripEqualOneFold() throws Exception {
    List<ReportScore> scores = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      scores.add(score(String.format("r%02d", i), i % 3 == 0 ? "pipe" : "tab", i % 2 == 0 ? List.of() : List.of("ocr"),
          50, i % 7));
    }
    EvalAccumulator merged = new EvalAccumulator(5);
    for (int from = 0; from < 20; from += 6) {
      EvalAccumulator part = new EvalAccumulator(5);
      scores.subList(from, Math.min(20, from + 6)).forEach(part::add);
      // Spark ships the partial results from the executors with Java serialization.
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(part);
      }
      try (java.io.ObjectInputStream in =
          new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        merged.merge((EvalAccumulator) in.readObject());
      }
    }
    assertEquals(fold(5, scores), merged.result());
    assertEquals(List.of("r06", "r13", "r05", "r12", "r19"), merged.result().worst().stream().map(ReportScore::file)
        .toList());
  }

  @Test
  void everyBlankReadAsZeroIsNamedUpToTheListBoundInFileOrderWhateverTheFoldOrder() {
    List<ReportScore> scores = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      scores.add(blanksAsZero(String.format("z%02d", i), 2));
    }
    scores.add(score("a", "tab", List.of(), 10, 3));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      expected.add(String.format("z%02d t2.b.r0.new_made", i));
      expected.add(String.format("z%02d t2.b.r1.new_made", i));
    }
    for (int seed = 0; seed < 3; seed++) {
      Collections.shuffle(scores, new java.util.Random(seed));
      EvalAccumulator left = new EvalAccumulator(0);
      EvalAccumulator right = new EvalAccumulator(0);
      for (int i = 0; i < scores.size(); i++) {
        (i % 2 == 0 ? left : right).add(scores.get(i));
      }
      left.merge(right);
      EvalResult r = left.result();
      assertEquals(120, r.emptyReportedAsZero());
      assertEquals(expected, r.blanksReadAsZero().stream().map(b -> b.file() + " " + b.miss().path()).toList());
    }
  }

  @Test
  void aNegativeWorstCountIsRejected() {
    assertEquals(
        "Cannot list the -1 worst reports: must be 0 or more",
        assertThrows(IllegalArgumentException.class, () -> new EvalAccumulator(-1)).getMessage());
  }

  @Test
  void ratesOfEmptyBucketsAreNaN() {
    EvalResult r = fold(1, List.of(score("a", "pipe", List.of(), 4, 0)));
    assertTrue(Double.isNaN(r.cellAccuracyDamaged()));
    assertTrue(Double.isNaN(r.checkAgreement()));
    assertEquals(1.0, r.cellAccuracyUndamaged());
  }

  private static EvalResult fold(int worst, List<ReportScore> scores) {
    EvalAccumulator acc = new EvalAccumulator(worst);
    scores.forEach(acc::add);
    return acc.result();
  }

  /** A report of 10 T2021 cells, the first {@code blanks} of them printed blank and read as 0. */
  private static ReportScore blanksAsZero(String file, int blanks) {
    List<CellMiss> misses = new ArrayList<>();
    for (int i = 0; i < blanks; i++) {
      TruthCell c = new TruthCell("t2", "b", "r" + i, "new_made", "", "EMPTY", null, null);
      WarehouseCell found = new WarehouseCell("t2", "b", "r" + i, "new_made", "0", "ZERO", BigDecimal.ZERO, null);
      misses.add(new CellMiss(c.path(), "kind+value", c, found, true));
    }
    return new ReportScore(
        "file:/t/" + file, file, "id-" + file, "pdf", List.of(), false, Map.of("T2021", new Tally(10, 10 - blanks)),
        blanks, misses, Map.of(), List.of());
  }

  /** A report of {@code cells} T2021 cells, the first {@code wrong} of them missing. */
  private static ReportScore score(String file, String layout, List<String> noise, int cells, int wrong) {
    List<CellMiss> misses = new ArrayList<>();
    for (int i = 0; i < wrong; i++) {
      TruthCell c = new TruthCell("t3", null, "row" + i, "total", "1", "NUMERIC", BigDecimal.ONE, null);
      misses.add(new CellMiss(c.path(), "missing", c, null, false));
    }
    TruthReport truth = new TruthReport("file:/t/" + file, file, layout, noise, null, "T2021", "T2021", List.of(),
        List.of(), List.of(), true, null);
    return new ReportScore(
        truth.source(), file, "id-" + file, layout, noise, truth.damaged(),
        Map.of("T2021", new Tally(cells, cells - wrong)), 0, misses, Map.of(), List.of());
  }
}
