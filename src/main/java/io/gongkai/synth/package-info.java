/**
 * The synthetic corpus generator with ground truth (issue 5): {@link io.gongkai.synth.Synthesizer} makes reports of
 * bodies drawn from the gazetteer over consecutive years, in every rendering of the real files, with noise and
 * planted anomalies; {@link io.gongkai.synth.CorpusWriter} writes them with their truth files, a manifest and,
 * optionally, a packed Parquet / JSON Lines corpus; or only the packed Parquet ({@link
 * io.gongkai.synth.PackedParquetWriter}), for a corpus too large to keep as files. Everything but {@link
 * io.gongkai.synth.PackedCorpus} is plain Java; the truth's expected checks are computed here, independently of
 * {@code io.gongkai.check}.
 */
package io.gongkai.synth;
