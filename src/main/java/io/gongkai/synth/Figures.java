package io.gongkai.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The value model: the figures a body reports for one year, consistent with each other (every hard relation holds)
 * and with the body's previous year (carry-over, documents in force, items). Anomalies are planted afterwards.
 *
 * <p>Request counts are Poisson around the body's scale times a yearly drift (log-normal), so most bodies receive
 * 0–20 requests and a few provincial or big-city governments thousands; decisions, documents and money scale with the
 * body's level.
 */
final class Figures {
  /** What carries from one year of a body to the next. */
  static final class BodyState {
    double drift = 1.0;
    /**
     * The body's own scale of licence, penalty and coercion decisions, drawn with its first T2019/T2021 table 2; a
     * year's decisions move around it by a little noise only. Drawn per year instead (as before), a body's licences
     * jumped tenfold from one year to the next by chance alone, and R-XR-YOY, which compares a body with itself,
     * flagged thousands of unplanted breaks. NaN until drawn.
     */
    double decisionLevel = Double.NaN;
    /** The body's own fee level (万元): 0 for a body that charges none; NaN until drawn. */
    double feeLevel = Double.NaN;
    /** How many decimals the body prints its fees with, drawn with {@link #feeLevel}. */
    int feeDecimals;
    /** Whether the body makes decisions of a kind at all (licence, penalty, coercion), drawn once per kind. */
    final Map<String, Boolean> decides = new HashMap<>();
    /**
     * The body's share of requests that end in review and litigation (table 4): a quarter of bodies are disputed
     * three times as often as the rest, a trait of the body (its field, its applicants), not of the year. NaN until
     * drawn.
     */
    double disputeShare = Double.NaN;
    /** The previous report's carried_forward numbers per T3 column, null when there was no previous T3. */
    long[] carriedForward;
    /** Whether the previous report printed each carried_forward cell as a number, after its noise. */
    boolean[] forwardPrinted;
    String previousFile;
    int previousYear;
    /**
     * The year of the previous report's T2021 table 2, and the stocks (rules, normative_docs) it printed: the value,
     * or null where printed blank or lost; -1 and empty when the previous report had no T2021 table 2.
     */
    int stockYear = -1;
    final Map<String, java.math.BigDecimal> stockPrinted = new HashMap<>();
    long rulesInForce = -1;
    long normInForce = -1;
    long rulesPublished = -1;
    long normPublished = -1;
    final Map<String, Long> items = new HashMap<>();

    /** One cell as the previous report printed it. */
    record Printed(String raw, io.gongkai.report.CellKind kind, BigDecimal value, String unit, BigDecimal number) {}

    /** The previous report's tables as printed (before rendering: no traditional characters, no &amp;nbsp;). */
    final Map<String, Map<String, Printed>> printed = new HashMap<>();
    final Map<String, String> printedTemplates = new HashMap<>();
    int printedYear = -1;
    String printedFile;
    /** The previous report's printed 本年新收 总计, null when it printed none. */
    BigDecimal receivedPrinted;

    /** What the job compares of a table: each cell's place, kind and value (not its raw text). */
    static Map<String, String> printedOf(Sheet sheet, String table) {
      Map<String, String> keys = new HashMap<>();
      for (Sheet.Cell c : sheet.table(table)) {
        keys.put(c.path(), key(c.kind, c.value));
      }
      return keys;
    }

    Map<String, String> printedKeys(String table) {
      Map<String, String> keys = new HashMap<>();
      printed.get(table).forEach((path, p) -> keys.put(path, key(p.kind(), p.value())));
      return keys;
    }

    private static String key(io.gongkai.report.CellKind kind, BigDecimal value) {
      return kind.name() + "|" + (value == null ? "" : value.stripTrailingZeros().toPlainString());
    }

    /** Remembers this report's printed tables for the next year's. */
    void capture(Sheet sheet, Map<String, String> templates, int year, String file) {
      printed.clear();
      printedTemplates.clear();
      for (String table : List.of("t2", "t3", "t4", "s2014")) {
        if (!sheet.has(table)) {
          continue;
        }
        Map<String, Printed> cells = new HashMap<>();
        for (Sheet.Cell c : sheet.table(table)) {
          if (!c.printed) {
            continue; // cut off (cut_table3): what the body printed ends before it
          }
          cells.put(c.path(), new Printed(c.raw, c.kind, c.value, c.unit, c.number));
        }
        printed.put(table, cells);
        printedTemplates.put(table, templates.get(table));
      }
      printedYear = year;
      printedFile = file;
      Sheet.Cell received = sheet.get("t3.new_received.total");
      receivedPrinted = received != null && received.hasValue() ? received.value : null;
    }

    /** Prints last year's table again in place of this year's, cell for cell. */
    void reprint(Sheet sheet, String table) {
      Map<String, Printed> before = printed.get(table);
      for (Sheet.Cell c : sheet.table(table)) {
        Printed p = before.get(c.path());
        if (p != null) {
          c.raw = p.raw();
          c.kind = p.kind();
          c.value = p.value();
          c.unit = p.unit();
          c.number = p.number();
        }
      }
    }
  }

  private static final double[] COL_WEIGHTS = {0.86, 0.06, 0.004, 0.006, 0.02, 0.05};

  private Figures() {}

  static void t3(Sheet sheet, String template, Body body, BodyState state, Dice dice, double lambda) {
    t3(sheet, template, body, state, dice, lambda, false);
  }

  /**
   * @param denialOutlier whether the body denies most requests this year (an R-XR-PEER outlier among its peers: the
   *     grounds for 不予公开 weigh 30 times their usual share, 予以公开 and 部分公开 a tenth)
   */
  static void t3(Sheet sheet, String template, Body body, BodyState state, Dice dice, double lambda,
      boolean denialOutlier) {
    List<Templates.T3Row> rows = Templates.t3(template);
    for (Templates.T3Row r : rows) {
      for (String col : Templates.T3_COLS) {
        sheet.add("t3", null, r.key(), col).number = BigDecimal.ZERO;
      }
    }
    long newTotal = dice.poisson(lambda);
    double[] weights = COL_WEIGHTS.clone();
    weights[1] *= dice.logNormal(0, 0.7);
    weights[4] *= dice.logNormal(0, 0.7);
    long[] received = dice.multinomial(newTotal, weights);
    long[] over = new long[6];
    long overTotal;
    if (state.carriedForward != null) {
      System.arraycopy(state.carriedForward, 0, over, 0, 6);
      overTotal = state.carriedForward[6];
    } else {
      long sum = 0;
      for (int c = 0; c < 6; c++) {
        over[c] = dice.chance(0.7) ? 0 : dice.binomial(received[c], 0.04);
        sum += over[c];
      }
      overTotal = sum;
    }
    double forwardShare = dice.chance(0.55) ? 0 : dice.uniform() * 0.08;
    List<String> results = Templates.resultRows(template);
    double[] resultWeights = resultWeights(results, dice);
    if (denialOutlier) {
      for (int k = 0; k < results.size(); k++) {
        String row = results.get(k);
        resultWeights[k] *= row.startsWith("denied_") ? 30 : row.equals("granted") || row.equals("partial") ? 0.1 : 1;
      }
    }
    for (int c = 0; c < 6; c++) {
      long handled = received[c] + over[c];
      long forward = dice.binomial(handled, forwardShare);
      long done = handled - forward;
      long[] split = dice.multinomial(done, resultWeights);
      set(sheet, "new_received", c, received[c]);
      set(sheet, "carried_over", c, over[c]);
      for (int k = 0; k < results.size(); k++) {
        set(sheet, results.get(k), c, split[k]);
      }
      set(sheet, "result_total", c, done);
      set(sheet, "carried_forward", c, forward);
    }
    for (Templates.T3Row r : rows) {
      long sum = 0;
      for (int c = 0; c < 6; c++) {
        sum += sheet.t3(r.key(), Templates.T3_COLS.get(c)).n();
      }
      sheet.t3(r.key(), "total").number = Sheet.num(sum);
    }
    if (state.carriedForward != null) {
      // A previous year whose printed total did not add up carries that total, not the sum (R-T3-XYEAR holds per
      // column; the printed inconsistency surfaces again as this year's R-T3-ROWSUM on carried_over).
      long diff = overTotal - sheet.t3("carried_over", "total").n();
      if (diff != 0) {
        sheet.t3("carried_over", "total").number = Sheet.num(overTotal);
        Sheet.Cell f = sheet.t3("carried_forward", "total");
        long fwd = f.n() + diff;
        if (fwd >= 0) {
          f.number = Sheet.num(fwd);
        }
      }
    }
  }

  private static void set(Sheet sheet, String row, int col, long n) {
    sheet.t3(row, Templates.T3_COLS.get(col)).number = Sheet.num(n);
  }

  private static double[] resultWeights(List<String> results, Dice dice) {
    double[] w = new double[results.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] =
          switch (results.get(i)) {
            case "granted" -> 0.45;
            case "partial" -> 0.10;
            case "unable_not_held" -> 0.20;
            case "denied_admin_query", "notproc_petition", "notproc_repeat", "unable_need_creation" -> 0.02;
            case "other_handling" -> 0.05;
            case "other_other" -> 0.025;
            case "other_no_correction" -> 0.02;
            case "denied_state_secret", "denied_three_security_one_stability", "notproc_publication" -> 0.003;
            default -> 0.008;
          };
      // A body's mix of outcomes varies, within bounds: an unplanted body with a 公开率 of 1 % is an outlier a reader
      // would flag, and R-XR-PEER's truth is that such bodies are planted (denial outliers).
      w[i] *= yearNoise(dice, 0.35, 0.7);
    }
    return w;
  }

  static void t4(Sheet sheet, Dice dice, double requests) {
    t4(sheet, dice, requests, new BodyState());
  }

  static void t4(Sheet sheet, Dice dice, double requests, BodyState state) {
    if (Double.isNaN(state.disputeShare)) {
      state.disputeShare = dice.chance(0.25) ? 1 : 0.3;
    }
    double[] lambdas = {requests * 0.015, requests * 0.006, requests * 0.004};
    for (int b = 0; b < 3; b++) {
      String block = Templates.T4_BLOCKS.get(b);
      long total = dice.poisson(lambdas[b] * state.disputeShare);
      long[] split = dice.multinomial(total, new double[] {0.5, 0.12, 0.23, 0.15});
      for (int p = 0; p < 5; p++) {
        String col = block + "_" + Templates.T4_PARTS.get(p);
        sheet.add("t4", block, null, col).number = Sheet.num(p == 4 ? total : split[p]);
      }
    }
  }

  /** Decisions a year for a body of this kind (the heavy tail: millions for big cities). */
  private static double decisionScale(Body body) {
    return switch (body.kind()) {
      case PROVINCE_GOV -> 400_000;
      case PREFECTURE_GOV -> 60_000;
      case COUNTY_GOV -> 8_000;
      case DEPARTMENT, OTHER -> 600;
      case TOWN -> 25;
    };
  }

  private static double documentScale(Body body) {
    return switch (body.kind()) {
      case PROVINCE_GOV -> 25;
      case PREFECTURE_GOV -> 14;
      case COUNTY_GOV -> 7;
      case DEPARTMENT, OTHER -> 1.5;
      case TOWN -> 0.6;
    };
  }

  static void t2(Sheet sheet, String template, Body body, BodyState state, Dice dice) {
    double docs = documentScale(body);
    if (Double.isNaN(state.decisionLevel)) {
      state.decisionLevel = decisionScale(body) * dice.logNormal(0, 1.0);
    }
    double dec = state.decisionLevel;
    if (template.equals(Templates.T2021)) {
      long rulesIssued = body.ruleMaking() ? dice.poisson(body.kind() == Body.Kind.PROVINCE_GOV ? 3 : 1.2) : 0;
      long rulesRepealed = body.ruleMaking() ? dice.poisson(0.5) : 0;
      if (state.rulesInForce < 0) {
        state.rulesInForce = body.ruleMaking() ? dice.between(5, body.kind() == Body.Kind.PROVINCE_GOV ? 180 : 60) : 0;
      }
      state.rulesInForce = Math.max(0, state.rulesInForce + rulesIssued - rulesRepealed);
      long normIssued = dice.poisson(docs);
      long normRepealed = dice.poisson(docs / 3);
      if (state.normInForce < 0) {
        state.normInForce = Math.round(docs * dice.between(3, 12)) + normRepealed;
      }
      state.normInForce = Math.max(0, state.normInForce + normIssued - normRepealed);
      t2set(sheet, "art20_1", "rules", "issued", rulesIssued);
      t2set(sheet, "art20_1", "rules", "repealed", rulesRepealed);
      t2set(sheet, "art20_1", "rules", "in_force", state.rulesInForce);
      t2set(sheet, "art20_1", "normative_docs", "issued", normIssued);
      t2set(sheet, "art20_1", "normative_docs", "repealed", normRepealed);
      t2set(sheet, "art20_1", "normative_docs", "in_force", state.normInForce);
      t2set(sheet, "art20_5", "admin_license", "decisions", decisions(state, "admin_license", dice, dec, 0.15));
      t2set(sheet, "art20_6", "admin_penalty", "decisions", decisions(state, "admin_penalty", dice, dec * 0.4, 0.2));
      t2set(sheet, "art20_6", "admin_coercion", "decisions",
          decisions(state, "admin_coercion", dice, dec * 0.02, 0.45));
      sheet.add("t2", "art20_8", "admin_fees", "amount_wan_yuan").number = fees(body, state, dice);
      return;
    }
    long rulesMade = body.ruleMaking() ? dice.poisson(body.kind() == Body.Kind.PROVINCE_GOV ? 3 : 1.2) : 0;
    long rulesPub = Math.min(rulesMade, dice.binomial(rulesMade, 0.9) + (dice.chance(0.1) ? 1 : 0));
    if (state.rulesPublished < 0) {
      state.rulesPublished = body.ruleMaking() ? dice.between(5, 120) : 0;
    }
    state.rulesPublished += rulesPub;
    long normMade = dice.poisson(docs);
    long normPub = dice.binomial(normMade, 0.92);
    if (state.normPublished < 0) {
      state.normPublished = Math.round(docs * dice.between(2, 10));
    }
    state.normPublished += normPub;
    t2set(sheet, "art20_1", "rules", "new_made", rulesMade);
    t2set(sheet, "art20_1", "rules", "new_published", rulesPub);
    t2set(sheet, "art20_1", "rules", "total_published", state.rulesPublished);
    t2set(sheet, "art20_1", "normative_docs", "new_made", normMade);
    t2set(sheet, "art20_1", "normative_docs", "new_published", normPub);
    t2set(sheet, "art20_1", "normative_docs", "total_published", state.normPublished);
    String[][] itemRows = {
      {"art20_5", "admin_license", "1.0"},
      {"art20_5", "other_mgmt_services", "0.6"},
      {"art20_6", "admin_penalty", "0.4"},
      {"art20_6", "admin_coercion", "0.02"},
      {"art20_8", "admin_fees", "0"}
    };
    for (String[] r : itemRows) {
      long prev = state.items.computeIfAbsent(r[1], k -> initialItems(body, k, dice));
      long change = Math.round(prev * 0.06 * dice.gaussian()) + (dice.chance(0.3) ? dice.between(-3, 3) : 0);
      if (prev + change < 0) {
        change = -prev;
      }
      state.items.put(r[1], prev + change);
      t2set(sheet, r[0], r[1], "prev_year_items", prev);
      t2set(sheet, r[0], r[1], "items_change", change);
      double share = Double.parseDouble(r[2]);
      if (share > 0) {
        t2set(sheet, r[0], r[1], "decisions", decisions(state, r[1], dice, dec * share, 0.15));
      }
    }
    long projects = dice.chance(0.2) ? 0 : dice.poisson(docs * 12 * dice.logNormal(0, 0.8));
    t2set(sheet, "art20_9", "gov_central_procurement", "project_count", projects);
    BigDecimal yuan = projects == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(Math.round(projects * 450_000 * dice.logNormal(0, 0.9) * 100)).movePointLeft(2);
    sheet.add("t2", "art20_9", "gov_central_procurement", "total_amount").number = yuan;
  }

  private static long initialItems(Body body, String row, Dice dice) {
    double base = switch (body.kind()) {
      case PROVINCE_GOV -> 600;
      case PREFECTURE_GOV -> 400;
      case COUNTY_GOV -> 250;
      case DEPARTMENT, OTHER -> 40;
      case TOWN -> 8;
    };
    double share = switch (row) {
      case "admin_license" -> 1.0;
      case "other_mgmt_services" -> 0.5;
      case "admin_penalty" -> 2.0;
      case "admin_coercion" -> 0.1;
      default -> 0.05;
    };
    return Math.round(base * share * dice.logNormal(0, 0.6));
  }

  /**
   * A year's decisions of one kind: 0 for a body that makes none (decided once: a body without licensing powers has
   * none in any year), else its scale with a year's noise.
   */
  private static long decisions(BodyState state, String kind, Dice dice, double scale, double zeroShare) {
    boolean decides = state.decides.computeIfAbsent(kind, k -> !dice.chance(zeroShare));
    return decides ? Math.round(scale * yearNoise(dice, 0.15, 0.3)) : 0;
  }

  /**
   * A year's factor around a body's own level: log-normal, cut at ±{@code bound} in the log so that no year moves a
   * body's figure by a doubling (e<sup>2 · 0.3</sup> = 1.82 at most between two years): larger moves are planted.
   */
  private static double yearNoise(Dice dice, double sigma, double bound) {
    return Math.exp(Math.max(-bound, Math.min(bound, sigma * dice.gaussian())));
  }

  private static BigDecimal fees(Body body, BodyState state, Dice dice) {
    if (Double.isNaN(state.feeLevel)) {
      boolean charges = !dice.chance(body.kind() == Body.Kind.TOWN || body.kind() == Body.Kind.DEPARTMENT
          || body.kind() == Body.Kind.OTHER ? 0.6 : 0.1);
      double base = switch (body.kind()) {
        case PROVINCE_GOV -> 60_000;
        case PREFECTURE_GOV -> 12_000;
        case COUNTY_GOV -> 1_500;
        case DEPARTMENT, OTHER -> 150;
        case TOWN -> 5;
      };
      state.feeLevel = charges ? base * dice.logNormal(0, 1.0) : 0;
      state.feeDecimals = dice.weighted(3, 3, 4);
    }
    if (state.feeLevel == 0) {
      return BigDecimal.ZERO;
    }
    return plain(BigDecimal.valueOf(state.feeLevel * yearNoise(dice, 0.2, 0.3))
        .setScale(state.feeDecimals, RoundingMode.HALF_UP));
  }

  /** Without trailing zeros and never in exponent form: 96171.60 → 96171.6, 7545.00 → 7545. */
  static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static void t2set(Sheet sheet, String block, String row, String col, long n) {
    sheet.add("t2", block, row, col).number = Sheet.num(n);
  }

  static void s2014(Sheet sheet, Body body, BodyState state, Dice dice) {
    for (Templates.S14Row r : Templates.S2014_ROWS) {
      sheet.add("s2014", null, r.key(), "value");
    }
    double size = switch (body.kind()) {
      case PROVINCE_GOV -> 40_000;
      case PREFECTURE_GOV -> 15_000;
      case COUNTY_GOV -> 3_000;
      case DEPARTMENT, OTHER -> 400;
      case TOWN -> 120;
    } * dice.logNormal(0, 0.7);
    long active = Math.max(1, Math.round(size));
    // active_total counts an item once however many channels carried it (spec §5, R-S14-DEDUP), so the channels sum
    // to at least the total: 0–20 % of items went out on a second channel.
    long[] ch = dice.multinomial(Math.round(active * (1.0 + dice.uniform() * 0.2)),
        new double[] {0.01, 0.85, 0.03, 0.05, 0.06});
    s(sheet, "active_total", active);
    s(sheet, "active_normative_published", Math.round(active * 0.02 * dice.uniform()));
    s(sheet, "normative_issued_total", Math.round(active * 0.02 * dice.uniform()));
    String[] chKeys = {"ch_gazette", "ch_website", "ch_weibo", "ch_wechat", "ch_other"};
    for (int i = 0; i < 5; i++) {
      s(sheet, chKeys[i], ch[i]);
    }
    long press = dice.poisson(size / 800);
    long interview = dice.poisson(size / 3000);
    long posts = dice.poisson(size / 300);
    long weibo = dice.poisson(size / 2000);
    long otherResp = dice.poisson(size / 1500);
    // One hot topic answered in several ways counts once in response_total (R-S14-DEDUP): at most the channels' sum.
    long responseChannels = press + interview + posts + weibo + otherResp;
    s(sheet, "response_total", Math.round(responseChannels * (0.6 + dice.uniform() * 0.4)));
    s(sheet, "resp_press_conf", press);
    s(sheet, "resp_press_conf_chief", dice.binomial(press, 0.6));
    s(sheet, "resp_online_interview", interview);
    s(sheet, "resp_online_interview_chief", dice.binomial(interview, 0.5));
    s(sheet, "resp_interpretation_posts", posts);
    s(sheet, "resp_weibo_wechat", weibo);
    s(sheet, "resp_other", otherResp);
    // The body's level with its yearly drift, as for tables 3: a year's requests follow the last year's.
    long received = dice.poisson(body.scale() * state.drift);
    long[] channels = dice.multinomial(received, new double[] {0.2, 0.01, 0.6, 0.19});
    s(sheet, "req_received", received);
    s(sheet, "req_in_person", channels[0]);
    s(sheet, "req_fax", channels[1]);
    s(sheet, "req_online", channels[2]);
    s(sheet, "req_letter", channels[3]);
    long closed = received - dice.binomial(received, dice.chance(0.7) ? 0 : 0.05);
    long extended = dice.binomial(closed, 0.04);
    s(sheet, "req_closed", closed);
    s(sheet, "req_closed_on_time", closed - extended);
    s(sheet, "req_closed_extended", extended);
    long[] ans = dice.multinomial(closed, new double[] {0.08, 0.5, 0.08, 0.06, 0.12, 0.1, 0.03, 0.03});
    String[] ansKeys = {"ans_already_public", "ans_agree", "ans_agree_partial", "ans_refuse", "ans_not_this_agency",
      "ans_not_exist", "ans_ask_amend", "ans_other_channel"};
    s(sheet, "req_answered", closed);
    for (int i = 0; i < ansKeys.length; i++) {
      s(sheet, ansKeys[i], ans[i]);
    }
    long[] refuse = dice.multinomial(ans[3], new double[] {0.1, 0.15, 0.25, 0.05, 0.3, 0.15});
    String[] refuseKeys = {"refuse_state_secret", "refuse_commercial_secret", "refuse_privacy",
      "refuse_security_stability", "refuse_not_gov_info", "refuse_other_law"};
    for (int i = 0; i < refuseKeys.length; i++) {
      s(sheet, refuseKeys[i], refuse[i]);
    }
    long review = dice.poisson(received * 0.02);
    long[] rv = dice.multinomial(review, new double[] {0.6, 0.15, 0.25});
    s(sheet, "review_total", review);
    s(sheet, "review_upheld", rv[0]);
    s(sheet, "review_corrected", rv[1]);
    s(sheet, "review_other", rv[2]);
    long lit = dice.poisson(received * 0.01);
    long[] lv = dice.multinomial(lit, new double[] {0.7, 0.1, 0.2});
    s(sheet, "lit_total", lit);
    s(sheet, "lit_upheld", lv[0]);
    s(sheet, "lit_corrected", lv[1]);
    s(sheet, "lit_other", lv[2]);
    s(sheet, "complaints", dice.poisson(received * 0.3));
    sheet.s14("fees_wan_yuan").number = dice.chance(0.9) ? BigDecimal.ZERO
        : BigDecimal.valueOf(dice.between(1, 500)).movePointLeft(2);
    s(sheet, "org_units", Math.max(1, Math.round(size / 300 * dice.uniform())));
    s(sheet, "org_reading_points", Math.max(1, Math.round(size / 2000 * dice.uniform())));
    long full = Math.max(1, Math.round(Math.sqrt(size) / 8 * dice.logNormal(0, 0.5)));
    long part = Math.round(Math.sqrt(size) / 2 * dice.logNormal(0, 0.5));
    s(sheet, "staff_total", full + part);
    s(sheet, "staff_fulltime", full);
    s(sheet, "staff_parttime", part);
    sheet.s14("budget_wan_yuan").number =
        plain(BigDecimal.valueOf(Math.round(size / 400 * dice.logNormal(0, 0.8) * 100)).movePointLeft(2));
    s(sheet, "meetings", dice.poisson(Math.sqrt(size) / 10 + 1));
    long trainings = dice.poisson(Math.sqrt(size) / 20 + 1);
    s(sheet, "trainings", trainings);
    s(sheet, "trainees", trainings * dice.between(10, 90));
  }

  private static void s(Sheet sheet, String row, long n) {
    sheet.s14(row).number = Sheet.num(n);
  }
}
