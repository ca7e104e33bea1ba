package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs each report with the same body's report of the year before, among the reports of one body name (the caller's
 * grouping): what R-XR-YOY, R-XR-STALE, R-T2-INFORCE-XYEAR and the copied-forward kind of R-XR-COPY compare.
 *
 * <p>Within a name, reports whose regions differ are different bodies (城关镇人民政府 of two counties): two can be one
 * body when their regions are equal, one lies inside the other (a code read only to the county), or either is
 * unknown. A report is paired only when the year before holds exactly one report that can be its body, and that report
 * has no second candidate in the later year: a republication under another name, two offices sharing a name, or a
 * region unknown leave the report unpaired rather than compared with the wrong one.
 */
public final class PreviousYear {
  /**
   * One report of a body name.
   *
   * @param region its most specific region code (2, 4, 6 or 9 digits), null when unknown
   * @param current whether pairs are wanted for it (a report of this run); earlier published reports only serve as
   *     the year before
   */
  public record Member(String reportId, int year, String region, boolean current) {
    public Member {
      requireNonNull(reportId, "reportId is null");
    }

    boolean canBe(Member other) {
      if (region == null || region.isEmpty() || other.region == null || other.region.isEmpty()) {
        return true;
      }
      return region.startsWith(other.region) || other.region.startsWith(region);
    }
  }

  /** A report and the same body's report of the year before. */
  public record Pair(Member later, Member earlier) {}

  private PreviousYear() {}

  /**
   * The pairs of consecutive years among one body name's reports, the later current, in order of year (and of the
   * members within a year).
   */
  public static List<Pair> pairs(List<Member> members) {
    Map<Integer, List<Member>> byYear = new HashMap<>();
    for (Member m : members) {
      byYear.computeIfAbsent(m.year(), y -> new ArrayList<>(1)).add(m);
    }
    List<Pair> pairs = new ArrayList<>();
    for (Member later : members) {
      if (!later.current()) {
        continue;
      }
      Member earlier = only(byYear.get(later.year() - 1), later);
      if (earlier != null && only(byYear.get(later.year()), later) == later
          && only(byYear.get(later.year()), earlier) == later) {
        pairs.add(new Pair(later, earlier));
      }
    }
    pairs.sort(Comparator.comparingInt(p -> p.later().year())); // stable: the members' order within a year
    return pairs;
  }

  /** The one member of {@code year} that can be the same body as {@code of}; null for none or several. */
  private static Member only(List<Member> year, Member of) {
    if (year == null) {
      return null;
    }
    Member found = null;
    for (Member m : year) {
      if (m.canBe(of)) {
        if (found != null) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }
}
