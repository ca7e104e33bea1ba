package io.gongkai.ingest;

/** The format of a report file, decided from its content and never from its file name. */
public enum SourceFormat {
  TEXT,
  HTML,
  PDF
}
