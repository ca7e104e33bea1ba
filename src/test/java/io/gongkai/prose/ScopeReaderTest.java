package io.gongkai.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.report.TsvTable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whom a report speaks for, from title and prose by {@code scope-signs.tsv}. Each report is its title and a few
 * sentences as real ones print them; the reading is asserted whole: scope, confidence, sign and evidence.
 */
class ScopeReaderTest {
  @Test
  void cityWideReportUnderARegionTitleIsConsolidated() {
    // 上海市2023年政府信息公开工作年度报告: 全市共收到申请34290件 (shanghai.gov.cn, 2024-03-29)
    assertReading(
        "CONSOLIDATED 0.8 region_requests 上海市2023年政府信息公开工作年度报告 / 全市共收到政府信息公开申请34290件，",
        report(
            "上海市2023年政府信息公开工作年度报告",
            "preamble:本年度报告根据《中华人民共和国政府信息公开条例》要求编制。",
            "s3_requests:2023年，全市共收到政府信息公开申请34290件，比2022年增长29.3%。"));
  }

  @Test
  void provinceWideReportSaidToBeCompiledIsConsolidated() {
    assertReading(
        "CONSOLIDATED 0.9 compiled 广东省2022年政府信息公开工作年度报告 / 本报告由广东省人民政府办公厅汇总编制，",
        report(
            "广东省2022年政府信息公开工作年度报告",
            "preamble:本报告由广东省人民政府办公厅汇总编制，所列数据的统计期限自2022年1月1日起至12月31日止。",
            "s2_active_disclosure:全省各级行政机关共主动公开政府信息1235.6万条。"));
  }

  @Test
  void regionWideActiveDisclosureUnderARegionTitleIsConsolidated() {
    assertReading(
        "CONSOLIDATED 0.8 region_active 温州市2023年政府信息公开工作年度报告 / 全市共主动公开政府信息8648394条，",
        report(
            "温州市2023年政府信息公开工作年度报告",
            "s2_active_disclosure:2023年，全市共主动公开政府信息8648394条，规范性文件3519件。"));
  }

  @Test
  void districtReportCompiledFromAllDataIsConsolidated() {
    assertReading(
        "CONSOLIDATED 0.9 compiled 上海市普陀区2022年政府信息公开工作年度报告 / 本报告汇总全区各部门、各街道镇数据，",
        report(
            "上海市普陀区2022年政府信息公开工作年度报告",
            "preamble:本报告汇总全区各部门、各街道镇数据，由区政府办公室编制。"));
  }

  @Test
  void countyGovernmentWhoseFiguresCoverItsTownsAndDepartmentsIsConsolidated() {
    // Seed 001: a county government's report, consolidated in effect.
    assertReading(
        "CONSOLIDATED 0.9 coverage 本年报中所列的统计数据涵盖所辖三镇六乡和县政府各部门,",
        report(
            "循化撒拉族自治县人民政府2020年政府信息公开工作年度报告",
            "preamble:本年报中所列的统计数据涵盖所辖三镇六乡和县政府各部门,统计期限自2020年1月1日起至12月31日止。"));
  }

  @Test
  void governmentReportStatingARegionWideTotalIsConsolidatedWithLessConfidence() {
    // ha2024: a 人民政府's report, whose table holds what 全市 received.
    assertReading(
        "CONSOLIDATED 0.7 region_requests 全市共受理政府信息公开申请3119件，",
        report(
            "淮安市人民政府2024年政府信息公开工作年度报告",
            "s1_overview:2024年，全市共受理政府信息公开申请3119件，答复3050件。"));
  }

  @Test
  void aRegionWideTotalOutweighsTheOwnOrgan() {
    assertReading(
        "CONSOLIDATED 0.7 region_requests 全县各级行政机关共受理政府信息公开申请236件，",
        report(
            "某县人民政府办公室2023年政府信息公开工作年度报告",
            "s1_overview:我办牵头推进全县政务公开工作。",
            "s3_requests:2023年，全县各级行政机关共受理政府信息公开申请236件，其中县政府办公室12件。"));
  }

  @Test
  void governmentReportOfItsOwnOrganIsBody() {
    // hzq2024: 区政府办代表区政府受理政府信息公开申请17件.
    assertReading(
        "BODY 0.8 own_organ 区政府办代表区政府受理政府信息公开申请17件，",
        report(
            "淮安市洪泽区人民政府2024年政府信息公开工作年度报告",
            "s1_overview:2024年，区政府办代表区政府受理政府信息公开申请17件，均按时答复。"));
  }

  @Test
  void generalOfficeDepartmentAndCommissionSpeakForThemselves() {
    assertReading(
        "BODY 0.8 own_organ 我厅严格落实《条例》要求。",
        report("浙江省人民政府办公厅2023年政府信息公开工作年度报告", "s1_overview:我厅严格落实《条例》要求。"));
    assertReading(
        "BODY 0.8 own_organ 2023年我局共收到政府信息公开申请15件，",
        report(
            "某市教育局2023年政府信息公开工作年度报告", "s3_requests:2023年我局共收到政府信息公开申请15件，均已办结。"));
    assertReading(
        "BODY 0.8 own_organ 本机关共收到政府信息公开申请8件。",
        report("某市发展和改革委员会2023年政府信息公开工作年度报告", "s3_requests:本机关共收到政府信息公开申请8件。"));
  }

  @Test
  void townshipAndSubDistrictOfficeSpeakForThemselves() {
    assertReading(
        "BODY 0.8 own_organ 我街道共受理政府信息公开申请2件。",
        report("某区某街道办事处2023年政府信息公开工作年度报告", "s3_requests:我街道共受理政府信息公开申请2件。"));
    assertReading(
        "BODY 0.8 own_organ 我镇在政府门户网站主动公开政府信息28条，",
        report("某县某镇人民政府2023年政府信息公开工作年度报告", "s2_active_disclosure:我镇在政府门户网站主动公开政府信息28条，"));
  }

  @Test
  void developmentZoneCompiledFromItsDepartmentsIsConsolidated() {
    // Seed 002: 本报告由综合办公室根据各职能部门网站公布信息情况编制而成.
    assertReading(
        "CONSOLIDATED 0.9 compiled 平原示范区2020年度政府信息公开工作 / 本报告由综合办公室根据各职能部门网站公布信息情况编制而成，",
        report(
            "平原示范区2020年度政府信息公开工作",
            "preamble:本报告由综合办公室根据各职能部门网站公布信息情况编制而成，包含九部分。"));
  }

  @Test
  void traditionalCharactersAreReadAsSimplified() {
    assertReading(
        "CONSOLIDATED 0.7 region_requests 全县共受理政府信息公开申请15件。",
        report("某县人民政府2023年政府信息公开工作年度报告", "s3_requests:全縣共受理政府信息公開申請15件。"));
  }

  @Test
  void withoutAnySignTheReportIsBodyWithModestConfidence() {
    assertReading(
        "BODY 0.6 null no sign of consolidation (涵盖所辖, 汇总, 全市共受理…件) nor of the own organ",
        report(
            "某县人民政府2023年政府信息公开工作年度报告",
            "s1_overview:2023年，县政府坚持以习近平新时代中国特色社会主义思想为指导。"));
  }

  @Test
  void aRegionTitleAloneIsNoProof() {
    assertReading(
        "BODY 0.5 null 某县2023年政府信息公开工作年度报告 / the title names a region and no organ, but no sign in the"
            + " prose says the figures cover it",
        report(
            "某县2023年政府信息公开工作年度报告", "s1_overview:2023年，我县政务公开工作取得新成效。"));
  }

  @Test
  void regionWideWorkWithoutARegionWideTotalIsNoSign() {
    // Seeds 000 and 003: a district bureau and a district office speak of the district's work, not its totals.
    assertReading(
        "BODY 0.6 null no sign of consolidation (涵盖所辖, 汇总, 全市共受理…件) nor of the own organ",
        report(
            "某区行政审批服务局2020年政府信息公开工作年度报告",
            "s1_overview:对全区各类行政许可事项进行了2批次动态调整，行政许可事项精简到157项。",
            "s2_active_disclosure:目前全区17个政务新媒体运行良好。",
            "s1_overview:今年我区共办理答复各类网民留言1896件。"));
  }

  @Test
  void compilationWordsOutsideThePreambleAndOverviewAreNoSign() {
    // hzq2024's problems section: 二是加强对典型案例的研究、梳理和汇总; here a 统计汇总 that is also about data.
    assertReading(
        "BODY 0.6 null no sign of consolidation (涵盖所辖, 汇总, 全市共受理…件) nor of the own organ",
        report(
            "某县人民政府2023年政府信息公开工作年度报告",
            "s5_problems:下一步将加强政务公开数据统计汇总工作。",
            "s5_problems:二是加强对典型案例的研究、梳理和汇总。"));
  }

  @Test
  void aTableLabelLeakedIntoProseIsNoOwnOrganSign() {
    assertReading(
        "BODY 0.6 null no sign of consolidation (涵盖所辖, 汇总, 全市共受理…件) nor of the own organ",
        report("某县人民政府2023年政府信息公开工作年度报告", "s3_requests:1.本机关不掌握相关政府信息"));
  }

  @Test
  void aBadSignNamesTheTableRecordAndValue() {
    String header = "sign\tscope\tconfidence\tregion_title_confidence\tsections\tpattern\tmeaning\n";
    IllegalStateException scope =
        assertThrows(
            IllegalStateException.class,
            () -> ScopeReader.load(TsvTable.parse(new StringReader(header + "x\tREGION\t0.9\t0.9\t*\t汇总\tx\n"),
                "test.tsv"), "test.tsv"));
    assertEquals(
        "Cannot read test.tsv record 1: scope 'REGION' is not one of [BODY, CONSOLIDATED]", scope.getMessage());
    IllegalStateException confidence =
        assertThrows(
            IllegalStateException.class,
            () -> ScopeReader.load(TsvTable.parse(new StringReader(header + "x\tBODY\t0.9\t0\t*\t汇总\tx\n"),
                "test.tsv"), "test.tsv"));
    assertEquals(
        "Cannot read test.tsv record 1: region_title_confidence 0 is outside (0, 1]", confidence.getMessage());
  }

  @Test
  void evidenceIsTheClauseCutWhenLong() {
    // A clause of 400 characters: a quarter of the 160 kept before the sign, the rest from it on.
    String sign = "全市共受理政府信息公开申请3119件";
    String text = "甲".repeat(100) + sign + "乙".repeat(300) + "。";
    int start = text.indexOf(sign);
    assertEquals(
        "甲".repeat(40) + sign + "乙".repeat(160 - 40 - sign.length()),
        ScopeReader.clause(text, start, start + sign.length()));
    assertEquals("全市共受理政府信息公开申请3119件。", ScopeReader.clause("答复3050件，" + sign + "。", 8, 8 + sign.length()));
  }

  /** A title, then sentences written {@code section:text}. */
  private static List<Sentence> report(String title, String... sentences) {
    List<Sentence> list = new ArrayList<>();
    list.add(new Sentence(ProseReader.PREAMBLE, title, 1));
    int line = 2;
    for (String s : sentences) {
      int colon = s.indexOf(':');
      list.add(new Sentence(s.substring(0, colon), s.substring(colon + 1), line++));
    }
    return list;
  }

  private static void assertReading(String expected, List<Sentence> sentences) {
    ScopeReader.Reading r = ScopeReader.read(sentences);
    assertEquals(expected, r.scope() + " " + r.confidence() + " " + r.sign() + " " + r.evidence());
  }
}
