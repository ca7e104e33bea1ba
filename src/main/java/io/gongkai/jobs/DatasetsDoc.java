package io.gongkai.jobs;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Prints docs/datasets.md from the registry; run by scripts/regen-datasets-doc.sh, never by a test. */
public final class DatasetsDoc {
  private DatasetsDoc() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(Datasets.markdown());
  }
}
