package io.gongkai.crossreport;

import java.util.Arrays;
import java.util.List;

/**
 * The character shingles of a report's own prose: every run of {@code k} consecutive characters of its sentences,
 * hashed to 64 bits, as a sorted set. Chinese has no spaces to split words on, so near-duplicate detection works on
 * character n-grams (Broder 1997's shingling over characters).
 *
 * <p>Before shingling, whitespace and punctuation go (a re-wrapped or re-punctuated copy is still a copy) and every
 * number becomes one 0 (its separators gone with the punctuation): a report copied forward with this year's figures
 * typed in is still copied, and its numbers are what changed. Sentences are joined without a separator, as one text per report; the caller has removed the
 * boilerplate sentences (those the template and the regulation make every body write).
 */
public final class Shingles {
  private Shingles() {}

  /**
   * The distinct shingle hashes of these sentences, sorted; empty when the text is shorter than {@code k}.
   *
   * @param k the shingle length in characters, at least 1
   */
  public static long[] of(List<String> sentences, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("Cannot shingle with length " + k + ": it must be at least 1");
    }
    StringBuilder text = new StringBuilder();
    for (String sentence : sentences) {
      normalise(sentence, text);
    }
    int[] cps = text.codePoints().toArray();
    if (cps.length < k) {
      return new long[0];
    }
    long[] hashes = new long[cps.length - k + 1];
    for (int i = 0; i + k <= cps.length; i++) {
      hashes[i] = hash(cps, i, k);
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  /**
   * A sentence as it is shingled: letters and ideographs only, lower-cased, every run of digits one 0 (separators
   * between digits are punctuation, dropped first: 1,234.5 is one 0). Two sentences that differ only in figures,
   * spacing or punctuation normalise alike: what boilerplate is counted by.
   */
  public static String normalise(String sentence) {
    StringBuilder out = new StringBuilder(sentence.length());
    normalise(sentence, out);
    return out.toString();
  }

  private static void normalise(String sentence, StringBuilder text) {
    sentence.codePoints().forEach(cp -> {
      if (Character.isDigit(cp)) {
        if (text.isEmpty() || text.charAt(text.length() - 1) != '0') {
          text.append('0');
        }
      } else if (Character.isLetter(cp) || Character.isIdeographic(cp)) {
        text.appendCodePoint(Character.toLowerCase(cp));
      }
    });
  }

  /** The exact Jaccard similarity of two sorted sets: |A ∩ B| / |A ∪ B|; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int common = common(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** |A ∩ B| of two sorted sets of distinct values. */
  public static int common(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /** FNV-1a over the code points, then a 64-bit finaliser (MurmurHash3's fmix64) to spread the low bits. */
  private static long hash(int[] cps, int from, int k) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < from + k; i++) {
      h ^= cps[i];
      h *= 0x100000001b3L;
    }
    return MinHash.mix(h);
  }
}
