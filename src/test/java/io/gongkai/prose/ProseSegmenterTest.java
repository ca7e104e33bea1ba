package io.gongkai.prose;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
