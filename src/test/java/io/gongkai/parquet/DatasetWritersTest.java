package io.gongkai.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.jobs.Datasets;
import io.gongkai.jobs.PerReportRows;
import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CodecPool;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.codec.SnappyCodec;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One thread's writers of every per-report dataset: one compressor among them all, and every row read back. */
class DatasetWritersTest {
  private static final List<String> SAMPLES =
      List.of("000_f33f83f1c85a8eb6.txt", "001_42bc1c002d3797e9.txt", "002_02af2ddfabc85d6c.txt",
          "003_88a498967a8a146f.txt", "004_97ee47eec622cd46.txt", "ha2024.pdf", "hzq2023.pdf", "hzq2024.pdf");

  @TempDir Path dir;

  @Test
  void writersOfEveryDatasetAndYearShareOneCompressorAndEveryRowReadsBack() throws IOException {
    List<ReportParser.Source> sources = new ArrayList<>();
    for (String name : SAMPLES) {
      sources.add(new ReportParser.Source(name, sample(name)));
    }
    List<ParsedReport> parsed = new ReportParser().parseAll(sources);
    SnappyCodec snappy = new SnappyCodec();
    snappy.setConf(new Configuration());
    int leasedBefore = CodecPool.getLeasedCompressorsCount(snappy);
    Map<String, Long> rowsGiven = new LinkedHashMap<>();
    Set<String> reportIds = new TreeSet<>();
    DatasetWriters writers = new DatasetWriters(dir, "t0");
    try {
      for (int i = 0; i < parsed.size(); i++) {
        PerReportRows report = PerReportRows.of(parsed.get(i), "file:/in/" + SAMPLES.get(i), null);
        writers.write(report);
        reportIds.add(report.reportId());
        for (var spec : Datasets.PER_REPORT) {
          rowsGiven.merge(spec.name(), (long) report.rows(spec).size(), Long::sum);
        }
      }
      // The samples span several years, so the partitioned datasets have a writer a year.
      assertTrue(writers.writers() > Datasets.PER_REPORT.size(), "writers open: " + writers.writers());
      assertEquals(1, CodecPool.getLeasedCompressorsCount(snappy) - leasedBefore,
          "snappy compressors leased by " + writers.writers() + " open writers");
    } finally {
      writers.close();
    }
    assertEquals(leasedBefore, CodecPool.getLeasedCompressorsCount(snappy), "compressors leased after close");
    assertEquals(rowsGiven, writers.rowsByDataset());

    // Every page decompresses and every row is there: the writers closed after the first one flushed their last
    // pages through the compressor that the first one's close would have returned to the pool.
    Map<String, Long> rowsRead = new LinkedHashMap<>();
    Set<String> idsRead = new TreeSet<>();
    for (var spec : Datasets.PER_REPORT) {
      long count = 0;
      for (Path file : parquetFiles(dir.resolve(spec.name()))) {
        try (ParquetReader<Group> reader =
            ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri())).build()) {
          for (Group row = reader.read(); row != null; row = reader.read()) {
            count++;
            if (spec == Datasets.REPORTS) {
              idsRead.add(row.getString("report_id", 0));
            }
          }
        }
      }
      rowsRead.put(spec.name(), count);
    }
    assertEquals(rowsGiven, rowsRead);
    assertEquals(reportIds, idsRead);
    assertTrue(rowsRead.get(Datasets.CELLS.name()) > 1000, "cells read: " + rowsRead.get(Datasets.CELLS.name()));
  }

  private static List<Path> parquetFiles(Path datasetDir) throws IOException {
    if (!Files.isDirectory(datasetDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(datasetDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
  }

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = DatasetWritersTest.class.getResourceAsStream("/samples/" + name)) {
      return in.readAllBytes();
    }
  }
}
