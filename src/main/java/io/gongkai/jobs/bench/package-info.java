/**
 * The benchmark behind {@code gongkai bench}: a deterministic corpus made from the bundled samples ({@link
 * io.gongkai.jobs.bench.Bench}) or from the synthetic generator with its packed twin ({@link
 * io.gongkai.jobs.bench.SyntheticBench}), a plain single-thread and two-thread parse loop, the Spark extract job on
 * the same reports, and the machine's load and this JVM's memory during each phase, so that a throughput figure can
 * be read together with what else was running.
 */
package io.gongkai.jobs.bench;
