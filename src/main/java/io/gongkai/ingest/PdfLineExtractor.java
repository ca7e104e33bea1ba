package io.gongkai.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text of a PDF as positioned lines with Apache PDFBox. Holds no state; each call opens and closes its own
 * {@link PDDocument}, so only one is in memory per call.
 */
final class PdfLineExtractor {
  /**
   * Acrobat looks for the end-of-file marker in the last 1024 bytes (PDF Reference 1.7, Appendix H, implementation
   * notes). Its absence means the download was cut off: PDFBox would still recover the first pages, but with the fonts
   * of the lost objects mapped to garbage (一、总体情况 came out as "6 = q ‰û ë" from half of hzq2023.pdf).
   */
  static final int EOF_MARKER_WINDOW = 1024;

  /** Returns the visual lines of all pages, or rejects the PDF as truncated, encrypted, unreadable or without text. */
  List<TextLine> extract(byte[] pdf) throws IngestRejection {
    if (!hasEofMarker(pdf)) {
      throw new IngestRejection(
          RejectReason.PDF_UNREADABLE, "PDF is truncated: no %%EOF marker in the last " + EOF_MARKER_WINDOW + " bytes");
    }
    List<Glyph> glyphs;
    int pages;
    // An empty user password opens the common "owner password only" files; anything else is a real lock.
    try (PDDocument document = Loader.loadPDF(pdf)) {
      pages = document.getNumberOfPages();
      GlyphCollector collector = new GlyphCollector();
      collector.writeText(document, Writer.nullWriter());
      glyphs = collector.glyphs;
    } catch (InvalidPasswordException e) {
      throw new IngestRejection(
          RejectReason.PDF_ENCRYPTED, "PDF is encrypted and does not open with an empty password: " + e.getMessage());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // Malformed PDFs make PDFBox throw anything from IOException to NullPointerException, and deeply nested
      // object graphs overflow its recursive parser; all of them mean "this file cannot be read".
      throw new IngestRejection(RejectReason.PDF_UNREADABLE, messageOf(e));
    }
    List<TextLine> lines = LineAssembler.assemble(glyphs);
    if (lines.isEmpty()) {
      throw new IngestRejection(
          RejectReason.PDF_NO_TEXT, "PDF has no extractable text on " + pages + (pages == 1 ? " page" : " pages"));
    }
    return lines;
  }

  private static boolean hasEofMarker(byte[] pdf) {
    int from = Math.max(0, pdf.length - EOF_MARKER_WINDOW);
    for (int i = pdf.length - 5; i >= from; i--) {
      if (FormatSniffer.startsWith(pdf, i, '%', '%', 'E', 'O', 'F')) {
        return true;
      }
    }
    return false;
  }

  private static String messageOf(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Captures every non-blank glyph with its page; the stripper's own text output is discarded. */
  private static final class GlyphCollector extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();

    GlyphCollector() {
      setSortByPosition(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      for (TextPosition p : positions) {
        String unicode = p.getUnicode();
        if (unicode == null || unicode.isBlank()) {
          continue;
        }
        float x0 = p.getXDirAdj();
        float size = sizeOf(p);
        // WPS draws the characters of a vertical label (三、本年度办理结果) with the whole cell width as advance;
        // no real glyph is wider than its font size, and the inflated width would swallow the next cell.
        float width = Math.min(p.getWidthDirAdj(), Math.max(p.getXScale(), size));
        glyphs.add(new Glyph(getCurrentPageNo(), unicode, x0, x0 + width, p.getYDirAdj(), size));
      }
    }

    /** The rendered font size; PDFBox's glyph height is derived from font metrics and is often half the real size. */
    private static float sizeOf(TextPosition p) {
      float size = p.getYScale();
      return size > 0 ? size : Math.max(p.getWidthDirAdj(), 1f);
    }
  }
}
