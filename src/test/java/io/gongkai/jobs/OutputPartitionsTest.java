package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Write tasks: one per 20,000 reports, at least one per core, rounded up to a multiple of the cores; parse tasks, which
 * write their own files, four a core where the input allows.
 */
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

  @Test
  void parseTasksAreFourACoreWhereTheInputsPartitionsAllowIt() {
    assertEquals(8, ExtractJob.parseTasks(2, 259, 103_300)); // 6 write tasks by size
    assertEquals(8, ExtractJob.parseTasks(2, 11, 211)); // --files-per-partition 20: the cluster test's kill
    assertEquals(2, ExtractJob.parseTasks(2, 2, 211)); // 100 files a partition: two partitions are all there is
    assertEquals(52, ExtractJob.parseTasks(2, 2_510, 1_003_937)); // at scale, the write tasks' count (51 by size)
    assertEquals(256, ExtractJob.parseTasks(64, 2_510, 1_003_937));
  }
}
