package io.gongkai.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of a text or HTML file from its bytes and decodes it strictly: a byte that does not decode is a
 * failure, never a silent U+FFFD.
 *
 * <p>Order: byte order mark (UTF-8, UTF-16LE, UTF-16BE); then UTF-16 without a BOM, if the first bytes read as UTF-16
 * text in one byte order ({@link Utf16Sniffer}); then NUL bytes or many control bytes mean binary; then UTF-8; then a
 * Big5 charset if an HTML page declares one; then GB18030, which covers GBK and GB2312. UTF-16 found either way is
 * held to the same strict decoding and control-character check.
 * Valid UTF-8 wins over any declaration because pages re-saved as UTF-8 routinely keep their old {@code charset=gbk}
 * meta tag; a GBK or GB2312 declaration changes nothing because GB18030 is tried anyway.
 */
final class CharsetSniffer {
  static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * Text reports contain essentially no control characters besides tab, line feed, carriage return and form feed;
   * uniformly random bytes have about 11%, so 5% separates the two with room for a stray escape sequence.
   */
  static final double MAX_CONTROL_SHARE = 0.05;

  /**
   * Charsets a page may declare that take precedence over the GB18030 fallback. Every Big5 byte pair is also a valid
   * GB18030 pair, so a Big5 page would otherwise decode "cleanly" into nonsense. Single-byte declarations such as
   * iso-8859-1 are not honoured: on Chinese government sites they are misconfigured GBK pages.
   */
  private static final List<Charset> HONOURED_DECLARATIONS =
      List.of(Charset.forName("Big5"), Charset.forName("Big5-HKSCS"));

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /** Text decoded from a file, with the name of the charset that decoded it. */
  record Decoded(String encoding, String text) {}

  private record Attempt(Charset charset, String text, int malformedAt) {
    boolean succeeded() {
      return text != null;
    }
  }

  private CharsetSniffer() {}

  static Decoded decode(byte[] bytes) throws IngestRejection {
    if (FormatSniffer.startsWith(bytes, 0, 0xEF, 0xBB, 0xBF)) {
      return checkControls(withBom(bytes, 3, StandardCharsets.UTF_8));
    }
    if (FormatSniffer.startsWith(bytes, 0, 0xFF, 0xFE)) {
      return checkControls(withBom(bytes, 2, StandardCharsets.UTF_16LE));
    }
    if (FormatSniffer.startsWith(bytes, 0, 0xFE, 0xFF)) {
      return checkControls(withBom(bytes, 2, StandardCharsets.UTF_16BE));
    }
    Optional<Charset> bomless = Utf16Sniffer.byteOrder(bytes);
    if (bomless.isEmpty()) {
      return decodeEightBit(bytes);
    }
    Attempt utf16 = attempt(bytes, 0, bomless.get());
    if (utf16.succeeded()) {
      return checkControls(new Decoded(bomless.get().name(), utf16.text()));
    }
    // The start reads as UTF-16 and the whole does not. If an 8-bit charset decodes it, that reading stands as it did
    // before UTF-16 was sniffed, so a wrong guess never costs a file; failing that, the file is damaged UTF-16 (an odd
    // length, a lone surrogate) and the UTF-16 failure says more than a NUL byte would.
    try {
      return decodeEightBit(bytes);
    } catch (IngestRejection notEightBit) {
      throw new IngestRejection(
          RejectReason.UNDECODABLE_TEXT,
          "Cannot decode text read as " + bomless.get().name() + " without a byte order mark: " + describe(utf16));
    }
  }

  /** Text that is not UTF-16: binary, or UTF-8, a declared Big5, or GB18030. */
  private static Decoded decodeEightBit(byte[] bytes) throws IngestRejection {
    checkNotBinary(bytes);
    List<Charset> candidates = new ArrayList<>();
    candidates.add(StandardCharsets.UTF_8);
    declaredCharset(bytes).filter(HONOURED_DECLARATIONS::contains).ifPresent(candidates::add);
    candidates.add(GB18030);
    List<Attempt> failures = new ArrayList<>();
    for (Charset charset : candidates) {
      Attempt attempt = attempt(bytes, 0, charset);
      if (attempt.succeeded()) {
        return new Decoded(charset.name(), attempt.text());
      }
      failures.add(attempt);
    }
    List<String> described = failures.stream().map(CharsetSniffer::describe).toList();
    throw new IngestRejection(
        RejectReason.UNDECODABLE_TEXT, "Cannot decode text as " + String.join(" or ", described));
  }

  private static Decoded withBom(byte[] bytes, int bomLength, Charset charset) throws IngestRejection {
    Attempt attempt = attempt(bytes, bomLength, charset);
    if (!attempt.succeeded()) {
      throw new IngestRejection(
          RejectReason.UNDECODABLE_TEXT, "Cannot decode text after a " + charset.name() + " byte order mark: "
              + describe(attempt));
    }
    return new Decoded(charset.name(), attempt.text());
  }

  /** NUL bytes never occur in UTF-8 or GB18030 text, and control bytes are the same byte values in both. */
  private static void checkNotBinary(byte[] bytes) throws IngestRejection {
    int controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new IngestRejection(RejectReason.BINARY_CONTENT, "Binary content: NUL byte at offset " + i);
      }
      if (isUnexpectedControl(bytes[i])) {
        controls++;
      }
    }
    checkControlShare(controls, bytes.length, "bytes");
  }

  private static Decoded checkControls(Decoded decoded) throws IngestRejection {
    String text = decoded.text();
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == 0 || isUnexpectedControl(text.charAt(i))) {
        controls++;
      }
    }
    checkControlShare(controls, text.length(), decoded.encoding() + " characters");
    return decoded;
  }

  private static void checkControlShare(int controls, int total, String unit) throws IngestRejection {
    if (controls > total * MAX_CONTROL_SHARE) {
      throw new IngestRejection(
          RejectReason.BINARY_CONTENT,
          "Binary content: " + controls + " of " + total + " " + unit + " are control characters");
    }
  }

  /** Only C0 controls and DEL: bytes 0x80 to 0x9F are lead or trail bytes of multi-byte characters here. */
  private static boolean isUnexpectedControl(byte b) {
    return (b >= 0 && b < 0x20 || b == 0x7F) && isUnexpectedControl((char) b);
  }

  private static boolean isUnexpectedControl(char c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }

  /** The charset an HTML page declares in a meta tag; charset tags are ASCII, so a Latin-1 view finds them. */
  private static Optional<Charset> declaredCharset(byte[] bytes) {
    int length = Math.min(bytes.length, FormatSniffer.HTML_SNIFF_CHARS);
    String head = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    if (!FormatSniffer.looksLikeHtml(head)) {
      return Optional.empty();
    }
    Matcher meta = META_CHARSET.matcher(head);
    if (!meta.find()) {
      return Optional.empty();
    }
    try {
      return Charset.isSupported(meta.group(1)) ? Optional.of(Charset.forName(meta.group(1))) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  private static Attempt attempt(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // On error the decoder leaves the input positioned at the start of the offending sequence.
      return new Attempt(charset, null, in.position());
    }
    return new Attempt(charset, out.flip().toString(), -1);
  }

  private static String describe(Attempt failed) {
    return failed.charset().name() + " (malformed input at byte " + failed.malformedAt() + ")";
  }
}
