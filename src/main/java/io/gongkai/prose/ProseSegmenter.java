package io.gongkai.prose;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * <p>The segment is HanLP's standard tokenizer plus the domain vocabulary ({@code domain-terms.txt}) forced into the
 * word net, so 政府信息公开, 依申请公开, 三安全一稳定, 不予处理, 行政复议… stay whole. Only the domain terms are forced:
 * HanLP's own custom dictionary (hundreds of thousands of words) is applied as the standard tokenizer applies it,
 * merging the tokens of the best path. Forcing all of it made segmentation 7-40% slower (bench and microbenchmark)
 * and produced splits such as 共办/理 and 制/定投/诉 (see {@link DomainForcedDictionary}).
 */
public final class ProseSegmenter {
  private static final List<String> DOMAIN_TERMS = load("domain-terms.txt");

  /** Body text: no name recognition (it costs more than the segmentation itself and figures do not need it). */
  private static final ThreadLocal<Segment> PLAIN =
      ThreadLocal.withInitial(
          () -> HanLP.newSegment().enableCustomDictionary(Vocabulary.DICTIONARY).enableCustomDictionaryForcing(true));
  /** Title, preamble and signature: place and organisation recognition for who and where. */
  private static final ThreadLocal<Segment> NAMED =
      ThreadLocal.withInitial(
          () ->
              HanLP.newSegment()
                  .enableCustomDictionary(Vocabulary.DICTIONARY)
                  .enableCustomDictionaryForcing(true)
                  .enablePlaceRecognize(true)
                  .enableOrganizationRecognize(true));

  private ProseSegmenter() {}

  /** Segments one text with the plain segment; counted in {@link #stats()}. */
  public static List<Token> segment(String text) {
    return segmentAll(List.of(text)).get(0);
  }

  /**
   * Segments the texts with the plain segment, one token list per text, in order; counted in {@link #stats()}. The
   * clock is read once per call, not once per text: reading the thread's CPU time costs about half a microsecond, some
   * 2% of a 40-character sentence's segmentation.
   */
  public static List<List<Token>> segmentAll(List<String> texts) {
    Segment segment = PLAIN.get();
    long started = CLOCK.now();
    long chars = 0;
    List<List<Token>> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(tokens(segment.seg(text)));
      chars += text.length();
    }
    NANOS.add(CLOCK.now() - started);
    CHARS.add(chars);
    return out;
  }

  /** Segmentation with place and organisation recognition, for the short head and tail of a report. Not counted. */
  public static List<Token> segmentNamed(String text) {
    return tokens(NAMED.get().seg(text));
  }

  /** Characters segmented and time spent in {@link #segmentAll} since the JVM started (for the benchmark). */
  public static SegmentationStats stats() {
    return new SegmentationStats(CHARS.sum(), NANOS.sum(), CLOCK.name());
  }

  /**
   * Segmentation work: characters, and nanoseconds summed over threads (so chars/s is per core).
   *
   * @param clock {@code thread_cpu} when the nanoseconds are the segmenting threads' CPU time, which does not count
   *     the time a thread waited for a core (local[2] task threads share the machine with JIT, GC and other
   *     processes); {@code wall} when this JVM cannot read thread CPU time and elapsed time was summed instead
   */
  public record SegmentationStats(long chars, long nanos, String clock) {
    public double charsPerSecondPerCore() {
      return nanos == 0 ? 0 : chars * 1e9 / nanos;
    }

    public SegmentationStats minus(SegmentationStats before) {
      return new SegmentationStats(chars - before.chars, nanos - before.nanos, clock);
    }
  }

  private static final LongAdder CHARS = new LongAdder();
  private static final LongAdder NANOS = new LongAdder();
  private static final Clock CLOCK = Clock.best();

  /** The current thread's CPU time where the JVM offers it, else elapsed time. */
  private record Clock(ThreadMXBean threads, String name) {
    static Clock best() {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      try {
        if (threads.isCurrentThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
          threads.setThreadCpuTimeEnabled(true);
        }
      } catch (UnsupportedOperationException | SecurityException e) {
        return new Clock(null, "wall");
      }
      return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
          ? new Clock(threads, "thread_cpu")
          : new Clock(null, "wall");
    }

    long now() {
      return threads == null ? System.nanoTime() : threads.getCurrentThreadCpuTime();
    }
  }

  public static List<String> domainTerms() {
    return DOMAIN_TERMS;
  }

  private static List<Token> tokens(List<Term> terms) {
    List<Token> tokens = new ArrayList<>(terms.size());
    for (Term term : terms) {
      tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString()));
    }
    return tokens;
  }

  /**
   * The segments' custom dictionary, built once per JVM on first use. The domain terms also go into HanLP's global
   * custom dictionary, where its keyword extraction (themes) and tokenizers see them, as before.
   */
  private static final class Vocabulary {
    static final DynamicCustomDictionary DICTIONARY = install();

    private static DynamicCustomDictionary install() {
      BinTrie<CoreDictionary.Attribute> domain = new BinTrie<>();
      for (String term : DOMAIN_TERMS) {
        CustomDictionary.insert(term, "nz 1024");
        domain.put(term, CoreDictionary.Attribute.create("nz 1024"));
      }
      return new DomainForcedDictionary(CustomDictionary.DEFAULT.dat, domain);
    }
  }

  /**
   * HanLP's custom dictionary whose forced part is the domain terms only. With forcing on, HanLP adds every word of
   * {@link #parseText(char[], AhoCorasickDoubleArrayTrie.IHit)} to the word net before the Viterbi search (portable
   * 1.8.6 calls it only there); after the search it merges the best path's tokens with both the bundled {@code dat}
   * and the {@code trie}. Answering {@code parseText} from the domain trie alone keeps the domain terms whole while
   * the bundled dictionary works as in the standard tokenizer.
   */
  private static final class DomainForcedDictionary extends DynamicCustomDictionary {
    DomainForcedDictionary(
        DoubleArrayTrie<CoreDictionary.Attribute> bundled, BinTrie<CoreDictionary.Attribute> domain) {
      super(bundled, domain, null); // null paths: load nothing, use these tries
    }

    @Override
    public void parseText(char[] text, AhoCorasickDoubleArrayTrie.IHit<CoreDictionary.Attribute> processor) {
      trie.parseText(text, processor);
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
