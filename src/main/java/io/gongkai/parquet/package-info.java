/** Parquet files of the registry's per-report datasets written with parquet-java, laid out and typed as Spark's. */
package io.gongkai.parquet;
