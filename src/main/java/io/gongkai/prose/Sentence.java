package io.gongkai.prose;

import static java.util.Objects.requireNonNull;

/**
 * One sentence of the report's prose (text outside the tables).
 *
 * @param section the section key ({@code s1_overview}…{@code s6_other}), or {@code preamble} before the first title
 */
public record Sentence(String section, String text, int line) {
  public Sentence {
    requireNonNull(section, "section is null");
    requireNonNull(text, "text is null");
  }
}
