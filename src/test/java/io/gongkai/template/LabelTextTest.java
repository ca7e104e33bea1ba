package io.gongkai.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelTextTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // spec §0.1: NFKC, whitespace inside labels, traditional characters, quotes, numbering variants
        "(三)不予 公开; (三)不予公开",
        "（一）予以公开; (一)予以公开",
        "'商业\n企业'; 商业企业",
        "'2.没有现成信息需\n要另行制作'; 2.没有现成信息需要另行制作",
        "本年製發件數; 本年制发件数",
        "勾稽關係; 勾稽关系",
        "3.危及“三安全一稳定”; 3.危及三安全一稳定",
        "3.危及\"三安全一稳定\"; 3.危及三安全一稳定",
        "3.危及‘三安全一稳定’; 3.危及三安全一稳定",
        "1、申请人无正当理由逾期不补正; 1.申请人无正当理由逾期不补正",
        "1．属于国家秘密; 1.属于国家秘密",
        "（1）重复申请; 1.重复申请",
        "第二十条第（九）项; 第二十条第(九)项"
      })
  void normalizes(String label, String expected) {
    assertEquals(expected, LabelText.normalize(label));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"(七)总计, 总计", "3.其他, 其他", "三、本年度办理结果(一)予以公开, 本年度办理结果(一)予以公开", "总计, 总计"})
  void stripsNumbering(String normalized, String expected) {
    assertEquals(expected, LabelText.stripNumbering(normalized));
  }

  @Test
  void stablePunctuationIsLeftAsItIsByNfkc() {
    for (char c : LabelText.NFKC_STABLE.toCharArray()) {
      assertEquals(String.valueOf(c), Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), "U+" + (int) c);
    }
    for (char c = 0xff01; c <= 0xff5e; c++) {
      assertEquals(String.valueOf((char) (c - 0xfee0)), Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
    }
  }

  @Test
  void normalizesEveryLineOfTheFixturesAndSamplesAsTheRegexFormOfTheSpecDoes() {
    List<String> lines = RenderedLines.all();
    assertEquals(true, lines.size() > 2000, "lines read: " + lines.size());
    for (String line : lines) {
      assertEquals(reference(line), LabelText.normalize(line), line);
    }
  }

  @Test
  void normalizesRandomLabelsOfTrickyCharactersAsTheRegexFormOfTheSpecDoes() {
    // Full-width forms, spaces of every kind, quotes, digits with every numbering mark, traditional characters,
    // compatibility characters NFKC rewrites (㈠ ℃ … ①), a combining accent.
    String pool = "（）()1２3、.．：:，,\"'“”‘’「」『』〝〞 \t\n\u00a0\u3000\u200b\ufeff一二三予以公開製發件數㈠℃…①e\u0301—·";
    Random random = new Random(19);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        sb.append(pool.charAt(random.nextInt(pool.length())));
      }
      String label = sb.toString();
      assertEquals(reference(label), LabelText.normalize(label), label);
    }
  }

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
  private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』〝〞]");
  private static final Pattern ITEM_NUMBER = Pattern.compile("(^|\\))\\(?(\\d{1,2})(?:[、.]|\\))");

  /** Spec §0.1's normalisation as regexes: what LabelText did before its character loops (issue 19). */
  private static String reference(String label) {
    String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
    s = WHITESPACE.matcher(s).replaceAll("");
    if (s.isEmpty()) {
      return s;
    }
    java.nio.charset.CharsetEncoder gb2312 = java.nio.charset.Charset.forName("GB2312").newEncoder();
    if (s.chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff && !gb2312.canEncode((char) c))) {
      s = HanLP.convertToSimplifiedChinese(s);
    }
    s = QUOTES.matcher(s).replaceAll("");
    s = s.replace('：', ':').replace('，', ',');
    return ITEM_NUMBER.matcher(s).replaceAll("$1$2.");
  }
}
