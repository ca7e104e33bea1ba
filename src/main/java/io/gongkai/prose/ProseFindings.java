package io.gongkai.prose;

import static java.util.Objects.requireNonNull;

import io.gongkai.region.RegionMatch;
import io.gongkai.region.RegionResolver;
import io.gongkai.template.LabelText;
import java.util.List;

/**
 * What the prose of one report says: who and when, whom it speaks for (a region's totals or one organ's, and the
 * organ's kind), where (GB/T 2260 region from the gazetteer), the figures it states, the themes of its problems
 * section, and the sentences themselves (the {@code sentences} dataset: what R-XR-COPY compares between reports).
 *
 * @param sentences the prose in reading order, as {@link ProseReader} split it
 */
public record ProseFindings(
    ReportMeta meta, ReportScope scope, RegionMatch region, List<StatedFigure> figures, List<Theme> themes,
    List<Sentence> sentences) {
  public static final ProseFindings NONE =
      new ProseFindings(ReportMeta.NONE, ReportScope.NONE, RegionMatch.empty(), List.of(), List.of(), List.of());

  public ProseFindings {
    requireNonNull(meta, "meta is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(region, "region is null");
    figures = List.copyOf(requireNonNull(figures, "figures is null"));
    themes = List.copyOf(requireNonNull(themes, "themes is null"));
    sentences = List.copyOf(requireNonNull(sentences, "sentences is null"));
  }

  /**
   * @param text the report's whole text as rendered, title first and signature last: where the region is read from
   */
  public static ProseFindings read(List<Sentence> sentences, String text) {
    return read(sentences, text, FigureExtractor.extract(sentences));
  }

  /** With the stated figures already extracted ({@link FigureExtractor#extract}), e.g. for several reports in a row. */
  public static ProseFindings read(List<Sentence> sentences, String text, List<StatedFigure> figures) {
    ReportMeta meta = MetaReader.read(sentences);
    ReportScope scope = ReportScope.of(ScopeReader.read(sentences), BodyKindReader.read(meta.body()));
    // The gazetteer is simplified: a mirror's 寧強縣 is 宁强县 (spec §0.1.3).
    return new ProseFindings(
        meta, scope, RegionResolver.bundled().resolve(LabelText.simplified(text)), figures, ThemeExtractor.extract(sentences), sentences);
  }
}
