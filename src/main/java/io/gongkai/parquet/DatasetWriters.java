package io.gongkai.parquet;

import static java.util.Objects.requireNonNull;

import io.gongkai.jobs.DatasetSpec;
import io.gongkai.jobs.Datasets;
import io.gongkai.jobs.ExtractJob;
import io.gongkai.jobs.PerReportRows;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.spark.sql.Row;

/**
 * One thread's Parquet writers of the per-report datasets ({@link Datasets#PER_REPORT}) under one output directory of
 * any Hadoop file system, laid out as the warehouse lays a dataset out: {@code <dataset>/part-<tag>.snappy.parquet},
 * or under {@code report_year=<year>/} (and {@code report_year=__HIVE_DEFAULT_PARTITION__/} for a report without a
 * year) for a dataset partitioned by it. The extract job's parse tasks write with them (issue 19: they replaced a
 * staged Parquet file that thirteen Spark writes read back), and so does the benchmark's plain program.
 *
 * <p>One writer per dataset and {@code report_year}, opened when its first row comes and kept open until {@link
 * #close}: opening a file per report (its footer, its row group, its codec buffers) made an earlier attempt 2.5× slower
 * than the parse. parquet-java's defaults otherwise (128 MB row groups, 1 MB pages, dictionaries, statistics), which
 * are Spark's. Unlike Spark's {@code ParquetOutputFormat}, {@link ParquetWriter} has no memory manager: each open
 * writer holds its row group's compressed pages until 128 MB or its close, so while no writer reaches that, the heap
 * holds everything written so far (2.5 MB for 305 synthetic reports, so about 0.8 GB at 100,000).
 *
 * <p>The writers share one codec factory, so one compressor ({@link SharedCodecs}). With a factory each, as
 * parquet-java's builder makes, every open writer leased a snappy compressor of its own from Hadoop's {@code
 * CodecPool}, whose two direct buffers grow to the largest page it compressed and stay that size in the pool; a task
 * of the extract job keeps about 140 writers open (dataset × {@code report_year}). Measured on 103,300 reports with
 * {@code -Xmx3g} (issue 19): direct buffers at the end of the parse 260 MB with a factory each, 20 MB shared; peak
 * resident set 4,122 MiB, then 3,842. Sharing is safe within one thread: a page's compressed bytes are copied into
 * its writer's buffer before the next page is compressed, as between two pages of one writer.
 *
 * <p>Not thread-safe: each thread has its own, with its own {@code tag} in the file names.
 */
public final class DatasetWriters implements Closeable {
  private static final CompressionCodecName CODEC = CompressionCodecName.fromConf(ExtractJob.PARQUET_COMPRESSION);

  private final Path output;
  private final String tag;
  /**
   * Shared by this thread's writers: a builder without one makes a Hadoop {@code Configuration} per writer, which
   * parses Hadoop's default XML resources again each time.
   */
  private final Configuration conf;
  /** In {@link Datasets#PER_REPORT} order. */
  private final List<DatasetParquetSchema> schemas = new ArrayList<>();
  /** Per dataset, in the same order: {@code report_year} (null for none or unpartitioned) → its open writer. */
  private final List<Map<Integer, ParquetWriter<Row>>> open = new ArrayList<>();
  private final SharedCodecs codecs;
  private final long[] rows;
  private int writers;
  private boolean closed;

  /** Writers on the local file system, with Hadoop's default configuration. */
  public DatasetWriters(java.nio.file.Path output, String tag) {
    this(new Path(output.toAbsolutePath().toUri()), tag, new Configuration());
  }

  /**
   * Writers under {@code output} (any Hadoop path) whose files are named {@code part-<tag>…}; {@code conf} gives the
   * file system's settings (a task passes the driver's, broadcast).
   */
  public DatasetWriters(Path output, String tag, Configuration conf) {
    this.output = requireNonNull(output, "output is null");
    this.tag = requireNonNull(tag, "tag is null");
    this.conf = requireNonNull(conf, "conf is null");
    for (DatasetSpec spec : Datasets.PER_REPORT) {
      schemas.add(DatasetParquetSchema.of(spec));
      open.add(new HashMap<>());
    }
    this.rows = new long[schemas.size()];
    conf.size(); // parses the default resources once, here rather than in the first writer
    this.codecs = new SharedCodecs(new CodecFactory(conf, ParquetWriter.DEFAULT_PAGE_SIZE));
  }

  /** Writes the rows one report gives every per-report dataset. */
  public void write(PerReportRows report) throws IOException {
    if (closed) {
      throw new IllegalStateException("Cannot write to the writers of " + output + " (" + tag + "): closed");
    }
    Integer year = report.reportYear();
    for (int d = 0; d < schemas.size(); d++) {
      DatasetParquetSchema schema = schemas.get(d);
      List<Row> datasetRows = report.rows(schema.spec());
      if (datasetRows.isEmpty()) {
        continue;
      }
      ParquetWriter<Row> writer = writer(d, schema.spec().partitionBy() == null ? null : year);
      for (Row row : datasetRows) {
        writer.write(row);
      }
      rows[d] += datasetRows.size();
    }
  }

  /** Rows written so far per dataset, in {@link Datasets#PER_REPORT} order (every dataset named, 0 for none). */
  public Map<String, Long> rowsByDataset() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int d = 0; d < schemas.size(); d++) {
      out.put(schemas.get(d).spec().name(), rows[d]);
    }
    return out;
  }

  /** Writers opened so far. */
  public int writers() {
    return writers;
  }

  private ParquetWriter<Row> writer(int dataset, Integer year) throws IOException {
    Map<Integer, ParquetWriter<Row>> byYear = open.get(dataset);
    ParquetWriter<Row> writer = byYear.get(year);
    if (writer == null) {
      DatasetParquetSchema schema = schemas.get(dataset);
      DatasetSpec spec = schema.spec();
      Path dir = new Path(output, spec.name());
      if (spec.partitionBy() != null) {
        dir = new Path(dir, spec.partitionBy() + "=" + (year == null ? ExtractJob.NULL_PARTITION : year));
      }
      // The file system creates the directories with the file.
      Path file = new Path(dir, "part-" + tag + "." + CODEC.name().toLowerCase(java.util.Locale.ROOT) + ".parquet");
      writer =
          new Builder(HadoopOutputFile.fromPath(file, conf), schema)
              .withConf(conf)
              .withCompressionCodec(CODEC)
              .withCodecFactory(codecs)
              .withWriteMode(ParquetFileWriter.Mode.CREATE)
              .build();
      byYear.put(year, writer);
      writers++;
    }
    return writer;
  }

  /**
   * Closes every writer (writing its footer), then returns the shared compressor to Hadoop's pool; the first failure
   * is thrown once all were tried.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    try {
      for (Map<Integer, ParquetWriter<Row>> byYear : open) {
        for (ParquetWriter<Row> writer : byYear.values()) {
          try {
            writer.close();
          } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (failure == null) {
              failure = io;
            } else {
              failure.addSuppressed(io);
            }
          }
        }
      }
    } finally {
      codecs.shared.release();
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * The one codec factory of a {@link DatasetWriters}' writers. A {@link ParquetWriter} releases its factory when it
   * closes, which would return the compressor the other open writers still use; so a writer's release does nothing
   * here, and {@link DatasetWriters#close} releases the factory once every writer is closed.
   */
  private record SharedCodecs(CodecFactory shared) implements CompressionCodecFactory {
    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
      return shared.getCompressor(codec);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
      return shared.getDecompressor(codec);
    }

    @Override
    public void release() {
      // Released by DatasetWriters.close, after the last writer's final flush.
    }
  }

  /** parquet-java's builder for a custom write support: the one extension point it asks a caller to fill. */
  private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
    private final DatasetParquetSchema schema;

    Builder(OutputFile file, DatasetParquetSchema schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Row> getWriteSupport(Configuration conf) {
      return new DatasetRowWriteSupport(schema);
    }
  }
}
