package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A report before rendering: prose blocks and table placeholders in reading order. */
record Doc(List<Block> blocks) {
  Doc {
    blocks = List.copyOf(blocks);
  }

  enum Kind {
    /** Page chrome at the top: 当前位置:首页 > … */
    CRUMB,
    TITLE,
    /** 发布时间/来源/阅读次数 line. */
    META,
    HEADING,
    /** A numbered sub-heading paragraph such as （一）主动公开情况。… */
    PARA,
    /** The appendix caption of an S2014 table. */
    APPENDIX,
    /** A table: text is {@code t2}, {@code t3}, {@code t4} or {@code s2014}. */
    TABLE,
    SIGNATURE,
    DATE,
    /** 点击下载此文件 */
    DOWNLOAD
  }

  record Block(Kind kind, String text) {
    Block {
      requireNonNull(kind, "kind is null");
      requireNonNull(text, "text is null");
    }
  }
}
