package io.gongkai.prose;

import static java.util.Objects.requireNonNull;

/** One segmented word and its part-of-speech tag (HanLP's nature, e.g. {@code m}, {@code q}, {@code ns}, {@code nt}). */
public record Token(String word, String nature) {
  public Token {
    requireNonNull(word, "word is null");
    requireNonNull(nature, "nature is null");
  }
}
