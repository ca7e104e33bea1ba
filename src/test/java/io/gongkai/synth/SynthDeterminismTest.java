package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Same (N, seed): identical bytes and truth; report i does not depend on N; another seed: another corpus. */
class SynthDeterminismTest {
  @Test
  void sameSeedGivesIdenticalReportsAndTruth() {
    List<SynthCorpus.Item> a = SynthCorpus.generate(SynthCorpus.config(40, 5).pdfShare(SynthCorpus.canWritePdf() ? 0.2 : 0).build());
    List<SynthCorpus.Item> b = SynthCorpus.generate(SynthCorpus.config(40, 5).pdfShare(SynthCorpus.canWritePdf() ? 0.2 : 0).build());
    assertEquals(40, a.size());
    for (int i = 0; i < a.size(); i++) {
      GeneratedReport x = a.get(i).report();
      GeneratedReport y = b.get(i).report();
      assertEquals(x.fileName(), y.fileName());
      assertArrayEquals(x.content(), y.content(), "bytes of " + x.fileName());
      assertEquals(x.truthJson(), y.truthJson(), "truth of " + x.fileName());
      assertEquals(x.url(), y.url());
      assertEquals(x.publishedAt(), y.publishedAt());
    }
  }

  @Test
  void reportDoesNotDependOnCorpusSize() {
    // Body reports only: consolidated reports sum the bodies generated, so they depend on the corpus size.
    List<SynthCorpus.Item> small = bodyReports(SynthCorpus.generate(SynthCorpus.config(17, 9).pdfShare(0).build()));
    List<SynthCorpus.Item> large = bodyReports(SynthCorpus.generate(SynthCorpus.config(45, 9).pdfShare(0).build()));
    assertEquals(17, small.size());
    for (int i = 0; i < small.size(); i++) {
      assertArrayEquals(small.get(i).report().content(), large.get(i).report().content(), "report " + i);
      assertEquals(small.get(i).report().truthJson(), large.get(i).report().truthJson(), "truth " + i);
    }
  }

  @Test
  void consolidatedReportsComeAfterTheBodyReportsAndChangeNone() {
    List<SynthCorpus.Item> without = SynthCorpus.generate(SynthCorpus.config(300, 3).pdfShare(0).consolidatedShare(0)
        .build());
    List<SynthCorpus.Item> with = SynthCorpus.generate(SynthCorpus.config(300, 3).pdfShare(0).consolidatedShare(0.5)
        .build());
    assertEquals(300, without.size());
    assertTrue(with.size() > 300, "no consolidated report at share 0.5");
    for (int i = 0; i < with.size(); i++) {
      GeneratedReport r = with.get(i).report();
      if (i < 300) {
        assertArrayEquals(without.get(i).report().content(), r.content(), "report " + i);
        assertEquals(without.get(i).report().truthJson(), r.truthJson(), "truth " + i);
      } else {
        assertEquals("CONSOLIDATED", with.get(i).truth().get("scope").asText(), r.fileName());
        assertEquals(String.format("c%06d", i - 300), r.fileName().substring(0, 7));
      }
    }
  }

  private static List<SynthCorpus.Item> bodyReports(List<SynthCorpus.Item> corpus) {
    return corpus.stream().filter(i -> i.truth().get("scope").asText().equals("BODY")).toList();
  }

  @Test
  void otherSeedGivesOtherCorpus() {
    List<SynthCorpus.Item> a = SynthCorpus.generate(SynthCorpus.config(10, 1).pdfShare(0).build());
    List<SynthCorpus.Item> b = SynthCorpus.generate(SynthCorpus.config(10, 2).pdfShare(0).build());
    int same = 0;
    for (int i = 0; i < 10; i++) {
      if (a.get(i).report().truthJson().equals(b.get(i).report().truthJson())) {
        same++;
      }
    }
    assertEquals(0, same);
    assertNotEquals(a.get(0).truth().get("body"), b.get(0).truth().get("body"));
    assertTrue(a.stream().allMatch(x -> x.report().fileName().startsWith("r0000")));
  }
}
