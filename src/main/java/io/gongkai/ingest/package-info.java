/** Bytes in, a decoded {@link io.gongkai.ingest.Document} or a reject reason out; knows nothing of tables. */
package io.gongkai.ingest;
