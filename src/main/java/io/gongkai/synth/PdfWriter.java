package io.gongkai.synth;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes {@link Positioned} lines as a real text PDF with Apache PDFBox: A4 pages, 10.5 pt text at the lines' x
 * positions, a subset of a CJK TrueType font embedded, page numbers at the foot. The font is found once per writer
 * (see {@link #findFont()}); without one the writer cannot be created.
 */
final class PdfWriter implements AutoCloseable {
  /** Set this system property (or the environment variable GONGKAI_SYNTH_FONT) to a .ttf/.ttc with CJK glyphs. */
  static final String FONT_PROPERTY = "gongkai.synth.font";
  /** The Debian package the generator is tested with. */
  static final String FONT_PACKAGE = "fonts-wqy-microhei";

  private static final List<String> KNOWN_FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/truetype/arphic/uming.ttc",
          "/usr/share/fonts/truetype/arphic/ukai.ttc",
          "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
  private static final float SIZE = 10.5f;
  private static final float LEFT = 60;
  private static final float TOP = 780;
  private static final float BOTTOM = 70;
  private static final float LEADING = 15.6f;

  private final TrueTypeCollection collection;
  private final TrueTypeFont ttf;
  private final CmapLookup cmap;
  private final String fontName;

  private PdfWriter(Path file) throws IOException {
    TrueTypeFont found = null;
    TrueTypeCollection ttc = null;
    if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
      ttc = new TrueTypeCollection(file.toFile());
      List<TrueTypeFont> fonts = new ArrayList<>();
      ttc.processAllFonts(fonts::add);
      for (TrueTypeFont f : fonts) {
        if (found == null && hasCjk(f)) {
          found = f;
        }
      }
    } else {
      found = new org.apache.fontbox.ttf.TTFParser().parse(
          new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
      if (!hasCjk(found)) {
        found = null;
      }
    }
    if (found == null) {
      throw new IllegalStateException("Cannot write PDF reports: " + file + " has no TrueType font with CJK glyphs");
    }
    this.collection = ttc;
    this.ttf = found;
    this.cmap = found.getUnicodeCmapLookup();
    this.fontName = found.getName() + " (" + file + ")";
  }

  /** Opens the CJK font this machine has; fails with a message naming the package to install when there is none. */
  static PdfWriter open() {
    Path font = findFont();
    if (font == null) {
      throw new IllegalStateException(
          "Cannot write PDF reports: no TrueType font with CJK glyphs found. Install the Debian package "
              + FONT_PACKAGE + " (apt-get install " + FONT_PACKAGE + "), set -D" + FONT_PROPERTY
              + "=/path/to/font.ttc, or generate without PDFs (--pdf-share 0).");
    }
    try {
      return new PdfWriter(font);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CJK font " + font, e);
    }
  }

  /** The configured font, else a known CJK TrueType font, else any .ttf/.ttc under the font folders; null if none. */
  static Path findFont() {
    String configured = System.getProperty(FONT_PROPERTY, System.getenv("GONGKAI_SYNTH_FONT"));
    if (configured != null && !configured.isBlank()) {
      return Files.isRegularFile(Path.of(configured)) ? Path.of(configured) : null;
    }
    for (String known : KNOWN_FONTS) {
      if (Files.isRegularFile(Path.of(known))) {
        return Path.of(known);
      }
    }
    for (String dir : List.of("/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.fonts")) {
      if (!Files.isDirectory(Path.of(dir))) {
        continue;
      }
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path p : files.sorted().toList()) {
          String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
          if ((n.endsWith(".ttc") || n.endsWith(".ttf")) && looksCjk(p)) {
            return p;
          }
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable font folder is not a reason to fail: try the next one
      }
    }
    return null;
  }

  private static boolean looksCjk(Path p) {
    try (PdfWriter w = new PdfWriter(p)) {
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean hasCjk(TrueTypeFont f) {
    try {
      CmapLookup lookup = f.getUnicodeCmapLookup(false);
      return lookup != null && lookup.getGlyphId('政') > 0 && lookup.getGlyphId('申') > 0 && f.getGlyph() != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  String fontName() {
    return fontName;
  }

  /** Draws the lines on A4 pages; {@code convert} turns each piece's text into print (traditional characters). */
  byte[] write(Positioned layout, long documentId, UnaryOperator<String> convert) {
    try (PDDocument doc = new PDDocument()) {
      doc.setDocumentId(documentId);
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDPageContentStream cs = new PDPageContentStream(doc, page);
      float y = TOP;
      int pageNo = 1;
      for (Positioned.Line line : layout.lines) {
        for (Positioned.Piece p : line.sorted()) {
          String text = printable(convert.apply(p.text()));
          if (text.isBlank()) {
            continue;
          }
          cs.beginText();
          cs.setFont(font, SIZE);
          cs.newLineAtOffset(LEFT + (float) p.x(), y);
          cs.showText(text);
          cs.endText();
        }
        y -= LEADING;
        if (line.pageEnd || y < BOTTOM - 30) {
          footer(cs, font, pageNo++);
          cs.close();
          page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          cs = new PDPageContentStream(doc, page);
          y = TOP;
        }
      }
      footer(cs, font, pageNo);
      cs.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a PDF report", e);
    }
  }

  private static void footer(PDPageContentStream cs, PDType0Font font, int pageNo) throws IOException {
    cs.beginText();
    cs.setFont(font, SIZE);
    cs.newLineAtOffset(290, 40);
    cs.showText("-" + pageNo + "-");
    cs.endText();
  }

  /** Drops characters the font has no glyph for (PDFBox refuses them) and non-breaking spaces. */
  private String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == 0xA0 || cp == 0x3000) {
        sb.append(' ');
      } else if (cp == ' ' || cmap.getGlyphId(cp) > 0) {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    if (collection != null) {
      collection.close();
    } else {
      ttf.close();
    }
  }
}
