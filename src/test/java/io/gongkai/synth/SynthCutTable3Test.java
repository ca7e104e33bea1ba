package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.Cell;
import io.gongkai.report.ParsedReport;
import io.gongkai.report.TableId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Noise cut_table3: a text rendering that ends inside table 3, before （六）. The truth leaves out what was not
 * printed and knows no table-3 variant; the parser reads exactly the printed cells and does not guess the variant.
 */
class SynthCutTable3Test {
  @Test
  void cutRenderingsEndInsideTable3AndTheParserReadsExactlyWhatTheTruthLists() {
    List<SynthCorpus.Item> corpus = SynthCorpus.generate(SynthCorpus.config(600, 3).build());
    List<SynthCorpus.Item> cut =
        corpus.stream().filter(i -> i.noise().contains(Noise.CUT_TABLE3)).collect(Collectors.toList());
    // 3 % of the text renderings of body reports with nothing planted: a few in 600, and never most of them.
    assertTrue(!cut.isEmpty() && cut.size() < 30, "cut reports: " + cut.size());
    ReportParser parser = new ReportParser();
    for (SynthCorpus.Item item : cut) {
      String file = item.report().fileName();
      assertTrue(item.truth().get("template_t3").isNull(), file);
      assertTrue(item.cells(TableId.T4).isEmpty(), file);
      ParsedReport report = parser.parse(file, item.report().content());
      assertNull(report.templateT3(), file);
      assertTrue(report.flags().contains("TEMPLATE_UNKNOWN(t3)"), file + " " + report.flags());
      assertTrue(report.flags().contains("TABLE_NOT_FOUND(t4)"), file + " " + report.flags());
      assertFalse(report.flags().contains("TEMPLATE_YEAR_MISMATCH(t3)"), file + " " + report.flags());
      assertEquals(grid(item.cells(TableId.T3)), grid(cells(report, TableId.T3)), file);
      assertEquals(List.of(), cells(report, TableId.T4), file);
    }
  }

  private static List<Cell> cells(ParsedReport report, TableId table) {
    return report.cells().stream().filter(c -> c.table() == table).toList();
  }

  /** path, kind and value per cell: what eval compares. */
  private static String grid(List<Cell> cells) {
    return cells.stream()
        .map(c -> c.path() + " " + c.kind() + (c.value() == null ? "" : " " + c.value().stripTrailingZeros().toPlainString()))
        .sorted()
        .collect(Collectors.joining("\n"));
  }
}
