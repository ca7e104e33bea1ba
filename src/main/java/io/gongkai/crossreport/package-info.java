/** Anomalies that show only across reports: year-over-year breaks, outliers among peers, copied and stale reports. */
package io.gongkai.crossreport;
