package io.gongkai.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SectionTest {
  @Test
  void titlesAreRecognisedAfterNormalisation() {
    assertEquals(Section.S3_REQUESTS, Section.titled("三、收到和处理政府信息公开申请情况"));
    assertEquals(Section.S3_REQUESTS, Section.titled("  \"三．收到和处理政府信息公开申请情况"));
    assertEquals(Section.S4_REVIEW_LITIGATION, Section.titled("\u3000四、政府信息公开行政复议、行政诉讼情况"));
    // A Kangxi radical that a PDF font maps for 二: NFKC makes it 二.
    assertEquals(Section.S2_ACTIVE_DISCLOSURE, Section.titled("\u2f06、主动公开政府信息情况"));
    assertEquals(null, Section.titled("三、本年度办理结果"));
    assertEquals(null, Section.titled("本机关主动公开政府信息情况如下"));
  }

  @Test
  void thePreTestNeverRejectsALineThatIsATitle() {
    List<String> lines = new ArrayList<>(RenderedLines.all());
    String pool = " \t\"'“「\u3000\u00a0\u200b\u2f00\u2f06一二三四五六七、.．，收到和处理主动公开问题改进其他行政复议A1（(";
    Random random = new Random(6);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k >= 0; k--) {
        sb.append(pool.charAt(random.nextInt(pool.length())));
      }
      lines.add(sb.toString());
    }
    int titles = 0;
    for (String line : lines) {
      Section exact = null;
      String normalized = LabelText.normalize(line);
      for (Section section : Section.values()) {
        if (section.isTitle(normalized)) {
          exact = section;
          break;
        }
      }
      if (exact != null) {
        titles++;
        assertTrue(Section.mayBeTitle(line), line);
      }
      assertEquals(exact, Section.titled(line), line);
    }
    assertTrue(titles > 50, "titles among the lines: " + titles);
  }
}
