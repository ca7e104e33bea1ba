package io.gongkai.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorEvaluatorTest {
  private static final MetricReader READER = new MetricReader();

  /** Each ratio from the ha2024 metrics (truth/ha2024.truth.json), to 16 significant digits. */
  @Test
  void indicatorsOfHa2024() {
    List<MetricValue> values = READER.read(MetricReaderTest.parse("ha2024.pdf"));
    assertEquals(
        List.of(
            "disclosure_rate 0.5954098360655738", // (1362 + 454) / 3050
            "denial_rate 0.05836065573770492", // 178 / 3050
            "unable_rate 0.2560655737704918", // 781 / 3050
            "notproc_rate 0.02885245901639344", // 88 / 3050
            "carry_forward_rate 0.03266730098319061", // 103 / (3119 + 34)
            "review_correction_rate 0.2038216560509554", // 64 / (72 + 64 + 178): 尚未审结 37 left out
            "litigation_correction_rate 0.1282051282051282", // (4 + 1) / (13 + 4 + 8 + 12 + 1 + 1)
            "dispute_rate 0.1272843860211606"), // (351 + 46) / 3119
        evaluateAll(values));
  }

  /** A report whose tables are all 0 (truth/003_88a498967a8a146f.truth.json): every denominator is 0, so null. */
  @Test
  void zeroDenominatorGivesNull() {
    List<MetricValue> values = READER.read(MetricReaderTest.parse("003_88a498967a8a146f.txt"));
    assertEquals(
        List.of(
            "disclosure_rate null", "denial_rate null", "unable_rate null", "notproc_rate null",
            "carry_forward_rate null", "review_correction_rate null", "litigation_correction_rate null",
            "dispute_rate null"),
        evaluateAll(values));
  }

  /**
   * The blank T2019 report (truth/001_42bc1c002d3797e9.truth.json): new_received is 1 but every other operand is
   * blank, so every indicator is null, not 0.
   */
  @Test
  void operandWithoutValueGivesNull() {
    List<MetricValue> values = READER.read(MetricReaderTest.parse("001_42bc1c002d3797e9.txt"));
    for (String line : evaluateAll(values)) {
      assertEquals("null", line.substring(line.indexOf(' ') + 1), line);
    }
  }

  @Test
  void rollupSumsThroughALookup() {
    Indicator disclosure = MetricCatalog.get().indicators().get(0);
    Map<String, BigDecimal> sums =
        Map.of("granted", new BigDecimal(10000), "partial", new BigDecimal(538), "processed_total",
            new BigDecimal(34430));
    assertEquals(new BigDecimal("0.3060702875399361"), IndicatorEvaluator.evaluate(disclosure, sums::get));
    Indicator ratio = new Indicator("x", List.of("a"), List.of("b"), "x", "x");
    assertEquals(
        new BigDecimal("1"), IndicatorEvaluator.evaluate(ratio, Map.of("a", BigDecimal.TEN, "b", BigDecimal.TEN)::get));
    assertNull(IndicatorEvaluator.evaluate(disclosure, Map.of("granted", BigDecimal.ONE)::get));
    assertNull(
        IndicatorEvaluator.evaluate(
            disclosure, Map.of("granted", BigDecimal.ONE, "partial", BigDecimal.ONE, "processed_total",
                BigDecimal.ZERO)::get));
  }

  /** The operands travel with each indicator, so that a rollup sums numerators and denominators, never ratios. */
  @Test
  void readKeepsTheOperandsOfHa2024() {
    List<IndicatorValue> read =
        IndicatorEvaluator.read(MetricCatalog.get().indicators(), READER.read(MetricReaderTest.parse("ha2024.pdf")));
    assertEquals(8, read.size());
    assertEquals(
        new IndicatorValue("disclosure_rate", new BigDecimal(1816), new BigDecimal(3050),
            new BigDecimal("0.5954098360655738"), null),
        read.get(0));
    assertEquals(
        new IndicatorValue("review_correction_rate", new BigDecimal(64), new BigDecimal(314),
            new BigDecimal("0.2038216560509554"), null),
        read.get(5));
  }

  /** All-zero tables: the operands are known zeros, which a rollup still counts as covered; the ratio is not 0. */
  @Test
  void readGivesZeroOperandsAndNoRatio() {
    List<IndicatorValue> read =
        IndicatorEvaluator.read(
            MetricCatalog.get().indicators(), READER.read(MetricReaderTest.parse("003_88a498967a8a146f.txt")));
    assertEquals(
        new IndicatorValue("disclosure_rate", BigDecimal.ZERO, BigDecimal.ZERO, null, NoValueReason.DENOMINATOR_ZERO),
        read.get(0));
  }

  /** A blank operand leaves no operands, and the reason is the operand's: a printed blank. */
  @Test
  void readGivesTheReasonOfABlankOperand() {
    List<IndicatorValue> read =
        IndicatorEvaluator.read(
            MetricCatalog.get().indicators(), READER.read(MetricReaderTest.parse("001_42bc1c002d3797e9.txt")));
    assertEquals(new IndicatorValue("disclosure_rate", null, null, null, NoValueReason.EMPTY), read.get(0));
  }

  /** An S2014 report has none of the T2019/T2021 metrics, so none of their indicators either. */
  @Test
  void readGivesNoIndicatorOfAnotherTemplate() {
    List<MetricValue> values = READER.read(MetricReaderTest.parse("004_97ee47eec622cd46.txt"));
    assertEquals(List.of(), IndicatorEvaluator.read(MetricCatalog.get().indicators(), values));
  }

  private static List<String> evaluateAll(List<MetricValue> values) {
    List<String> lines = new ArrayList<>();
    for (Indicator indicator : MetricCatalog.get().indicators()) {
      BigDecimal value = IndicatorEvaluator.evaluate(indicator, values);
      lines.add(indicator.key() + " " + (value == null ? "null" : value.toPlainString()));
    }
    return lines;
  }
}
