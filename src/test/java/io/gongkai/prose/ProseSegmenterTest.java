package io.gongkai.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseSegmenterTest {
  @Test
  void everyDomainTermStaysOneToken() {
    for (String term : ProseSegmenter.domainTerms()) {
      String sentence = "今年本机关的" + term + "工作取得成效。";
      List<String> words = ProseSegmenter.segment(sentence).stream().map(Token::word).toList();
      assertTrue(words.contains(term), term + " was split: " + words);
    }
  }

  @Test
  void theIssuesExamplesStayWhole() {
    List<String> words =
        ProseSegmenter.segment("依申请公开工作中，对危及“三安全一稳定”的申请不予处理，未发生行政复议，政府信息公开平台运行良好。")
            .stream()
            .map(Token::word)
            .toList();
    for (String term : List.of("依申请公开", "三安全一稳定", "不予处理", "行政复议", "政府信息公开平台")) {
      assertTrue(words.contains(term), term + " was split: " + words);
    }
  }

  /**
   * Only the domain terms are forced. Forcing HanLP's whole custom dictionary split these sentences of seed 000 as
   * 我区/共办/理 and 制/定投/诉; without a domain term the segmenter is HanLP's standard tokenizer, word and tag.
   */
  @Test
  void outsideTheDomainTermsItIsTheStandardTokenizer() {
    for (String sentence :
        List.of(
            "今年我区共办理答复各类网民留言1896件。",
            "认真对“12345”市民投诉热线及时转办相关部门，制定投诉督办长效机制。",
            "截止目前回应社会公众关注热点及有关网络舆情共计5345余次，其中市长信箱155次。")) {
      List<String> ours = ProseSegmenter.segment(sentence).stream().map(t -> t.word() + "/" + t.nature()).toList();
      List<String> standard = StandardTokenizer.segment(sentence).stream().map(t -> t.word + "/" + t.nature).toList();
      assertEquals(standard, ours, sentence);
    }
    List<String> words = ProseSegmenter.segment("今年我区共办理答复各类网民留言1896件。").stream().map(Token::word).toList();
    assertTrue(words.contains("办理"), "办理 was split: " + words);
  }

  @Test
  void segmentAllKeepsTheOrderAndCountsEveryCharacter() {
    ProseSegmenter.SegmentationStats before = ProseSegmenter.stats();
    List<List<Token>> tokens = ProseSegmenter.segmentAll(List.of("行政复议1件。", "", "不予处理2件。"));
    ProseSegmenter.SegmentationStats counted = ProseSegmenter.stats().minus(before);

    assertEquals(3, tokens.size());
    assertEquals("行政复议", tokens.get(0).get(0).word());
    assertEquals(List.of(), tokens.get(1));
    assertEquals("不予处理", tokens.get(2).get(0).word());
    assertTrue(counted.chars() >= 14, "counted " + counted);
    assertTrue(counted.nanos() > 0, "counted " + counted);
    assertEquals("thread_cpu", counted.clock(), "HotSpot on Linux reads the thread's CPU time");
  }
}
