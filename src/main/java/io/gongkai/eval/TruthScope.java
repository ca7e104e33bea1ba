package io.gongkai.eval;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * Who a report speaks for, as a synthetic truth file states it: the truth the scope/body-kind reader and the
 * rollups are checked against.
 *
 * @param scope {@code BODY} (one organ's own report) or {@code CONSOLIDATED} (region-wide totals compiled from every
 *     body's report)
 * @param bodyKind {@code GOVERNMENT}, {@code DEPARTMENT}, {@code TOWNSHIP} or {@code OTHER}, null when the truth
 *     does not say
 * @param provinceCode the region's 2-digit province code, null when the truth does not say
 * @param prefectureCode the 4-digit prefecture code, null above prefecture level and for a county directly under its
 *     province
 * @param countyCode the 6-digit county code, null above county level (a town's report has its county's)
 */
public record TruthScope(String scope, String bodyKind, String provinceCode, String prefectureCode, String countyCode)
    implements Serializable {
  /** The values of {@link #scope()}. */
  public static final List<String> SCOPES = List.of("BODY", "CONSOLIDATED");

  /** The values of {@link #bodyKind()}. */
  public static final List<String> BODY_KINDS = List.of("GOVERNMENT", "DEPARTMENT", "TOWNSHIP", "OTHER");

  public TruthScope {
    requireNonNull(scope, "scope is null");
  }

  public boolean consolidated() {
    return scope.equals("CONSOLIDATED");
  }
}
