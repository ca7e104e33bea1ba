package io.gongkai.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to generate: corpus size, seed and the rates of the optional phenomena. Immutable; build it with {@link
 * #builder()} (defaults named below) and change a copy with {@link #toBuilder()}.
 */
public final class SynthConfig {
  /**
   * The check ids the generator plants: the hard relations, the cross-year break, and the soft S2014 de-duplication
   * rule, which real reports break ([SEED4], spec §6 SOFT_DEDUP_VIOLATION); and the anomalies seen only across
   * reports: a body's requests jumping or falling several-fold (R-XR-YOY), a body denying most requests where its
   * peers grant most (R-XR-PEER), a table reprinted from the year before (R-XR-STALE).
   */
  public static final List<String> PLANTABLE =
      List.of(
          "R-T3-BALANCE", "R-T3-RESULTS", "R-T3-ROWSUM", "R-T3-NONNEG", "R-T3-XYEAR", "R-T4-SUM", "R-T4-NONNEG",
          "R-T2-NONNEG", "R-T2019-ITEMS", "R-S14-REQ-CHANNELS", "R-S14-CLOSED", "R-S14-ANSWERED", "R-S14-REFUSE",
          "R-S14-REVIEW", "R-S14-LIT", "R-S14-STAFF", "R-S14-QIZHONG", "R-S14-DEDUP", "R-XR-YOY", "R-XR-PEER",
          "R-XR-STALE");

  public static final double DEFAULT_ANOMALY_RATE = 0.03;
  public static final double DEFAULT_PDF_SHARE = 0.03;
  public static final double DEFAULT_PROSE_CONTRADICTION_RATE = 0.05;
  public static final double DEFAULT_TEMPLATE_MIX_RATE = 0.05;
  /**
   * The chance that a (prefecture or county, year) group is chosen for a consolidated report, a quarter of it for a
   * province (see {@link Consolidation}). Only chosen groups with two or more BODY reports get one: at this default
   * about 3 consolidated reports per 100 reports in a corpus of 600, 5 in one of 5,000 (more bodies share a region).
   */
  public static final double DEFAULT_CONSOLIDATED_SHARE = 0.2;
  /**
   * The chance that a BODY report is planted as a copy (R-XR-COPY): half of it copied forward from the body's report
   * of the year before, half copied across from another body's; a draw without a source to copy (no year before of
   * the same template, say) plants nothing. At this default about 30 copies per 10,000 reports.
   */
  public static final double DEFAULT_COPY_RATE = 0.005;

  private final int reports;
  private final long seed;
  private final double pdfShare;
  private final double proseContradictionRate;
  private final double templateMixRate;
  private final double consolidatedShare;
  private final double copyRate;
  private final Map<String, Double> anomalyRates;

  private SynthConfig(Builder b) {
    this.reports = b.reports;
    this.seed = b.seed;
    this.pdfShare = b.pdfShare;
    this.proseContradictionRate = b.proseContradictionRate;
    this.templateMixRate = b.templateMixRate;
    this.consolidatedShare = b.consolidatedShare;
    this.copyRate = b.copyRate;
    this.anomalyRates = Map.copyOf(b.anomalyRates);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.reports = reports;
    b.seed = seed;
    b.pdfShare = pdfShare;
    b.proseContradictionRate = proseContradictionRate;
    b.templateMixRate = templateMixRate;
    b.consolidatedShare = consolidatedShare;
    b.copyRate = copyRate;
    b.anomalyRates.putAll(anomalyRates);
    return b;
  }

  public int reports() {
    return reports;
  }

  public long seed() {
    return seed;
  }

  /** The share of reports written as real PDF files (slow to write and to parse). */
  public double pdfShare() {
    return pdfShare;
  }

  public double proseContradictionRate() {
    return proseContradictionRate;
  }

  /** The share of eligible years that use the real template mixes of spec §0.5. */
  public double templateMixRate() {
    return templateMixRate;
  }

  /**
   * The chance that a (region, year) group is chosen for a consolidated report (a quarter of it for provinces); 0
   * writes none. Consolidated reports come after the {@link #reports()} BODY reports, in addition to them.
   */
  public double consolidatedShare() {
    return consolidatedShare;
  }

  /** The chance that a BODY report is planted as a copy of another report (R-XR-COPY); 0 plants none. */
  public double copyRate() {
    return copyRate;
  }

  /** The planting rate of one check id of {@link #PLANTABLE}. */
  public double rate(String check) {
    Double rate = anomalyRates.get(check);
    if (rate == null) {
      throw new IllegalArgumentException("Cannot plant " + check + ": not one of " + PLANTABLE);
    }
    return rate;
  }

  public static final class Builder {
    private int reports = 100;
    private long seed = 1;
    private double pdfShare = DEFAULT_PDF_SHARE;
    private double proseContradictionRate = DEFAULT_PROSE_CONTRADICTION_RATE;
    private double templateMixRate = DEFAULT_TEMPLATE_MIX_RATE;
    private double consolidatedShare = DEFAULT_CONSOLIDATED_SHARE;
    private double copyRate = DEFAULT_COPY_RATE;
    private final Map<String, Double> anomalyRates = new LinkedHashMap<>();

    private Builder() {
      anomalyRate(DEFAULT_ANOMALY_RATE);
    }

    public Builder reports(int reports) {
      if (reports < 0) {
        throw new IllegalArgumentException("Cannot generate " + reports + " reports: the count must be >= 0");
      }
      this.reports = reports;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder pdfShare(double share) {
      this.pdfShare = share("pdf share", share);
      return this;
    }

    public Builder proseContradictionRate(double rate) {
      this.proseContradictionRate = share("prose contradiction rate", rate);
      return this;
    }

    public Builder templateMixRate(double rate) {
      this.templateMixRate = share("template mix rate", rate);
      return this;
    }

    public Builder consolidatedShare(double share) {
      this.consolidatedShare = share("consolidated share", share);
      return this;
    }

    public Builder copyRate(double rate) {
      this.copyRate = share("copy rate", rate);
      return this;
    }

    /** Sets the planting rate of every plantable check id. */
    public Builder anomalyRate(double rate) {
      share("anomaly rate", rate);
      for (String check : PLANTABLE) {
        anomalyRates.put(check, rate);
      }
      return this;
    }

    public Builder anomalyRate(String check, double rate) {
      if (!PLANTABLE.contains(check)) {
        throw new IllegalArgumentException("Cannot set the rate of " + check + ": not one of " + PLANTABLE);
      }
      anomalyRates.put(check, share("rate of " + check, rate));
      return this;
    }

    private static double share(String what, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("Cannot use " + what + " " + value + ": it must be between 0 and 1");
      }
      return value;
    }

    public SynthConfig build() {
      return new SynthConfig(this);
    }
  }
}
