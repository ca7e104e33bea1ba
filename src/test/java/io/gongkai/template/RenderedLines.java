package io.gongkai.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every line of the text fixtures, text renderings and samples: real label and prose lines to hold fast paths to. */
final class RenderedLines {
  private RenderedLines() {}

  static List<String> all() {
    List<String> lines = new ArrayList<>();
    for (String dir : List.of("src/test/resources/fixtures", "src/test/resources/renderings", "samples")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          lines.addAll(List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the lines under " + dir, e);
      }
    }
    return lines;
  }
}
