package io.gongkai.region;

/** How a surface form names a division; see {@link AliasRules} for how aliases are generated. */
public enum NameKind {
  /** The official name of the source, e.g. 循化撒拉族自治县, 攀枝花市. */
  OFFICIAL,
  /** A short name that keeps a type suffix, e.g. 循化县, 延边州, 平原示范区, 淮安经开区. */
  SUFFIXED,
  /** A short name without any type suffix, e.g. 循化, 攀枝花, 广西. Often an ordinary word as well. */
  BARE,
  /**
   * A possible name from before a 撤县设区, 撤市设区 or 撤县设市 conversion, generated from the current name's stem
   * (洪泽区 → 洪泽县, 洪泽市; 县级市 X市 → X县) and not checked against the historical record: some were never used. Never
   * generated when another division officially bears that name (朝阳区 has no 朝阳县 alias: 朝阳县 is in 辽宁).
   */
  FORMER
}
