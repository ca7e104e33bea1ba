package io.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser, the metrics and the cross-report rules are pure Java: their packages may not import Spark (only {@code
 * io.gongkai.jobs} may; a rule over many reports is a plain function a thin Spark stage calls).
 */
class ParserHasNoSparkTest {
  private static final List<String> PARSER_PACKAGES =
      List.of("ingest", "layout", "template", "check", "prose", "region", "report", "parse", "metric", "rollup",
          "crossreport");

  @Test
  void parserPackagesDoNotImportSpark() throws IOException {
    Path root = Path.of("src/main/java/io/gongkai");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> PARSER_PACKAGES.contains(root.relativize(p).getName(0).toString()))
              .toList();
    }
    assertTrue(sources.size() > 30, "expected the parser sources under " + root + ", found " + sources.size());
    List<String> offenders =
        sources.stream().filter(ParserHasNoSparkTest::importsSpark).map(p -> root.relativize(p).toString()).toList();
    assertEquals(List.of(), offenders);
  }

  private static boolean importsSpark(Path file) {
    try {
      return Files.readString(file).contains("org.apache.spark");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
