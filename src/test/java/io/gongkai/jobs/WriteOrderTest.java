package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-report writes are submitted checks first, then the datasets of most rows, then the registry's order. */
class WriteOrderTest {
  @Test
  void checksAndTheLargestDatasetsGoFirstAndEveryDatasetOnce() {
    List<String> order = ExtractJob.writeOrder().stream().map(DatasetSpec::name).toList();
    assertEquals(
        List.of("checks", "cells", "sentences", "metrics", "reports", "requests", "review_litigation",
            "active_disclosure", "s2014_stats", "procurement", "prose_figures", "themes", "tables"),
        order);
    assertEquals(new HashSet<>(Datasets.PER_REPORT.stream().map(DatasetSpec::name).toList()), new HashSet<>(order));
  }
}
