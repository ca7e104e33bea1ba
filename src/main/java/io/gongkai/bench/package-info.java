/** Measuring tools: the benchmark behind {@code gongkai bench}, its corpora, its phases and their report. */
package io.gongkai.bench;
