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
 * @param publishedAt publication date: the page's 发布时间, else the signature's date
 */
public record ReportMeta(
    String body,
    double bodyConfidence,
    String bodyEvidence,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate publishedAt) {

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
