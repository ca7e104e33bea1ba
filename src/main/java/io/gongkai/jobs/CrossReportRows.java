package io.gongkai.jobs;

import io.gongkai.crossreport.Finding;
import org.apache.spark.sql.Row;

/** {@code checks} rows of the checks across reports, through the registry like every other row. */
final class CrossReportRows {
  private CrossReportRows() {}

  static Row row(Finding finding, String file, int year) {
    return ReportRows.check(new RowWriter(Datasets.CHECKS), finding.result())
        .set("report_id", finding.reportId())
        .set("file", file)
        .set("report_year", year)
        .set("related_report_id", finding.relatedReportId())
        .set("score", finding.score())
        .row();
  }
}
