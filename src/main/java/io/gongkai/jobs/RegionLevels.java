package io.gongkai.jobs;

import io.gongkai.region.Division;
import io.gongkai.region.Gazetteer;
import io.gongkai.region.Level;
import io.gongkai.region.RegionMatch;
import java.util.List;
import java.util.Optional;

/** The levels and names of a region code given by a manifest, from the bundled gazetteer. */
final class RegionLevels {
  private RegionLevels() {}

  /** The code's province, prefecture and county; only what the gazetteer knows (an unknown code has no levels). */
  static RegionMatch of(String code) {
    Gazetteer gazetteer = Gazetteer.bundled();
    Optional<Division> division = gazetteer.byCode(code);
    if (division.isEmpty()) {
      return RegionMatch.empty();
    }
    Division province = null;
    Division prefecture = null;
    Division county = null;
    for (Division d : gazetteer.lineage(division.get())) {
      if (d.level() == Level.PROVINCE) {
        province = d;
      } else if (d.level() == Level.PREFECTURE) {
        prefecture = d;
      } else if (d.level() == Level.COUNTY) {
        county = d;
      }
    }
    return new RegionMatch(
        province == null ? null : province.code(), province == null ? null : province.name(),
        prefecture == null ? null : prefecture.code(), prefecture == null ? null : prefecture.name(),
        county == null ? null : county.code(), county == null ? null : county.name(), 1.0,
        List.of("manifest region_code " + code));
  }
}
