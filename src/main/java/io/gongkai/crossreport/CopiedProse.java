package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.CheckResult;
import io.gongkai.report.CheckStatus;
import io.gongkai.template.LabelText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * {@value #ID}: a report whose own prose is a near-copy of another report's, the same body's of an earlier year
 * (copied forward) or another body's (copied across, often with the other body's name left in).
 *
 * <p>The steps, each a plain function the Spark stage calls per sentence, per report, per bucket or per pair:
 *
 * <ol>
 *   <li><b>Boilerplate</b> ({@link Boilerplate#learn}): a sentence, normalised as {@link Shingles#normalise} does
 *       after traditional characters are simplified, that more than {@code boilerplate_share} of a year's parsed
 *       reports print, and at least {@code boilerplate_min_reports} of them, is what the template and the regulation
 *       make every body write; it is left out of every report before shingling. The floor keeps a small year
 *       (or a corpus of a few reports) from calling every shared sentence boilerplate, which would erase the copies
 *       themselves.
 *   <li><b>Shingles and signatures</b> ({@link #ownShingles}): the rest, as {@code shingle_length}-character
 *       shingles; a report with fewer than {@code min_shingles} is not compared (little prose of its own). Its
 *       {@link MinHash} signature ({@code bands × rows} values, seed {@link #SEED}) and one key per band.
 *   <li><b>Candidates</b> ({@link #pairs}): reports sharing a band key; a bucket of more than {@code max_bucket}
 *       members is not expanded (its pairs would grow with the square of its size: a sentence left in by boilerplate
 *       removal, or a template shared by hundreds of bodies) and each member gets an UNCERTAIN {@link
 *       Kind#BUCKET_CAPPED} row instead, so the cost stays linear in the corpus.
 *   <li><b>Verification</b> ({@link #compare}): the exact Jaccard similarity of the two shingle sets. The later
 *       report (by year; in one year, by file name, then report id) carries the finding.
 *   <li><b>Decision</b> ({@link #decide}): per later report and kind, the most similar partner: FAIL at exact Jaccard
 *       ≥ {@code min_similarity}, UNCERTAIN from {@code uncertain_similarity} (a near-copy worth a look, or two
 *       versions of one body's report for one year, {@link Kind#REPUBLISHED}, whatever the similarity); no row
 *       below.
 * </ol>
 *
 * <p>Two reports are of the same body when both body names are known and equal, or one is the other with a region
 * prefix (淮安市洪泽区教育局, 洪泽区教育局), and their regions can be one ({@link PreviousYear.Member}: equal, one inside
 * the other, or unknown).
 */
public final class CopiedProse {
  public static final String ID = "R-XR-COPY";

  /** The seed of the MinHash functions: fixed, so signatures agree across executors, runs and appends. */
  public static final long SEED = 0x52_58_43_4f_50_59L; // "RXCOPY"

  /** What a pair is; the {@code scope} of its row. */
  public enum Kind {
    /** The same body, an earlier year. */
    COPIED_FORWARD,
    /** Another body (or a body not known on either side). */
    COPIED_ACROSS,
    /** The same body and year: two versions of one report (a correction republished), never a FAIL. */
    REPUBLISHED,
    /** In a bucket too large to expand: not compared, never a FAIL. */
    BUCKET_CAPPED
  }

  private CopiedProse() {}

  /** A 64-bit id of a report id: what buckets and pairs carry instead of the 64-character hex id. */
  public static long id(String reportId) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < reportId.length(); i++) {
      h ^= reportId.charAt(i);
      h *= 0x100000001b3L;
    }
    return MinHash.mix(h);
  }

  /** The sentence as compared: traditional characters simplified, then {@link Shingles#normalise}. */
  public static String normalise(String sentence) {
    return Shingles.normalise(LabelText.simplified(sentence));
  }

  /**
   * The key boilerplate is counted by: a hash of the normalised sentence; 0 for a sentence with nothing left
   * (punctuation only), which is never counted.
   */
  public static long sentenceKey(String sentence) {
    String normal = normalise(sentence);
    return normal.isEmpty() ? 0 : id(normal);
  }

  /**
   * The boilerplate sentences, learned year by year from the corpus: which normalised sentences more than {@code
   * boilerplate_share} of a year's parsed reports print, and at least {@code boilerplate_min_reports}. A sentence that
   * is boilerplate in one year is left out of every year's reports: a pair of two years then compares the same text on
   * both sides (a template sentence common in a year of many reports but short of the floor in a year of few would
   * otherwise count as one report's own prose and not the other's). Counting per year finds the template sentences
   * of each era (S2014, T2019, T2021) however few years it had. Serializable: the driver learns it, the executors read
   * it.
   */
  public static final class Boilerplate implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] keys;
    private final Map<Integer, Integer> sizes;

    private Boilerplate(long[] keys, Map<Integer, Integer> sizes) {
      this.keys = keys;
      this.sizes = sizes;
    }

    /** One sentence key of one year, and in how many distinct reports of that year it is printed. */
    public record Count(int year, long key, long reports) {}

    /**
     * @param reportsPerYear the parsed reports of each year
     * @param counts the sentence keys with their report counts (those under {@code boilerplate_min_reports} may be
     *     left out by the caller: they are never boilerplate)
     */
    public static Boilerplate learn(
        Map<Integer, Long> reportsPerYear, Iterable<Count> counts, AnomalyParameters.Copies p) {
      List<Long> all = new ArrayList<>();
      Map<Integer, Integer> sizes = new java.util.TreeMap<>();
      for (Count c : counts) {
        long reports = reportsPerYear.getOrDefault(c.year(), 0L);
        if (c.key() != 0 && c.reports() >= p.boilerplateMinReports() && c.reports() > p.boilerplateShare() * reports) {
          all.add(c.key());
          sizes.merge(c.year(), 1, Integer::sum);
        }
      }
      return new Boilerplate(all.stream().mapToLong(Long::longValue).sorted().distinct().toArray(), sizes);
    }

    /** Whether a sentence key is boilerplate (in some year). */
    public boolean contains(long key) {
      return Arrays.binarySearch(keys, key) >= 0;
    }

    /** How many sentences each year counts as boilerplate, by year. */
    public Map<Integer, Integer> sizes() {
      return java.util.Collections.unmodifiableMap(sizes);
    }

    /** How many distinct sentences are boilerplate, all years together. */
    public int size() {
      return keys.length;
    }
  }

  /**
   * A sentence as shingled when it is the report's own: normalised ({@link #normalise}); null when it is boilerplate or
   * has nothing left.
   */
  public static String ownSentence(String sentence, Boilerplate boilerplate) {
    return ownSentence(sentence, boilerplate, 0);
  }

  /**
   * As {@link #ownSentence(String, Boilerplate)}, and null when the normalised sentence is shorter than {@code
   * minLength}: the "sentences" of a rendering also hold what its tables left outside them (labels, cells, a
   * label broken over lines: 自然人, 社会公, 0), which differ between a report's layouts, not between its texts; a
   * copy printed as PDF text of a report published as a page fell to a Jaccard similarity of 0.77 on them.
   */
  public static String ownSentence(String sentence, Boilerplate boilerplate, int minLength) {
    String normal = normalise(sentence);
    return normal.isEmpty() || normal.codePointCount(0, normal.length()) < minLength
        || boilerplate.contains(id(normal)) ? null : normal;
  }

  /**
   * The shingles of a report's own prose: its sentences, in reading order, without the boilerplate.
   *
   * @return sorted distinct shingle hashes; fewer than {@code min_shingles} means the report is not compared
   */
  public static long[] ownShingles(List<String> sentences, Boilerplate boilerplate, AnomalyParameters.Copies p) {
    List<String> own = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      String normal = ownSentence(sentence, boilerplate, p.minSentenceLength());
      if (normal != null) {
        own.add(normal);
      }
    }
    return Shingles.of(own, p.shingleLength());
  }

  /** The MinHash functions of these parameters. */
  public static MinHash minHash(AnomalyParameters.Copies p) {
    return new MinHash(p.bands(), p.rows(), SEED);
  }

  /**
   * The candidate pairs of one bucket (the reports sharing one band key), each once as (smaller id, larger id); a
   * bucket above {@code maxBucket} members gives none and returns false.
   */
  public static boolean pairs(long[] members, int maxBucket, BiConsumer<Long, Long> pair) {
    if (members.length > maxBucket) {
      return false;
    }
    long[] sorted = members.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      for (int j = i + 1; j < sorted.length; j++) {
        if (sorted[i] != sorted[j]) {
          pair.accept(sorted[i], sorted[j]);
        }
      }
    }
    return true;
  }

  /**
   * One report as verification needs it.
   *
   * @param body its body name, null when unknown
   * @param region its most specific region code, null when unknown
   * @param shingles {@link #ownShingles}
   * @param signature the MinHash signature of the shingles
   * @param text its whole prose (boilerplate included), where another body's name is looked for
   */
  public record Report(String reportId, int year, String file, String body, String region, long[] shingles,
      long[] signature, String text) {
    public Report {
      requireNonNull(reportId, "reportId is null");
      requireNonNull(file, "file is null");
      requireNonNull(shingles, "shingles is null");
      requireNonNull(signature, "signature is null");
      requireNonNull(text, "text is null");
    }

    Side side() {
      return new Side(reportId, year, file, body, shingles.length);
    }
  }

  /**
   * A report as a finding names it.
   *
   * @param shingles how many shingles of its own it has
   */
  public record Side(String reportId, int year, String file, String body, int shingles) {
    public Side {
      requireNonNull(reportId, "reportId is null");
      requireNonNull(file, "file is null");
    }

    /** Reading order of the corpus: year, then file name, then report id. */
    static final Comparator<Side> ORDER =
        Comparator.comparingInt(Side::year).thenComparing(Side::file).thenComparing(Side::reportId);
  }

  /**
   * One verified pair, from the later report's side.
   *
   * @param exact the exact Jaccard similarity of the shingles
   * @param estimated the share of equal signature values
   * @param values how many signature values the estimate compared
   * @param common the shingles both have
   * @param nameCount how often the partner's body name is printed in the later report's prose (its own name's
   *     occurrences aside); -1 when not looked for (the same body, or the partner's body unknown)
   */
  public record Comparison(Side later, Side earlier, Kind kind, double exact, double estimated, int values,
      int common, int nameCount) {
    public Comparison {
      requireNonNull(later, "later is null");
      requireNonNull(earlier, "earlier is null");
      requireNonNull(kind, "kind is null");
    }
  }

  /** Verifies a candidate pair, in either order. */
  public static Comparison compare(Report a, Report b) {
    Report later = Side.ORDER.compare(a.side(), b.side()) >= 0 ? a : b;
    Report earlier = later == a ? b : a;
    boolean same = sameBody(later, earlier);
    Kind kind = !same ? Kind.COPIED_ACROSS : later.year() == earlier.year() ? Kind.REPUBLISHED : Kind.COPIED_FORWARD;
    int common = Shingles.common(later.shingles(), earlier.shingles());
    int union = later.shingles().length + earlier.shingles().length - common;
    double exact = union == 0 ? 0 : (double) common / union;
    int names = same || earlier.body() == null ? -1 : occurrences(later.text(), earlier.body(), later.body());
    return new Comparison(later.side(), earlier.side(), kind, exact,
        MinHash.estimate(later.signature(), earlier.signature()), later.signature().length, common, names);
  }

  /** Whether two reports are of one body: names known and equal up to a region prefix, regions compatible. */
  static boolean sameBody(Report x, Report y) {
    if (x.body() == null || y.body() == null || x.body().isEmpty() || y.body().isEmpty()) {
      return false;
    }
    boolean names = x.body().equals(y.body()) || x.body().endsWith(y.body()) || y.body().endsWith(x.body());
    return names && new PreviousYear.Member(x.reportId(), x.year(), x.region(), false)
        .canBe(new PreviousYear.Member(y.reportId(), y.year(), y.region(), false));
  }

  /** Occurrences of {@code name} in {@code text} outside the occurrences of {@code own} (which may contain it). */
  static int occurrences(String text, String name, String own) {
    String rest = own == null || own.isEmpty() || !own.contains(name) ? text : text.replace(own, "\u0000");
    int count = 0;
    for (int at = rest.indexOf(name); at >= 0; at = rest.indexOf(name, at + name.length())) {
      count++;
    }
    return count;
  }

  /**
   * The findings of one later report from its verified pairs: per kind, the most similar partner (ties: the later
   * partner), FAIL at {@code min_similarity} or above (UNCERTAIN for {@link Kind#REPUBLISHED}), UNCERTAIN from {@code
   * uncertain_similarity}; nothing below. In order of kind.
   */
  public static List<Finding> decide(List<Comparison> comparisons, AnomalyParameters.Copies p) {
    Map<Kind, List<Comparison>> byKind = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    for (Comparison c : comparisons) {
      if (c.exact() >= p.uncertainSimilarity()) {
        byKind.get(c.kind()).add(c);
      }
    }
    Comparator<Comparison> best =
        Comparator.comparingDouble(Comparison::exact).reversed()
            .thenComparing(Comparison::earlier, Side.ORDER.reversed());
    List<Finding> findings = new ArrayList<>();
    for (List<Comparison> ofKind : byKind.values()) {
      if (ofKind.isEmpty()) {
        continue;
      }
      ofKind.sort(best);
      Comparison top = ofKind.get(0);
      boolean copy = top.exact() >= p.minSimilarity() && top.kind() != Kind.REPUBLISHED;
      findings.add(finding(top, copy ? CheckStatus.FAIL : CheckStatus.UNCERTAIN, ofKind, p));
    }
    return findings;
  }

  private static Finding finding(Comparison c, CheckStatus status, List<Comparison> ofKind,
      AnomalyParameters.Copies p) {
    Side e = c.earlier();
    String partner;
    if (c.kind() == Kind.COPIED_ACROSS) {
      String name;
      if (e.body() == null) {
        name = "its body unknown";
      } else if (c.nameCount() > 0) {
        name = String.format(Locale.ROOT, "another body, whose name is printed here %d time%s: old name left in",
            c.nameCount(), c.nameCount() == 1 ? "" : "s");
      } else {
        name = "another body, whose name is not printed here";
      }
      partner = String.format(Locale.ROOT, "%s (%d, %s; %s)", e.file(), e.year(), e.body() == null ? "?" : e.body(),
          name);
    } else {
      partner = String.format(Locale.ROOT, "%s (%d, the same body %s)", e.file(), e.year(), e.body());
    }
    StringBuilder expression = new StringBuilder(String.format(Locale.ROOT,
        "%s: exact Jaccard %.3f (estimated %.3f from %d MinHash values) with %s; shingles %d here, %d there, %d"
            + " shared", c.kind(), c.exact(), c.estimated(), c.values(), partner, c.later().shingles(), e.shingles(),
        c.common()));
    if (status == CheckStatus.UNCERTAIN && c.kind() != Kind.REPUBLISHED) {
      expression.append(String.format(Locale.ROOT, "; below %s, from %s a near-copy to look at", p.minSimilarity(),
          p.uncertainSimilarity()));
    }
    if (ofKind.size() > 1) {
      Comparison next = ofKind.get(1);
      expression.append(String.format(Locale.ROOT, "; %d other report%s at %s or above, next %s (%d) at %.3f",
          ofKind.size() - 1, ofKind.size() == 2 ? "" : "s", p.uncertainSimilarity(), next.earlier().file(),
          next.earlier().year(), next.exact()));
    }
    CheckResult result = new CheckResult(ID, c.kind().name(), status, CheckResult.Severity.WARNING, null, null,
        expression.toString(), List.of("sentences", "report " + e.reportId() + " sentences"));
    return new Finding(c.later().reportId(), result, e.reportId(), c.exact());
  }

  /**
   * The UNCERTAIN row of a report that sits in buckets too large to expand: it was compared with no one through them.
   *
   * @param buckets how many of its band keys were shared by more than {@code max_bucket} reports
   * @param largest the largest of those buckets
   */
  public static Finding capped(String reportId, int buckets, int largest, AnomalyParameters.Copies p) {
    String expression = String.format(Locale.ROOT,
        "BUCKET_CAPPED: %d of its %d band keys shared by more than %d reports (largest %d): not compared through"
            + " them; prose common to that many reports is boilerplate the sentence counts missed",
        buckets, p.bands(), p.maxBucket(), largest);
    CheckResult result = new CheckResult(ID, Kind.BUCKET_CAPPED.name(), CheckStatus.UNCERTAIN,
        CheckResult.Severity.WARNING, null, null, expression, List.of("sentences"));
    return new Finding(reportId, result, null, null);
  }
}
