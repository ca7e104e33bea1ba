package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * One truth file: the report it describes, how the report was rendered, and what a perfect parse reads from it.
 *
 * <p>Real truth files ({@code src/test/resources/truth/}) have no {@code layout}, {@code noise}, {@code encoding} or
 * {@code planted}: their layout is {@link #REAL_LAYOUT}, their noise is empty. Synthetic truths ({@code gongkai
 * synth}) have all four.
 *
 * @param source where the truth file was read (a path or URI); identifies the truth when two describe one file name
 * @param file the report's file name ({@code reports.file})
 * @param layout the rendering: pipe, tab, blank_line, ocr_tab, pdf_text, pdf_text_flattened_t4, html, pdf, or real
 * @param noise the noise kinds applied to the rendering, in file order; empty for none
 * @param encoding the charset the report was written in, null when the truth does not say
 * @param templateT2 the table-2 template (T2019, T2021, S2014), null or {@code none} when there is none
 * @param templateT3 the table-3 template, likewise; it is also table 4's
 * @param cells every labelled cell
 * @param expectedChecks every check evaluation the truth states, with its status
 * @param planted the anomalies planted on purpose (status FAIL), empty for real truths
 * @param labelsAnomalies true when the file has a {@code planted} list (synthetic truths): it then labels every
 *     anomaly, soft ones included, so any FAIL it does not expect is a false positive. Real truths list hard relations
 *     only ("Soft relations are not listed"), so a soft FAIL they do not mention is unlabelled, not false.
   * @param declaredDamaged the truth's own {@code damaged} flag (the generator's judgement), null when it has none
 * @param speaksFor who the report speaks for ({@code scope}, {@code body_kind} and the level codes), null when the
 *     truth has no {@code scope} (real truths)
 * @param consolidatedChecks the expected R-XR-CONSOLIDATED statuses of a consolidated report, {@code scope} holding
 *     the metric key ({@code new_received}); empty for every other report
 */
public record TruthReport(
    String source,
    String file,
    String layout,
    List<String> noise,
    String encoding,
    String templateT2,
    String templateT3,
    List<TruthCell> cells,
    List<TruthCheck> expectedChecks,
    List<TruthCheck> planted,
    boolean labelsAnomalies,
    Boolean declaredDamaged,
    TruthScope speaksFor,
    List<TruthCheck> consolidatedChecks)
    implements Serializable {
  /** The layout of a truth file that does not name one: a real report, rendered as published. */
  public static final String REAL_LAYOUT = "real";

  /**
   * Noise kinds that damage the printed text itself (characters, labels or cells changed or lost), as opposed to noise
   * a careful reader undoes exactly (blank vs 0 vs {@code /}, unit spellings, separators, page furniture, encodings).
   * A rendering with any of them counts as damaged; issue 5 sets a lower accuracy bar for damaged renderings (99%) than
   * for undamaged ones (99.9%). The first four are the kinds issue 5 names ({@code traditional} included: conversion
   * back to simplified characters is lossy); the last three are the same damage as {@code gongkai synth} spells it.
   */
  public static final List<String> DAMAGING_NOISE =
      List.of(
          "ocr", "ocr_damage", "truncated_labels", "traditional", "label_truncated", "label_garbled",
          "ocr_lost_cells");

  /** Layouts damaged by construction whatever their noise list says: the OCR rendering of seed 001. */
  public static final List<String> DAMAGING_LAYOUTS = List.of("ocr_tab");

  /** The template bucket of a cell whose table has no known template. */
  public static final String UNKNOWN_TEMPLATE = "unknown";

  public TruthReport {
    requireNonNull(source, "source is null");
    requireNonNull(file, "file is null");
    requireNonNull(layout, "layout is null");
    noise = List.copyOf(requireNonNull(noise, "noise is null"));
    cells = List.copyOf(requireNonNull(cells, "cells is null"));
    expectedChecks = List.copyOf(requireNonNull(expectedChecks, "expectedChecks is null"));
    planted = List.copyOf(requireNonNull(planted, "planted is null"));
    consolidatedChecks = List.copyOf(requireNonNull(consolidatedChecks, "consolidatedChecks is null"));
  }

  /** A truth that does not say who the report speaks for (no scope, no consolidated checks). */
  public TruthReport(
      String source,
      String file,
      String layout,
      List<String> noise,
      String encoding,
      String templateT2,
      String templateT3,
      List<TruthCell> cells,
      List<TruthCheck> expectedChecks,
      List<TruthCheck> planted,
      boolean labelsAnomalies,
      Boolean declaredDamaged) {
    this(source, file, layout, noise, encoding, templateT2, templateT3, cells, expectedChecks, planted,
        labelsAnomalies, declaredDamaged, null, List.of());
  }

  /**
   * True when the rendering counts as damaged: its noise has a {@link #DAMAGING_NOISE} kind, its layout is in {@link
   * #DAMAGING_LAYOUTS}, or the truth itself says {@code "damaged": true}.
   */
  public boolean damaged() {
    return Boolean.TRUE.equals(declaredDamaged)
        || DAMAGING_LAYOUTS.contains(layout)
        || noise.stream().anyMatch(DAMAGING_NOISE::contains);
  }

  /** The template of a cell's table: template_t2 for t2, template_t3 for t3 and t4, S2014 for s2014. */
  public String template(TruthCell cell) {
    return template(cell.table());
  }

  /** The template of a table of this report ({@code t2}, {@code t3}, {@code t4}, {@code s2014}), as for its cells. */
  public String template(String table) {
    String template =
        switch (table) {
          case "t2" -> templateT2;
          case "t3", "t4" -> templateT3;
          case "s2014" -> "S2014";
          default -> null;
        };
    return template == null || template.isEmpty() || template.equals("none") ? UNKNOWN_TEMPLATE : template;
  }
}
