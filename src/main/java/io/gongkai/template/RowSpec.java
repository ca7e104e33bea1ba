package io.gongkai.template;

import static java.util.Objects.requireNonNull;

/** One data row of a template table: its stable key and the anchor that finds its printed label. */
public record RowSpec(String key, Anchor anchor) {
  public RowSpec {
    requireNonNull(key, "key is null");
    requireNonNull(anchor, "anchor is null");
  }
}
