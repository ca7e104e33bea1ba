package io.gongkai.template;

import static java.util.Objects.requireNonNull;

/** A flag raised on a report, with the thing it concerns ({@code t3.partial}, {@code art20_5}). */
public record Finding(ReportFlag flag, String subject) {
  public Finding {
    requireNonNull(flag, "flag is null");
    requireNonNull(subject, "subject is null");
  }

  @Override
  public String toString() {
    return flag + "(" + subject + ")";
  }
}
