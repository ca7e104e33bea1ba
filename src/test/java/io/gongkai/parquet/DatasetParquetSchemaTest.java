package io.gongkai.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.jobs.DatasetSpec;
import io.gongkai.jobs.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's files are written by parquet-java, not by Spark, so nothing else compares their layout with Spark's: this
 * test has Spark write each per-report dataset's schema and compares the footers.
 */
class DatasetParquetSchemaTest {
  @TempDir Path dir;

  @Test
  void everyPerReportDatasetIsLaidOutAsSparkWritesIt() throws IOException {
    SparkSession spark =
        SparkSession.builder().master("local[1]").appName("DatasetParquetSchemaTest")
            .config("spark.ui.enabled", "false").getOrCreate();
    try {
      for (DatasetSpec spec : Datasets.PER_REPORT) {
        StructType file =
            new StructType(
                Arrays.stream(spec.schema().fields())
                    .filter(f -> !f.name().equals(spec.partitionBy()))
                    .toArray(StructField[]::new));
        Path out = dir.resolve(spec.name());
        spark.createDataFrame(List.<Row>of(), file).coalesce(1).write().parquet(out.toString());
        FileMetaData spark4 = footer(out);
        DatasetParquetSchema ours = DatasetParquetSchema.of(spec);
        assertEquals(spark4.getSchema(), ours.messageType(), spec.name() + ": the Parquet schema");
        assertEquals(
            spark4.getKeyValueMetaData().get(DatasetParquetSchema.SPARK_ROW_METADATA), ours.sparkRowMetadata(),
            spec.name() + ": the Spark row schema in the footer");
      }
    } finally {
      spark.stop();
    }
  }

  private static FileMetaData footer(Path dir) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(new LocalInputFile(file))) {
      return reader.getFooter().getFileMetaData();
    }
  }
}
