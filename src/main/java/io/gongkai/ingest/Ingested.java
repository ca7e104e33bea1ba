package io.gongkai.ingest;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of reading one file: exactly one of accepted or rejected-with-reason. Both carry the file's size and
 * SHA-256 (lowercase hex of the bytes) so a run summary can count and de-duplicate inputs either way.
 */
public sealed interface Ingested permits Ingested.Accepted, Ingested.Rejected {
  String fileName();

  long sizeBytes();

  String sha256();

  /** A file that decoded to a {@link Document}. */
  record Accepted(Document document, long sizeBytes, String sha256) implements Ingested {
    public Accepted {
      requireNonNull(document, "document is null");
      checkSize(sizeBytes);
      requireNonNull(sha256, "sha256 is null");
    }

    @Override
    public String fileName() {
      return document.fileName();
    }
  }

  /** A file that could not be decoded; {@code detail} names the thing that failed and the offending value. */
  record Rejected(String fileName, long sizeBytes, String sha256, RejectReason reason, String detail)
      implements Ingested {
    public Rejected {
      requireNonNull(fileName, "fileName is null");
      checkSize(sizeBytes);
      requireNonNull(sha256, "sha256 is null");
      requireNonNull(reason, "reason is null");
      requireNonNull(detail, "detail is null");
    }
  }

  private static void checkSize(long sizeBytes) {
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes is negative: " + sizeBytes);
    }
  }
}
