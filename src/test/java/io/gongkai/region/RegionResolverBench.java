package io.gongkai.region;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Micro-benchmark of {@link RegionResolver#resolve}: not a test, nothing asserted. Prints the one-off cost of loading
 * the gazetteer and building the matcher, then the steady-state cost per KiB (UTF-8) of the eight sample reports.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/region-bench.cp
 * java -cp target/classes:target/test-classes:$(cat target/region-bench.cp) io.gongkai.region.RegionResolverBench
 * </pre>
 */
public final class RegionResolverBench {
  private RegionResolverBench() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long t0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.loadBundled();
    long t1 = System.nanoTime();
    RegionResolver resolver = new RegionResolver(gazetteer);
    long t2 = System.nanoTime();
    System.out.printf(
        "gazetteer: %d divisions, %d surface forms, loaded in %.0f ms; matcher built in %.0f ms%n",
        gazetteer.size(), gazetteer.surfaces().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);

    List<String> texts = SampleTexts.all().stream().map(SampleTexts.Sample::text).toList();
    long bytes = 0;
    for (String text : texts) {
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    int sink = 0;
    for (int i = 0; i < rounds / 4; i++) { // warm-up
      for (String text : texts) {
        sink += resolver.resolve(text).evidence().size();
      }
    }
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (String text : texts) {
        sink += resolver.resolve(text).evidence().size();
      }
    }
    long elapsed = System.nanoTime() - start;
    double kib = bytes / 1024.0 * rounds;
    System.out.printf(
        "resolve: %d reports x %d rounds, %.1f KiB each on average: %.0f ns per KiB, %.1f MiB/s, %.1f us per report"
            + " (sink %d)%n",
        texts.size(), rounds, bytes / 1024.0 / texts.size(), elapsed / kib, kib / 1024 / (elapsed / 1e9),
        elapsed / 1e3 / rounds / texts.size(), sink);
  }
}
