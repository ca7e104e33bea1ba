package io.gongkai.synth;

import io.gongkai.report.CellKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * Decides how each figure is printed: number formats, money units, and the blank / {@code /} / lost-cell noise that
 * turns a figure into EMPTY or NA. Tables with a planted anomaly keep every figure printed, so the planted check
 * stays decidable (a blank input would make it UNCERTAIN).
 */
final class Presentation {
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
  private static final List<String> NA_FORMS = List.of("/", "/", "—", "——", "-", "无");

  private Presentation() {}

  static void apply(Sheet sheet, Layout layout, Body body, Set<String> plantedTables, Set<String> noise, Dice dice) {
    boolean thousands = dice.chance(0.06);
    boolean signedWords = dice.chance(0.2);
    for (Sheet.Cell c : sheet.all()) {
      print(c, thousands, signedWords, noise, dice);
    }
    if (thousands && sheet.all().stream().anyMatch(c -> c.raw.contains(","))) {
      noise.add(Noise.THOUSANDS_SEPARATOR);
    }
    if (signedWords && sheet.all().stream().anyMatch(c -> c.raw.startsWith("减少") || c.raw.startsWith("+"))) {
      noise.add(Noise.SIGNED_WORDS);
    }
    boolean blanks = dice.chance(0.22);
    boolean placeholders = dice.chance(0.12);
    if (blanks) {
      int style = dice.weighted(4, 2, 3);
      if (sheet.has("t3") && !plantedTables.contains("t3")) {
        switch (style) {
          case 0 -> {
            for (Templates.T3Row r : Templates.t3(t3Template(sheet))) {
              if (Templates.T3_COLS.stream().allMatch(col -> sheet.t3(r.key(), col).n() == 0)) {
                Templates.T3_COLS.forEach(col -> blank(sheet.t3(r.key(), col), noise, Noise.BLANK_CELLS));
              }
            }
          }
          case 1 -> {
            for (Templates.T3Row r : Templates.t3(t3Template(sheet))) {
              if (r.level() == Templates.Level.SUB) {
                blank(sheet.t3(r.key(), "total"), noise, Noise.TOTAL_COLUMN_EMPTY);
              }
            }
          }
          default -> sheet.table("t3").forEach(c -> {
            if (c.n() == 0 && dice.chance(0.25)) {
              blank(c, noise, Noise.BLANK_CELLS);
            }
          });
        }
      }
      if (sheet.has("t2") && !plantedTables.contains("t2")) {
        for (Sheet.Cell c : sheet.table("t2")) {
          if (c.number != null && c.number.signum() == 0 && dice.chance(0.35)) {
            blank(c, noise, Noise.BLANK_CELLS);
          }
        }
      }
      if (sheet.has("t4") && !plantedTables.contains("t4") && layout != Layout.PDF_TEXT_FLATTENED_T4
          && sheet.table("t4").stream().allMatch(c -> c.n() == 0) && dice.chance(0.5)) {
        sheet.table("t4").forEach(c -> blank(c, noise, Noise.BLANK_CELLS));
      }
      if (sheet.has("s2014") && !plantedTables.contains("s2014")) {
        for (Sheet.Cell c : sheet.table("s2014")) {
          if (c.number != null && c.number.signum() == 0 && dice.chance(0.3)) {
            blank(c, noise, Noise.BLANK_CELLS);
          }
        }
      }
    }
    if (placeholders) {
      if (sheet.has("t2") && !plantedTables.contains("t2") && !body.ruleMaking()) {
        String na = dice.pick(NA_FORMS);
        for (Sheet.Cell c : sheet.table("t2")) {
          if (c.row.equals("rules") && c.number != null && c.number.signum() == 0) {
            placeholder(c, na, noise);
          }
        }
      }
      for (String table : List.of("t2", "t3", "s2014")) {
        if (!sheet.has(table) || plantedTables.contains(table)) {
          continue;
        }
        String na = dice.pick(NA_FORMS);
        double share = table.equals("t3") ? 0.05 : 0.15;
        for (Sheet.Cell c : sheet.table(table)) {
          if (c.kind == CellKind.ZERO && dice.chance(share)) {
            placeholder(c, na, noise);
          }
        }
      }
    }
    if (layout == Layout.OCR_TAB) {
      for (String table : List.of("t2", "t3", "t4", "s2014")) {
        if (!sheet.has(table) || plantedTables.contains(table)) {
          continue;
        }
        if (table.equals("t4") && dice.chance(0.3)) {
          // Seed 001: the value row of table 4 is not in the OCR text at all.
          sheet.table("t4").forEach(c -> blank(c, noise, Noise.OCR_LOST_CELLS));
          continue;
        }
        for (Sheet.Cell c : sheet.table(table)) {
          if (c.hasValue() && dice.chance(0.06)) {
            blank(c, noise, Noise.OCR_LOST_CELLS);
          }
        }
      }
    }
  }

  private static String t3Template(Sheet sheet) {
    return sheet.t3("other_handling", "total") != null ? Templates.T2019 : Templates.T2021;
  }

  private static void blank(Sheet.Cell c, Set<String> noise, String kind) {
    if (c.kind == CellKind.EMPTY) {
      return;
    }
    c.raw = "";
    c.kind = CellKind.EMPTY;
    c.value = null;
    if (!isWanYuanColumn(c)) {
      c.unit = null;
    }
    noise.add(kind);
  }

  private static void placeholder(Sheet.Cell c, String na, Set<String> noise) {
    c.raw = na;
    c.kind = CellKind.NA;
    c.value = null;
    if (!isWanYuanColumn(c)) {
      c.unit = null;
    }
    noise.add(Noise.NA_PLACEHOLDER);
  }

  /** Columns whose unit is fixed by the header (T2021 本年收费金额（单位：万元）, S2014 万元 rows). */
  static boolean isWanYuanColumn(Sheet.Cell c) {
    return c.col.equals("amount_wan_yuan") || (c.table.equals("s2014") && c.row.endsWith("_wan_yuan"));
  }

  private static void print(Sheet.Cell c, boolean thousands, boolean signedWords, Set<String> noise, Dice dice) {
    if (c.number == null) {
      c.raw = "";
      c.kind = CellKind.EMPTY;
      c.value = null;
      c.unit = null;
      return;
    }
    if (isWanYuanColumn(c)) {
      c.unit = "万元";
      set(c, Figures.plain(c.number).toPlainString(), c.number);
      return;
    }
    if (c.col.equals("total_amount")) {
      printAmount(c, noise, dice);
      return;
    }
    long n = c.n();
    String raw = count(n, thousands);
    if (c.col.equals("items_change") && signedWords) {
      if (n < 0 && dice.chance(0.5)) {
        raw = "减少" + (-n);
      } else if (n > 0 && dice.chance(0.4)) {
        raw = "+" + n;
      }
    }
    set(c, raw, c.number);
  }

  static String count(long n, boolean thousands) {
    if (thousands && Math.abs(n) >= 10_000) {
      return String.format(java.util.Locale.ROOT, "%,d", n);
    }
    return Long.toString(n);
  }

  private static void set(Sheet.Cell c, String raw, BigDecimal value) {
    c.raw = raw;
    c.kind = value.signum() == 0 ? CellKind.ZERO : CellKind.NUMERIC;
    c.value = value.signum() == 0 ? BigDecimal.ZERO : Figures.plain(value);
  }

  /** 采购总金额 (spec §0.3): 元, 万元 (with or without a space), 亿元, or no unit at all. */
  private static void printAmount(Sheet.Cell c, Set<String> noise, Dice dice) {
    BigDecimal yuan = c.number;
    if (yuan.signum() == 0) {
      c.unit = null;
      if (dice.chance(0.3)) {
        c.unit = "万元";
        set(c, "0万元", BigDecimal.ZERO);
        noise.add(Noise.AMOUNT_UNIT_INLINE);
      } else {
        set(c, "0", BigDecimal.ZERO);
      }
      return;
    }
    if (dice.chance(0.12)) {
      BigDecimal v = Figures.plain(yuan.divide(WAN, 2, RoundingMode.HALF_UP));
      c.unit = null;
      set(c, v.toPlainString(), v);
      noise.add(Noise.UNIT_MISSING);
      return;
    }
    BigDecimal v;
    String unit;
    if (yuan.compareTo(YI) >= 0 && dice.chance(0.5)) {
      v = Figures.plain(yuan.divide(YI, dice.between(1, 2), RoundingMode.HALF_UP));
      unit = "亿元";
    } else if (yuan.compareTo(BigDecimal.valueOf(20_000_000)) < 0 && dice.chance(0.35)) {
      v = Figures.plain(yuan.setScale(dice.chance(0.8) ? 0 : 2, RoundingMode.HALF_UP));
      unit = "元";
    } else {
      v = Figures.plain(yuan.divide(WAN, dice.between(0, 2), RoundingMode.HALF_UP));
      unit = "万元";
    }
    if (v.signum() == 0) {
      v = BigDecimal.ONE;
    }
    c.unit = unit;
    set(c, v.toPlainString() + (dice.chance(0.2) ? " " : "") + unit, v);
    noise.add(Noise.AMOUNT_UNIT_INLINE);
  }
}
