package io.gongkai.synth;

import io.gongkai.synth.Regions.Region;
import java.util.List;

/** Draws bodies from the gazetteer at every level, with a size that gives the heavy tail of request counts. */
final class Bodies {
  private static final List<String> COUNTY_DEPARTMENTS =
      List.of(
          "财政局", "教育局", "公安局", "民政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局",
          "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康局", "应急管理局", "审计局",
          "市场监督管理局", "统计局", "医疗保障局", "发展和改革局", "司法局", "退役军人事务局", "行政审批局",
          "人民政府办公室");
  private static final List<String> PREFECTURE_DEPARTMENTS =
      List.of(
          "财政局", "教育局", "公安局", "民政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局",
          "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康委员会",
          "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "发展和改革委员会", "司法局",
          "退役军人事务局", "人民政府办公室", "人民政府办公厅");
  /** Departments that receive many more requests than the rest (land, housing, police). */
  private static final List<String> BUSY = List.of("自然资源局", "自然资源和规划局", "住房和城乡建设局", "公安局");

  private final Regions regions;

  Bodies(Regions regions) {
    this.regions = regions;
  }

  Body draw(Dice dice) {
    Region province = dice.pick(regions.provinces);
    int kind = dice.weighted(3, 10, 22, 40, 25);
    return switch (kind) {
      case 0 -> provinceGov(province, dice);
      case 1 -> prefectureGov(province, dice);
      case 2 -> countyGov(province, dice);
      case 3 -> department(province, dice);
      default -> town(province, dice);
    };
  }

  /**
   * An organ of kind {@link Body.Kind#OTHER}: a development zone's 管理委员会 or a city's 住房公积金管理中心, at prefecture
   * level, now and then under a county. Its prose and tables are a department's.
   */
  Body other(Dice dice) {
    Region province = dice.pick(regions.provinces);
    List<Region> prefectures = regions.prefectures.get(province.code());
    Region gov = prefectures == null || prefectures.isEmpty() || dice.chance(0.25) ? county(province, dice)
        : dice.pick(prefectures);
    if (gov == null) {
      gov = province;
    }
    boolean prefecture = gov.code().length() == 4;
    String place = prefecture && gov.name().endsWith("市") && gov.name().length() > 2
        ? gov.name().substring(0, gov.name().length() - 1) : gov.name();
    String organ;
    String self;
    switch (prefecture ? dice.between(0, 3) : dice.between(0, 1)) {
      case 0 -> {
        organ = place + "经济技术开发区管理委员会";
        self = "我委";
      }
      case 1 -> {
        organ = place + (gov.code().length() == 6 ? "工业园区管理委员会" : "高新技术产业开发区管理委员会");
        self = "我委";
      }
      default -> {
        organ = gov.name() + "住房公积金管理中心";
        self = "我中心";
      }
    }
    double scale = 5 * dice.logNormal(0, 1.0);
    return new Body(organ, Body.Kind.OTHER, gov.code(), gov.fullName(), self, organ + "办公室", scale, false, organ);
  }

  /**
   * The region-wide author of a consolidated report on the region with this code (2, 4 or 6 digits): named as such a
   * title prints the region (江苏省, 淮安市, 淮安市洪泽区), speaking as 全省/全市/全县…, compiled by the region's
   * government office; its kind is the region's government's.
   */
  Body regionWide(String code, double scale) {
    Region r = regions.byCode.get(code);
    if (r == null) {
      throw new IllegalArgumentException("Cannot name the region of code " + code + ": not in the gazetteer");
    }
    String n = r.name();
    return switch (code.length()) {
      case 2 -> new Body(n, Body.Kind.PROVINCE_GOV, code, r.fullName(),
          n.endsWith("省") ? "全省" : n.endsWith("市") ? "全市" : "全区", n + "人民政府办公厅", scale, true, n);
      case 4 -> {
        boolean administration = n.endsWith("地区") || n.endsWith("盟");
        String self = n.endsWith("州") ? "全州" : n.endsWith("地区") ? "全地区" : n.endsWith("盟") ? "全盟" : "全市";
        yield new Body(n, Body.Kind.PREFECTURE_GOV, code, r.fullName(), self,
            n + (administration ? "行政公署办公室" : "人民政府办公室"), scale, n.endsWith("市") || n.endsWith("自治州"), n);
      }
      default -> {
        String name = (r.parent().code().length() == 4 ? r.parent().name() : "") + n;
        String self = n.endsWith("县") ? "全县" : n.endsWith("市") ? "全市" : n.endsWith("旗") ? "全旗" : "全区";
        yield new Body(name, Body.Kind.COUNTY_GOV, code, r.fullName(), self, name + "人民政府办公室", scale, false, n);
      }
    };
  }

  /** What a consolidated report says it was compiled from: 全市各县（市、区）、各部门. */
  static String compiledFrom(Body regionWide) {
    return regionWide.self() + switch (regionWide.kind()) {
      case PROVINCE_GOV -> "各市（州）、各部门";
      case PREFECTURE_GOV -> "各县（市、区）、各部门";
      default -> "各乡镇（街道）、各部门";
    };
  }

  private Body provinceGov(Region province, Dice dice) {
    return new Body(province.name() + "人民政府", Body.Kind.PROVINCE_GOV, province.code(), province.fullName(),
        province.name().endsWith("省") ? "我省" : province.name().endsWith("市") ? "我市" : "我区",
        province.name() + "人民政府办公厅", 900 * dice.logNormal(0, 0.8), true,
        province.name() + "人民政府");
  }

  private Body prefectureGov(Region province, Dice dice) {
    List<Region> prefectures = regions.prefectures.get(province.code());
    if (prefectures == null || prefectures.isEmpty()) {
      return countyGov(province, dice);
    }
    Region p = dice.pick(prefectures);
    boolean city = p.name().endsWith("市");
    boolean administration = p.name().endsWith("地区") || p.name().endsWith("盟");
    String name = p.name() + (administration ? "行政公署" : "人民政府");
    String self = city ? "我市" : p.name().endsWith("州") ? "我州" : administration ? "我地区" : "我市";
    return new Body(name, Body.Kind.PREFECTURE_GOV, p.code(), p.fullName(), self,
        p.name() + (administration ? "行政公署办公室" : "人民政府办公室"), 160 * dice.logNormal(0, 0.9),
        city || p.name().endsWith("自治州"), name);
  }

  private Region county(Region province, Dice dice) {
    List<Region> all = regions.countiesUnder(province);
    return all.isEmpty() ? null : dice.pick(all);
  }

  private Body countyGov(Region province, Dice dice) {
    Region c = county(province, dice);
    if (c == null) {
      return provinceGov(province, dice);
    }
    String prefix = c.parent().level() == 1 && dice.chance(0.4) ? c.parent().name() : "";
    String self = c.name().endsWith("县") ? "我县" : c.name().endsWith("市") ? "我市" : c.name().endsWith("旗") ? "我旗" : "我区";
    return new Body(prefix + c.name() + "人民政府", Body.Kind.COUNTY_GOV, c.code(), c.fullName(), self,
        prefix + c.name() + "人民政府办公室", 22 * dice.logNormal(0, 1.0), false, c.name() + "人民政府");
  }

  private Body department(Region province, Dice dice) {
    boolean prefectureLevel = dice.chance(0.45);
    Region gov;
    String dept;
    if (prefectureLevel && regions.prefectures.containsKey(province.code())) {
      gov = dice.pick(regions.prefectures.get(province.code()));
      dept = dice.pick(PREFECTURE_DEPARTMENTS);
    } else {
      gov = county(province, dice);
      if (gov == null) {
        gov = province;
      }
      dept = dice.pick(COUNTY_DEPARTMENTS);
    }
    if (dept.equals("人民政府办公厅") && gov.level() > 0) {
      dept = "人民政府办公室";
    }
    String prefix = gov.level() == 2 && gov.parent().level() == 1 && dice.chance(0.3) ? gov.parent().name() : "";
    String name = prefix + gov.name() + dept;
    String self = dept.endsWith("委员会") ? "我委" : dept.startsWith("人民政府办公") ? "我办" : "我局";
    // A government's general office (人民政府办公室/办公厅) answers the requests made to the government: it has the
    // government's scale, not a bureau's. Its report reads as a GOVERNMENT's (reports.body_kind), and a bureau's
    // scale among governments made it print 0 requests where its peers print a hundred (R-XR-PEER).
    double scale = dept.startsWith("人民政府办公")
        ? switch (gov.level()) {
            case 0 -> 900 * dice.logNormal(0, 0.8);
            case 1 -> 160 * dice.logNormal(0, 0.9);
            default -> 22 * dice.logNormal(0, 1.0);
          }
        : (BUSY.contains(dept) ? 18 : 4) * (gov.level() == 1 ? 2.5 : 1) * dice.logNormal(0, 1.0);
    return new Body(name, Body.Kind.DEPARTMENT, gov.code(), gov.fullName(), self, name, scale, false,
        gov.name() + dept);
  }

  private Body town(Region province, Dice dice) {
    Region c = county(province, dice);
    List<Region> towns = c == null ? null : regions.towns.get(c.code());
    if (towns == null || towns.isEmpty()) {
      return department(province, dice);
    }
    Region t = dice.pick(towns);
    boolean street = t.name().endsWith("街道");
    String prefix = dice.chance(0.35) ? c.name() : "";
    String name = prefix + t.name() + (street ? "办事处" : "人民政府");
    String self = street ? "本街道" : t.name().endsWith("乡") ? "我乡" : "我镇";
    return new Body(name, Body.Kind.TOWN, t.code(), t.fullName(), self, name + (street ? "" : "党政办公室"),
        1.5 * dice.logNormal(0, 0.9), false, name.substring(prefix.length()));
  }
}
