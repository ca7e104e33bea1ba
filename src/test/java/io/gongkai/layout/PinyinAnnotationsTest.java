package io.gongkai.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PinyinAnnotationsTest {
  @Test
  void readingsAfterCharactersGo() {
    assertEquals(
        new PinyinAnnotations.Stripped("寧強縣民政局 主動公開 本年製發件數", 5),
        PinyinAnnotations.strip("寧強(qiáng)縣民政局 主動(dòng)公開(kāi) 本年製(zhì)發(fā)件數"));
    // full-width parentheses, a neutral-tone syllable, zh/ch/sh initials, a syllabic n with its tone
    assertEquals(
        new PinyinAnnotations.Stripped("的了状況嗯", 5),
        PinyinAnnotations.strip("的（de）了(le)状(zhuàng)況(kuàng)嗯(ňg)"));
  }

  @Test
  void numberingDigitsWordsAndTextAfterLatinStay() {
    String text = "第二十条第（一）项 (三)不予公开 1.(1)规章 事项(a) 网址(www) 共计(12)件 ABC(de) 见附表(表一)";
    assertEquals(new PinyinAnnotations.Stripped(text, 0), PinyinAnnotations.strip(text));
  }
}
