package io.gongkai.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * Turns the bytes of one report file into a {@link Document}, or a rejection with a stable reason.
 *
 * <p>The format and charset come from the content, never from the file name. The reader keeps no state between
 * calls and is safe to share between threads. It does not retain {@code bytes}.
 */
public final class DocumentReader {
  private final PdfLineExtractor pdfLines = new PdfLineExtractor();

  /**
   * Reads one file. Never throws for any byte content: every failure becomes {@link Ingested.Rejected} with a reason
   * and a detail message naming the thing and the value.
   *
   * @throws NullPointerException if {@code fileName} or {@code bytes} is null
   */
  public Ingested read(String fileName, byte[] bytes) {
    return read(fileName, bytes, null);
  }

  /**
   * {@link #read(String, byte[])} for bytes whose SHA-256 the caller has computed already ({@link ContentHash}), as
   * the extract job does to key its inputs: hashing a report's bytes twice is work done twice on every report.
   *
   * @param sha256 the bytes' {@link ContentHash#sha256}, or null to compute it here
   */
  public Ingested read(String fileName, byte[] bytes, String sha256) {
    requireNonNull(fileName, "fileName is null");
    requireNonNull(bytes, "bytes is null");
    if (sha256 == null) {
      sha256 = ContentHash.sha256(bytes);
    }
    try {
      return new Ingested.Accepted(decode(fileName, bytes), bytes.length, sha256);
    } catch (IngestRejection rejection) {
      return new Ingested.Rejected(fileName, bytes.length, sha256, rejection.reason(), rejection.detail());
    }
  }

  private Document decode(String fileName, byte[] bytes) throws IngestRejection {
    if (bytes.length == 0) {
      throw new IngestRejection(RejectReason.EMPTY_FILE, "File is empty: 0 bytes");
    }
    Optional<FormatSniffer.ImageType> image = FormatSniffer.imageType(bytes);
    if (image.isPresent()) {
      throw new IngestRejection(RejectReason.IMAGE_CONTENT, "Content is a " + image.get() + " image, not a report");
    }
    Optional<Integer> pdfHeader = FormatSniffer.pdfHeaderOffset(bytes);
    if (pdfHeader.isPresent()) {
      return readPdf(fileName, bytes, pdfHeader.get());
    }
    return readText(fileName, bytes);
  }

  private Document readPdf(String fileName, byte[] bytes, int headerOffset) throws IngestRejection {
    // Junk before the header was prepended after the file was written, so cross-reference offsets count from the
    // header; cutting the junk off keeps them valid instead of relying on PDFBox's brute-force repair.
    byte[] pdf = headerOffset == 0 ? bytes : Arrays.copyOfRange(bytes, headerOffset, bytes.length);
    List<TextLine> lines = pdfLines.extract(pdf);
    String text = lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
    return new Document(fileName, SourceFormat.PDF, "PDF", text, lines);
  }

  private static Document readText(String fileName, byte[] bytes) throws IngestRejection {
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes);
    String text = decoded.text();
    if (text.isBlank()) {
      throw new IngestRejection(RejectReason.EMPTY_FILE, "File has only whitespace: " + bytes.length + " bytes");
    }
    SourceFormat format = FormatSniffer.looksLikeHtml(text) ? SourceFormat.HTML : SourceFormat.TEXT;
    checkHasText(format, text);
    return new Document(fileName, format, decoded.encoding(), text, List.of());
  }

  /** A page of markup around an image, or a file of rules and dots, decodes fine but holds no report. */
  private static void checkHasText(SourceFormat format, String text) throws IngestRejection {
    String visible = format == SourceFormat.HTML ? Jsoup.parse(text).text() : text;
    if (visible.codePoints().noneMatch(Character::isLetterOrDigit)) {
      String where = format == SourceFormat.HTML
          ? "HTML has no letter or digit in " + visible.length() + " characters of visible text"
          : "Text has no letter or digit in " + visible.length() + " characters";
      throw new IngestRejection(RejectReason.NO_TEXT_CONTENT, where);
    }
  }
}
