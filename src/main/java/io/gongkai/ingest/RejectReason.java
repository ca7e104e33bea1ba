package io.gongkai.ingest;

/**
 * Why a file was not accepted. Codes are stable and stored in output rows: they are explicit numbers, never
 * ordinals, and a retired code stays here as a comment so its number is never reused.
 */
public enum RejectReason {
  EMPTY_FILE(1),
  BINARY_CONTENT(2),
  IMAGE_CONTENT(3),
  UNDECODABLE_TEXT(4),
  PDF_UNREADABLE(5),
  PDF_ENCRYPTED(6),
  PDF_NO_TEXT(7),
  NO_TEXT_CONTENT(8),
  /** The file could not be read from its filesystem (permissions, vanished, I/O error). */
  READ_FAILED(9),
  /** Larger than a report can be; not read, so one stray archive cannot exhaust an executor. */
  TOO_LARGE(10),
  /** Same bytes as another input file of the run; the first path (in order) is parsed, the others point to it. */
  DUPLICATE_CONTENT(11),
  /** The parser failed on this file: a bug of ours, kept apart from bad input. */
  INTERNAL_ERROR(12);

  private final int code;

  RejectReason(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
