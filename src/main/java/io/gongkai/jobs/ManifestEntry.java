package io.gongkai.jobs;

import io.gongkai.prose.BodyKind;
import io.gongkai.prose.Scope;
import java.io.Serializable;

/**
 * One manifest line: what the publisher's catalogue says about a file. Its values override what the parser infers
 * and are kept in {@code reports}. Null fields were left blank in the manifest (or the manifest lacks the column).
 *
 * @param scope whom the report speaks for: one organ's own report or a region's consolidated one
 * @param bodyKind the kind of the publishing body
 */
public record ManifestEntry(
    String path,
    String url,
    String body,
    String regionCode,
    Integer reportYear,
    String publishedAt,
    Scope scope,
    BodyKind bodyKind)
    implements Serializable {}
