package io.gongkai.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The eight real reports of the sample corpus as text, read as UTF-8 from the test classpath: the five text seeds as
 * they are, and the three PDFs through their pdftotext layout renderings.
 */
final class SampleTexts {
  /** One sample: a short name and where its text is on the classpath. */
  record Sample(String name, String resource) {
    String text() {
      return read(resource);
    }
  }

  static final List<Sample> SAMPLES =
      List.of(
          new Sample("000", "/samples/000_f33f83f1c85a8eb6.txt"),
          new Sample("001", "/samples/001_42bc1c002d3797e9.txt"),
          new Sample("002", "/samples/002_02af2ddfabc85d6c.txt"),
          new Sample("003", "/samples/003_88a498967a8a146f.txt"),
          new Sample("004", "/samples/004_97ee47eec622cd46.txt"),
          new Sample("ha2024", "/renderings/ha2024.pdftotext-layout.txt"),
          new Sample("hzq2023", "/renderings/hzq2023.pdftotext-layout.txt"),
          new Sample("hzq2024", "/renderings/hzq2024.pdftotext-layout.txt"));

  private SampleTexts() {}

  static List<Sample> all() {
    return SAMPLES;
  }

  static String text(String name) {
    return SAMPLES.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No sample named " + name))
        .text();
  }

  static String read(String resource) {
    try (InputStream in = SampleTexts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
