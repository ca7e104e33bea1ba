package io.gongkai.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line grouping and chunking on synthetic glyphs, one rule per test; sizes and gaps as measured in samples/. */
class LineAssemblerTest {
  private static final float EM = 9f;

  @Test
  void noGlyphsNoLines() {
    assertEquals(List.of(), LineAssembler.assemble(List.of()));
  }

  @Test
  void typedHalfEmSpaceInsideALabelStaysOneSpaceInOneChunk() {
    List<Glyph> glyphs = new ArrayList<>();
    float x = cjk(glyphs, 1, 100, 559, "只计这一情");
    cjk(glyphs, 1, x + 0.51f * EM, 559, "形");

    assertEquals(
        List.of(new TextLine(1, 559, List.of(new TextChunk("只计这一情 形", 100, x + 0.51f * EM + EM)))),
        LineAssembler.assemble(glyphs));
  }

  @Test
  void justificationGapsBetweenCjkGlyphsAreNotSpaces() {
    List<Glyph> glyphs = new ArrayList<>();
    float x = 74;
    for (String c : List.of("号", "，", "邮", "编")) {
      glyphs.add(new Glyph(1, c, x, x + 16, 333, 16));
      x += 16 + 0.22f * 16;
    }

    assertEquals(List.of("号，邮编"), texts(LineAssembler.assemble(glyphs)));
  }

  @Test
  void quarterEmWordSpaceBetweenLatinGlyphsIsASpace() {
    List<Glyph> glyphs = List.of(
        new Glyph(1, "o", 72, 78, 700, 12),
        new Glyph(1, "f", 78, 82, 700, 12),
        new Glyph(1, "I", 85, 89, 700, 12),
        new Glyph(1, "1", 89, 95, 700, 12),
        new Glyph(1, "年", 97.5f, 109.5f, 700, 12));

    // o|f touch, f|I is a 3 pt word space, 1|年 is WPS's 2.5 pt CJK–Latin spacing.
    assertEquals(List.of("of I1年"), texts(LineAssembler.assemble(glyphs)));
  }

  @Test
  void aGapWiderThanSevenTenthsOfAnEmStartsAChunk() {
    List<Glyph> glyphs = new ArrayList<>();
    float x = cjk(glyphs, 1, 181, 593, "秘密");
    glyphs.add(new Glyph(1, "1", x + 0.69f * EM, x + 0.69f * EM + 4.5f, 593, EM));
    glyphs.add(new Glyph(1, "0", 300, 304.5f, 593, EM));
    glyphs.add(new Glyph(1, "0", 304.5f + 0.71f * EM, 309 + 0.71f * EM, 593, EM));

    List<TextLine> lines = LineAssembler.assemble(glyphs);

    assertEquals(
        List.of(
            new TextChunk("秘密 1", 181, x + 0.69f * EM + 4.5f),
            new TextChunk("0", 300, 304.5f),
            new TextChunk("0", 304.5f + 0.71f * EM, 309 + 0.71f * EM)),
        lines.get(0).chunks());
  }

  @Test
  void valuesCentredBelowTheLabelBaselineJoinItsLine() {
    List<Glyph> glyphs = new ArrayList<>();
    cjk(glyphs, 1, 143, 699.05f, "6.属于");
    glyphs.add(new Glyph(1, "12", 264, 271, 701.33f, 7.45f));

    assertEquals(List.of("6.属于  12"), texts(LineAssembler.assemble(glyphs)));
  }

  @Test
  void aStrayVerticalLabelCharacterDoesNotAnchorTheLine() {
    // ha2024 page 4: 果 (one character of a vertical label) sits 2.8 pt above the row label and 5 pt above the row's
    // values, further than half an em of the 7.45 pt table font; anchored on 果 the values would form their own line.
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.add(new Glyph(1, "果", 76.8f, 84.25f, 696.29f, 7.45f));
    float x = 143;
    for (char c : "6.属于四类过程性信息".toCharArray()) {
      glyphs.add(new Glyph(1, String.valueOf(c), x, x + 7.45f, 699.05f, 7.45f));
      x += 7.45f;
    }
    glyphs.add(new Glyph(1, "1", 264, 267.7f, 701.33f, 7.45f));
    glyphs.add(new Glyph(1, "2", 267.7f, 271.4f, 701.33f, 7.45f));

    List<TextLine> lines = LineAssembler.assemble(glyphs);

    assertEquals(List.of("果  6.属于四类过程性信息  12"), texts(lines));
    assertEquals(699.05f, lines.get(0).y());
  }

  @Test
  void wrappedLinesInACellStaySeparate() {
    List<Glyph> glyphs = new ArrayList<>();
    cjk(glyphs, 1, 104, 559, "区分处理的");
    cjk(glyphs, 1, 104, 572.45f, "计其他情形");

    assertEquals(List.of("区分处理的", "计其他情形"), texts(LineAssembler.assemble(glyphs)));
  }

  @Test
  void sameBaselineOnTwoPagesIsTwoLines() {
    List<Glyph> glyphs = new ArrayList<>();
    cjk(glyphs, 2, 100, 802.5f, "二");
    cjk(glyphs, 1, 100, 802.5f, "一");

    List<TextLine> lines = LineAssembler.assemble(glyphs);

    assertEquals(List.of("一", "二"), texts(lines));
    assertEquals(List.of(1, 2), lines.stream().map(TextLine::page).toList());
  }

  /** Adds one 9 pt glyph per character from {@code x}, touching; returns the right edge. */
  private static float cjk(List<Glyph> glyphs, int page, float x, float baseline, String text) {
    for (char c : text.toCharArray()) {
      glyphs.add(new Glyph(page, String.valueOf(c), x, x + EM, baseline, EM));
      x += EM;
    }
    return x;
  }

  private static List<String> texts(List<TextLine> lines) {
    return lines.stream().map(TextLine::text).toList();
  }
}
