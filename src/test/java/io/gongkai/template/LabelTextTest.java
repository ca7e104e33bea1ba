package io.gongkai.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
