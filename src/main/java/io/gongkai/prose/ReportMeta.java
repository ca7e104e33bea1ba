package io.gongkai.prose;

import java.time.LocalDate;

/**
 * Who published a report and for which period, as its prose prints it. Null fields were not found.
 *
 * @param body the publishing body, e.g. 攀枝花市仁和区人民政府办公室
 * @param bodyConfidence 0.9 from the title, 0.8 from the signature, 0.5 from a title prefix without an
 *     organisation suffix (海东市循化县), 0 when not found
 * @param bodyEvidence the sentence the body was read from
 * @param periodStart first day of the statistics period (统计期限自…起)
 * @param periodEnd last day of the statistics period
 * @param periodConfidence {@link MetaReader#PERIOD_STATED} 0.9 for a date range in the preamble or in a sentence about
 *     the statistics period, {@link MetaReader#PERIOD_RANGE_ELSEWHERE} 0.6 for the first date range elsewhere, {@link
 *     MetaReader#PERIOD_YEAR_ONLY} 0.5 for a statistics period stated as a year (统计期限为2020年度), 0 when not found
 * @param publishedAt publication date: the page's 发布时间, else the signature's date
 * @param publishedAtConfidence {@link MetaReader#PUBLISHED_PAGE} 0.9 from the page's 发布时间, {@link
 *     MetaReader#PUBLISHED_SIGNATURE} 0.7 from the signature's date, 0 when not found
 */
public record ReportMeta(
    String body,
    double bodyConfidence,
    String bodyEvidence,
    LocalDate periodStart,
    LocalDate periodEnd,
    double periodConfidence,
    LocalDate publishedAt,
    double publishedAtConfidence) {
  /** Nothing found. */
  public static final ReportMeta NONE = new ReportMeta(null, 0, null, null, null, 0, null, 0);

  public ReportMeta {
    // A confidence belongs to a value: none without one, so that a row never carries a confidence for a null.
    if ((periodStart == null) != (periodConfidence == 0)) {
      throw new IllegalArgumentException(
          "Cannot build ReportMeta: period " + periodStart + ".." + periodEnd + " with confidence " + periodConfidence);
    }
    if ((publishedAt == null) != (publishedAtConfidence == 0)) {
      throw new IllegalArgumentException(
          "Cannot build ReportMeta: published_at " + publishedAt + " with confidence " + publishedAtConfidence);
    }
  }

  /** PERIOD_NOT_FULL_YEAR (spec §6): the statistics period is not a whole calendar year. */
  public boolean periodNotFullYear() {
    return periodStart != null
        && periodEnd != null
        && !(periodStart.getMonthValue() == 1
            && periodStart.getDayOfMonth() == 1
            && periodEnd.getMonthValue() == 12
            && periodEnd.getDayOfMonth() == 31
            && periodStart.getYear() == periodEnd.getYear());
  }
}
