package io.gongkai.ingest;

/** Thrown inside the package when a file cannot be accepted; {@link DocumentReader} turns it into a Rejected. */
final class IngestRejection extends Exception {
  private final RejectReason reason;

  IngestRejection(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  RejectReason reason() {
    return reason;
  }

  String detail() {
    return getMessage();
  }
}
