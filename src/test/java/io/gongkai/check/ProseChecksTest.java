package io.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.prose.FigureExtractor;
import io.gongkai.prose.Sentence;
import io.gongkai.report.Cell;
import io.gongkai.report.CellKind;
import io.gongkai.report.TableId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ProseChecks}: stated figures against the table cells their clause names. */
class ProseChecksTest {
  private static final List<Cell> TABLE3 =
      List.of(
          new Cell(TableId.T3, null, "new_received", "total", "55", CellKind.NUMERIC, new BigDecimal(55), null, null,
              1.0, 40),
          new Cell(TableId.T3, null, "carried_over", "total", "0", CellKind.ZERO, BigDecimal.ZERO, null, null, 1.0,
              41),
          new Cell(TableId.T3, null, "result_total", "total", "13", CellKind.NUMERIC, new BigDecimal(13), null, null,
              1.0, 50));

  @Test
  void aReceivedCountThatDiffersFromTable3Fails() {
    assertEquals(
        List.of("R-PROSE-RECEIVED FAIL prose '全年共收到政府信息公开申请53件' 53 = t3.new_received.total 55"
            + " (or with carried-over 55)"),
        checks("2021年，全年共收到政府信息公开申请53件，均在法定期限内予以答复。"));
  }

  @Test
  void traditionalCharactersMeetTheSimplifiedRules() {
    // Mirror sites republish reports in traditional characters (spec §0.1.3); synthetic r007503, r005880 were missed.
    assertEquals(
        List.of("R-PROSE-RECEIVED FAIL prose '全年共收到政府信息公開申請53件' 53 = t3.new_received.total 55"
            + " (or with carried-over 55)"),
        checks("2021年，全年共收到政府信息公開申請53件，均在法定期限內予以答覆。"));
  }

  @Test
  void aTraditionalWordThatIsAlsoSimplifiedIsReadInItsSentence() {
    // 覆 is a simplified character too: the clause 答覆15件 alone is not converted, its sentence is (r008039).
    assertEquals(
        List.of("R-PROSE-ANSWERED FAIL prose '全年答覆15件' 15 = t3.result_total.total 13"),
        checks("對政府信息公開申請，全年答覆15件。"));
  }

  private static List<String> checks(String sentence) {
    return ProseChecks.evaluate(
            FigureExtractor.extract(List.of(new Sentence("s1_overview", sentence, 12))), TABLE3)
        .stream()
        .map(c -> c.check() + " " + c.status() + " " + c.expression())
        .toList();
  }
}
