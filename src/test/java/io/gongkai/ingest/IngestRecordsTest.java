package io.gongkai.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stable reject codes and the validation messages of the public records. */
class IngestRecordsTest {
  @Test
  void rejectCodesAreFixedNumbersNotOrdinals() {
    assertEquals(
        List.of(
            "EMPTY_FILE=1", "BINARY_CONTENT=2", "IMAGE_CONTENT=3", "UNDECODABLE_TEXT=4", "PDF_UNREADABLE=5",
            "PDF_ENCRYPTED=6", "PDF_NO_TEXT=7", "NO_TEXT_CONTENT=8", "READ_FAILED=9", "TOO_LARGE=10",
            "DUPLICATE_CONTENT=11", "INTERNAL_ERROR=12"),
        Arrays.stream(RejectReason.values()).map(r -> r.name() + "=" + r.code()).toList());
  }

  @Test
  void chunkValidation() {
    assertMessage("text is null", NullPointerException.class, () -> new TextChunk(null, 0, 1));
    assertMessage("Chunk text is blank at x0 3.0", IllegalArgumentException.class, () -> new TextChunk(" ", 3, 4));
    assertMessage(
        "Chunk '21' has x1 10.0 left of x0 12.0", IllegalArgumentException.class, () -> new TextChunk("21", 12, 10));
  }

  @Test
  void lineValidationAndDefensiveCopy() {
    List<TextChunk> chunks = new ArrayList<>(List.of(new TextChunk("规章", 81, 105), new TextChunk("0", 200, 204)));
    TextLine line = new TextLine(2, 561, chunks);
    chunks.clear();

    assertEquals("规章  0", line.text());
    assertMessage("Page must be 1-based, found 0", IllegalArgumentException.class, () -> new TextLine(0, 1, List.of()));
    assertMessage("chunks is null", NullPointerException.class, () -> new TextLine(1, 1, null));
  }

  @Test
  void documentAndIngestedValidation() {
    Document document = new Document("a.txt", SourceFormat.TEXT, "UTF-8", "text", List.of());

    assertEquals("a.txt", new Ingested.Accepted(document, 4, "ab").fileName());
    assertMessage(
        "encoding is null", NullPointerException.class,
        () -> new Document("a.txt", SourceFormat.TEXT, null, "text", List.of()));
    assertMessage("lines is null", NullPointerException.class,
        () -> new Document("a.txt", SourceFormat.TEXT, "UTF-8", "text", null));
    assertMessage("document is null", NullPointerException.class, () -> new Ingested.Accepted(null, 1, "ab"));
    assertMessage("sizeBytes is negative: -1", IllegalArgumentException.class,
        () -> new Ingested.Accepted(document, -1, "ab"));
    assertMessage("reason is null", NullPointerException.class,
        () -> new Ingested.Rejected("a.txt", 0, "ab", null, "detail"));
    assertMessage("detail is null", NullPointerException.class,
        () -> new Ingested.Rejected("a.txt", 0, "ab", RejectReason.EMPTY_FILE, null));
  }

  @Test
  void readerRejectsNullArgumentsAsProgrammingErrors() {
    DocumentReader reader = new DocumentReader();

    assertMessage("fileName is null", NullPointerException.class, () -> reader.read(null, new byte[0]));
    assertMessage("bytes is null", NullPointerException.class, () -> reader.read("a.txt", null));
  }

  private static void assertMessage(String message, Class<? extends Throwable> type, Runnable action) {
    assertEquals(message, assertThrows(type, action::run).getMessage());
  }
}
