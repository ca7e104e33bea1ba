package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Write tasks per dataset: one per 20,000 reports, at least one per core, rounded up to a multiple of the cores. */
class OutputPartitionsTest {
  @Test
  void roundsUpToAMultipleOfTheCores() {
    assertEquals(6, ExtractJob.outputPartitions(2, 250, 100_000)); // 5 by size
    assertEquals(56, ExtractJob.outputPartitions(8, 2_500, 1_000_000)); // 50 by size
  }

  @Test
  void smallRunsWriteOneFilePerCore() {
    assertEquals(2, ExtractJob.outputPartitions(2, 25, 10_000));
    assertEquals(2, ExtractJob.outputPartitions(2, 1, 5));
    assertEquals(4, ExtractJob.outputPartitions(4, 3, 100_000));
  }
}
