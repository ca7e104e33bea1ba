package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.CheckResult;

/**
 * One check across reports on one report: the evaluation, the other report it was compared with and the statistic it
 * was decided on (the {@code checks} columns {@code related_report_id} and {@code score}).
 *
 * @param reportId the report the check is on
 * @param relatedReportId the other report, null when compared with a group rather than one report
 * @param score the statistic, null when none was computed (an UNCERTAIN pair without a ratio)
 */
public record Finding(String reportId, CheckResult result, String relatedReportId, Double score) {
  public Finding {
    requireNonNull(reportId, "reportId is null");
    requireNonNull(result, "result is null");
  }
}
