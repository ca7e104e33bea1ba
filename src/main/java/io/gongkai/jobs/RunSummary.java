package io.gongkai.jobs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did, printed at the end and written as {@code _run.json}: files read, parsed, rejected by reason,
 * reports per template, checks by status, wall time and throughput. {@code parsed + rejected + already_present =
 * files_read}.
 *
 * @param snapshot the snapshot the warehouse shows after this run: the one it published, or, for an append that found
 *     nothing new, the one that stays
 * @param published whether this run published a new snapshot
 * @param previousSnapshot the snapshot published before this run; null for a new warehouse
 * @param listingNotes what the input listing left out and why (a directory reached again through a symlink)
 * @param warnings what the run warned about (a lock taken over, leftovers of crashed runs removed)
 * @param readFailed input files of this run that could not be read (READ_FAILED), already present ones included
 * @param readFailuresAllowed whether {@code --allow-read-failures} lets such a run end with exit code 0
 */
public record RunSummary(
    String runId,
    String mode,
    String master,
    String parserVersion,
    long filesRead,
    long parsed,
    long rejected,
    long alreadyPresent,
    long readFailed,
    boolean readFailuresAllowed,
    Map<String, Long> rejectedByReason,
    Map<String, Long> reportsByTemplate,
    Map<String, Long> checksByStatus,
    List<String> manifestProblems,
    List<String> listingNotes,
    Map<String, Long> rowsWritten,
    double wallSeconds,
    String snapshot,
    boolean published,
    String previousSnapshot,
    List<String> warnings,
    Rollup rollup) {

  /** Exit code of a run that ended (published, or an append with nothing new) with every input file read. */
  public static final int EXIT_OK = 0;

  /**
   * Exit code of a run that ended and published what it could, but could not read some input files (READ_FAILED
   * rows in {@code reports}), unless {@code --allow-read-failures}: on a cluster, a {@code file:} input missing from
   * an executor's disk looks exactly like this, and a scheduler must not take it for success.
   */
  public static final int EXIT_READ_FAILURES = 4;

  /** The exit code this run ends with: {@link #EXIT_READ_FAILURES} or {@link #EXIT_OK}. */
  public int exitCode() {
    return readFailed > 0 && !readFailuresAllowed ? EXIT_READ_FAILURES : EXIT_OK;
  }

  /**
   * What the run did to {@code rollups}.
   *
   * @param years the years recomputed: every year of an overwrite, the years of the new reports of an append
   * @param yearsLeftOut the years removed and not recomputed ({@code --no-rollup}): {@code gongkai rollup} adds them
   * @param checksAcrossReports the checks across reports recomputed (R-XR-CONSOLIDATED of those years, R-XR-YOY of
   *     those and the next), by check id and status
   * @param wallSeconds the rollup's own wall time, the checks across reports included
   * @param acrossReports what the checks across reports cost inside it (issue 16: at most 15 % of the extract)
   */
  public record Rollup(List<Integer> years, List<Integer> yearsLeftOut,
      Map<String, Map<String, Long>> checksAcrossReports, double wallSeconds, StageCost acrossReports) {
    static final Rollup NONE = new Rollup(List.of(), List.of(), Map.of(), 0, StageCost.NONE);

    public Rollup {
      years = List.copyOf(years);
      yearsLeftOut = List.copyOf(yearsLeftOut);
      checksAcrossReports = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(checksAcrossReports));
    }
  }

  /**
   * The wall time and memory of one stage of the run. Memory is this JVM's, the driver's: in local mode the whole
   * run's, on a cluster the driver's share only.
   *
   * @param peakRssMb the peak resident set during the stage ({@code VmHWM} reset at its start where Linux allows it,
   *     else since the JVM started); -1 where /proc cannot be read
   * @param heapPeakMb the sum of the heap pools' peaks during the stage
   */
  public record StageCost(double wallSeconds, double peakRssMb, double heapPeakMb) {
    static final StageCost NONE = new StageCost(0, -1, 0);
  }

  /** This summary with the rollup's rows and years, and the run's wall time now that the rollup is done. */
  RunSummary withRollup(
      long rows, List<Integer> years, List<Integer> yearsLeftOut, Map<String, Map<String, Long>> checksAcrossReports,
      double seconds, double runSeconds, StageCost acrossReports) {
    Map<String, Long> written = new LinkedHashMap<>(rowsWritten);
    written.put(Datasets.ROLLUPS.name(), rows);
    return new RunSummary(runId, mode, master, parserVersion, filesRead, parsed, rejected, alreadyPresent,
        readFailed, readFailuresAllowed, rejectedByReason, reportsByTemplate, checksByStatus, manifestProblems, listingNotes, written, runSeconds,
        snapshot, published, previousSnapshot, warnings,
        new Rollup(years, yearsLeftOut == null ? List.of() : yearsLeftOut, checksAcrossReports, seconds,
            acrossReports));
  }

  public double reportsPerSecond() {
    return wallSeconds <= 0 ? 0 : filesRead / wallSeconds;
  }

  public String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("run_id", runId);
    json.put("mode", mode);
    json.put("master", master);
    json.put("parser_version", parserVersion);
    json.put("files_read", filesRead);
    json.put("parsed", parsed);
    json.put("rejected", rejected);
    json.put("already_present", alreadyPresent);
    json.put("read_failed", readFailed);
    json.put("read_failures_allowed", readFailuresAllowed);
    json.put("rejected_by_reason", rejectedByReason);
    json.put("reports_by_template", reportsByTemplate);
    json.put("checks_by_status", checksByStatus);
    json.put("manifest_problems", manifestProblems);
    json.put("listing_notes", listingNotes);
    json.put("rows_written", rowsWritten);
    json.put("snapshot", snapshot);
    json.put("published", published);
    json.put("previous_snapshot", previousSnapshot);
    json.put("warnings", warnings);
    Map<String, Object> rolled = new LinkedHashMap<>();
    rolled.put("years", rollup.years());
    rolled.put("years_left_out", rollup.yearsLeftOut());
    rolled.put("checks_across_reports", rollup.checksAcrossReports());
    rolled.put("wall_seconds", Math.round(rollup.wallSeconds() * 1000) / 1000.0);
    Map<String, Object> across = new LinkedHashMap<>();
    across.put("wall_seconds", Math.round(rollup.acrossReports().wallSeconds() * 1000) / 1000.0);
    across.put("peak_rss_mb", Math.round(rollup.acrossReports().peakRssMb() * 10) / 10.0);
    across.put("heap_peak_mb", Math.round(rollup.acrossReports().heapPeakMb() * 10) / 10.0);
    rolled.put("checks_across_reports_cost", across);
    json.put("rollup", rolled);
    json.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
    json.put("reports_per_second", Math.round(reportsPerSecond() * 10) / 10.0);
    // The process's exit code, here too: in cluster deploy mode spark-submit's own exit code does not tell.
    json.put("exit_code", exitCode());
    try {
      return new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
              .writeValueAsString(json)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write run summary", e);
    }
  }

  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("Gongkai extract %s (%s, %s)%n", runId, mode, master));
    sb.append(String.format("  files read      %d%n", filesRead));
    sb.append(String.format("  parsed          %d%n", parsed));
    sb.append(String.format("  rejected        %d%s%n", rejected, rejectedByReason.isEmpty() ? "" : "  " + rejectedByReason));
    if (readFailed > 0) {
      sb.append(String.format("  read failed     %d (READ_FAILED: %s)%n", readFailed,
          readFailuresAllowed ? "allowed by --allow-read-failures" : "exit code " + EXIT_READ_FAILURES));
    }
    if (alreadyPresent > 0) {
      sb.append(String.format("  already present %d (same report_id in the warehouse; not added again)%n", alreadyPresent));
    }
    sb.append(String.format("  templates       %s%n", reportsByTemplate));
    sb.append(String.format("  checks          %s%n", checksByStatus));
    sb.append(String.format("  rows written    %s%n", rowsWritten));
    if (!rollup.years().isEmpty() || !rollup.yearsLeftOut().isEmpty()) {
      sb.append(
          rollup.yearsLeftOut().isEmpty()
              ? String.format("  rollups         years %s recomputed in %.1f s%n", rollup.years(), rollup.wallSeconds())
              : String.format("  rollups         years %s left out (--no-rollup): run gongkai rollup%n",
                  rollup.yearsLeftOut()));
    }
    if (!rollup.checksAcrossReports().isEmpty()) {
      sb.append(String.format("  across reports  %s%n", rollup.checksAcrossReports()));
      sb.append(String.format("                  in %.1f s, peak RSS %.0f MB, heap peak %.0f MB%n",
          rollup.acrossReports().wallSeconds(), rollup.acrossReports().peakRssMb(),
          rollup.acrossReports().heapPeakMb()));
    }
    sb.append(
        published
            ? String.format("  published       snapshot %s%n", snapshot)
            : String.format("  published       nothing new: snapshot %s stays current%n", snapshot));
    if (!listingNotes.isEmpty()) {
      sb.append(String.format("  listing notes   %d (directories reached twice, not listed again)%n",
          listingNotes.size()));
    }
    if (!manifestProblems.isEmpty()) {
      sb.append(String.format("  manifest lines left out: %d%n", manifestProblems.size()));
    }
    sb.append(String.format("  wall time       %.1f s, %.1f reports/s%n", wallSeconds, reportsPerSecond()));
    return sb.toString();
  }
}
