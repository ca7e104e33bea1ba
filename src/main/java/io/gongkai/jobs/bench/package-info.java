/**
 * The benchmark behind {@code gongkai bench}: a deterministic corpus made from the bundled samples, a plain
 * single-thread and two-thread parse loop, the Spark extract job on the same files, and the machine's load during
 * each phase, so that a throughput figure can be read together with what else was running.
 */
package io.gongkai.jobs.bench;
