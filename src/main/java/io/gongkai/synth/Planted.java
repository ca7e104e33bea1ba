package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

/** One anomaly the generator planted on purpose: the check that should fail and where. */
record Planted(String check, String scope) {
  Planted {
    requireNonNull(check, "check is null");
    requireNonNull(scope, "scope is null");
  }
}
