package io.gongkai.prose;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * HanLP segmentation for report prose. Only portable HanLP's Viterbi tokenizer is used: the perceptron/CRF models
 * are not in the portable jar and a failed static initialisation would poison the JVM. Segments are created lazily per
 * thread (HanLP's {@code Segment} is neither serialisable nor meant to be shared) and never leave this class: callers
 * get {@link Token}s.
 *
 * <p>The domain vocabulary ({@code domain-terms.txt}) is forced into HanLP's custom dictionary once per JVM, so
 * 政府信息公开, 依申请公开, 三安全一稳定, 不予处理, 行政复议… stay whole.
 */
public final class ProseSegmenter {
  private static final List<String> DOMAIN_TERMS = load("domain-terms.txt");
  private static volatile boolean installed;

  /** Body text: no name recognition (it costs more than the segmentation itself and figures do not need it). */
  private static final ThreadLocal<Segment> PLAIN =
      ThreadLocal.withInitial(() -> HanLP.newSegment().enableCustomDictionaryForcing(true));
  /** Title, preamble and signature: place and organisation recognition for who and where. */
  private static final ThreadLocal<Segment> NAMED =
      ThreadLocal.withInitial(
          () ->
              HanLP.newSegment()
                  .enableCustomDictionaryForcing(true)
                  .enablePlaceRecognize(true)
                  .enableOrganizationRecognize(true));

  private ProseSegmenter() {}

  public static List<Token> segment(String text) {
    long started = System.nanoTime();
    List<Token> tokens = tokens(segmentWith(PLAIN, text));
    CHARS.add(text.length());
    NANOS.add(System.nanoTime() - started);
    return tokens;
  }

  /** Characters segmented and thread-time spent in {@link #segment} since the JVM started (for the benchmark). */
  public static SegmentationStats stats() {
    return new SegmentationStats(CHARS.sum(), NANOS.sum());
  }

  /** Segmentation work: characters, and nanoseconds summed over threads (so chars/s is per core). */
  public record SegmentationStats(long chars, long nanos) {
    public double charsPerSecondPerCore() {
      return nanos == 0 ? 0 : chars * 1e9 / nanos;
    }

    public SegmentationStats minus(SegmentationStats before) {
      return new SegmentationStats(chars - before.chars, nanos - before.nanos);
    }
  }

  private static final LongAdder CHARS = new LongAdder();
  private static final LongAdder NANOS = new LongAdder();

  /** Segmentation with place and organisation recognition, for the short head and tail of a report. */
  public static List<Token> segmentNamed(String text) {
    return tokens(segmentWith(NAMED, text));
  }

  public static List<String> domainTerms() {
    return DOMAIN_TERMS;
  }

  private static List<Term> segmentWith(ThreadLocal<Segment> segment, String text) {
    installVocabulary();
    return segment.get().seg(text);
  }

  private static List<Token> tokens(List<Term> terms) {
    List<Token> tokens = new ArrayList<>(terms.size());
    for (Term term : terms) {
      tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString()));
    }
    return tokens;
  }

  private static void installVocabulary() {
    if (installed) {
      return;
    }
    synchronized (ProseSegmenter.class) {
      if (!installed) {
        for (String term : DOMAIN_TERMS) {
          CustomDictionary.insert(term, "nz 1024");
        }
        installed = true;
      }
    }
  }

  private static List<String> load(String name) {
    List<String> terms = new ArrayList<>();
    try (InputStream in = ProseSegmenter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find " + name + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String term = line.strip();
        if (!term.isEmpty() && !term.startsWith("#")) {
          terms.add(term);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return List.copyOf(terms);
  }
}
