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
 * order, without a Spark session: what the extract job's parse tasks write ({@link ParseStage}) and what the
 * benchmark's plain Parquet program writes.
 *
 * <p>The job's rules across reports are applied by its tasks, not here: a second path with the same bytes becomes a
 * {@code DUPLICATE_CONTENT} reject ({@link #duplicateOf}), an empty file's id is made from its path ({@link
 * #withReportId}), and the checks across years and across reports are added after the parse. On a corpus without
 * duplicates or empty files, these rows are the job's per-report rows, {@code checks} aside.
 */
public final class PerReportRows {
  private static final int REPORT_YEAR = Datasets.REPORTS.indexOf("report_year");
  private static final int REPORT_ID = Datasets.REPORTS.indexOf("report_id");
  private static final int STATUS = Datasets.REPORTS.indexOf("status");
  private static final int REJECT_REASON = Datasets.REPORTS.indexOf("reject_reason");
  private static final int REJECT_DETAIL = Datasets.REPORTS.indexOf("reject_detail");

  /** The {@code reports} columns a duplicate's row clears: it has no template, cells or checks of its own. */
  private static final List<Integer> NOT_COUNTED_TWICE;

  static {
    List<Integer> cleared = new ArrayList<>();
    for (int i = 0; i < Datasets.REPORTS.columns().size(); i++) {
      String name = Datasets.REPORTS.columns().get(i).name();
      if (name.startsWith("checks_") || name.equals("cell_count") || name.startsWith("template_")) {
        cleared.add(i);
      }
    }
    NOT_COUNTED_TWICE = List.copyOf(cleared);
  }

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

  /** The report's id: the SHA-256 of its bytes, or one made from its path for a file not read. */
  public String reportId() {
    return unpacked.report().getString(REPORT_ID);
  }

  /** The report's reject code, or null when it was parsed. */
  public String rejectReason() {
    return unpacked.report().getString(REJECT_REASON);
  }

  /** These rows with the report's id replaced by {@code id} (an empty file's, made from its path). */
  PerReportRows withReportId(String id) {
    requireNonNull(id, "id is null");
    if (unpacked.children().stream().anyMatch(c -> !c.isEmpty())) {
      throw new IllegalStateException(
          "Cannot give report " + reportId() + " the id " + id + ": its child rows carry the old one");
    }
    Object[] report = values(unpacked.report());
    report[REPORT_ID] = id;
    return new PerReportRows(new ReportRows.Unpacked(RowFactory.create(report), unpacked.children()));
  }

  /**
   * The rows of a second path with the same bytes as {@code firstPath}: a {@code DUPLICATE_CONTENT} reject pointing to
   * it, with no rows in the child datasets and no template, cell or check counts, so nothing is counted twice. Its
   * other columns (the year, the body the parser read) stay, so a reader can see what was left out.
   */
  PerReportRows duplicateOf(String firstPath) {
    Object[] report = values(unpacked.report());
    report[STATUS] = "rejected";
    report[REJECT_REASON] = io.gongkai.ingest.RejectReason.DUPLICATE_CONTENT.name();
    report[REJECT_DETAIL] = "Same bytes as " + firstPath;
    for (int i : NOT_COUNTED_TWICE) {
      report[i] = Datasets.REPORTS.columns().get(i).name().startsWith("template_") ? null : 0L;
    }
    List<List<Row>> none = new ArrayList<>();
    unpacked.children().forEach(c -> none.add(List.of()));
    return new PerReportRows(new ReportRows.Unpacked(RowFactory.create(report), List.copyOf(none)));
  }

  private static Object[] values(Row row) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return values;
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
