package io.gongkai.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.gongkai.parse.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scope and body kind of the eight real samples, each line: file → scope confidence «evidence» | body kind confidence
 * «evidence». What each report is:
 *
 * <ul>
 *   <li>000: a district bureau under 麦积区 that never prints its name; speaks of 我局 → BODY, no body, no kind.
 *   <li>001: 循化县's report, titled by the region; its figures cover 所辖三镇六乡和县政府各部门 → CONSOLIDATED; the body
 *       read is the title's region, so GOVERNMENT with low confidence.
 *   <li>002: 平原示范区, titled by the zone, compiled 根据各职能部门网站公布信息情况 → CONSOLIDATED; its 管理委员会 is a
 *       zone's, OTHER.
 *   <li>003: 仁和区人民政府办公室, 我办编制了… → BODY, GOVERNMENT (a government's general office).
 *   <li>004: 钦州市 2014 (S2014 table), no body printed; 全市收到…申请24件, 全市共投入…经费 → CONSOLIDATED, no kind.
 *   <li>ha2024: 淮安市人民政府, whose table holds 全市共受理…3119件 → CONSOLIDATED (less sure: the title names the organ).
 *   <li>hzq2023: 洪泽区人民政府, 全区受理…21件 as in its table → CONSOLIDATED likewise.
 *   <li>hzq2024: the same government a year later says 区政府办代表区政府受理…17件 (its table says 95) → BODY.
 * </ul>
 */
class ScopeSamplesTest {
  private static final ReportParser PARSER = new ReportParser();

  @Test
  void theEightSamples() {
    assertEquals(
        List.of(
            "000_f33f83f1c85a8eb6.txt → BODY 0.8 «我局认真学习贯彻党的十九大和十九届二中、三中、四中全会精神,» | null",
            "001_42bc1c002d3797e9.txt → CONSOLIDATED 0.9 «海东市循化县 2020 年度政府信息公开工作报告 /"
                + " 本年报中所列的统计数据涵盖所辖三镇六乡和县政府各部门,» | GOVERNMENT 0.5 «海东市循化县»",
            "002_02af2ddfabc85d6c.txt → CONSOLIDATED 0.9 «平原示范区2020年度政府信息公开工作 /"
                + " 本报告由综合办公室根据各职能部门网站公布信息情况编制而成，» | OTHER 0.8 «新乡市平原城乡一体化示范区管理委员会»",
            "003_88a498967a8a146f.txt → BODY 0.8 «我办编制了《攀枝花市仁和区人民政府办公室2021年政府信息公开工作年度报告》,»"
                + " | GOVERNMENT 0.9 «攀枝花市仁和区人民政府办公室»",
            "004_97ee47eec622cd46.txt → CONSOLIDATED 0.7 «全市收到依申请公开政府信息的申请24件,» | null",
            "ha2024.pdf → CONSOLIDATED 0.7 «全市共受理政府信息公开申请3119件，» | GOVERNMENT 0.9 «淮安市人民政府»",
            "hzq2023.pdf → CONSOLIDATED 0.7 «2023年全区受理政府信息公开申请21件，» | GOVERNMENT 0.9 «洪泽区人民政府»",
            "hzq2024.pdf → BODY 0.8 «区政府办代表区政府受理政府信息公开申请17件，» | GOVERNMENT 0.9 «淮安市洪泽区人民政府»"),
        List.of(
                "000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt",
                "003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt", "ha2024.pdf", "hzq2023.pdf", "hzq2024.pdf")
            .stream()
            .map(ScopeSamplesTest::line)
            .toList());
  }

  private static String line(String name) {
    ReportScope s = parse(name).prose().scope();
    String kind =
        s.bodyKind() == null ? "null" : s.bodyKind() + " " + s.bodyKindConfidence() + " «" + s.bodyKindEvidence() + "»";
    return name + " → " + s.scope() + " " + s.scopeConfidence() + " «" + s.scopeEvidence() + "» | " + kind;
  }

  private static io.gongkai.report.ParsedReport parse(String name) {
    try (InputStream in = ScopeSamplesTest.class.getResourceAsStream("/samples/" + name)) {
      assertNotNull(in, name);
      return PARSER.parse(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
