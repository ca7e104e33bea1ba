package io.gongkai.crossreport;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures (Broder 1997) with banded locality-sensitive hashing (Leskovec, Rajaraman and Ullman, "Mining of
 * Massive Datasets", ch. 3): {@code bands × rows} hash functions; a set's signature holds each function's least value
 * over its elements, and two signatures agree in one place with probability equal to the sets' Jaccard similarity s.
 * Two sets become a candidate pair when all {@code rows} values of some band agree, with probability 1 − (1 −
 * s<sup>rows</sup>)<sup>bands</sup>: an S-curve whose steep part lies near (1 / bands)<sup>1 / rows</sup>. Spark ML's
 * {@code MinHashLSH} only ORs single values (each "hash table" is one function), which makes a pair a candidate as
 * soon as one value agrees: far more candidates to verify at the same recall.
 *
 * <p>Each function is h(x) = mix(a · x + b) over 64-bit integers, with a odd and b drawn from a seeded generator,
 * mix a 64-bit finaliser: the same seed gives the same signatures on every executor and every run.
 */
public final class MinHash {
  private final int bands;
  private final int rows;
  private final long[] a;
  private final long[] b;

  public MinHash(int bands, int rows, long seed) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "Cannot hash with " + bands + " bands of " + rows + " rows: both must be at least 1");
    }
    this.bands = bands;
    this.rows = rows;
    SplittableRandom random = new SplittableRandom(seed);
    a = new long[bands * rows];
    b = new long[bands * rows];
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextLong() | 1;
      b[i] = random.nextLong();
    }
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The signature of a set of (already hashed) elements; all Long.MAX_VALUE for the empty set. */
  public long[] signature(long[] elements) {
    long[] signature = new long[a.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long x : elements) {
      for (int i = 0; i < a.length; i++) {
        long h = mix(a[i] * x + b[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /**
   * One key per band: the band's number and its {@code rows} values hashed together. Two signatures share a key only
   * when they agree on the whole band (or, with probability about 2<sup>−64</sup>, by a collision).
   */
  public long[] bandKeys(long[] signature) {
    if (signature.length != a.length) {
      throw new IllegalArgumentException(
          "Cannot band a signature of " + signature.length + " values: expected " + a.length);
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = mix(band + 0x9e3779b97f4a7c15L);
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ signature[band * rows + r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** The share of places where two signatures agree: the estimate of their sets' Jaccard similarity. */
  public static double estimate(long[] x, long[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("Cannot compare signatures of " + x.length + " and " + y.length + " values");
    }
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return x.length == 0 ? 0 : (double) same / x.length;
  }

  /**
   * A signature's compact form for a first, cheap comparison: the low 32 bits of each value, half the bytes to
   * shuffle for every candidate pair. Compared with {@link #estimate} after widening back to {@code long}: where two
   * values agree their sketches agree, so the sketches' estimate is never below the signatures'; two different values
   * agree by chance with probability 2<sup>−32</sup>, nothing that shows over 100 values.
   */
  public static int[] sketch(long[] signature) {
    int[] sketch = new int[signature.length];
    for (int i = 0; i < sketch.length; i++) {
      sketch[i] = (int) signature[i];
    }
    return sketch;
  }

  /** The probability that two sets of Jaccard similarity s become a candidate pair: 1 − (1 − s^rows)^bands. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53e1a85L;
    h ^= h >>> 33;
    return h;
  }
}
