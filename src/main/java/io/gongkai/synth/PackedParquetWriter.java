package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes generated reports straight into the packed corpus, {@code corpus.parquet/part-NNNNN.snappy.parquet}, with
 * parquet-java and no Spark: the columns and order of {@link PackedCorpus}'s Spark-written corpus ({@code path},
 * {@code content}, {@code url}, {@code body}, {@code region_code}, {@code report_year}, {@code published_at}, all
 * optional as Spark writes them), so that {@code extract --input-format parquet} reads both alike.
 *
 * <p>Used by {@code synth --packed-only}: at a million reports the report files, truth files and JSON Lines twin
 * would take about 67 GB of disk for a corpus that is 6 GB packed. A new file is started every {@link
 * #REPORTS_PER_FILE} reports so that a large corpus is several files, read in parallel.
 */
final class PackedParquetWriter implements Closeable {
  /** About 0.6 GB of snappy-compressed reports per file: a few row groups (128 MB each), a split for each. */
  static final int REPORTS_PER_FILE = 100_000;

  static final MessageType SCHEMA =
      Types.buildMessage()
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("path")
          .optional(PrimitiveTypeName.BINARY).named("content")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("url")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("body")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("region_code")
          .optional(PrimitiveTypeName.INT32).named("report_year")
          .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("published_at")
          .named("spark_schema");

  private final Path directory;
  /** Shared by the files: a writer without one builds a Hadoop {@code Configuration}, parsing its XML, each time. */
  private final Configuration conf = new Configuration();
  private ParquetWriter<GeneratedReport> current;
  private int files;
  private int inFile;

  /** Creates {@code directory}, which must not exist yet, so that no part file of an older corpus is mixed in. */
  PackedParquetWriter(Path directory) throws IOException {
    this.directory = requireNonNull(directory, "directory is null");
    if (Files.exists(directory)) {
      throw new IOException("it already exists, and part files of another corpus would be read with this one");
    }
    Files.createDirectories(directory);
  }

  void write(GeneratedReport report) throws IOException {
    if (current == null || inFile == REPORTS_PER_FILE) {
      if (current != null) {
        current.close();
      }
      Path file = directory.resolve(String.format("part-%05d.snappy.parquet", files++));
      current = new Builder(new LocalOutputFile(file)).withConf(conf)
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withWriteMode(ParquetFileWriter.Mode.CREATE)
          .build();
      inFile = 0;
    }
    current.write(report);
    inFile++;
  }

  /** The part files written so far. */
  int files() {
    return files;
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  private static final class Builder extends ParquetWriter.Builder<GeneratedReport, Builder> {
    Builder(LocalOutputFile file) {
      super(file);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<GeneratedReport> getWriteSupport(Configuration conf) {
      return new ReportWriteSupport();
    }
  }

  private static final class ReportWriteSupport extends WriteSupport<GeneratedReport> {
    private RecordConsumer out;

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(SCHEMA, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(GeneratedReport r) {
      out.startMessage();
      string(0, "path", CorpusWriter.REPORTS + "/" + r.fileName());
      out.startField("content", 1);
      out.addBinary(Binary.fromConstantByteArray(r.content()));
      out.endField("content", 1);
      string(2, "url", r.url());
      string(3, "body", r.body());
      string(4, "region_code", r.regionCode());
      if (r.reportYear() != null) {
        out.startField("report_year", 5);
        out.addInteger(r.reportYear());
        out.endField("report_year", 5);
      }
      string(6, "published_at", r.publishedAt());
      out.endMessage();
    }

    /** A null is the field left out, as in the JSON Lines twin, where a blank manifest field is {@code null}. */
    private void string(int index, String name, String value) {
      if (value == null) {
        return;
      }
      out.startField(name, index);
      out.addBinary(Binary.fromString(value));
      out.endField(name, index);
    }
  }
}
