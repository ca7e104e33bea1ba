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
  NO_TEXT_CONTENT(8);

  private final int code;

  RejectReason(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
