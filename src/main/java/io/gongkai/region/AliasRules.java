package io.gongkai.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that generate the short names of a division from its official name. Every alias has at least two
 * characters and differs from the official name; an alias may name several divisions (the resolver decides from
 * context).
 *
 * <ol>
 *   <li><b>Provinces</b>: strip 省 or 市 (河北省 → 河北, 北京市 → 北京); for 自治区 strip the suffix and the ethnic
 *       names before it (广西壮族自治区 → 广西, 新疆维吾尔自治区 → 新疆, 内蒙古自治区 → 内蒙古). {@link NameKind#BARE}.
 *   <li><b>Prefectures</b>: strip 市, 地区 or 盟 (攀枝花市 → 攀枝花, 阿里地区 → 阿里) as {@code BARE}; a 自治州 gives
 *       stem + 州 as {@link NameKind#SUFFIXED} and the stem as {@code BARE} (延边朝鲜族自治州 → 延边州, 延边).
 *   <li><b>Counties</b>: 自治县/自治旗 give stem + 县/旗 ({@code SUFFIXED}) and the stem ({@code BARE}):
 *       循化撒拉族自治县 → 循化县, 循化. A 县 or 县级市 gives its stem ({@code BARE}): 灵山县 → 灵山. 林区 and 特区
 *       give their stem (神农架林区 → 神农架). A 区 (市辖区) and a 旗 keep their name: 仁和区 has no alias, because
 *       district stems are very often ordinary words or street names (和平, 新华, 城关, 中山) and 仁和区 is how reports
 *       write it.
 *   <li><b>Functional zones</b> (names ending in 开发区, 示范区, 管理区, 新区, 园区…): strip a leading province and/or
 *       prefecture name (full or short) when what remains still has a proper part of at least two characters before
 *       the generic suffix (新乡市平原城乡一体化示范区 → 平原城乡一体化示范区; 淮安经济技术开发区 keeps its prefix because
 *       经济技术开发区 alone is a generic word), and contract the long generic suffixes: 城乡一体化示范区 → 示范区,
 *       经济技术开发区 → 经开区, 高新技术(产业)开发区 → 高新区 (→ 平原示范区, 新乡市平原示范区, 淮安经开区). A trailing
 *       管委会 is dropped first. All {@code SUFFIXED}.
 *   <li><b>Ethnic names</b> are stripped from the end of the stem of 自治 units, repeatedly (积石山保安族东乡族撒拉族 →
 *       积石山), in their 族 form and, for names of two or more characters, without 族 (伊犁哈萨克 → 伊犁); when nothing
 *       of at least two characters would remain, the stem is the ethnic name without 族 (东乡族自治县 → 东乡县,
 *       鄂伦春自治旗 → 鄂伦春旗).
 *   <li><b>Former names</b>: a 区 (not a functional zone, not a generic name such as 新城区) also answers to stem + 县
 *       and stem + 市, and a 县级市 to stem + 县, as {@link NameKind#FORMER}: reports from before a 撤县设区 conversion
 *       name the county as it was then (洪泽县, 2014; 洪泽区 since 2016). Not for stems starting with 市 (市中区,
 *       市南区). {@link Gazetteer} drops a former name that is another division's official name.
 *   <li><b>Towns</b> have no aliases.
 * </ol>
 */
final class AliasRules {
  /** The 56 officially recognised ethnic groups, and 各族 (龙胜各族自治县). */
  private static final List<String> ETHNIC_GROUPS =
      List.of(
          "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族",
          "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族",
          "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族",
          "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
          "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "各族");

  /** Ethnic name forms to strip, longest first (so 东乡族 is tried before 东乡 and 土族). */
  private static final List<String> ETHNIC_FORMS = ethnicForms();

  /** Generic suffixes of functional zones, longest first. */
  private static final List<String> ZONE_SUFFIXES =
      sortedLongestFirst(
          List.of(
              "高新技术产业开发区", "城乡一体化示范区", "高新技术产业园区", "经济技术开发区", "高新技术开发区", "经济开发区",
              "工业园区", "产业园区", "管理区", "示范区", "开发区", "试验区", "合作区", "新区", "园区"));

  private static final Map<String, String> ZONE_CONTRACTIONS =
      Map.of(
          "城乡一体化示范区", "示范区",
          "经济技术开发区", "经开区",
          "高新技术产业开发区", "高新区",
          "高新技术开发区", "高新区");

  /** Official county names that are also ordinary words of government prose (城区, 新城区…). */
  static final Set<String> GENERIC_NAMES =
      Set.of("新城区", "老城区", "城关区", "城中区", "城东区", "城西区", "城北区", "市中区", "矿区", "郊区", "城区");

  private AliasRules() {}

  /**
   * The aliases of {@code division}, in generation order, without its official name.
   *
   * @param prefecture the division's real prefecture (null for provinces, prefectures, and counties under a placeholder)
   * @param province the division's province (null for a province)
   */
  static List<DivisionName> aliases(Division division, Division prefecture, Division province) {
    String name = division.name();
    Set<DivisionName> out = new LinkedHashSet<>();
    switch (division.level()) {
      case PROVINCE -> {
        if (name.endsWith("自治区")) {
          bare(out, division, stripEthnic(cut(name, "自治区")));
        } else if (name.endsWith("省") || name.endsWith("市")) {
          bare(out, division, cut(name, 1));
        }
      }
      case PREFECTURE -> {
        if (name.endsWith("自治州")) {
          String stem = stripEthnic(cut(name, "自治州"));
          suffixed(out, division, stem + "州", stem);
          bare(out, division, stem);
        } else if (name.endsWith("地区")) {
          bare(out, division, cut(name, "地区"));
        } else if (name.endsWith("市") || name.endsWith("盟")) {
          bare(out, division, cut(name, 1));
        }
      }
      case COUNTY -> countyAliases(out, division, prefecture, province);
      case TOWN -> {
        // Towns are matched by their official name only.
      }
    }
    out.removeIf(a -> a.text().equals(name));
    return List.copyOf(out);
  }

  private static void countyAliases(Set<DivisionName> out, Division division, Division prefecture, Division province) {
    String name = division.name();
    if (name.endsWith("管委会")) {
      name = cut(name, "管委会");
      suffixed(out, division, name, name);
    }
    if (name.endsWith("自治县") || name.endsWith("自治旗")) {
      String type = name.substring(name.length() - 1);
      String stem = stripEthnic(cut(name, "自治" + type));
      suffixed(out, division, stem + type, stem);
      bare(out, division, stem);
      return;
    }
    String zoneSuffix = zoneSuffix(name);
    if (zoneSuffix != null) {
      zoneAliases(out, division, name, zoneSuffix, prefecture, province);
      return;
    }
    if (name.endsWith("林区") || name.endsWith("特区")) {
      bare(out, division, cut(name, 2));
    } else if (name.endsWith("县")) {
      bare(out, division, cut(name, 1));
    } else if (name.endsWith("市")) {
      bare(out, division, cut(name, 1));
      former(out, division, cut(name, 1), "县");
    } else if (name.endsWith("区") && !GENERIC_NAMES.contains(name)) {
      former(out, division, cut(name, 1), "县");
      former(out, division, cut(name, 1), "市");
    }
  }

  private static void zoneAliases(
      Set<DivisionName> out, Division division, String name, String suffix, Division prefecture, Division province) {
    String contracted = ZONE_CONTRACTIONS.get(suffix);
    if (contracted != null && name.length() - suffix.length() >= 2) {
      suffixed(out, division, cut(name, suffix) + contracted, cut(name, suffix));
    }
    String prefix = longestPrefix(name, placePrefixes(prefecture, province));
    if (prefix == null) {
      return;
    }
    String rest = name.substring(prefix.length());
    String proper = cut(rest, suffix);
    if (!rest.endsWith(suffix) || proper.length() < 2) {
      return;
    }
    suffixed(out, division, rest, proper);
    if (contracted != null) {
      suffixed(out, division, proper + contracted, proper);
    }
  }

  /** The names a zone's name may start with: province and prefecture, full and short, and short+short. */
  private static List<String> placePrefixes(Division prefecture, Division province) {
    List<String> prefixes = new ArrayList<>();
    List<String> provinceForms = province == null ? List.of() : forms(province);
    List<String> prefectureForms = prefecture == null ? List.of() : forms(prefecture);
    prefixes.addAll(provinceForms);
    prefixes.addAll(prefectureForms);
    for (String p : provinceForms) {
      for (String f : prefectureForms) {
        prefixes.add(p + f);
      }
    }
    return prefixes;
  }

  private static List<String> forms(Division d) {
    List<String> forms = new ArrayList<>();
    forms.add(d.name());
    for (DivisionName alias : aliases(d, null, null)) {
      if (alias.kind() == NameKind.BARE) {
        forms.add(alias.text());
      }
    }
    return forms;
  }

  private static String longestPrefix(String name, List<String> prefixes) {
    String best = null;
    for (String p : prefixes) {
      if (name.length() > p.length() && name.startsWith(p) && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best;
  }

  private static String zoneSuffix(String name) {
    for (String suffix : ZONE_SUFFIXES) {
      if (name.endsWith(suffix)) {
        return suffix;
      }
    }
    return null;
  }

  /** Strips trailing ethnic names from the stem of a 自治 unit (see the class comment, rule 5). */
  static String stripEthnic(String stem) {
    String s = stem;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String form : ETHNIC_FORMS) {
        if (s.endsWith(form) && s.length() - form.length() >= 2) {
          s = cut(s, form);
          stripped = true;
          break;
        }
      }
    }
    if (s.equals(stem) && s.endsWith("族") && ETHNIC_FORMS.contains(s) && s.length() >= 3) {
      return cut(s, 1);
    }
    return s;
  }

  private static void former(Set<DivisionName> out, Division division, String stem, String type) {
    // 市中区, 市南区: a stem starting with 市 would straddle names (济南市中…, 益阳市南县).
    if (stem.length() >= 2 && !stem.startsWith("市")) {
      out.add(new DivisionName(stem + type, division, NameKind.FORMER));
    }
  }

  private static void bare(Set<DivisionName> out, Division division, String text) {
    if (text.length() >= 2) {
      out.add(new DivisionName(text, division, NameKind.BARE));
    }
  }

  /** Adds {@code text} when its proper part (the stem before the type suffix) has at least two characters. */
  private static void suffixed(Set<DivisionName> out, Division division, String text, String proper) {
    if (proper.length() >= 2) {
      out.add(new DivisionName(text, division, NameKind.SUFFIXED));
    }
  }

  private static String cut(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  private static String cut(String s, int chars) {
    return s.substring(0, s.length() - chars);
  }

  private static List<String> ethnicForms() {
    List<String> forms = new ArrayList<>(ETHNIC_GROUPS);
    for (String group : ETHNIC_GROUPS) {
      String withoutZu = cut(group, 1);
      if (withoutZu.length() >= 2 && !group.equals("各族")) {
        forms.add(withoutZu);
      }
    }
    return sortedLongestFirst(forms);
  }

  private static List<String> sortedLongestFirst(List<String> strings) {
    List<String> sorted = new ArrayList<>(strings);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return List.copyOf(sorted);
  }
}
