package io.gongkai.bench;

/** What a benchmark run prints: a table for people, or one JSON object for scripts. */
public sealed interface BenchResult permits BenchReport, SyntheticBenchReport {
  String toJson();

  String toText();
}
