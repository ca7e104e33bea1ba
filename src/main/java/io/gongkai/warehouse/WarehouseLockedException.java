package io.gongkai.warehouse;

/** Another run holds the warehouse's writer lock and is alive: this run must not read or write anything. */
public final class WarehouseLockedException extends RuntimeException {
  private final transient LockHolder holder;

  WarehouseLockedException(String message, LockHolder holder) {
    super(message);
    this.holder = holder;
  }

  /** The live holder; null when its lock file could not be read (being written, or not ours). */
  public LockHolder holder() {
    return holder;
  }
}
