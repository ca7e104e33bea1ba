package io.gongkai.jobs;

import java.io.Serializable;

/**
 * One manifest line: what the publisher's catalogue says about a file. Its values override what the parser infers
 * and are kept in {@code reports}. Null fields were left blank in the manifest.
 */
public record ManifestEntry(
    String path, String url, String body, String regionCode, Integer reportYear, String publishedAt)
    implements Serializable {}
