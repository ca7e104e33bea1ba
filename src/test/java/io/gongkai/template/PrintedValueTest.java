package io.gongkai.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.report.CellKind;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedValueTest {
  @ParameterizedTest(name = "''{0}'' is {1} {2} {3}")
  @CsvSource(
      delimiter = '#',
      nullValues = "null",
      value = {
        "16# NUMERIC# 16# null",
        "'1,234'# NUMERIC# 1234# null",
        "77180.86万元# NUMERIC# 77180.86# 万元",
        "161330元# NUMERIC# 161330# 元",
        "45670 万元# NUMERIC# 45670# 万元",
        "3.5亿元# NUMERIC# 3.5# 亿元",
        "４５６# NUMERIC# 456# null",
        "7730.28# NUMERIC# 7730.28# null",
        "9999999999999999# NUMERIC# 9999999999999999# null",
        "12345678901234567# TEXT# null# null",
        "1.2345# NUMERIC# 1.2345# null",
        "1.23456# TEXT# null# null",
        "1.23450000# NUMERIC# 1.2345# null",
        "0# ZERO# 0# null",
        "0件# ZERO# 0# 件",
        "零# ZERO# 0# null",
        "0.00# ZERO# 0# null",
        "-3# NUMERIC# -3# null",
        "减少2# NUMERIC# -2# null",
        "減少13# NUMERIC# -13# null",
        "+5# NUMERIC# 5# null",
        "136.22萬元# NUMERIC# 136.22# 万元",
        "''# EMPTY# null# null",
        "&nbsp;# EMPTY# null# null",
        "' \u00a0 '# EMPTY# null# null",
        "/# NA# null# null",
        "——# NA# null# null",
        "—# NA# null# null",
        "--# NA# null# null",
        "N/A# NA# null# null",
        "无# NA# null# null",
        "不适用# NA# null# null",
        "不適用# NA# null# null",
        "详见附表# TEXT# null# null",
        "詳見附表# TEXT# null# null",
        "暫無數據# TEXT# null# null",
        "略# TEXT# null# null",
        "21 0# TEXT# null# null",
        "-3-# TEXT# null# null",
        "约5件# TEXT# null# null"
      })
  void readsPrintedCell(String raw, CellKind kind, BigDecimal value, String unit) {
    PrintedValue parsed = PrintedValue.parse(raw);
    assertEquals(kind, parsed.kind());
    assertEquals(value == null ? null : value.stripTrailingZeros(), parsed.value() == null ? null : parsed.value().stripTrailingZeros());
    assertEquals(unit, parsed.unit());
  }

  @ParameterizedTest(name = "''{0}'' is a value: {1}")
  @CsvSource(
      delimiter = '#',
      value = {
        "16# true", "''# true", "——# true", "略# true", "161330元# true",
        "规章# false", "1.属于国家秘密# false", "条# false", "-3-# false", "2020年# false"
      })
  void tellsValuesFromLabels(String raw, boolean value) {
    assertEquals(value, PrintedValue.isValueText(raw));
  }
}
