package io.gongkai.crossreport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {
  /** A report copied forward with this year's figures typed in and its punctuation changed is the same text. */
  @Test
  void figuresAndPunctuationDoNotMakeACopyNew() {
    long[] last = Shingles.of(List.of("2023年，我局共受理政府信息公开申请12件。", "全部按期答复。"), 5);
    long[] now = Shingles.of(List.of("2024年 我局共受理政府信息公开申请157件；", "全部按期答复"), 5);
    assertEquals(1.0, Shingles.jaccard(last, now));
    long[] other = Shingles.of(List.of("2024年，本机关未收到政府信息公开申请。"), 5);
    assertTrue(Shingles.jaccard(last, other) < 0.2, "" + Shingles.jaccard(last, other));
  }

  @Test
  void shinglesAreTheDistinctRunsOfKCharacters() {
    assertEquals(4, Shingles.of(List.of("abcdef"), 3).length);
    assertEquals(3, Shingles.of(List.of("abcabc"), 3).length); // abc, bca, cab
    assertEquals(0, Shingles.of(List.of("ab"), 3).length);
    assertEquals(0.5, Shingles.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4}));
    assertEquals(0.0, Shingles.jaccard(new long[0], new long[0]));
  }

  /** Two sets of 1,500 elements sharing 1,000: Jaccard 1000 / 2000 = 0.5; 200 functions estimate it within 0.07. */
  @Test
  void signaturesEstimateTheJaccardSimilarity() {
    long[] x = new long[1500];
    long[] y = new long[1500];
    for (int i = 0; i < 1500; i++) {
      x[i] = i;
      y[i] = i + 500;
    }
    MinHash minHash = new MinHash(40, 5, 7);
    long[] sx = minHash.signature(x);
    long[] sy = minHash.signature(y);
    assertEquals(0.5, MinHash.estimate(sx, sy), 0.07);
    assertArrayEquals(sx, new MinHash(40, 5, 7).signature(x), "the same seed gives the same signature");
    assertNotEquals(sx[0], new MinHash(40, 5, 8).signature(x)[0]);
  }

  /**
   * The sketch keeps the low 32 bits: values that agree still agree, and 64-bit values that differ only above bit 31
   * agree in the sketch (the chance the estimate bounds; never below the full estimate).
   */
  @Test
  void sketchesEstimateAtLeastWhatTheSignaturesDo() {
    long[] x = {0x1_0000_0005L, 7, -1, 42};
    long[] y = {0x2_0000_0005L, 7, -2, 43};
    assertArrayEquals(new int[] {5, 7, -1, 42}, MinHash.sketch(x));
    assertEquals(0.25, MinHash.estimate(x, y));
    assertEquals(0.5, MinHash.estimate(widened(MinHash.sketch(x)), widened(MinHash.sketch(y))));
  }

  private static long[] widened(int[] sketch) {
    return java.util.Arrays.stream(sketch).asLongStream().toArray();
  }

  /** A band's key changes with any of its values and with nothing outside it. */
  @Test
  void bandsAgreeOnlyWhenAllTheirRowsDo() {
    MinHash minHash = new MinHash(4, 3, 1);
    long[] s = minHash.signature(new long[] {1, 2, 3, 4, 5});
    long[] t = s.clone();
    t[4] ^= 1; // band 1 (values 3..5)
    long[] ks = minHash.bandKeys(s);
    long[] kt = minHash.bandKeys(t);
    assertEquals(ks[0], kt[0]);
    assertNotEquals(ks[1], kt[1]);
    assertEquals(ks[2], kt[2]);
    assertEquals(ks[3], kt[3]);
    // Equal values in different bands give different keys: a key says which band agreed.
    long[] same = new long[12];
    long[] keys = minHash.bandKeys(same);
    assertNotEquals(keys[0], keys[1]);
  }

  /** 20 bands of 5: a pair at 0.8 is a candidate with 1 − (1 − 0.8^5)^20 = 0.99965, one at 0.3 with 0.047. */
  @Test
  void theSCurve() {
    MinHash minHash = new MinHash(20, 5, 1);
    assertEquals(1 - Math.pow(1 - Math.pow(0.8, 5), 20), minHash.candidateProbability(0.8), 1e-15);
    assertEquals(0.99965, minHash.candidateProbability(0.8), 1e-5);
    assertEquals(0.0474, minHash.candidateProbability(0.3), 1e-4);
  }
}
