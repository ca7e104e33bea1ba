package io.gongkai.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes in lowercase hex: a report's id ({@code report_id}), the key the extract job spreads
 * its inputs by, and the test of two files holding the same report. One definition, so that the key a file is spread
 * by and the id its report gets can never differ.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform must support SHA-256", e);
    }
  }
}
