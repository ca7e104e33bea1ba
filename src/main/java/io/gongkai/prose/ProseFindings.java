package io.gongkai.prose;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What the prose of one report says: who and when, the figures it states, the themes of its problems section. */
public record ProseFindings(ReportMeta meta, List<StatedFigure> figures, List<Theme> themes) {
  public static final ProseFindings NONE =
      new ProseFindings(new ReportMeta(null, 0, null, null, null, null), List.of(), List.of());

  public ProseFindings {
    requireNonNull(meta, "meta is null");
    figures = List.copyOf(requireNonNull(figures, "figures is null"));
    themes = List.copyOf(requireNonNull(themes, "themes is null"));
  }

  public static ProseFindings read(List<Sentence> sentences) {
    return new ProseFindings(
        MetaReader.read(sentences), FigureExtractor.extract(sentences), ThemeExtractor.extract(sentences));
  }
}
