package io.gongkai.prose;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A theme of section 五 (problems and improvements).
 *
 * @param keywords HanLP keywords of the section that fall under the theme, then the theme's triggers found
 * @param weight the theme's share of all trigger occurrences in the section (0..1)
 */
public record Theme(String theme, List<String> keywords, double weight) {
  public Theme {
    requireNonNull(theme, "theme is null");
    keywords = List.copyOf(requireNonNull(keywords, "keywords is null"));
  }
}
