package io.gongkai.jobs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Maps a partition's iterator a batch at a time, lazily: at most one batch of inputs and of outputs is held. The job
 * parses reports in batches so that their prose is segmented back to back ({@link
 * io.gongkai.parse.ReportParser#parseAll}).
 */
final class BatchedIterator<T, R> implements Iterator<R> {
  /** Reports per batch: enough to keep HanLP's dictionaries hot, few enough to hold their parse in memory. */
  static final int REPORTS = 16;

  private final Iterator<T> inputs;
  private final int size;
  private final Function<List<T>, List<R>> map;
  private Iterator<R> current = List.<R>of().iterator();

  BatchedIterator(Iterator<T> inputs, int size, Function<List<T>, List<R>> map) {
    if (size < 1) {
      throw new IllegalArgumentException("Cannot batch by " + size + ": need at least 1");
    }
    this.inputs = inputs;
    this.size = size;
    this.map = map;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && inputs.hasNext()) {
      List<T> batch = new ArrayList<>(size);
      while (batch.size() < size && inputs.hasNext()) {
        batch.add(inputs.next());
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
