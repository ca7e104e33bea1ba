package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.parse.ReportParser;
import io.gongkai.report.Cell;
import io.gongkai.report.ParsedReport;
import io.gongkai.report.TableId;
import java.nio.charset.StandardCharsets;
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

  @Test
  void markdownCutsFallBetweenRowsOrInsideOneWhoseFirstValuesArePrinted() {
    // The fixture's full-width Markdown table 3 (blank label slots, blank 自然人 and 总计 in some rows), cut by 200
    // draws of the cut stream: every cut text is read back exactly as the truth's printed cells say.
    String text = fixture("t2021-markdown-full-width-table3-blank-first-and-total-columns.txt");
    ReportParser parser = new ReportParser();
    int inside = 0;
    int between = 0;
    for (long seed = 0; seed < 200; seed++) {
      Sheet sheet = sheetOf(parser.parse("whole.txt", text.getBytes(StandardCharsets.UTF_8)));
      Synthesizer.Cut cut = Synthesizer.cutTable3(text, sheet, Dice.of(seed, 14, 0), true);
      String at = "seed " + seed;
      ParsedReport report = parser.parse("cut.txt", cut.text().getBytes(StandardCharsets.UTF_8));
      assertEquals(printed(sheet), cells(report, TableId.T3).stream().map(c -> c.path() + " '" + c.raw() + "'").toList(), at);
      assertNull(report.templateT3(), at);
      if (cut.incompleteRow() == null) {
        between++;
        assertFalse(report.flags().stream().anyMatch(f -> f.startsWith("ROW_INCOMPLETE")), at + " " + report.flags());
        continue;
      }
      inside++;
      assertTrue(report.flags().contains("ROW_INCOMPLETE(t3." + cut.incompleteRow() + ")"), at + " " + report.flags());
      // The cut line is the row's label and its first values, without the closing pipe; a blank is never last.
      String last = cut.text().substring(cut.text().lastIndexOf('\n') + 1);
      assertFalse(last.endsWith("|"), at + ": " + last);
      long kept = printed(sheet).stream().filter(p -> p.startsWith("t3." + cut.incompleteRow() + ".")).count();
      assertTrue(kept >= 1 && kept <= 6, at + ": " + last);
    }
    assertTrue(inside >= 60 && between >= 60, "cuts inside a row: " + inside + ", between rows: " + between);
  }

  /** A sheet holding the parsed cells of the whole table 3, as the synthesizer's truth would. */
  private static Sheet sheetOf(ParsedReport whole) {
    Sheet sheet = new Sheet();
    for (Cell c : cells(whole, TableId.T3)) {
      sheet.add("t3", null, c.row(), c.col()).raw = c.raw();
    }
    return sheet;
  }

  /** path and raw of the sheet's table-3 cells still printed, in table order. */
  private static List<String> printed(Sheet sheet) {
    return sheet.table("t3").stream().filter(c -> c.printed).map(c -> c.path() + " '" + c.raw + "'").toList();
  }

  private static String fixture(String name) {
    try (java.io.InputStream in = SynthCutTable3Test.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
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
