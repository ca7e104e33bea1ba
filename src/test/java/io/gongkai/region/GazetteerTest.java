package io.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  @Test
  void bundledIsLoadedOnce() {
    assertSame(GAZETTEER, Gazetteer.bundled());
  }

  @Test
  void countsPerLevelExcludePlaceholderPrefectures() {
    assertEquals(31, GAZETTEER.divisions(Level.PROVINCE).size());
    assertEquals(333, GAZETTEER.divisions(Level.PREFECTURE).size()); // 342 rows of cities.csv minus 9 placeholders
    assertEquals(2978, GAZETTEER.divisions(Level.COUNTY).size());
    assertEquals(41352, GAZETTEER.divisions(Level.TOWN).size());
    assertEquals(31 + 333 + 2978 + 41352, GAZETTEER.size());
    assertEquals(
        List.of("1101", "1201", "3101", "4190", "4290", "4690", "5001", "5002", "6590"),
        GAZETTEER.placeholderPrefectureCodes());
  }

  @Test
  void countiesUnderPlaceholdersHangFromTheirProvince() {
    assertEquals(Optional.empty(), GAZETTEER.byCode("1101"));
    Division dongcheng = new Division("110101", "东城区", Level.COUNTY, "11");
    assertEquals(Optional.of(dongcheng), GAZETTEER.byCode("110101"));
    assertEquals(
        List.of(new Division("11", "北京市", Level.PROVINCE, null), dongcheng), GAZETTEER.lineage(dongcheng));
    assertEquals(null, GAZETTEER.ancestor(dongcheng, Level.PREFECTURE));
    assertEquals(Optional.of(new Division("419001", "济源市", Level.COUNTY, "41")), GAZETTEER.byCode("419001"));
  }

  @Test
  void lineageRunsFromProvinceToTown() {
    Division jishi = GAZETTEER.byCode("630225100").orElseThrow();
    assertEquals(new Division("630225100", "积石镇", Level.TOWN, "630225"), jishi);
    assertEquals(
        List.of("青海省", "海东市", "循化撒拉族自治县", "积石镇"),
        GAZETTEER.lineage(jishi).stream().map(Division::name).toList());
    assertEquals("6302", GAZETTEER.ancestor(jishi, Level.PREFECTURE).code());
  }

  @Test
  void byNameFindsEveryDivisionWithThatOfficialName() {
    assertEquals(List.of("320106", "320302", "350102", "410204"), codes(GAZETTEER.byName("鼓楼区")));
    assertEquals(List.of("110105", "220104"), codes(GAZETTEER.byName("朝阳区")));
    // A county and a town share the name 东城区.
    assertEquals(List.of("110101", "411002570"), codes(GAZETTEER.byName("东城区")));
    assertEquals(List.of("510411"), codes(GAZETTEER.byName("仁和区")));
    assertEquals(List.of(), GAZETTEER.byName("攀枝花"));
  }

  @Test
  void shortNames() {
    assertEquals(List.of("5104"), codes(GAZETTEER.byShortName("攀枝花")));
    assertEquals(List.of("630225"), codes(GAZETTEER.byShortName("循化县")));
    assertEquals(List.of("630225"), codes(GAZETTEER.byShortName("循化")));
    assertEquals(List.of("45"), codes(GAZETTEER.byShortName("广西")));
    assertEquals(List.of("410773"), codes(GAZETTEER.byShortName("平原示范区")));
    assertEquals(List.of("410773"), codes(GAZETTEER.byShortName("平原城乡一体化示范区")));
    assertEquals(List.of("4507"), codes(GAZETTEER.byShortName("钦州")));
    assertEquals(List.of("320813"), codes(GAZETTEER.byShortName("洪泽县")));
    // Districts keep their 区: 仁和 is no name, 仁和区 is an official name, not a short one.
    assertEquals(List.of(), GAZETTEER.byShortName("仁和"));
    assertEquals(List.of(), GAZETTEER.byShortName("仁和区"));
    // Ambiguous short names name several divisions.
    assertEquals(List.of("22", "2202"), codes(GAZETTEER.byShortName("吉林")));
    assertEquals(List.of("41", "632324"), codes(GAZETTEER.byShortName("河南")));
  }

  @Test
  void lookupReturnsEveryKindOfName() {
    assertEquals(
        List.of(
            new DivisionName("吉林", GAZETTEER.byCode("22").orElseThrow(), NameKind.BARE),
            new DivisionName("吉林", GAZETTEER.byCode("2202").orElseThrow(), NameKind.BARE)),
        GAZETTEER.lookup("吉林"));
    assertEquals(List.of(), GAZETTEER.lookup("今天"));
  }

  @Test
  void namesOfADivisionInGenerationOrder() {
    assertEquals(List.of("循化撒拉族自治县 OFFICIAL", "循化县 SUFFIXED", "循化 BARE"), names("630225"));
    assertEquals(
        List.of(
            "新乡市平原城乡一体化示范区 OFFICIAL",
            "新乡市平原示范区 SUFFIXED",
            "平原城乡一体化示范区 SUFFIXED",
            "平原示范区 SUFFIXED"),
        names("410773"));
    // Districts keep their 区 (no short name) but answer to possible former names.
    assertEquals(List.of("仁和区 OFFICIAL", "仁和县 FORMER", "仁和市 FORMER"), names("510411"));
    assertEquals(List.of("积石镇 OFFICIAL"), names("630225100"));
  }

  @Test
  void aliasRules() {
    // Provinces: 省/市 stripped; 自治区 and its ethnic names stripped.
    assertEquals(List.of("北京市 OFFICIAL", "北京 BARE"), names("11"));
    assertEquals(List.of("广西壮族自治区 OFFICIAL", "广西 BARE"), names("45"));
    assertEquals(List.of("内蒙古自治区 OFFICIAL", "内蒙古 BARE"), names("15"));
    assertEquals(List.of("新疆维吾尔自治区 OFFICIAL", "新疆 BARE"), names("65"));
    // Prefectures: 市/地区/盟 stripped; 自治州 → X州 and X.
    assertEquals(List.of("攀枝花市 OFFICIAL", "攀枝花 BARE"), names("5104"));
    assertEquals(List.of("阿里地区 OFFICIAL", "阿里 BARE"), names("5425"));
    assertEquals(List.of("兴安盟 OFFICIAL", "兴安 BARE"), names("1522"));
    assertEquals(List.of("延边朝鲜族自治州 OFFICIAL", "延边州 SUFFIXED", "延边 BARE"), names("2224"));
    assertEquals(List.of("巴音郭楞蒙古自治州 OFFICIAL", "巴音郭楞州 SUFFIXED", "巴音郭楞 BARE"), names("6528"));
    // Counties: several ethnic names; an ethnic name that is the whole stem; 各族; 自治旗; 林区; 县级市.
    assertEquals(List.of("积石山保安族东乡族撒拉族自治县 OFFICIAL", "积石山县 SUFFIXED", "积石山 BARE"), names("622927"));
    assertEquals(List.of("东乡族自治县 OFFICIAL", "东乡县 SUFFIXED", "东乡 BARE"), names("622926"));
    assertEquals(List.of("龙胜各族自治县 OFFICIAL", "龙胜县 SUFFIXED", "龙胜 BARE"), names("450328"));
    assertEquals(List.of("鄂伦春自治旗 OFFICIAL", "鄂伦春旗 SUFFIXED", "鄂伦春 BARE"), names("150723"));
    assertEquals(List.of("神农架林区 OFFICIAL", "神农架 BARE"), names("429021"));
    assertEquals(List.of("济源市 OFFICIAL", "济源 BARE", "济源县 FORMER"), names("419001"));
    assertEquals(List.of("灵山县 OFFICIAL", "灵山 BARE"), names("450721"));
    // One-character stems give no alias.
    assertEquals(List.of("和县 OFFICIAL"), names("340523"));
    // Functional zones: prefix stripped only when a proper name remains; long generic suffixes contracted.
    assertEquals(List.of("石家庄高新技术产业开发区 OFFICIAL", "石家庄高新区 SUFFIXED"), names("130171"));
    assertEquals(List.of("唐山市汉沽管理区 OFFICIAL", "汉沽管理区 SUFFIXED"), names("130272"));
    assertEquals(List.of("淮安经济技术开发区 OFFICIAL", "淮安经开区 SUFFIXED"), names("320871"));
    assertEquals(List.of("河北唐山芦台经济开发区 OFFICIAL", "芦台经济开发区 SUFFIXED"), names("130271"));
    assertEquals(List.of("苏州工业园区 OFFICIAL"), names("320576"));
    assertEquals(List.of("滨海新区 OFFICIAL"), names("120116"));
    assertEquals(List.of("乌拉盖管理区管委会 OFFICIAL", "乌拉盖管理区 SUFFIXED"), names("152571"));
    // Former names: 洪泽县 became 洪泽区 in 2016; 朝阳县 and 朝阳市 are official names elsewhere, so 朝阳区 has none;
    // generic names get none (新城市 is a phrase).
    assertEquals(List.of("洪泽区 OFFICIAL", "洪泽县 FORMER", "洪泽市 FORMER"), names("320813"));
    assertEquals(List.of("朝阳区 OFFICIAL"), names("110105"));
    assertEquals(List.of("淮安区 OFFICIAL", "淮安县 FORMER"), names("320803"));
    assertEquals(List.of("新城区 OFFICIAL"), names("610102"));
  }

  @Test
  void loadsFromReadersAndDoesNotCloseThem() throws Exception {
    Gazetteer small =
        Gazetteer.load(
            new StringReader("code,name\n11,\"北京市\"\n32,\"江苏省\"\n"),
            new StringReader("code,name,provinceCode\n1101,\"市辖区\",11\n3201,\"南京市\",32\n"),
            new StringReader("code,name,cityCode,provinceCode\n110101,\"东城区\",1101,11\n320106,\"鼓楼区\",3201,32\n"),
            new StringReader("code,name,areaCode,provinceCode,cityCode\n320106001,\"宁海路街道\",320106,32,3201\n"));
    assertEquals(6, small.size());
    assertEquals(List.of("1101"), small.placeholderPrefectureCodes());
    assertEquals(Optional.of(new Division("110101", "东城区", Level.COUNTY, "11")), small.byCode("110101"));
    assertEquals(List.of("320106001"), codes(small.byName("宁海路街道")));
  }

  @Test
  void rejectsMalformedRowsNamingFileRecordAndValue() {
    IllegalArgumentException badCode =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gazetteer.load(reader("code,name\n1,\"北京市\"\n"), reader(""), reader(""), reader("")));
    assertEquals(
        "Cannot read gazetteer file provinces.csv record 1: Cannot create division 北京市: code 1 is not 2 digits"
            + " for PROVINCE",
        badCode.getMessage());

    IllegalArgumentException missingColumn =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Gazetteer.load(
                    reader("code,name\n32,\"江苏省\"\n"), reader("code,name\n3201,\"南京市\"\n"), reader(""), reader("")));
    assertEquals(
        "Cannot read gazetteer file cities.csv record 1: expected a column provinceCode, found [3201, 南京市]",
        missingColumn.getMessage());

    IllegalArgumentException unknownParent =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Gazetteer.load(
                    reader("code,name\n32,\"江苏省\"\n"),
                    reader("code,name,provinceCode\n"),
                    reader("code,name,cityCode,provinceCode\n320106,\"鼓楼区\",3201,32\n"),
                    reader("")));
    assertEquals(
        "Cannot load gazetteer: division 320106 鼓楼区 has unknown parent 3201", unknownParent.getMessage());
  }

  @Test
  void divisionValidatesItsCodes() {
    assertEquals(
        "Cannot create division 320106: parent code 3501 is not a proper prefix of the code",
        assertThrows(IllegalArgumentException.class, () -> new Division("320106", "鼓楼区", Level.COUNTY, "3501"))
            .getMessage());
    assertEquals(
        "Cannot create division 32: a province has no parent, found 3",
        assertThrows(IllegalArgumentException.class, () -> new Division("32", "江苏省", Level.PROVINCE, "3"))
            .getMessage());
    assertEquals(
        "Cannot create division 鼓楼区: code 32010x is not 6 digits for COUNTY",
        assertThrows(IllegalArgumentException.class, () -> new Division("32010x", "鼓楼区", Level.COUNTY, "3201"))
            .getMessage());
    assertEquals(
        "Cannot name division 320106 by '鼓': a name has at least 2 characters",
        assertThrows(
                IllegalArgumentException.class,
                () -> new DivisionName("鼓", GAZETTEER.byCode("320106").orElseThrow(), NameKind.BARE))
            .getMessage());
  }

  private static StringReader reader(String s) {
    return new StringReader(s);
  }

  private static List<String> codes(List<Division> divisions) {
    return divisions.stream().map(Division::code).toList();
  }

  private static List<String> names(String code) {
    return GAZETTEER.names(GAZETTEER.byCode(code).orElseThrow()).stream()
        .map(n -> n.text() + " " + n.kind())
        .toList();
  }
}
