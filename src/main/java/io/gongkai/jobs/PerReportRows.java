package io.gongkai.jobs;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The rows one parsed report gives each per-report dataset ({@link Datasets#PER_REPORT}), in the registry's column
 * order: the conversion the extract job runs in its tasks ({@link ReportRows}), without a Spark session, for programs
 * that write the datasets themselves (the benchmark's plain Parquet phase).
 *
 * <p>What the job adds after this conversion is not here: a second path with the same bytes becoming a {@code
 * DUPLICATE_CONTENT} reject, an empty file's id made from its path, and the {@code checks} computed across reports.
 * On a corpus without duplicates or empty files, the per-report rows are the job's rows.
 */
public final class PerReportRows {
  private static final int REPORT_YEAR = Datasets.REPORTS.indexOf("report_year");

  /**
   * Per child dataset, in {@link Datasets#CHILDREN} order: for each column of its full layout, its place {@code n} in
   * the nested row, or {@code -1 - r} for a column the report row holds at {@code r} ({@link DatasetSpec#FROM_REPORT}).
   */
  private static final List<int[]> POSITIONS = new ArrayList<>();

  static {
    for (DatasetSpec child : Datasets.CHILDREN) {
      int[] positions = new int[child.columns().size()];
      for (int i = 0; i < positions.length; i++) {
        String name = child.columns().get(i).name();
        positions[i] =
            DatasetSpec.FROM_REPORT.contains(name) ? -1 - Datasets.REPORTS.indexOf(name) : child.nestedIndexOf(name);
      }
      POSITIONS.add(positions);
    }
  }

  private final ReportRows.Unpacked unpacked;

  private PerReportRows(ReportRows.Unpacked unpacked) {
    this.unpacked = unpacked;
  }

  /** Converts reports with the values of a manifest, read once, as {@code extract --manifest} does. */
  public static final class Converter {
    private final Map<String, ManifestEntry> manifest;

    private Converter(Map<String, ManifestEntry> manifest) {
      this.manifest = manifest;
    }

    /** The rows of {@code report}, read from {@code path} (matched against the manifest as the job matches it). */
    public PerReportRows rows(ParsedReport report, String path) {
      return of(report, path, Manifest.lookup(manifest, path));
    }
  }

  /** The rows of {@code report}, read from {@code path}, with its manifest line {@code entry} (null for none). */
  public static PerReportRows of(ParsedReport report, String path, ManifestEntry entry) {
    requireNonNull(report, "report is null");
    requireNonNull(path, "path is null");
    return new PerReportRows(ReportRows.unpacked(report, path, entry));
  }

  /**
   * A converter with the manifest at {@code manifestLocation} (any Hadoop path), or with none when null.
   *
   * @throws IllegalArgumentException if the manifest is missing or has no header, as for {@code extract}
   */
  public static Converter converter(String manifestLocation) throws IOException {
    Manifest manifest =
        manifestLocation == null ? Manifest.empty() : Manifest.read(manifestLocation, new Configuration());
    return new Converter(manifest.entries());
  }

  /** The report's {@code report_year} as the job partitions by it: the manifest's, else the parser's; may be null. */
  public Integer reportYear() {
    Row report = unpacked.report();
    return report.isNullAt(REPORT_YEAR) ? null : report.getInt(REPORT_YEAR);
  }

  /**
   * The report's rows of {@code spec}, a dataset of {@link Datasets#PER_REPORT}, with the columns of {@code
   * spec.columns()} in order.
   *
   * @throws IllegalArgumentException if {@code spec} is not a per-report dataset
   */
  public List<Row> rows(DatasetSpec spec) {
    if (spec == Datasets.REPORTS) {
      return List.of(unpacked.report());
    }
    int child = childIndex(spec);
    if (child < 0) {
      throw new IllegalArgumentException("Cannot give the rows of dataset " + spec.name() + ": not a per-report dataset");
    }
    List<Row> nested = unpacked.children().get(child);
    if (nested.isEmpty()) {
      return List.of();
    }
    int[] positions = POSITIONS.get(child);
    Row report = unpacked.report();
    List<Row> rows = new ArrayList<>(nested.size());
    for (Row row : nested) {
      Object[] full = new Object[positions.length];
      for (int i = 0; i < full.length; i++) {
        int n = positions[i];
        full[i] = n >= 0 ? row.get(n) : report.get(-1 - n);
      }
      rows.add(RowFactory.create(full));
    }
    return rows;
  }

  /** By identity, as the registry's constants are passed: comparing specs compares their hundreds of columns. */
  private static int childIndex(DatasetSpec spec) {
    for (int i = 0; i < Datasets.CHILDREN.size(); i++) {
      if (Datasets.CHILDREN.get(i) == spec) {
        return i;
      }
    }
    return -1;
  }
}
