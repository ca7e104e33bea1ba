package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;

/**
 * Finds the warehouse report a truth file describes: the report whose {@code file} is the truth's {@code file}. When
 * several reports share the name (two directories of one corpus), the one whose {@code path} shares the longest
 * suffix, in path segments, with the path the truth implies wins: the truth file's directory, without a last {@code
 * truth} segment (the synthetic corpus keeps truths in {@code DIR/truth/} next to the reports in {@code DIR/}), joined
 * with the file name. Ties go to a parsed report, then to the smallest path, so the choice is stable.
 */
public final class ReportMatcher {
  private ReportMatcher() {}

  /** One {@code reports} row with the truth's file name. */
  public record Candidate(String reportId, String path, String status) {
    public Candidate {
      requireNonNull(reportId, "reportId is null");
      requireNonNull(path, "path is null");
    }
  }

  /** The candidate the truth read from {@code truthSource} describes, or null when there is none. */
  public static Candidate match(String truthSource, String file, List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    List<String> implied = impliedPath(truthSource, file);
    return candidates.stream()
        .min(
            Comparator.comparingInt((Candidate c) -> -commonSuffix(segments(c.path()), implied))
                .thenComparing(c -> "parsed".equals(c.status()) ? 0 : 1)
                .thenComparing(Candidate::path))
        .orElseThrow();
  }

  /** The segments of the report path a truth file implies: its directory (minus a last {@code truth}) plus the file. */
  static List<String> impliedPath(String truthSource, String file) {
    List<String> dir = segments(truthSource);
    dir = dir.subList(0, Math.max(0, dir.size() - 1));
    if (!dir.isEmpty() && dir.get(dir.size() - 1).equals("truth")) {
      dir = dir.subList(0, dir.size() - 1);
    }
    List<String> name = segments(file);
    return java.util.stream.Stream.concat(dir.stream(), name.stream()).toList();
  }

  static int commonSuffix(List<String> a, List<String> b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
      n++;
    }
    return n;
  }

  private static List<String> segments(String path) {
    return java.util.Arrays.stream(path.replace('\\', '/').split("/")).filter(s -> !s.isEmpty()).toList();
  }
}
