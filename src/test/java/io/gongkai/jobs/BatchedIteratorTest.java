package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class BatchedIteratorTest {
  /** Batches closed by count alone: nothing weighs anything. */
  private static <T, R> BatchedIterator<T, R> byCount(
      java.util.Iterator<T> inputs, int items, java.util.function.Function<List<T>, List<R>> map) {
    return new BatchedIterator<>(inputs, items, Long.MAX_VALUE, item -> 0, map);
  }

  @Test
  void mapsWholeBatchesInOrderAndTheRemainderLast() {
    List<List<Integer>> seen = new ArrayList<>();
    BatchedIterator<Integer, String> it =
        byCount(
            List.of(1, 2, 3, 4, 5, 6, 7).iterator(),
            3,
            batch -> {
              seen.add(List.copyOf(batch));
              return batch.stream().map(i -> "r" + i).toList();
            });
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    assertEquals(List.of("r1", "r2", "r3", "r4", "r5", "r6", "r7"), out);
    assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7)), seen);
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void readsOnlyTheBatchItNeeds() {
    List<List<Integer>> seen = new ArrayList<>();
    BatchedIterator<Integer, Integer> it =
        byCount(List.of(1, 2, 3, 4, 5).iterator(), 2, batch -> {
          seen.add(List.copyOf(batch));
          return batch;
        });
    assertEquals(1, it.next());
    assertEquals(List.of(List.of(1, 2)), seen);
  }

  @Test
  void batchesThatMapToNothingAreSkipped() {
    BatchedIterator<Integer, Integer> it =
        byCount(List.of(1, 2, 3, 4).iterator(), 2, batch -> batch.contains(1) ? List.of() : batch);
    assertEquals(3, it.next());
    assertEquals(4, it.next());
    assertFalse(it.hasNext());
  }

  @Test
  void refusesABatchSizeBelowOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BatchedIteratorTest.<Integer, Integer>byCount(List.<Integer>of().iterator(), 0, b -> b));
    assertEquals("Cannot batch by 0 items: need at least 1", e.getMessage());
  }

  @Test
  void aBatchClosesOnceItsInputsWeighTheLimitAndAHeavyInputIsABatchOfItsOwn() {
    List<List<Integer>> seen = new ArrayList<>();
    BatchedIterator<Integer, Integer> it =
        new BatchedIterator<>(
            List.of(3, 4, 2, 20, 1, 1, 1, 1, 1).iterator(),
            4,
            6,
            Integer::longValue,
            batch -> {
              seen.add(List.copyOf(batch));
              return batch;
            });
    it.forEachRemaining(i -> {});
    // 3+4 reaches 6; 2 then 20 crosses it; the four 1s fill the item limit before the weight.
    assertEquals(List.of(List.of(3, 4), List.of(2, 20), List.of(1, 1, 1, 1), List.of(1)), seen);
  }

  @Test
  void refusesAWeightLimitBelowOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new BatchedIterator<Integer, Integer>(List.<Integer>of().iterator(), 2, 0, i -> i, b -> b));
    assertEquals("Cannot batch by a weight of 0: need at least 1", e.getMessage());
  }
}
