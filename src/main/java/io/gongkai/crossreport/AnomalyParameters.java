package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.metric.MetricCatalog;
import io.gongkai.report.TsvTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The parameters of the cross-report checks, from {@code parameters.tsv} (one documented place, not the code paths):
 * each check's typed parameters, validated when the table loads.
 */
public final class AnomalyParameters {
  /**
   * R-XR-YOY: the Hidiroglou–Berthelot parameters, the screens a pair outside its bounds passes before it FAILs, and
   * the metrics compared year over year (sent to executors).
   *
   * @param minChange the least fold change against the stratum's median ratio (r / r<sub>M</sub> or its inverse) of
   *     a FAIL
   * @param maxChance the largest two-sided binomial p of a count pair's split that still FAILs
   * @param counts the metrics of {@code metrics} that count (unit COUNT): the chance test is for them, not for yuan
   */
  public record YearOverYear(HidiroglouBerthelot.Parameters edit, double minChange, double maxChance,
      List<String> metrics, java.util.Set<String> counts) implements java.io.Serializable {
    public YearOverYear {
      requireNonNull(edit, "edit is null");
      if (!(minChange >= 1)) {
        throw new IllegalArgumentException("Cannot use min_change = " + minChange + ": it must be at least 1");
      }
      if (!(maxChance > 0 && maxChance <= 1)) {
        throw new IllegalArgumentException("Cannot use max_chance = " + maxChance + ": it must be in (0, 1]");
      }
      metrics = List.copyOf(metrics);
      counts = java.util.Set.copyOf(counts);
    }
  }

  /**
   * R-XR-PEER: the robust z-score's parameters and what is compared with peers.
   *
   * @param minDenominator an indicator whose denominator is below this is not compared (a rate over 3 requests is
   *     noise), neither as a value nor as a peer; 0 compares every ratio
   * @param minProvincePeers the fewest reports a province group needs to be scored on its own, rather than within
   *     the country's group
   * @param minBetween the least spread between bodies an indicator's funnel assumes, as a share of √(p̃(1 − p̃)) at
   *     the group's median rate p̃; 0 assumes none
   */
  public record Peers(RobustZ.Parameters score, int minProvincePeers, int minDenominator, double minBetween,
      List<String> indicators, List<String> metrics) implements java.io.Serializable {
    public Peers {
      requireNonNull(score, "score is null");
      if (minDenominator < 0) {
        throw new IllegalArgumentException("Cannot use min_denominator = " + minDenominator + ": it must be 0 or more");
      }
      if (!(minBetween >= 0 && minBetween < 1)) {
        throw new IllegalArgumentException("Cannot use min_between = " + minBetween + ": it must be in [0, 1)");
      }
      indicators = List.copyOf(indicators);
      metrics = List.copyOf(metrics);
    }

    /** A province group of min_peers is scored on its own; no least spread between bodies (min_between 0). */
    public Peers(RobustZ.Parameters score, int minDenominator, List<String> indicators, List<String> metrics) {
      this(score, score.minPeers(), minDenominator, 0, indicators, metrics);
    }

    /** A province group of min_peers is scored on its own. */
    public Peers(RobustZ.Parameters score, int minDenominator, double minBetween, List<String> indicators,
        List<String> metrics) {
      this(score, score.minPeers(), minDenominator, minBetween, indicators, metrics);
    }
  }

  /**
   * R-XR-COPY: shingling, MinHash banding and the thresholds ({@link CopiedProse}).
   *
   * @param boilerplateShare a sentence in more than this share of a year's reports is boilerplate
   * @param boilerplateMinReports ... and in at least this many of them
   * @param minSimilarity the exact Jaccard similarity from which a pair is a copy
   * @param uncertainSimilarity the exact Jaccard similarity from which a pair is reported UNCERTAIN
   * @param minShingles the fewest shingles a report needs to be compared
   * @param maxBucket the most reports a bucket (one band key) may hold to be expanded into pairs
   * @param minSentenceLength a normalised sentence shorter than this is not a report's own prose (table residue)
   * @param prefilterSimilarity a candidate pair whose signature sketches agree in less than this share of places is
   *     dropped before its exact similarity is computed
   */
  public record Copies(int shingleLength, int bands, int rows, double boilerplateShare, int boilerplateMinReports,
      double minSimilarity, double uncertainSimilarity, int minShingles, int maxBucket, int minSentenceLength,
      double prefilterSimilarity)
      implements java.io.Serializable {
    /**
     * Every sentence left after the boilerplate counts, however short (min_sentence_length 0), and every candidate
     * pair is verified (prefilter_similarity 0).
     */
    public Copies(int shingleLength, int bands, int rows, double boilerplateShare, int boilerplateMinReports,
        double minSimilarity, double uncertainSimilarity, int minShingles, int maxBucket) {
      this(shingleLength, bands, rows, boilerplateShare, boilerplateMinReports, minSimilarity, uncertainSimilarity,
          minShingles, maxBucket, 0, 0);
    }

    public Copies {
      if (!(prefilterSimilarity >= 0 && prefilterSimilarity <= uncertainSimilarity)) {
        throw new IllegalArgumentException(String.format(
            "Cannot use prefilter_similarity %s: it must be 0 or more and at most uncertain_similarity %s",
            prefilterSimilarity, uncertainSimilarity));
      }
      if (minSentenceLength < 0) {
        throw new IllegalArgumentException("Cannot use min_sentence_length " + minSentenceLength + ": it must be 0 or more");
      }
      if (shingleLength < 1 || bands < 1 || rows < 1) {
        throw new IllegalArgumentException(String.format(
            "Cannot use shingle_length %d, bands %d, rows %d: each must be at least 1", shingleLength, bands, rows));
      }
      if (!(boilerplateShare > 0 && boilerplateShare <= 1) || !(minSimilarity > 0 && minSimilarity <= 1)) {
        throw new IllegalArgumentException(String.format(
            "Cannot use boilerplate_share %s, min_similarity %s: each must be above 0 and at most 1",
            boilerplateShare, minSimilarity));
      }
      if (!(uncertainSimilarity > 0 && uncertainSimilarity <= minSimilarity)) {
        throw new IllegalArgumentException(String.format(
            "Cannot use uncertain_similarity %s: it must be above 0 and at most min_similarity %s",
            uncertainSimilarity, minSimilarity));
      }
      if (boilerplateMinReports < 2 || maxBucket < 2) {
        throw new IllegalArgumentException(String.format(
            "Cannot use boilerplate_min_reports %d, max_bucket %d: each must be at least 2", boilerplateMinReports,
            maxBucket));
      }
    }
  }

  /**
   * R-XR-STALE.
   *
   * @param minNonZeroCells the fewest non-zero cells a table identical to the year before's needs to FAIL
   */
  public record Stale(int minNonZeroCells) implements java.io.Serializable {
    public Stale {
      if (minNonZeroCells < 1) {
        throw new IllegalArgumentException(
            "Cannot use min_nonzero_cells " + minNonZeroCells + ": it must be at least 1 (an all-zero table proves no copy)");
      }
    }
  }

  private static final AnomalyParameters BUNDLED =
      of(TsvTable.read(AnomalyParameters.class, "parameters.tsv"), MetricCatalog.get());

  private final YearOverYear yearOverYear;
  private final Peers peers;
  private final Copies copies;
  private final Stale stale;

  private AnomalyParameters(YearOverYear yearOverYear, Peers peers, Copies copies, Stale stale) {
    this.yearOverYear = yearOverYear;
    this.peers = peers;
    this.copies = copies;
    this.stale = stale;
  }

  /** The bundled table's parameters. */
  public static AnomalyParameters get() {
    return BUNDLED;
  }

  public YearOverYear yearOverYear() {
    return yearOverYear;
  }

  public Peers peers() {
    return peers;
  }

  public Copies copies() {
    return copies;
  }

  public Stale stale() {
    return stale;
  }

  /**
   * Reads the table's rows ({@code check, parameter, value, meaning}).
   *
   * @throws IllegalArgumentException naming the row and the value when a row is repeated, unknown, missing or bad
   */
  public static AnomalyParameters of(List<CSVRecord> rows, MetricCatalog catalog) {
    Map<String, String> values = new LinkedHashMap<>();
    for (CSVRecord row : rows) {
      String key = row.get("check") + " " + row.get("parameter");
      if (values.put(key, row.get("value").strip()) != null) {
        throw new IllegalArgumentException("Cannot read parameters.tsv: " + key + " is listed twice");
      }
    }
    Table t = new Table(values, catalog);
    List<String> yoyMetrics = t.keys("R-XR-YOY", "metrics", false);
    YearOverYear yoy =
        new YearOverYear(
            new HidiroglouBerthelot.Parameters(t.number("R-XR-YOY", "u"), t.number("R-XR-YOY", "a"),
                t.number("R-XR-YOY", "c"), t.integer("R-XR-YOY", "min_pairs")),
            t.number("R-XR-YOY", "min_change"), t.number("R-XR-YOY", "max_chance"),
            yoyMetrics,
            yoyMetrics.stream()
                .filter(k -> catalog.unit(k) == io.gongkai.metric.UnitKind.COUNT)
                .collect(java.util.stream.Collectors.toSet()));
    Peers peers =
        new Peers(
            new RobustZ.Parameters(t.number("R-XR-PEER", "threshold"), t.integer("R-XR-PEER", "min_peers"),
                t.number("R-XR-PEER", "zero_floor")),
            t.integer("R-XR-PEER", "min_province_peers"), t.integer("R-XR-PEER", "min_denominator"),
            t.number("R-XR-PEER", "min_between"),
            t.keys("R-XR-PEER", "indicators", true),
            t.keys("R-XR-PEER", "metrics", false));
    Copies copies =
        new Copies(t.integer("R-XR-COPY", "shingle_length"), t.integer("R-XR-COPY", "bands"),
            t.integer("R-XR-COPY", "rows"), t.number("R-XR-COPY", "boilerplate_share"),
            t.integer("R-XR-COPY", "boilerplate_min_reports"), t.number("R-XR-COPY", "min_similarity"),
            t.number("R-XR-COPY", "uncertain_similarity"), t.integer("R-XR-COPY", "min_shingles"),
            t.integer("R-XR-COPY", "max_bucket"), t.integer("R-XR-COPY", "min_sentence_length"),
            t.number("R-XR-COPY", "prefilter_similarity"));
    Stale stale = new Stale(t.integer("R-XR-STALE", "min_nonzero_cells"));
    if (!t.unread().isEmpty()) {
      throw new IllegalArgumentException("Cannot read parameters.tsv: unknown parameters " + t.unread());
    }
    return new AnomalyParameters(yoy, peers, copies, stale);
  }

  /** The values being read, each taken once. */
  private static final class Table {
    private final Map<String, String> values;
    private final MetricCatalog catalog;

    Table(Map<String, String> values, MetricCatalog catalog) {
      this.values = new LinkedHashMap<>(values);
      this.catalog = catalog;
    }

    String take(String check, String parameter) {
      String value = values.remove(check + " " + parameter);
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException("Cannot read parameters.tsv: " + check + " " + parameter + " is missing");
      }
      return value;
    }

    double number(String check, String parameter) {
      String value = take(check, parameter);
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(
            "Cannot read parameters.tsv: %s %s is '%s', expected a number", check, parameter, value), e);
      }
    }

    int integer(String check, String parameter) {
      String value = take(check, parameter);
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(
            "Cannot read parameters.tsv: %s %s is '%s', expected a whole number", check, parameter, value), e);
      }
    }

    List<String> keys(String check, String parameter, boolean indicators) {
      Set<String> known =
          indicators
              ? Set.copyOf(catalog.indicators().stream().map(io.gongkai.metric.Indicator::key).toList())
              : Set.copyOf(catalog.keys());
      List<String> keys = new ArrayList<>();
      for (String key : take(check, parameter).split(",")) {
        String k = key.strip();
        if (!known.contains(k)) {
          throw new IllegalArgumentException(String.format("Cannot read parameters.tsv: %s %s names '%s', not %s",
              check, parameter, k, indicators ? "an indicator of indicators.tsv" : "a metric of metrics.tsv"));
        }
        keys.add(k);
      }
      return keys;
    }

    Set<String> unread() {
      return values.keySet();
    }
  }
}
