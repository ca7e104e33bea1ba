package io.gongkai.template;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A row's keyword anchor (spec §0.1.5: match on keywords, not exact strings, because labels are truncated and
 * garbled in the wild).
 *
 * <p>Syntax, as written in the template tables: alternatives separated by {@code |}; within an alternative, terms
 * joined by {@code +} must all hold; a term {@code -x} must not occur; an alternative starting with {@code =} holds
 * only when the row's own last label, without its numbering, equals the rest — for words such as 总计 and 其他 that
 * also appear as column headers and inside other labels (spec §3.2, matching hazard).
 */
public final class Anchor {
  private final String source;
  private final List<Alternative> alternatives;

  private Anchor(String source, List<Alternative> alternatives) {
    this.source = source;
    this.alternatives = List.copyOf(alternatives);
  }

  public static Anchor parse(String source) {
    requireNonNull(source, "source is null");
    List<Alternative> alternatives = new ArrayList<>();
    for (String alt : source.split("\\|")) {
      if (alt.isBlank()) {
        throw new IllegalArgumentException(String.format("Cannot parse anchor '%s': empty alternative", source));
      }
      if (alt.startsWith("=")) {
        alternatives.add(new Alternative(LabelText.normalize(alt.substring(1)), List.of(), List.of()));
        continue;
      }
      List<String> required = new ArrayList<>();
      List<String> forbidden = new ArrayList<>();
      for (String term : alt.split("\\+")) {
        if (term.startsWith("-")) {
          forbidden.add(LabelText.normalize(term.substring(1)));
        } else {
          required.add(LabelText.normalize(term));
        }
      }
      alternatives.add(new Alternative(null, required, forbidden));
    }
    return new Anchor(source, alternatives);
  }

  /**
   * @param joined the row's label cells, normalised and concatenated
   * @param ownLabel the row's last label cell, normalised and without numbering
   */
  public boolean matches(String joined, String ownLabel) {
    for (Alternative alt : alternatives) {
      if (alt.matches(joined, ownLabel)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return source;
  }

  private record Alternative(String exact, List<String> required, List<String> forbidden) {
    boolean matches(String joined, String ownLabel) {
      if (exact != null) {
        return exact.equals(ownLabel);
      }
      for (String term : required) {
        if (!joined.contains(term)) {
          return false;
        }
      }
      for (String term : forbidden) {
        if (joined.contains(term)) {
          return false;
        }
      }
      return true;
    }
  }
}
