package io.gongkai.jobs.bench;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.gongkai.ingest.Document;
import io.gongkai.ingest.DocumentReader;
import io.gongkai.ingest.Ingested;
import io.gongkai.layout.HtmlLayout;
import io.gongkai.layout.PdfLayout;
import io.gongkai.layout.SourceRow;
import io.gongkai.layout.TextLayout;
import io.gongkai.prose.ProseReader;
import io.gongkai.prose.ProseSegmenter;
import io.gongkai.prose.Sentence;
import io.gongkai.template.TableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 4's segmentation figures: characters per second per core that {@link ProseSegmenter} achieves inside the
 * Spark job (its own counters, read before and after the job in this JVM: local mode runs the tasks here), next to
 * HanLP's {@link StandardTokenizer} alone, one thread, on the prose sentences of a sample of the same corpus.
 */
final class Segmentation {
  /** @param inJob characters and thread-nanoseconds segmented during the Spark job */
  record Result(ProseSegmenter.SegmentationStats inJob, long aloneChars, long aloneNanos) {
    double inJobCharsPerSecondPerCore() {
      return inJob.charsPerSecondPerCore();
    }

    double aloneCharsPerSecond() {
      return aloneNanos == 0 ? 0 : aloneChars * 1e9 / aloneNanos;
    }

    double inJobOverAlone() {
      double alone = aloneCharsPerSecond();
      return alone == 0 ? 0 : inJobCharsPerSecondPerCore() / alone;
    }
  }

  private Segmentation() {}

  /** HanLP alone on the prose sentences of the first {@code files} files: one warm-up pass, then a timed one. */
  static Result measure(ProseSegmenter.SegmentationStats inJob, Path corpusDir, int files) throws IOException {
    List<String> sentences = sentences(corpusDir, files);
    long chars = 0;
    for (String s : sentences) {
      StandardTokenizer.segment(s);
      chars += s.length();
    }
    long started = System.nanoTime();
    for (String s : sentences) {
      StandardTokenizer.segment(s);
    }
    return new Result(inJob, chars, System.nanoTime() - started);
  }

  private static List<String> sentences(Path corpusDir, int files) throws IOException {
    List<Path> paths;
    try (Stream<Path> list = Files.list(corpusDir)) {
      paths = list.sorted().limit(files).toList();
    }
    DocumentReader reader = new DocumentReader();
    List<String> sentences = new ArrayList<>();
    for (Path path : paths) {
      if (!(reader.read(path.getFileName().toString(), Files.readAllBytes(path)) instanceof Ingested.Accepted a)) {
        continue;
      }
      Document d = a.document();
      List<SourceRow> rows =
          switch (d.format()) {
            case TEXT -> TextLayout.read(d.text());
            case HTML -> HtmlLayout.read(d.text());
            case PDF -> PdfLayout.read(d.lines());
          };
      for (Sentence sentence : ProseReader.read(rows, TableReader.read(rows))) {
        sentences.add(sentence.text());
      }
    }
    return sentences;
  }
}
