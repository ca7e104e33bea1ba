package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consolidated reports (全省/全市/全县汇总): region-wide totals compiled from the BODY reports of one region and year.
 *
 * <p><b>Which groups.</b> A (region, year) group is chosen by its own dice, of (seed, region code, year), with
 * probability {@link SynthConfig#consolidatedShare()} for a prefecture or county and a quarter of it for a province;
 * only chosen groups keep sums, so memory grows with the chosen groups the corpus touches, not with the reports. A
 * chosen group gets a consolidated report when at least two BODY reports with T2019/T2021 tables fall in it: every
 * body whose region code lies under the group's (a town's 9-digit code under its county, a county's under its
 * prefecture unless it hangs directly off the province).
 *
 * <p><b>Figures.</b> Each table-3 cell (all seven columns) and table-4 cell of the consolidated report is the sum of
 * the bodies' figures: the number each body had, also where it printed that cell blank, {@code /} or lost it to OCR
 * (the compiler sums what the bodies had, not what they printed). A T2019 body's single-row （六）其他处理 goes to
 * 3.其他 of a T2021 consolidated table, and a T2021 body's three （六） rows to 其他处理 of a T2019 one, so every relation
 * of a sum of balanced tables balances. The group's {@link Mode}, drawn with it, decides whether the printed totals
 * are exactly that sum (most groups), larger (the figures of bodies that published no report are included) or
 * smaller (one body, the first with requests, was left out). Table 3 and 4 of a consolidated report are always
 * printed in full (no blank, {@code /} or lost cell); table 2 holds the region government's own typical figures.
 *
 * <p><b>Expected R-XR-CONSOLIDATED.</b> Per metric of {@link #METRICS}: the consolidated report's printed value
 * against the sum of the bodies' printed values. FAIL when that sum exceeds the consolidated total, even where a
 * body printed the metric's cell blank or {@code /} (counts are never negative: a missing value could only add to
 * the sum); PASS when equal and every body printed a value (a blank is never 0); UNCERTAIN otherwise (below the
 * total, or equal with a value missing).
 */
final class Consolidation {
  /** The check the truth's {@code consolidated_checks} expects. */
  static final String CHECK = "R-XR-CONSOLIDATED";

  /** The metrics (keys of io/gongkai/metric/metrics.tsv) the truth states R-XR-CONSOLIDATED for. */
  static final List<String> METRICS =
      List.of("new_received", "carried_over", "granted", "partial", "processed_total", "carried_forward",
          "review_total", "lit_total");

  /** How the consolidated totals relate to the sum of the bodies' figures. */
  enum Mode {
    /** Exactly the sum: R-XR-CONSOLIDATED PASS where every body printed the metric. */
    COMPLETE,
    /** Larger: bodies that published no report are included (UNCERTAIN). */
    EXTRA_BODIES,
    /** Smaller: one body with requests was left out (FAIL where the metric differs). */
    OMITTED_BODY
  }

  /** One expected R-XR-CONSOLIDATED status; a side is null when it has no value. */
  record Expected(String metric, BigDecimal consolidated, BigDecimal bodies, String status) {}

  /** Table-3 rows of both templates: T2021's, then T2019's single-row other_handling. */
  private static final List<String> ROWS;
  private static final int COLS = Templates.T3_COLS.size();
  private static final int T4_AT;
  private static final int SIZE;

  static {
    List<String> rows = new ArrayList<>();
    Templates.t3(Templates.T2021).forEach(r -> rows.add(r.key()));
    rows.add("other_handling");
    ROWS = List.copyOf(rows);
    T4_AT = ROWS.size() * COLS;
    SIZE = T4_AT + Templates.t4Cols().size();
  }

  /** A chosen (region, year) group and the sums of the BODY reports that fell in it so far. */
  static final class Group {
    final String code;
    final int year;
    final Mode mode;
    /** The sum of the bodies' figures, t3 in {@link #ROWS} × columns order, then t4. */
    private final long[] figures = new long[SIZE];
    /** The figures of the body the compiler left out (OMITTED_BODY), else null. */
    private long[] omitted;
    private String omittedFile;
    /** Per metric: the sum of the bodies' printed values, and whether some body printed none. */
    private final long[] printed = new long[METRICS.size()];
    private final boolean[] missing = new boolean[METRICS.size()];
    private final List<String> files = new ArrayList<>();

    Group(String code, int year, Mode mode) {
      this.code = requireNonNull(code, "code is null");
      this.year = year;
      this.mode = requireNonNull(mode, "mode is null");
    }

    /** The group's own dice index: stable for (region, year) whatever the corpus. */
    long key() {
      return Long.parseLong(code) * 10_000 + year;
    }

    /** PROVINCE, PREFECTURE or COUNTY. */
    String level() {
      return switch (code.length()) {
        case 2 -> "PROVINCE";
        case 4 -> "PREFECTURE";
        default -> "COUNTY";
      };
    }

    /** The BODY report files the group sums, in generation order. */
    List<String> files() {
      return List.copyOf(files);
    }

    /** The file the consolidated totals leave out, null unless OMITTED_BODY found a body with requests. */
    String omittedFile() {
      return omittedFile;
    }

    /** The sum of the bodies' new requests (their figures), the size of the region's government. */
    long newReceived() {
      return figures[ROWS.indexOf("new_received") * COLS + COLS - 1];
    }

    private void add(String file, Sheet sheet) {
      files.add(file);
      long[] mine = new long[SIZE];
      for (Sheet.Cell c : sheet.table("t3")) {
        mine[ROWS.indexOf(c.row) * COLS + Templates.T3_COLS.indexOf(c.col)] += c.n();
      }
      List<String> t4 = Templates.t4Cols();
      for (int i = 0; i < t4.size(); i++) {
        mine[T4_AT + i] += sheet.t4(t4.get(i)).n();
      }
      for (int i = 0; i < SIZE; i++) {
        figures[i] += mine[i];
      }
      if (mode == Mode.OMITTED_BODY && omittedFile == null && sheet.t3("new_received", "total").n() > 0) {
        omitted = mine;
        omittedFile = file;
      }
      for (int m = 0; m < METRICS.size(); m++) {
        BigDecimal v = metric(sheet, METRICS.get(m));
        if (v == null) {
          missing[m] = true;
        } else {
          printed[m] += v.longValueExact();
        }
      }
    }

    /**
     * Adds the consolidated report's table 3 (in {@code template}) and table 4 to {@code sheet}: the bodies' sums,
     * less the omitted body, plus for EXTRA_BODIES a balanced table of the bodies that published nothing, drawn from
     * {@code dice}.
     */
    void fill(Sheet sheet, String template, Body regionWide, Dice dice) {
      long[] f = figures.clone();
      if (omitted != null) {
        for (int i = 0; i < SIZE; i++) {
          f[i] -= omitted[i];
        }
      }
      Sheet extra = null;
      if (mode == Mode.EXTRA_BODIES) {
        double lambda = Math.max(3, (double) newReceived() / files.size());
        for (int tries = 0; tries < 20 && (extra == null || extra.t3("new_received", "total").n() == 0); tries++) {
          extra = new Sheet();
          Figures.t3(extra, template, regionWide, new Figures.BodyState(), dice, lambda);
          Figures.t4(extra, dice, lambda * 4);
        }
      }
      for (Templates.T3Row r : Templates.t3(template)) {
        for (int c = 0; c < COLS; c++) {
          String col = Templates.T3_COLS.get(c);
          long n;
          if (template.equals(Templates.T2021) && r.key().equals("other_other")) {
            n = at(f, "other_other", c) + at(f, "other_handling", c);
          } else if (template.equals(Templates.T2019) && r.key().equals("other_handling")) {
            n = at(f, "other_handling", c) + at(f, "other_no_correction", c) + at(f, "other_fee_unpaid", c)
                + at(f, "other_other", c);
          } else {
            n = at(f, r.key(), c);
          }
          if (extra != null) {
            n += extra.t3(r.key(), col).n();
          }
          sheet.add("t3", null, r.key(), col).number = Sheet.num(n);
        }
      }
      List<String> t4 = Templates.t4Cols();
      for (int i = 0; i < t4.size(); i++) {
        String col = t4.get(i);
        long n = f[T4_AT + i] + (extra == null ? 0 : extra.t4(col).n());
        sheet.add("t4", col.substring(0, col.lastIndexOf('_')), null, col).number = Sheet.num(n);
      }
    }

    /** The expected R-XR-CONSOLIDATED statuses of the consolidated report printed as {@code sheet}. */
    List<Expected> expected(Sheet sheet) {
      List<Expected> out = new ArrayList<>();
      for (int m = 0; m < METRICS.size(); m++) {
        BigDecimal consolidated = metric(sheet, METRICS.get(m));
        BigDecimal bodies = missing[m] ? null : BigDecimal.valueOf(printed[m]);
        // The printed values alone may already exceed the total: a missing one could only add to them.
        int cmp = consolidated == null ? -1 : BigDecimal.valueOf(printed[m]).compareTo(consolidated);
        String status = cmp > 0 ? "FAIL" : cmp == 0 && bodies != null ? "PASS" : "UNCERTAIN";
        out.add(new Expected(METRICS.get(m), consolidated, bodies, status));
      }
      return out;
    }

    private static long at(long[] f, String row, int col) {
      return f[ROWS.indexOf(row) * COLS + col];
    }
  }

  private final long seed;
  private final double share;
  private final Regions regions;
  private final Map<String, Group> chosen = new HashMap<>();

  Consolidation(long seed, double share, Regions regions) {
    this.seed = seed;
    this.share = share;
    this.regions = requireNonNull(regions, "regions is null");
  }

  /** Adds a generated BODY report to the chosen groups it falls in (reports without table 3 and 4 to none). */
  void add(Body body, int year, String file, Sheet sheet) {
    if (share <= 0 || !sheet.has("t3") || !sheet.has("t4")) {
      return;
    }
    Regions.Codes codes = regions.codes(body.regionCode());
    for (String code : new String[] {codes.province(), codes.prefecture(), codes.county()}) {
      if (code == null) {
        continue;
      }
      Group g = group(code, year);
      if (g != null) {
        g.add(file, sheet);
      }
    }
  }

  private Group group(String code, int year) {
    String k = code + "|" + year;
    Group g = chosen.get(k);
    if (g != null) {
      return g;
    }
    Dice dice = Dice.of(seed, 3, Long.parseLong(code) * 10_000 + year);
    if (!dice.chance(code.length() == 2 ? share / 4 : share)) {
      return null;
    }
    g = new Group(code, year, Mode.values()[dice.weighted(70, 15, 15)]);
    chosen.put(k, g);
    return g;
  }

  /** The chosen groups with at least two BODY reports, by region code, then year. */
  List<Group> ready() {
    return chosen.values().stream().filter(g -> g.files.size() >= 2)
        .sorted(Comparator.comparing((Group g) -> g.code).thenComparingInt(g -> g.year)).toList();
  }

  /** A metric's value as printed in a T2019/T2021 report, null when a cell it needs has none. */
  static BigDecimal metric(Sheet sheet, String metric) {
    return switch (metric) {
      case "review_total" -> value(sheet.t4("review_total"));
      case "lit_total" -> {
        BigDecimal direct = value(sheet.t4("lit_direct_total"));
        BigDecimal after = value(sheet.t4("lit_after_review_total"));
        yield direct == null || after == null ? null : direct.add(after);
      }
      case "processed_total" -> value(sheet.t3("result_total", "total"));
      default -> value(sheet.t3(metric, "total"));
    };
  }

  private static BigDecimal value(Sheet.Cell c) {
    return c == null || !c.hasValue() ? null : c.value;
  }
}
