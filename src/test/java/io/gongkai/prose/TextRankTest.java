package io.gongkai.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import io.gongkai.synth.SynthConfig;
import io.gongkai.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link TextRank} gives HanLP's {@code extractKeyword} keywords, in HanLP's order, on the prose of every fixture and
 * sample, of synthetic reports, and on random word sequences over small vocabularies, where equal scores are common
 * and only HanLP's exact float sums and tie order give the same list.
 */
class TextRankTest {
  private static final int KEYWORDS = 15;

  @Test
  void sameKeywordsAsHanLpOnTheProseOfFixturesAndSamples() throws IOException {
    ReportParser parser = new ReportParser();
    List<String> texts = new ArrayList<>();
    for (String dir : List.of("src/test/resources/fixtures", "src/test/resources/renderings", "samples")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".pdf")) {
            texts.addAll(proseOf(parser.parse(name, Files.readAllBytes(file))));
          }
        }
      }
    }
    assertTrue(texts.size() > 40, "prose texts " + texts.size());
    assertSameAsHanLp(texts);
  }

  @Test
  void sameKeywordsAsHanLpOnSyntheticReports() {
    ReportParser parser = new ReportParser();
    List<String> texts = new ArrayList<>();
    try (Synthesizer synth =
        new Synthesizer(SynthConfig.builder().reports(150).seed(19).pdfShare(0).build())) {
      synth.generate(r -> texts.addAll(proseOf(parser.parse(r.fileName(), r.content()))));
    }
    assertTrue(texts.size() > 200, "prose texts " + texts.size());
    assertSameAsHanLp(texts);
  }

  @Test
  void sameKeywordsAsHanLpWhereScoresTie() {
    Random random = new Random(19);
    for (int round = 0; round < 3_000; round++) {
      int vocabulary = 1 + random.nextInt(40);
      int length = random.nextInt(120);
      List<String> words = new ArrayList<>();
      List<Term> terms = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        // Two-character nouns that are no stop words: HanLP's filter keeps them all.
        String word = "政务" + (char) ('甲' + random.nextInt(vocabulary));
        words.add(word);
        terms.add(new Term(word, Nature.n));
      }
      int size = 1 + random.nextInt(20);
      assertEquals(new TextRankKeyword().getKeywords(terms, size), TextRank.keywordsOf(words, size),
          "round " + round + ": " + words);
    }
  }

  @Test
  void noWordsNoKeywords() {
    assertEquals(List.of(), TextRank.keywords("", KEYWORDS));
    assertEquals(HanLP.extractKeyword("的了。", KEYWORDS), TextRank.keywords("的了。", KEYWORDS));
  }

  /** The section-五 text ThemeExtractor ranks, and all the report's prose as one longer text. */
  private static List<String> proseOf(ParsedReport report) {
    StringBuilder problems = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (Sentence s : report.prose().sentences()) {
      if (s.section().equals("s5_problems")) {
        problems.append(s.text()).append('\n');
      }
      all.append(s.text()).append('\n');
    }
    List<String> texts = new ArrayList<>();
    if (problems.length() > 0) {
      texts.add(problems.toString());
    }
    if (all.length() > 0) {
      texts.add(all.toString());
    }
    return texts;
  }

  private static void assertSameAsHanLp(List<String> texts) {
    for (String text : texts) {
      assertEquals(HanLP.extractKeyword(text, KEYWORDS), TextRank.keywords(text, KEYWORDS), text);
    }
  }
}
