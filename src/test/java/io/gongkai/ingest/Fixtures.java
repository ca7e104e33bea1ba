package io.gongkai.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads test fixtures from the classpath: {@code ingest/} for named phenomena, {@code samples/} for real reports. */
final class Fixtures {
  private Fixtures() {}

  static byte[] ingest(String name) {
    return load("/ingest/" + name);
  }

  static byte[] sample(String name) {
    return load("/samples/" + name);
  }

  private static byte[] load(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read test resource " + path, e);
    }
  }
}
