package io.gongkai.synth;

import java.util.List;

/** The noise kinds a report's truth lists under {@code noise} (stable strings: eval groups accuracy by them). */
final class Noise {
  private Noise() {}

  /** Cells printed blank where the body had 0 (EMPTY in the truth, never 0). */
  static final String BLANK_CELLS = "blank_cells";
  /** {@code /}, {@code —}, {@code ——}, {@code -}, {@code 无} in cells (NA). */
  static final String NA_PLACEHOLDER = "na_placeholder";
  /** The 总计 column left blank on the sub-item rows of table 3. */
  static final String TOTAL_COLUMN_EMPTY = "total_column_empty";
  /** 采购总金额 with the unit written inline: 161330元, 45670 万元, 77180.86万元, 3.5亿元. */
  static final String AMOUNT_UNIT_INLINE = "amount_unit_inline";
  /** 采购总金额 printed without a unit (UNIT_MISSING). */
  static final String UNIT_MISSING = "unit_missing";
  /** Large numbers printed with thousands separators (1,234,567). */
  static final String THOUSANDS_SEPARATOR = "thousands_separator";
  /** T2019 本年增/减 written as 减少3 or +5. */
  static final String SIGNED_WORDS = "signed_words";
  /** Republished in traditional characters. */
  static final String TRADITIONAL = "traditional";
  /** A label cut short (…不再处理其政府信息公开申). */
  static final String LABEL_TRUNCATED = "label_truncated";
  /** OCR-like character damage in labels (尚未审六结, 行政止公开). */
  static final String LABEL_GARBLED = "label_garbled";
  /** Stray spaces inside labels ((三)不予 公开). */
  static final String LABEL_SPACES = "label_spaces";
  /** Sub-items numbered 1、 or 1． instead of 1. */
  static final String NUMBERING_VARIANT = "numbering_variant";
  /** Breadcrumb, 发布时间/来源 line, 点击下载此文件, page numbers. */
  static final String PAGE_FURNITURE = "page_furniture";
  /** Cells lost to OCR (EMPTY in the truth). */
  static final String OCR_LOST_CELLS = "ocr_lost_cells";
  /** Table-2 blocks （五）（六）（八） not printed at all (seed 001). */
  static final String BLOCK_MISSING = "block_missing";
  /** Pinyin readings inserted after characters by a mirror site (寧強(qiáng)縣), on traditional renderings. */
  static final String PINYIN = "pinyin";
  /**
   * The text ends inside table 3, before （六）其他处理 (a page or a crawl cut off): the rows from the cut on and table 4
   * are not printed (no truth cells), and table 3's variant cannot be told (template_t3 null).
   */
  static final String CUT_TABLE3 = "cut_table3";
  static final String GB18030 = "gb18030";
  static final String UTF16 = "utf16";

  static final List<String> ALL =
      List.of(
          BLANK_CELLS, NA_PLACEHOLDER, TOTAL_COLUMN_EMPTY, AMOUNT_UNIT_INLINE, UNIT_MISSING, THOUSANDS_SEPARATOR,
          SIGNED_WORDS, TRADITIONAL, LABEL_TRUNCATED, LABEL_GARBLED, LABEL_SPACES, NUMBERING_VARIANT, PAGE_FURNITURE,
          OCR_LOST_CELLS, BLOCK_MISSING, PINYIN, CUT_TABLE3, GB18030, UTF16);

  /**
   * The text with the reading of about one CJK character in five inserted after it in parentheses, tone marks and
   * all, as some mirror sites print them; characters HanLP has no reading for are left alone.
   */
  static String withPinyin(String text, Dice dice) {
    StringBuilder sb = new StringBuilder(text.length() * 3 / 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(c);
      if (c >= 0x4e00 && c <= 0x9fff && dice.chance(0.2)) {
        com.hankcs.hanlp.dictionary.py.Pinyin reading =
            com.hankcs.hanlp.HanLP.convertToPinyinList(String.valueOf(c)).get(0);
        String marked = reading.getPinyinWithToneMark();
        if (reading != com.hankcs.hanlp.dictionary.py.Pinyin.none5 && marked != null && !marked.isEmpty()) {
          sb.append('(').append(marked).append(')');
        }
      }
    }
    return sb.toString();
  }

  /** Noise that damages the text itself: reports with any of these count as damaged renderings. */
  static final List<String> DAMAGING = List.of(LABEL_TRUNCATED, LABEL_GARBLED, OCR_LOST_CELLS);
}
