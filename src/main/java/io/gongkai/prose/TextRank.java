package io.gongkai.prose;

import com.hankcs.hanlp.algorithm.MaxHeap;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keywords {@code HanLP.extractKeyword(text, n)} gives (HanLP 1.8.6's {@link TextRankKeyword}), computed over
 * arrays instead of boxed maps.
 *
 * <p>Why: HanLP's TextRank keeps its graph in a {@code TreeMap} of {@code TreeSet}s and, per iteration (up to 200), a
 * new {@code HashMap} of boxed {@code Float}s that it reads and re-puts once per edge. In issue 19's profile of the
 * parse that iteration was about 9 % of all samples, for the 15 keywords of one section.
 *
 * <p>The same result, bit for bit: the same segmentation ({@link StandardTokenizer#SEGMENT}) and stop-word filter
 * ({@link CoreStopWordDictionary#shouldInclude}); the same graph (each word linked to the four kept words before it,
 * as HanLP's five-slot queue is polled before it is read); the words and each word's neighbours visited in the same
 * (natural string) order, so that every float sum adds the same terms in the same order; the same damping (0.85f, and
 * 1 - 0.85f as a float), initial scores, stopping test and iteration cap ({@link TextRankKeyword#max_iter}). The top
 * words are then chosen as HanLP chooses them: its {@link MaxHeap} over the entries of a {@code HashMap} filled in the
 * same order, so ties come out in the same order too. {@code TextRankTest} holds it to HanLP on every prose section
 * of the fixtures, the samples and synthetic reports.
 */
public final class TextRank {
  /** HanLP's damping factor {@code d}. */
  private static final float DAMPING = 0.85f;

  /** HanLP's {@code 1 - d}, folded by its compiler to this float. */
  private static final float TELEPORT = 1 - DAMPING;

  /** HanLP's {@code min_diff}: iteration stops once no score moved by more. */
  private static final float MIN_DIFF = 0.001f;

  /** HanLP's window: its queue holds five words and is polled to four before a word is linked to them. */
  private static final int WINDOW = 4;

  private TextRank() {}

  /** The {@code size} best keywords of {@code text}, best first; as {@code HanLP.extractKeyword(text, size)}. */
  public static List<String> keywords(String text, int size) {
    List<Term> terms = StandardTokenizer.SEGMENT.seg(text);
    List<String> words = new ArrayList<>(terms.size());
    for (Term term : terms) {
      if (CoreStopWordDictionary.shouldInclude(term)) {
        words.add(term.word);
      }
    }
    return keywordsOf(words, size);
  }

  /** The ranking of already filtered words; package-private for the test. */
  static List<String> keywordsOf(List<String> words, int size) {
    // Word ids in natural string order: HanLP's TreeMap visits the words, and its TreeSets the neighbours, so.
    String[] distinct = words.stream().distinct().sorted().toArray(String[]::new);
    int n = distinct.length;
    Map<String, Integer> id = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      id.put(distinct[i], i);
    }
    int[] sequence = new int[words.size()];
    for (int i = 0; i < sequence.length; i++) {
      sequence[i] = id.get(words.get(i));
    }
    // Neighbour sets as sorted, duplicate-free int arrays (ids are in string order, so sorted ids are TreeSet order).
    int[][] neighbours = neighbours(sequence, n);

    float[] score = new float[n];
    for (int i = 0; i < n; i++) {
      score[i] = sigMoid(neighbours[i].length);
    }
    float[] next = new float[n];
    for (int iteration = 0; iteration < TextRankKeyword.max_iter; iteration++) {
      float maxDiff = 0;
      for (int key = 0; key < n; key++) {
        float m = TELEPORT;
        for (int element : neighbours[key]) {
          int degree = neighbours[element].length;
          if (element == key || degree == 0) {
            continue;
          }
          m = m + DAMPING / degree * score[element];
        }
        next[key] = m;
        maxDiff = Math.max(maxDiff, Math.abs(m - score[key]));
      }
      float[] swap = score;
      score = next;
      next = swap;
      if (maxDiff <= MIN_DIFF) {
        break;
      }
    }
    // HanLP's top(): its MaxHeap over the entries of the last HashMap of scores, which was filled in word order.
    HashMap<String, Float> ranked = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ranked.put(distinct[i], score[i]);
    }
    List<Map.Entry<String, Float>> top =
        new MaxHeap<Map.Entry<String, Float>>(size, (a, b) -> a.getValue().compareTo(b.getValue()))
            .addAll(ranked.entrySet())
            .toList();
    List<String> keywords = new ArrayList<>(top.size());
    for (Map.Entry<String, Float> e : top) {
      keywords.add(e.getKey());
    }
    return keywords;
  }

  /** HanLP's initial score of a word of {@code degree} neighbours: its sigMoid, computed in double as it does. */
  private static float sigMoid(float degree) {
    return (float) (1.0 / (1.0 + Math.exp(-degree)));
  }

  private static int[][] neighbours(int[] sequence, int n) {
    // Each word is linked both ways to the (up to) WINDOW words before it, itself excepted.
    int[] counts = new int[n];
    for (int i = 0; i < sequence.length; i++) {
      for (int j = Math.max(0, i - WINDOW); j < i; j++) {
        if (sequence[j] != sequence[i]) {
          counts[sequence[i]]++;
          counts[sequence[j]]++;
        }
      }
    }
    int[][] links = new int[n][];
    for (int i = 0; i < n; i++) {
      links[i] = new int[counts[i]];
    }
    int[] filled = new int[n];
    for (int i = 0; i < sequence.length; i++) {
      for (int j = Math.max(0, i - WINDOW); j < i; j++) {
        int a = sequence[i];
        int b = sequence[j];
        if (a != b) {
          links[a][filled[a]++] = b;
          links[b][filled[b]++] = a;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int[] l = links[i];
      Arrays.sort(l);
      int unique = 0;
      for (int k = 0; k < l.length; k++) {
        if (k == 0 || l[k] != l[k - 1]) {
          l[unique++] = l[k];
        }
      }
      links[i] = unique == l.length ? l : Arrays.copyOf(l, unique);
    }
    return links;
  }
}
