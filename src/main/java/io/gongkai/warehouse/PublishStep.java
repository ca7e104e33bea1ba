package io.gongkai.warehouse;

import java.io.IOException;

/**
 * The steps of a run between its parse and its end, in order. Each is a point where a crash must leave the warehouse
 * readable as one whole snapshot; tests and {@code scripts/soak.sh} stop a run at each of them through two system
 * properties: {@code gongkai.fault.fail-at=STEP} throws an {@link IOException} there (the run's own error handling
 * runs), {@code gongkai.fault.halt-at=STEP} halts the JVM there with exit code 137, as {@code kill -9} would (no
 * handler, no finally block, the lock left behind).
 */
public enum PublishStep {
  /** The lock is held and the leftovers of crashed runs are removed. */
  LOCKED,
  /** Every file is parsed, its rows written by the parse tasks into the run's staging area. */
  PARSED,
  /**
   * The new rows of every dataset are in the unpublished snapshot (the parse tasks' files moved in, the checks across
   * years added); what the parse left in staging is deleted.
   */
  DATASETS_WRITTEN,
  /** An append's snapshot also holds the previous snapshot's files. */
  CARRIED_OVER,
  /** The rollups of the years the run touched are in the snapshot. */
  ROLLED_UP,
  /** The snapshot names its predecessor and holds its run summary. */
  SNAPSHOT_SEALED,
  /** The lock was checked to still name this run. */
  LOCK_VERIFIED,
  /** {@code CURRENT} names the new snapshot: the commit point. */
  POINTER_SWAPPED,
  /** The root {@code _run.json} describes this run. */
  SUMMARY_COPIED,
  /** Snapshots beyond the retained ones are deleted. */
  OLD_SNAPSHOTS_DELETED,
  /** The staging area is deleted; the lock is released next. */
  STAGING_DELETED;

  static final String FAIL_AT = "gongkai.fault.fail-at";
  static final String HALT_AT = "gongkai.fault.halt-at";

  /** Called when a run reaches this step: acts on the fault-injection properties, else does nothing. */
  public void reached() throws IOException {
    if (name().equals(System.getProperty(HALT_AT))) {
      Runtime.getRuntime().halt(137);
    }
    if (name().equals(System.getProperty(FAIL_AT))) {
      throw new IOException("Simulated failure at " + name() + " (" + FAIL_AT + ")");
    }
  }
}
