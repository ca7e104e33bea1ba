package io.gongkai.synth;

import java.util.Locale;

/** The renderings seen in the real files; {@link #key()} is the value of {@code layout} in the truth. */
enum Layout {
  /** Seed 000: one cell per line, {@code X |}, {@code ||||} padding. */
  PIPE,
  /** Seed 002: {@code \tX} cell lines, blank lines between rows. */
  TAB,
  /** Seed 003: a cell per line, a blank line between every cell, {@code \xa0} spacers. */
  BLANK_LINE,
  /** Seed 001: tab-separated rows with OCR damage and lost cells. */
  OCR_TAB,
  /** pdftotext -layout: cells apart by two or more spaces, wrapped labels, vertical group labels, page numbers. */
  PDF_TEXT,
  /** As {@link #PDF_TEXT}, with table 4 as one line of 15 numbers under a broken header (ha2024). */
  PDF_TEXT_FLATTENED_T4,
  /** HTML tables with rowspan/colspan as scripts/truth-to-html.py writes them, {@code &nbsp;} blanks. */
  HTML,
  /** A real PDF (PDFBox), tables drawn as positioned text with rules. */
  PDF,
  /**
   * Crawled text of an HTML page: every table cell on its own line with a lone {@code |} line between cells, blank
   * cells as two pipes with nothing between them (issue 20, phenomenon 1).
   */
  CRAWLED_PIPE,
  /**
   * A PDF turned into Markdown by a converter: {@code | a | b |} rows under a {@code |---|} delimiter row, section
   * titles as {@code ###} headings, merged cells printed once and their other slots blank (issue 20, phenomenon 4).
   */
  MARKDOWN;

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean damaged() {
    return this == OCR_TAB;
  }
}
