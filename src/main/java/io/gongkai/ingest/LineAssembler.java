package io.gongkai.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into visual lines and splits each line into chunks at wide horizontal gaps.
 *
 * <p>Thresholds were measured on WPS-made reports (samples/ha2024, hzq2023, hzq2024), in units of the font size (em):
 * gaps inside a label or a prose line are at most 0.51 em (a typed space in a CJK font is half an em), while
 * neighbouring cells of a ruled table are at least 0.83 em apart (two cell paddings and the rule) and number cells
 * usually more than 1.2 em.
 */
final class LineAssembler {
  /** Baselines closer than this many em are one baseline; digit and CJK fonts on one line differ by about 0.01 em. */
  static final float BASELINE_EPSILON_EM = 0.1f;

  /**
   * Baselines within this many em of a line's reference baseline join that line. Value cells are vertically centred
   * and sit up to 0.35 em off their label's baseline; wrapped lines inside one cell are more than 1 em apart.
   */
  static final float LINE_TOLERANCE_EM = 0.5f;

  /** A gap wider than this many em starts a new chunk: between the widest label gap and the narrowest cell gap. */
  static final float CHUNK_GAP_EM = 0.7f;

  /**
   * A gap wider than this many em becomes one space. CJK text has no space glyphs; a typed space shows as a half-em
   * gap ({@code 只计这一情 形}), while justification and WPS's automatic CJK–Latin spacing leave only about 0.2 em, which
   * would otherwise scatter spaces through prose ({@code 第 711号}) and is not part of the text.
   */
  static final float SPACE_GAP_EM = 0.4f;

  /** Between two Latin letters or digits a word space is a quarter em, so a smaller gap already means a space. */
  static final float LATIN_SPACE_GAP_EM = 0.15f;

  private LineAssembler() {}

  static List<TextLine> assemble(List<Glyph> glyphs) {
    List<TextLine> lines = new ArrayList<>();
    LineBuilder line = null;
    for (Baseline baseline : baselines(glyphs)) {
      if (line != null && line.accepts(baseline)) {
        line.add(baseline);
      } else {
        if (line != null) {
          lines.add(line.build());
        }
        line = new LineBuilder(baseline);
      }
    }
    if (line != null) {
      lines.add(line.build());
    }
    return lines;
  }

  /** Glyphs of one page sharing one baseline, in reading order of their baselines. */
  private record Baseline(int page, float y, float size, List<Glyph> glyphs) {}

  private static List<Baseline> baselines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::baseline));
    List<Baseline> baselines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    for (Glyph glyph : sorted) {
      Glyph first = current.isEmpty() ? null : current.get(0);
      if (first != null
          && (first.page() != glyph.page()
              || glyph.baseline() - first.baseline() > BASELINE_EPSILON_EM * Math.min(first.size(), glyph.size()))) {
        baselines.add(toBaseline(current));
        current = new ArrayList<>();
      }
      current.add(glyph);
    }
    if (!current.isEmpty()) {
      baselines.add(toBaseline(current));
    }
    return baselines;
  }

  private static Baseline toBaseline(List<Glyph> glyphs) {
    float size = (float) glyphs.stream().mapToDouble(Glyph::size).min().orElseThrow();
    return new Baseline(glyphs.get(0).page(), glyphs.get(0).baseline(), size, glyphs);
  }

  /**
   * Collects baselines into one visual line. The line is anchored on its most populated baseline, not its first: the
   * characters of a vertical label (三、本年度办理结果, one character per row) sit a few points above the row they
   * share, and anchoring on such a stray character would push the row's values onto a line of their own.
   */
  private static final class LineBuilder {
    private final List<Glyph> glyphs = new ArrayList<>();
    private Baseline anchor;

    LineBuilder(Baseline first) {
      anchor = first;
      glyphs.addAll(first.glyphs());
    }

    boolean accepts(Baseline next) {
      return next.page() == anchor.page()
          && next.y() - anchor.y() <= LINE_TOLERANCE_EM * Math.min(anchor.size(), next.size());
    }

    void add(Baseline next) {
      glyphs.addAll(next.glyphs());
      if (next.glyphs().size() > anchor.glyphs().size()) {
        anchor = next;
      }
    }

    TextLine build() {
      return toLine(anchor.page(), anchor.y(), glyphs);
    }
  }

  private static TextLine toLine(int page, float y, List<Glyph> glyphs) {
    glyphs.sort(Comparator.comparingDouble(Glyph::x0));
    List<TextChunk> chunks = new ArrayList<>();
    Glyph previous = glyphs.get(0);
    StringBuilder text = new StringBuilder(previous.text());
    float x0 = previous.x0();
    float x1 = previous.x1();
    for (Glyph glyph : glyphs.subList(1, glyphs.size())) {
      float gap = glyph.x0() - x1;
      if (gap > CHUNK_GAP_EM * Math.max(previous.size(), glyph.size())) {
        chunks.add(new TextChunk(text.toString(), x0, x1));
        text.setLength(0);
        x0 = glyph.x0();
      } else if (gap > spaceGap(previous, glyph)) {
        text.append(' ');
      }
      text.append(glyph.text());
      x1 = Math.max(x1, glyph.x1());
      previous = glyph;
    }
    chunks.add(new TextChunk(text.toString(), x0, x1));
    return new TextLine(page, y, chunks);
  }

  private static float spaceGap(Glyph a, Glyph b) {
    float em = Math.min(a.size(), b.size());
    return usesWordSpaces(a) && usesWordSpaces(b) ? LATIN_SPACE_GAP_EM * em : SPACE_GAP_EM * em;
  }

  /** Latin letters, digits, ASCII punctuation and other alphabets sit below U+2000; CJK and its punctuation above. */
  private static boolean usesWordSpaces(Glyph glyph) {
    return glyph.text().chars().allMatch(c -> c < 0x2000);
  }
}
