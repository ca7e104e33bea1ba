package io.gongkai.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Decides the format of a file from its leading bytes or decoded text; the file name is never consulted. */
final class FormatSniffer {
  /**
   * Acrobat accepts the header anywhere in the first 1024 bytes (PDF Reference 1.7, Appendix H, implementation notes),
   * and real files arrive with a BOM, whitespace or a stray HTTP header before it.
   */
  static final int PDF_HEADER_WINDOW = 1024;

  /** HTML markers only count near the start, so a text report quoting a tag deep inside stays TEXT. */
  static final int HTML_SNIFF_CHARS = 4096;

  private static final int[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final Pattern HTML_MARKER =
      Pattern.compile("<!doctype html|<(?:html|body|table|div)\\b|<p[\\s>]");

  /** Raster image formats that turn up in report folders (scans, screenshots saved with a .txt or .pdf name). */
  enum ImageType {
    PNG,
    JPEG,
    GIF,
    BMP,
    TIFF,
    WEBP
  }

  private FormatSniffer() {}

  /** The offset of the {@code %PDF-} header, if it starts within the first {@link #PDF_HEADER_WINDOW} bytes. */
  static Optional<Integer> pdfHeaderOffset(byte[] bytes) {
    int last = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_MAGIC.length;
    for (int i = 0; i <= last; i++) {
      if (startsWith(bytes, i, PDF_MAGIC)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  static Optional<ImageType> imageType(byte[] b) {
    if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(ImageType.PNG);
    }
    if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(ImageType.JPEG);
    }
    if (startsWith(b, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
      return Optional.of(ImageType.GIF);
    }
    // "BM" alone would catch text starting with those letters; a real BMP has four reserved zero bytes at offset 6.
    if (startsWith(b, 0, 'B', 'M') && startsWith(b, 6, 0, 0, 0, 0)) {
      return Optional.of(ImageType.BMP);
    }
    if (startsWith(b, 0, 'I', 'I', 0x2A, 0) || startsWith(b, 0, 'M', 'M', 0, 0x2A)) {
      return Optional.of(ImageType.TIFF);
    }
    if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(ImageType.WEBP);
    }
    return Optional.empty();
  }

  static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), HTML_SNIFF_CHARS)).toLowerCase(Locale.ROOT);
    return HTML_MARKER.matcher(head).find();
  }

  static boolean startsWith(byte[] bytes, int offset, int... prefix) {
    if (offset + prefix.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[offset + i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
