package io.gongkai.ingest;

/**
 * One non-blank glyph as PDFBox placed it: 1-based page, text, horizontal extent and baseline in points (top-down,
 * rotation already applied), and its rendered font size in points.
 */
record Glyph(int page, String text, float x0, float x1, float baseline, float size) {}
