package io.gongkai.report;

import static java.util.Objects.requireNonNull;

import io.gongkai.prose.ProseFindings;
import java.util.List;

/**
 * The outcome for one input file: parsed (with whatever tables were found) or rejected with a stable reason.
 *
 * @param format TEXT, HTML or PDF; null when the file was rejected before its format was known
 * @param encoding the charset the text was decoded with (PDF for PDFs), null when rejected before decoding
 * @param rejectReason the stable reject code name, null when parsed
 * @param rejectDetail what was wrong, naming the value, null when parsed
 * @param reportYear the year the report covers, null when it could not be read
 * @param templateT2 the table-2 template, null when no table 2 was found
 * @param templateT3 the table-3 variant, null when no table 3 was found
 * @param flags stable flag codes with their subject ({@code BLOCK_MISSING(art20_5)})
 * @param prose what the prose says; {@link ProseFindings#NONE} for a rejected report
 */
public record ParsedReport(
    String fileName,
    long sizeBytes,
    String sha256,
    Status status,
    String format,
    String encoding,
    String rejectReason,
    String rejectDetail,
    Integer reportYear,
    Template templateT2,
    Template templateT3,
    List<Cell> cells,
    List<CheckResult> checks,
    List<String> flags,
    ProseFindings prose) {
  public ParsedReport {
    requireNonNull(prose, "prose is null");
    requireNonNull(fileName, "fileName is null");
    requireNonNull(sha256, "sha256 is null");
    requireNonNull(status, "status is null");
    cells = List.copyOf(requireNonNull(cells, "cells is null"));
    checks = List.copyOf(requireNonNull(checks, "checks is null"));
    flags = List.copyOf(requireNonNull(flags, "flags is null"));
    if ((status == Status.REJECTED) != (rejectReason != null)) {
      throw new IllegalArgumentException(
          String.format("Cannot build report %s: status %s with reject reason %s", fileName, status, rejectReason));
    }
  }

  /** Every input file ends in exactly one of these. */
  public enum Status {
    PARSED,
    REJECTED
  }

  /** A report rejected before it was parsed: no cells, checks or prose. */
  public static ParsedReport rejected(String fileName, long size, String sha256, String format, String encoding,
      String reason, String detail) {
    return new ParsedReport(fileName, size, sha256, Status.REJECTED, format, encoding, reason, detail, null, null, null,
        List.of(), List.of(), List.of(), ProseFindings.NONE);
  }

  public long countChecks(CheckStatus status) {
    return checks.stream().filter(c -> c.status() == status).count();
  }
}
