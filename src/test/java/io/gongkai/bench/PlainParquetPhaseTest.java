package io.gongkai.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.jobs.Column;
import io.gongkai.jobs.DatasetSpec;
import io.gongkai.jobs.Datasets;
import io.gongkai.jobs.ExtractJob;
import io.gongkai.jobs.ExtractJobTest;
import io.gongkai.jobs.RunSummary;
import io.gongkai.parse.ReportParser;
import io.gongkai.synth.CorpusWriter;
import io.gongkai.synth.SynthConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain Parquet phase writes what the extract job writes: on 30 synthetic reports with their manifest, every
 * per-report dataset has the job's rows, year by year and value by value, in files whose Parquet schema is the one
 * Spark writes for the registry (field names the registry's), with the job's codec; one file per dataset, year and
 * thread. The job's {@code checks} also hold the checks across reports, which the phase does not compute: they are
 * left out of the comparison.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainParquetPhaseTest {
  private static final int REPORTS = 30;
  private static final int THREADS = 2;

  @TempDir static Path dir;
  private SparkSession spark;
  private Path output;
  private Path warehouse;
  private PlainParquetPhase.Result result;
  private RunSummary summary;

  @BeforeAll
  void run() throws IOException {
    Path corpus = dir.resolve("corpus");
    // No PDFs: generating them needs a CJK font, which the phase does not care about.
    CorpusWriter.write(SynthConfig.builder().reports(REPORTS).seed(19).pdfShare(0).build(), corpus, false);
    Path reports = corpus.resolve(CorpusWriter.REPORTS);
    Path manifest = corpus.resolve("manifest.csv");
    output = dir.resolve("plain");
    result = PlainParquetPhase.run(reports, manifest, output, THREADS, new ReportParser());

    spark =
        SparkSession.builder().master("local[2]").appName("PlainParquetPhaseTest").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    warehouse = dir.resolve("warehouse");
    summary =
        new ExtractJob(spark)
            .run(
                new ExtractJob.Options(
                    List.of(reports.toString()), warehouse.toString(), manifest.toString(), false, 10));
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyDatasetHasTheJobsRowsYearByYear() {
    assertEquals(REPORTS, result.loop().files());
    assertEquals(REPORTS, summary.filesRead());
    for (DatasetSpec spec : Datasets.PER_REPORT) {
      Dataset<Row> plain = spark.read().schema(spec.schema()).parquet(output.resolve(spec.name()).toString());
      Dataset<Row> job =
          spark.read().schema(spec.schema()).parquet(ExtractJobTest.published(warehouse, spec.name()));
      if (spec == Datasets.CHECKS) {
        job = job.filter(not(col("check").startsWith("R-XR-").or(col("check").endsWith("-XYEAR"))));
      }
      long rows = job.count();
      assertEquals(rows, result.rowsByDataset().get(spec.name()), spec.name() + " rows counted by the phase");
      assertEquals(rows, plain.count(), spec.name() + " rows read back");
      if (spec.partitionBy() != null) {
        assertEquals(byYear(job, spec), byYear(plain, spec), spec.name() + " rows per report_year");
      }
      assertEquals(0, plain.exceptAll(job).count(), spec.name() + ": rows the job did not write");
      assertEquals(0, job.exceptAll(plain).count(), spec.name() + ": rows of the job not written");
    }
    // The corpus is rich enough for the comparison to mean something.
    assertEquals((long) REPORTS, result.rowsByDataset().get("reports"));
    assertTrue(result.rowsByDataset().get("cells") > 100L * REPORTS, "cells " + result.rowsByDataset().get("cells"));
    assertTrue(byYear(spark.read().parquet(output.resolve("cells").toString()), Datasets.CELLS).size() > 1,
        "cells in more than one report_year");
  }

  @Test
  void filesHaveTheSchemaAndCodecSparkWritesForTheRegistry() throws IOException {
    for (DatasetSpec spec : Datasets.PER_REPORT) {
      List<Path> plainFiles = parquetFiles(output.resolve(spec.name()));
      List<Path> jobFiles = parquetFiles(Path.of(ExtractJobTest.published(warehouse, spec.name())));
      ParquetMetadata jobFooter = footer(jobFiles.get(0));
      for (Path file : plainFiles) {
        ParquetMetadata footer = footer(file);
        MessageType schema = footer.getFileMetaData().getSchema();
        List<String> names = new ArrayList<>();
        for (Type field : schema.getFields()) {
          names.add(field.getName());
        }
        List<String> registry = new ArrayList<>();
        for (Column column : spec.columns()) {
          if (!column.name().equals(spec.partitionBy())) {
            registry.add(column.name());
          }
        }
        assertEquals(registry, names, spec.name() + " field names");
        assertEquals(jobFooter.getFileMetaData().getSchema(), schema, spec.name() + " schema as Spark writes it");
        for (BlockMetaData block : footer.getBlocks()) {
          for (ColumnChunkMetaData chunk : block.getColumns()) {
            assertEquals(CompressionCodecName.SNAPPY, chunk.getCodec(), spec.name() + " " + chunk.getPath());
          }
        }
      }
      for (BlockMetaData block : jobFooter.getBlocks()) {
        assertEquals(CompressionCodecName.SNAPPY, block.getColumns().get(0).getCodec(), spec.name() + " job codec");
      }
    }
  }

  @Test
  void oneFilePerDatasetYearAndThread() throws IOException {
    int files = 0;
    for (DatasetSpec spec : Datasets.PER_REPORT) {
      Map<String, List<String>> byDirectory = new TreeMap<>();
      for (Path file : parquetFiles(output.resolve(spec.name()))) {
        byDirectory.computeIfAbsent(output.relativize(file.getParent()).toString(), k -> new ArrayList<>())
            .add(file.getFileName().toString());
        files++;
      }
      for (Map.Entry<String, List<String>> e : byDirectory.entrySet()) {
        List<String> names = e.getValue().stream().sorted().toList();
        assertTrue(List.of("part-t0.snappy.parquet", "part-t1.snappy.parquet").containsAll(names),
            e.getKey() + ": " + names);
        if (spec.partitionBy() != null) {
          assertTrue(e.getKey().matches(spec.name() + "/report_year=(\\d{4}|__HIVE_DEFAULT_PARTITION__)"), e.getKey());
        } else {
          assertEquals(spec.name(), e.getKey());
        }
      }
    }
    assertEquals(result.writers(), files, "writers opened = files written");
  }

  @Test
  void parseTimeIsKeptPerFormat() {
    PlainLoop.Result loop = result.loop();
    long files = 0;
    long nanos = 0;
    for (PlainLoop.FormatTimes t : loop.byFormat()) {
      files += t.files();
      nanos += t.parseNanos();
      assertTrue(t.parseNanos() > 0, t.format() + " parse time " + t.parseNanos());
    }
    assertEquals(REPORTS, files);
    // Each report's share is timed inside its batch's parseAll, so the shares never exceed the batches' total.
    assertTrue(nanos <= Math.round(loop.parseSeconds() * 1e9) + 1000, nanos + " ns of " + loop.parseSeconds() + " s");
    assertEquals(
        loop.byFormat().stream().map(t -> t.format().toLowerCase(java.util.Locale.ROOT)).toList(),
        List.copyOf(BenchReport.parseMsPerReport(loop).keySet()));
  }

  private static Map<Integer, Long> byYear(Dataset<Row> data, DatasetSpec spec) {
    Map<Integer, Long> counts = new HashMap<>(); // a null report_year is a key too
    for (Row r : data.groupBy(spec.partitionBy()).count().collectAsList()) {
      counts.put(r.isNullAt(0) ? null : r.getInt(0), r.getLong(1));
    }
    return counts;
  }

  private static List<Path> parquetFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
  }

  private static ParquetMetadata footer(Path file) throws IOException {
    try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(new LocalInputFile(file))) {
      return reader.getFooter();
    }
  }
}
