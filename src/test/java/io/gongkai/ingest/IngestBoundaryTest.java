package io.gongkai.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ingest package runs inside Spark executors but must not depend on Spark; see notes/style.md, habit 9. */
class IngestBoundaryTest {
  @Test
  void noSparkImports() throws IOException {
    Path sources = Path.of("src/main/java/io/gongkai/ingest");
    try (Stream<Path> files = Files.list(sources)) {
      List<String> offenders = files
          .filter(file -> {
            try {
              return Files.readString(file).contains("import org.apache.spark");
            } catch (IOException e) {
              throw new IllegalStateException("Cannot read " + file, e);
            }
          })
          .map(file -> file.getFileName().toString())
          .sorted()
          .toList();
      assertEquals(List.of(), offenders);
    }
  }
}
