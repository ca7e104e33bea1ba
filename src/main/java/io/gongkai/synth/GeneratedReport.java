package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

/**
 * One generated report: its file, its truth file and its manifest line.
 *
 * @param fileName the report's file name (r000123.txt, r000124.pdf, r000125 without extension)
 * @param content the file's bytes
 * @param truthJson the truth file ({@code truth/<fileName>.truth.json})
 * @param url the manifest url, null when left blank
 * @param body the manifest body, null when left blank
 * @param regionCode the manifest region code, null when left blank
 * @param reportYear the manifest year, null when left blank
 * @param publishedAt the manifest publication date (yyyy-mm-dd), null when left blank
 */
public record GeneratedReport(
    String fileName,
    byte[] content,
    String truthJson,
    String url,
    String body,
    String regionCode,
    Integer reportYear,
    String publishedAt) {
  public GeneratedReport {
    requireNonNull(fileName, "fileName is null");
    requireNonNull(content, "content is null");
    requireNonNull(truthJson, "truthJson is null");
  }
}
