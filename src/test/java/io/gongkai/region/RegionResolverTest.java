package io.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written texts, one phenomenon each. */
class RegionResolverTest {
  private static final RegionResolver RESOLVER = RegionResolver.bundled();

  /** A long body line: body weight, and no self-reference unless the test adds one. */
  private static final String BODY =
      "根据《中华人民共和国政府信息公开条例》规定，现公布本年度政府信息公开工作报告，报告中所列数据的统计期限自1月1日起至12月31日止，"
          + "如对本报告有疑问请与政府办公室联系，本报告电子版可在政府门户网站下载。";

  @Test
  void bundledResolverIsSharedAndReadsTheBundledGazetteer() {
    assertSame(RESOLVER, RegionResolver.bundled());
    assertSame(Gazetteer.bundled(), RESOLVER.gazetteer());
  }

  @Test
  void textWithoutAPlaceIsEmpty() {
    assertEquals(RegionMatch.empty(), RESOLVER.resolve("今天天气很好。\n" + BODY));
    assertEquals(RegionMatch.empty(), RESOLVER.resolve(""));
    assertEquals(0.0, RESOLVER.resolve(BODY).confidence());
  }

  @Test
  void ambiguousCountyAloneIsNotResolved() {
    // 鼓楼区 is in 南京, 徐州, 福州 and 开封: no level, confidence 0, the name kept as evidence.
    assertEquals(
        RegionMatch.unresolved(List.of("鼓楼区")),
        RESOLVER.resolve("鼓楼区人民政府2023年政府信息公开工作年度报告\n" + BODY));
    assertEquals(RegionMatch.unresolved(List.of("朝阳区")), RESOLVER.resolve("朝阳区\n" + BODY));
  }

  @Test
  void ambiguousCountyResolvedByItsPrefectureInTheSameString() {
    assertEquals(
        new RegionMatch("32", "江苏省", "3201", "南京市", "320106", "鼓楼区", 0.982, List.of("南京市鼓楼区")),
        RESOLVER.resolve("南京市鼓楼区"));
    assertEquals(
        new RegionMatch("35", "福建省", "3501", "福州市", "350102", "鼓楼区", 0.982, List.of("福州市鼓楼区")),
        RESOLVER.resolve("福州市鼓楼区"));
    assertEquals(
        new RegionMatch("22", "吉林省", "2201", "长春市", "220104", "朝阳区", 0.982, List.of("长春市朝阳区")),
        RESOLVER.resolve("长春市朝阳区"));
  }

  @Test
  void ambiguousCountyResolvedByAParentElsewhereInTheText() {
    assertEquals(
        new RegionMatch("11", "北京市", null, null, "110105", "朝阳区", 0.926, List.of("朝阳区", "北京")),
        RESOLVER.resolve("朝阳区人民政府2023年政府信息公开工作年度报告\n" + BODY + "北京"));
    // 淮安市 … 洪泽区 apart (洪泽区 is unique anyway, the chain comes out whole).
    assertEquals(
        new RegionMatch("32", "江苏省", "3208", "淮安市", "320813", "洪泽区", 0.95, List.of("洪泽区", "淮安市")),
        RESOLVER.resolve("洪泽区人民政府\n" + BODY + "在淮安市委市政府的领导下，我区"));
  }

  @Test
  void ambiguityLeftBetweenTwoCountiesOfOneProvinceResolvesTheProvince() {
    // 南京 and 徐州 both have a 鼓楼区.
    assertEquals(
        new RegionMatch("32", "江苏省", null, null, null, null, 0.982, List.of("江苏省", "鼓楼区")),
        RESOLVER.resolve("江苏省鼓楼区"));
  }

  @Test
  void municipalityCountiesHaveNoPrefecture() {
    assertEquals(
        new RegionMatch("11", "北京市", null, null, "110101", "东城区", 0.982, List.of("北京市东城区")),
        RESOLVER.resolve("北京市东城区"));
    assertEquals(
        new RegionMatch("11", "北京市", null, null, "110105", "朝阳区", 0.982, List.of("北京市朝阳区")),
        RESOLVER.resolve("北京市朝阳区人民政府2023年政府信息公开工作年度报告"));
  }

  @Test
  void shortNames() {
    assertEquals(
        new RegionMatch("63", "青海省", "6302", "海东市", "630225", "循化撒拉族自治县", 0.835, List.of("循化县")),
        RESOLVER.resolve("循化县"));
    assertEquals(
        new RegionMatch(
            "41", "河南省", "4107", "新乡市", "410773", "新乡市平原城乡一体化示范区", 0.978,
            List.of("新乡市", "平原示范区")),
        RESOLVER.resolve("新乡市人民政府\n平原示范区2020年度政府信息公开工作年度报告"));
    // 平原县 is another place (山东 德州), and 平原 alone is a word.
    assertEquals(
        new RegionMatch("37", "山东省", "3714", "德州市", "371426", "平原县", 0.865, List.of("平原县")),
        RESOLVER.resolve("平原县"));
    assertEquals(RegionMatch.empty(), RESOLVER.resolve("华北平原"));
    // A bare short name of a province stands alone; that of a prefecture needs support.
    assertEquals(
        new RegionMatch("45", "广西壮族自治区", null, null, null, null, 0.699, List.of("广西")),
        RESOLVER.resolve("广西"));
    assertEquals(RegionMatch.empty(), RESOLVER.resolve("攀枝花"));
    assertEquals(
        new RegionMatch("51", "四川省", "5104", "攀枝花市", null, null, 0.959, List.of("四川省攀枝花")),
        RESOLVER.resolve("四川省 攀枝花"));
  }

  @Test
  void formerNameBeforeAConversion() {
    // 洪泽县 became 洪泽区 in 2016; a 2014 report names the county as it was.
    assertEquals(
        new RegionMatch("32", "江苏省", "3208", "淮安市", "320813", "洪泽区", 0.798, List.of("洪泽县")),
        RESOLVER.resolve("洪泽县人民政府2014年政府信息公开工作年度报告\n" + BODY));
  }

  @Test
  void weakNamesNeedSupport() {
    // 中华人民共和国 (共和县), 长治久安 (长治市), 确保定期 (保定市), 公开平台 (开平市), 三镇六乡和县政府 (和县).
    assertEquals(
        RegionMatch.empty(),
        RESOLVER.resolve("中华人民共和国政府信息公开条例，长治久安，确保定期更新公开平台。本年报涵盖所辖三镇六乡和县政府各部门。"));
    // 和县 with its prefecture.
    assertEquals(
        new RegionMatch("34", "安徽省", "3405", "马鞍山市", "340523", "和县", 0.959, List.of("马鞍山市和县")),
        RESOLVER.resolve("马鞍山市和县"));
    // A town counts only with its county.
    assertEquals(RegionMatch.empty(), RESOLVER.resolve("积石镇"));
    assertEquals(
        new RegionMatch(
            "63", "青海省", "6302", "海东市", "630225", "循化撒拉族自治县", 0.939, List.of("循化县积石镇")),
        RESOLVER.resolve("循化县积石镇"));
  }

  @Test
  void overlappingNamesAreTakenLeftmostLongest() {
    // 益阳市南县: 益阳市 then 南县, not the former-name form 市南县 (青岛 市南区) across the boundary.
    assertEquals(
        new RegionMatch("43", "湖南省", "4309", "益阳市", "430921", "南县", 0.959, List.of("益阳市南县")),
        RESOLVER.resolve("益阳市南县"));
    // 东莞市 is both the prefecture 4419 and its single county-level unit 441900: the prefecture.
    assertEquals(
        new RegionMatch("44", "广东省", "4419", "东莞市", null, null, 0.865, List.of("东莞市")),
        RESOLVER.resolve("东莞市"));
  }

  @Test
  void wordsAroundNamesThatAreNotNames() {
    // 区域 is "region": 海南区 (乌海) is not meant; 海南 (the province's short name) still is.
    assertEquals(
        new RegionMatch("46", "海南省", null, null, null, null, 0.699, List.of("海南")),
        RESOLVER.resolve("海南区域协调发展"));
    // 市场 makes 天水市 weak, and nothing supports it.
    assertEquals(RegionMatch.empty(), RESOLVER.resolve("天水市场监管"));
  }

  @Test
  void nestedNamesAndLineBreaksInsideNames() {
    assertEquals(
        new RegionMatch(
            "62", "甘肃省", "6205", "天水市", "620503", "麦积区", 0.998, List.of("甘肃省天水市麦积区")),
        RESOLVER.resolve("甘肃省天水市麦积区"));
    // pdftotext breaks lines inside names.
    assertEquals(
        new RegionMatch("32", "江苏省", "3208", "淮安市", "320813", "洪泽区", 0.982, List.of("淮安市洪泽区")),
        RESOLVER.resolve("本报告由淮安市洪\n泽区人民政府办公室编制"));
  }

  @Test
  void prefectureReportThatListsItsCountiesStaysAtThePrefecture() {
    String text =
        "钦州市人民政府2014年政府信息公开工作年度报告\n"
            + BODY
            + "全市各级行政机关认真贯彻《条例》，市本级保留行政审批项目615项。钦南区、钦北区、灵山县、浦北县政务服务中心均已建成，"
            + "钦南区推行政务服务日活动。\n"
            + BODY;
    assertEquals(
        new RegionMatch(
            "45", "广西壮族自治区", "4507", "钦州市", null, null, 0.999,
            List.of("钦州市", "钦南区", "钦北区", "灵山县", "浦北县")),
        RESOLVER.resolve(text));
  }

  @Test
  void countyReportThatNamesItsPrefectureGoesToTheCounty() {
    String text =
        "钦南区人民政府2014年政府信息公开工作年度报告\n"
            + BODY
            + "我区认真贯彻钦州市人民政府办公室关于政务公开的部署，钦州市政务服务中心指导全区工作。\n"
            + BODY;
    assertEquals(
        new RegionMatch(
            "45", "广西壮族自治区", "4507", "钦州市", "450702", "钦南区", 0.982, List.of("钦南区", "钦州市")),
        RESOLVER.resolve(text));
  }

  @Test
  void traditionalCharactersAreOutOfScope() {
    // The gazetteer is in simplified characters; 廣西壯族自治區欽州市 matches nothing. Converting is the caller's job.
    assertEquals(RegionMatch.empty(), RESOLVER.resolve("廣西壯族自治區欽州市人民政府"));
  }

  @Test
  void rejectsNull() {
    assertEquals(
        "text is null", assertThrows(NullPointerException.class, () -> RESOLVER.resolve(null)).getMessage());
  }
}
