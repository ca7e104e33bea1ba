package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

/**
 * One anomaly the generator planted on purpose: the check that should fail and where.
 *
 * @param related the file of the other report the anomaly is about (R-XR-COPY: the report copied), null when none
 */
record Planted(String check, String scope, String related) {
  Planted {
    requireNonNull(check, "check is null");
    requireNonNull(scope, "scope is null");
  }

  Planted(String check, String scope) {
    this(check, scope, null);
  }
}
