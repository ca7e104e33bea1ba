package io.gongkai.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.report.TsvTable;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kind of a publishing body, from its name by {@code body-kinds.tsv}; each line is name → kind confidence. */
class BodyKindReaderTest {
  @Test
  void governmentsAndTheirGeneralOffices() {
    assertKinds(
        List.of(
            "淮安市人民政府 → GOVERNMENT 0.9",
            "攀枝花市仁和区人民政府办公室 → GOVERNMENT 0.9",
            "浙江省人民政府办公厅 → GOVERNMENT 0.9",
            "洪泽区政府办 → GOVERNMENT 0.9",
            "国务院办公厅 → GOVERNMENT 0.9",
            "阿克苏地区行政公署 → GOVERNMENT 0.9"));
  }

  @Test
  void departmentsIncludingCommissionsAndAGovernmentsNamedOffices() {
    // 人民政府外事办公室 is a department: something stands between 人民政府 and 办公室.
    assertKinds(
        List.of(
            "某县水利局 → DEPARTMENT 0.9",
            "国家税务总局淮安市税务局 → DEPARTMENT 0.9",
            "上海市发展和改革委员会 → DEPARTMENT 0.9",
            "北京市城市管理委员会 → DEPARTMENT 0.9",
            "某市卫生健康委 → DEPARTMENT 0.9",
            "某市人民政府外事办公室 → DEPARTMENT 0.9",
            "某市扶贫办 → DEPARTMENT 0.9",
            "四川省教育厅 → DEPARTMENT 0.9",
            "某市政务服务中心 → DEPARTMENT 0.9",
            "某镇司法所 → DEPARTMENT 0.7",
            "某市公安局交通警察支队 → DEPARTMENT 0.7"));
  }

  @Test
  void townshipsAndSubDistrictOffices() {
    // 某镇人民政府 is a township's government, not a county's: the township rules come first.
    assertKinds(
        List.of(
            "叶城县江格勒斯乡人民政府 → TOWNSHIP 0.9",
            "某县城关镇人民政府 → TOWNSHIP 0.9",
            "某镇人民政府办公室 → TOWNSHIP 0.9",
            "上海市普陀区长征镇 → TOWNSHIP 0.7",
            "某区曹杨新村街道办事处 → TOWNSHIP 0.9",
            "某区石泉路街道 → TOWNSHIP 0.9"));
  }

  @Test
  void developmentZonesInstitutionsAndUnknownNamesAreOther() {
    // 示范区管理委员会 ends in 委员会, yet runs a zone: the zone rule comes before the department rule.
    assertKinds(
        List.of(
            "新乡市平原城乡一体化示范区管理委员会 → OTHER 0.8",
            "苏州工业园区管委会 → OTHER 0.8",
            "某经济技术开发区 → OTHER 0.8",
            "某某管委会 → OTHER 0.6",
            "某市第一中学 → OTHER 0.9",
            "某市人民医院 → OTHER 0.9",
            "某市自来水有限公司 → OTHER 0.9",
            "某市红十字会 → OTHER 0.4"));
  }

  @Test
  void aRegionNamedWithoutAnOrganIsItsGovernmentWithLowConfidence() {
    assertKinds(List.of("海东市循化县 → GOVERNMENT 0.5", "上海市 → GOVERNMENT 0.5"));
  }

  @Test
  void traditionalCharactersAreReadAsSimplified() {
    // Mirror sites republish reports in traditional characters; the evidence keeps the name as given.
    assertKinds(
        List.of(
            "某縣人民政府辦公室 → GOVERNMENT 0.9",
            "某區某街道辦事處 → TOWNSHIP 0.9",
            "某市發展和改革委員會 → DEPARTMENT 0.9",
            "某鎮人民政府 → TOWNSHIP 0.9"));
  }

  @Test
  void noNameNoKind() {
    assertNull(BodyKindReader.read(null));
    assertNull(BodyKindReader.read("  "));
  }

  @Test
  void aBadRuleNamesTheTableRecordAndValue() {
    IllegalStateException kind =
        assertThrows(IllegalStateException.class, () -> load("BUREAU\t0.9\t局$\ta bureau"));
    assertEquals(
        "Cannot read test.tsv record 1: kind 'BUREAU' is not one of [GOVERNMENT, DEPARTMENT, TOWNSHIP, OTHER]",
        kind.getMessage());
    IllegalStateException confidence =
        assertThrows(IllegalStateException.class, () -> load("DEPARTMENT\t1.5\t局$\ta bureau"));
    assertEquals("Cannot read test.tsv record 1: confidence 1.5 is outside (0, 1]", confidence.getMessage());
    IllegalStateException pattern =
        assertThrows(IllegalStateException.class, () -> load("DEPARTMENT\t0.9\t(局$\ta bureau"));
    assertEquals(
        "Cannot read test.tsv record 1: pattern '(局$' is not a regex: Unclosed group", pattern.getMessage());
  }

  private static List<BodyKindReader.Rule> load(String line) {
    return BodyKindReader.load(
        TsvTable.parse(new StringReader("kind\tconfidence\tpattern\tmeaning\n" + line + "\n"), "test.tsv"),
        "test.tsv");
  }

  private static void assertKinds(List<String> expected) {
    List<String> names = expected.stream().map(e -> e.substring(0, e.indexOf(" → "))).toList();
    List<String> actual =
        names.stream()
            .map(
                name -> {
                  BodyKindReader.Reading r = BodyKindReader.read(name);
                  assertEquals(name, r.evidence(), "evidence of " + name);
                  return name + " → " + r.kind() + " " + r.confidence();
                })
            .toList();
    assertEquals(expected, actual);
  }
}
