package io.gongkai.crossreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.metric.MetricCatalog;
import io.gongkai.report.TsvTable;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyParametersTest {
  private static final String HEADER = "check\tparameter\tvalue\tmeaning\n";
  private static final String YOY =
      "R-XR-YOY\tu\t0.5\tm\nR-XR-YOY\ta\t0.05\tm\nR-XR-YOY\tc\t4\tm\nR-XR-YOY\tmin_pairs\t30\tm\n"
          + "R-XR-YOY\tmin_change\t2\tm\nR-XR-YOY\tmax_chance\t0.001\tm\n"
          + "R-XR-YOY\tmetrics\tnew_received, lit_total\tm\n";
  private static final String PEER =
      "R-XR-PEER\tthreshold\t3.5\tm\nR-XR-PEER\tmin_peers\t10\tm\nR-XR-PEER\tzero_floor\t100\tm\n"
          + "R-XR-PEER\tmin_between\t0.2\tm\nR-XR-PEER\tmin_province_peers\t30\tm\nR-XR-PEER\tmin_denominator\t30\tm\nR-XR-PEER\tindicators\tdisclosure_rate\tm\nR-XR-PEER\tmetrics\tnew_received\tm\n"
          + "R-XR-COPY\tshingle_length\t5\tm\nR-XR-COPY\tbands\t20\tm\nR-XR-COPY\trows\t5\tm\n"
          + "R-XR-COPY\tboilerplate_share\t0.02\tm\nR-XR-COPY\tmin_similarity\t0.8\tm\n"
          + "R-XR-COPY\tmin_shingles\t50\tm\nR-XR-COPY\tboilerplate_min_reports\t5\tm\n"
          + "R-XR-COPY\tuncertain_similarity\t0.7\tm\nR-XR-COPY\tmax_bucket\t100\tm\n"
          + "R-XR-COPY\tmin_sentence_length\t10\tm\n"
          + "R-XR-COPY\tprefilter_similarity\t0.45\tm\n"
          + "R-XR-STALE\tmin_nonzero_cells\t5\tm\n";

  /** The bundled table holds the documented defaults: HB U = 0.5, A = 0.05, C = 4; Iglewicz–Hoaglin 3.5. */
  @Test
  void theBundledDefaults() {
    AnomalyParameters p = AnomalyParameters.get();
    assertEquals(new HidiroglouBerthelot.Parameters(0.5, 0.05, 4, 30), p.yearOverYear().edit());
    assertEquals(new RobustZ.Parameters(3.5, 10, 100), p.peers().score());
    assertEquals(30, p.peers().minProvincePeers());
    assertEquals(30, p.peers().minDenominator());
    assertEquals(0.2, p.peers().minBetween());
    assertEquals(List.of("new_received", "processed_total", "review_total", "lit_total"), p.peers().metrics());
    assertEquals("new_received", p.yearOverYear().metrics().get(0));
    assertEquals(3.0, p.yearOverYear().minChange());
    assertEquals(0.001, p.yearOverYear().maxChance());
    // The chance test is for counts: every compared metric but the fees in yuan.
    assertEquals(true, p.yearOverYear().counts().contains("license_decisions"));
    assertEquals(false, p.yearOverYear().counts().contains("fees_yuan"));
    assertEquals(List.of("disclosure_rate", "denial_rate", "unable_rate", "notproc_rate", "review_correction_rate",
        "litigation_correction_rate"), p.peers().indicators());
    assertEquals(new AnomalyParameters.Copies(5, 20, 5, 0.02, 5, 0.8, 0.7, 50, 100, 10, 0.45), p.copies());
    assertEquals(new AnomalyParameters.Stale(5), p.stale());
  }

  @Test
  void aTableReadsIntoTypedParameters() {
    AnomalyParameters p = read(YOY + PEER);
    assertEquals(List.of("new_received", "lit_total"), p.yearOverYear().metrics());
    assertEquals(List.of("disclosure_rate"), p.peers().indicators());
    assertEquals(30, p.peers().minDenominator());
  }

  @Test
  void badRowsAreRefusedByName() {
    assertEquals("Cannot read parameters.tsv: R-XR-YOY c is 'four', expected a number",
        error(YOY.replace("c\t4", "c\tfour") + PEER));
    assertEquals("Cannot read parameters.tsv: R-XR-YOY metrics names 'requests', not a metric of metrics.tsv",
        error(YOY.replace("lit_total", "requests") + PEER));
    assertEquals("Cannot read parameters.tsv: R-XR-PEER zero_floor is missing",
        error(YOY + PEER.replace("R-XR-PEER\tzero_floor\t100\tm\n", "")));
    assertEquals("Cannot use boilerplate_share 0.0, min_similarity 0.8: each must be above 0 and at most 1",
        error(YOY + PEER.replace("boilerplate_share\t0.02", "boilerplate_share\t0")));
    assertEquals("Cannot use uncertain_similarity 0.9: it must be above 0 and at most min_similarity 0.8",
        error(YOY + PEER.replace("uncertain_similarity\t0.7", "uncertain_similarity\t0.9")));
    assertEquals("Cannot use prefilter_similarity 0.75: it must be 0 or more and at most uncertain_similarity 0.7",
        error(YOY + PEER.replace("prefilter_similarity\t0.45", "prefilter_similarity\t0.75")));
    assertEquals("Cannot use boilerplate_min_reports 1, max_bucket 100: each must be at least 2",
        error(YOY + PEER.replace("boilerplate_min_reports\t5", "boilerplate_min_reports\t1")));
    assertEquals("Cannot read parameters.tsv: R-XR-YOY u is listed twice", error(YOY + PEER + "R-XR-YOY\tu\t1\tm\n"));
    assertEquals("Cannot read parameters.tsv: unknown parameters [R-XR-PEER ceiling]",
        error(YOY + PEER + "R-XR-PEER\tceiling\t1\tm\n"));
    assertEquals("Cannot use C = 0.0: it must be above 0", error(YOY.replace("c\t4", "c\t0") + PEER));
    assertEquals("Cannot use min_change = 0.5: it must be at least 1",
        error(YOY.replace("min_change\t2", "min_change\t0.5") + PEER));
    assertEquals("Cannot use max_chance = 0.0: it must be in (0, 1]",
        error(YOY.replace("max_chance\t0.001", "max_chance\t0") + PEER));
    assertEquals("Cannot use min_nonzero_cells 0: it must be at least 1 (an all-zero table proves no copy)",
        error(YOY + PEER.replace("min_nonzero_cells\t5", "min_nonzero_cells\t0")));
    assertEquals("Cannot use min_between = 1.5: it must be in [0, 1)",
        error(YOY + PEER.replace("min_between\t0.2", "min_between\t1.5")));
    assertEquals("Cannot use min_denominator = -1: it must be 0 or more",
        error(YOY + PEER.replace("min_denominator\t30", "min_denominator\t-1")));
    assertEquals("Cannot read parameters.tsv: R-XR-PEER min_denominator is '2.5', expected a whole number",
        error(YOY + PEER.replace("min_denominator\t30", "min_denominator\t2.5")));
    assertEquals("Cannot read parameters.tsv: R-XR-PEER min_denominator is missing",
        error(YOY + PEER.replace("R-XR-PEER\tmin_denominator\t30\tm\n", "")));
  }

  private static AnomalyParameters read(String body) {
    return AnomalyParameters.of(TsvTable.parse(new StringReader(HEADER + body), "parameters.tsv"), MetricCatalog.get());
  }

  private static String error(String body) {
    return assertThrows(IllegalArgumentException.class, () -> read(body)).getMessage();
  }
}
