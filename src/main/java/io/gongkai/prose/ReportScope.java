package io.gongkai.prose;

/**
 * Whom a report speaks for, as its title and prose show it: a whole region's totals or one organ's own work, and the
 * kind of organ that published it. Null values were not read; a confidence and an evidence belong to a value.
 *
 * @param scope {@link Scope#BODY} or {@link Scope#CONSOLIDATED}; null only for a report without prose (rejected)
 * @param scopeConfidence the deciding sign's confidence ({@code scope-signs.tsv}), or {@link ScopeReader#NO_SIGN} /
 *     {@link ScopeReader#NO_SIGN_REGION_TITLE} for a report with no sign; 0 when scope is null
 * @param scopeEvidence the clause (and, for a region-named title, the title) the scope was decided from, or why
 *     there was none
 * @param bodyKind the publishing body's kind, read from {@link ReportMeta#body()}; null when no body was read
 * @param bodyKindConfidence the deciding rule's confidence ({@code body-kinds.tsv}); 0 when bodyKind is null
 * @param bodyKindEvidence the body name the kind was read from
 */
public record ReportScope(
    Scope scope,
    double scopeConfidence,
    String scopeEvidence,
    BodyKind bodyKind,
    double bodyKindConfidence,
    String bodyKindEvidence) {
  /** Nothing read: a report without prose. */
  public static final ReportScope NONE = new ReportScope(null, 0, null, null, 0, null);

  public ReportScope {
    // As in ReportMeta: a row never carries a confidence or an evidence for a null.
    if ((scope == null) != (scopeConfidence == 0) || (scope == null) != (scopeEvidence == null)) {
      throw new IllegalArgumentException(
          String.format(
              "Cannot build ReportScope: scope %s with confidence %s and evidence %s", scope, scopeConfidence,
              scopeEvidence));
    }
    if ((bodyKind == null) != (bodyKindConfidence == 0) || (bodyKind == null) != (bodyKindEvidence == null)) {
      throw new IllegalArgumentException(
          String.format(
              "Cannot build ReportScope: body_kind %s with confidence %s and evidence %s", bodyKind,
              bodyKindConfidence, bodyKindEvidence));
    }
    checkConfidence("scope", scopeConfidence);
    checkConfidence("body_kind", bodyKindConfidence);
  }

  /** Both readings of a report whose prose was read. */
  public static ReportScope of(ScopeReader.Reading scope, BodyKindReader.Reading bodyKind) {
    return new ReportScope(
        scope.scope(), scope.confidence(), scope.evidence(), bodyKind == null ? null : bodyKind.kind(),
        bodyKind == null ? 0 : bodyKind.confidence(), bodyKind == null ? null : bodyKind.evidence());
  }

  private static void checkConfidence(String what, double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          String.format("Cannot build ReportScope: %s confidence %s is outside 0..1", what, confidence));
    }
  }
}
