package io.gongkai.jobs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Maps a partition's iterator a batch at a time, lazily: at most one batch of inputs and of outputs is held. The job
 * parses reports in batches so that their prose is segmented back to back ({@link
 * io.gongkai.parse.ReportParser#parseAll}). A batch closes at {@code maxItems} inputs or once its inputs weigh {@code
 * maxWeight} (bytes, for reports), whichever comes first; an input heavier than {@code maxWeight} is a batch of its
 * own.
 */
final class BatchedIterator<T, R> implements Iterator<R> {
  private final Iterator<T> inputs;
  private final int maxItems;
  private final long maxWeight;
  private final ToLongFunction<T> weight;
  private final Function<List<T>, List<R>> map;
  private Iterator<R> current = List.<R>of().iterator();

  BatchedIterator(Iterator<T> inputs, int maxItems, long maxWeight, ToLongFunction<T> weight, Function<List<T>, List<R>> map) {
    if (maxItems < 1) {
      throw new IllegalArgumentException("Cannot batch by " + maxItems + " items: need at least 1");
    }
    if (maxWeight < 1) {
      throw new IllegalArgumentException("Cannot batch by a weight of " + maxWeight + ": need at least 1");
    }
    this.inputs = inputs;
    this.maxItems = maxItems;
    this.maxWeight = maxWeight;
    this.weight = weight;
    this.map = map;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && inputs.hasNext()) {
      List<T> batch = new ArrayList<>(Math.min(maxItems, 64));
      long weighed = 0;
      while (batch.size() < maxItems && weighed < maxWeight && inputs.hasNext()) {
        T next = inputs.next();
        batch.add(next);
        weighed += Math.max(0, weight.applyAsLong(next));
      }
      current = map.apply(batch).iterator();
    }
    return current.hasNext();
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
