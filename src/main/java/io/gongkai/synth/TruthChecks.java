package io.gongkai.synth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The truth's {@code expected_checks}: every hard relation evaluation of the real truth files' convention
 * (shared/corpus/real/README.md), computed here from the printed cells, independently of {@code io.gongkai.check}.
 * A relation is UNCERTAIN when any of its inputs is EMPTY, NA or TEXT (or not printed); the NONNEG checks judge the
 * cells that have a value and are UNCERTAIN only when none has.
 */
final class TruthChecks {
  /** The channel rows whose sum bounds S2014 active_total (R-S14-DEDUP). */
  static final String[] S14_ACTIVE_CHANNELS = {"ch_gazette", "ch_website", "ch_weibo", "ch_wechat", "ch_other"};

  /** The channel rows whose sum bounds S2014 response_total (R-S14-DEDUP); the 其中 rows are not channels. */
  static final String[] S14_RESPONSE_CHANNELS = {
    "resp_press_conf", "resp_online_interview", "resp_interpretation_posts", "resp_weibo_wechat", "resp_other"
  };

  /** One expected check. */
  record Expected(String check, String scope, String status) {}

  private TruthChecks() {}

  static List<Expected> evaluate(Sheet sheet, String t2Template, String t3Template) {
    List<Expected> out = new ArrayList<>();
    if (sheet.has("s2014")) {
      s2014(sheet, out);
      return out;
    }
    if (sheet.has("t3")) {
      List<String> results = Templates.resultRows(t3Template);
      for (String col : Templates.T3_COLS) {
        out.add(equality("R-T3-BALANCE", col,
            List.of(sheet.t3("new_received", col), sheet.t3("carried_over", col)),
            List.of(sheet.t3("result_total", col), sheet.t3("carried_forward", col))));
        List<Sheet.Cell> parts = new ArrayList<>();
        for (String row : results) {
          parts.add(sheet.t3(row, col));
        }
        out.add(equality("R-T3-RESULTS", col, parts, List.of(sheet.t3("result_total", col))));
      }
      for (Templates.T3Row r : Templates.t3(t3Template)) {
        List<Sheet.Cell> parts = new ArrayList<>();
        for (String col : Templates.T3_COLS.subList(0, 6)) {
          parts.add(sheet.t3(r.key(), col));
        }
        out.add(equality("R-T3-ROWSUM", r.key(), parts, List.of(sheet.t3(r.key(), "total"))));
      }
      out.add(nonNegative("R-T3-NONNEG", sheet.table("t3"), false));
    }
    if (sheet.has("t4")) {
      for (String block : Templates.T4_BLOCKS) {
        List<Sheet.Cell> parts = new ArrayList<>();
        for (String p : Templates.T4_PARTS.subList(0, 4)) {
          parts.add(sheet.t4(block + "_" + p));
        }
        out.add(equality("R-T4-SUM", block, parts, List.of(sheet.t4(block + "_total"))));
      }
      out.add(nonNegative("R-T4-NONNEG", sheet.table("t4"), false));
    }
    if (sheet.has("t2")) {
      List<Sheet.Cell> counted = new ArrayList<>();
      for (Sheet.Cell c : sheet.table("t2")) {
        if (!c.col.equals("items_change")) {
          counted.add(c);
        }
      }
      out.add(nonNegative("R-T2-NONNEG", counted, true));
      if (Templates.T2019.equals(t2Template)) {
        for (Sheet.Cell prev : sheet.table("t2")) {
          if (prev.col.equals("prev_year_items")) {
            Sheet.Cell change = sheet.get("t2." + prev.block + "." + prev.row + ".items_change");
            String status;
            if (!prev.hasValue() || change == null || !change.hasValue()) {
              status = "UNCERTAIN";
            } else {
              status = prev.value.add(change.value).signum() >= 0 ? "PASS" : "FAIL";
            }
            out.add(new Expected("R-T2019-ITEMS", prev.row, status));
          }
        }
      }
    }
    return out;
  }

  /**
   * The soft relations the generator plants, judged like the hard ones. They stay out of expected_checks (the truth
   * convention lists hard relations only); the generator uses them to keep only the plants the printed report shows.
   */
  static List<Expected> soft(Sheet sheet) {
    List<Expected> out = new ArrayList<>();
    if (sheet.has("s2014")) {
      out.add(atMost(sheet, "active_total", S14_ACTIVE_CHANNELS));
      out.add(atMost(sheet, "response_total", S14_RESPONSE_CHANNELS));
    }
    for (String row : List.of("rules", "normative_docs")) {
      // T2019 table 2 (relations.tsv): new_published <= total_published. Never planted, but a negative total planted
      // for R-T2-NONNEG breaks it too.
      Sheet.Cell published = sheet.get("t2.art20_1." + row + ".new_published");
      if (published != null) {
        BigDecimal l = total(List.of(published));
        BigDecimal r = total(java.util.Collections.singletonList(sheet.get("t2.art20_1." + row + ".total_published")));
        String status = l == null || r == null ? "UNCERTAIN" : l.compareTo(r) <= 0 ? "PASS" : "FAIL";
        out.add(new Expected("R-T2019-PUB-LE", row, status));
      }
    }
    return out;
  }

  private static Expected atMost(Sheet sheet, String total, String[] channels) {
    BigDecimal l = total(List.of(sheet.s14(total)));
    List<Sheet.Cell> parts = new ArrayList<>();
    for (String c : channels) {
      parts.add(sheet.s14(c));
    }
    BigDecimal r = total(parts);
    String status = l == null || r == null ? "UNCERTAIN" : l.compareTo(r) <= 0 ? "PASS" : "FAIL";
    return new Expected("R-S14-DEDUP", total, status);
  }

  private static void s2014(Sheet sheet, List<Expected> out) {
    out.add(sum(sheet, "R-S14-REQ-CHANNELS", "req_received", "req_in_person", "req_fax", "req_online", "req_letter"));
    out.add(sum(sheet, "R-S14-CLOSED", "req_closed", "req_closed_on_time", "req_closed_extended"));
    out.add(sum(sheet, "R-S14-ANSWERED", "req_answered", "ans_already_public", "ans_agree", "ans_agree_partial",
        "ans_refuse", "ans_not_this_agency", "ans_not_exist", "ans_ask_amend", "ans_other_channel"));
    out.add(sum(sheet, "R-S14-REFUSE", "ans_refuse", "refuse_state_secret", "refuse_commercial_secret",
        "refuse_privacy", "refuse_security_stability", "refuse_not_gov_info", "refuse_other_law"));
    out.add(sum(sheet, "R-S14-REVIEW", "review_total", "review_upheld", "review_corrected", "review_other"));
    out.add(sum(sheet, "R-S14-LIT", "lit_total", "lit_upheld", "lit_corrected", "lit_other"));
    out.add(sum(sheet, "R-S14-STAFF", "staff_total", "staff_fulltime", "staff_parttime"));
    String[][] qizhong = {
      {"active_normative_published", "active_total"},
      {"resp_press_conf_chief", "resp_press_conf"},
      {"resp_online_interview_chief", "resp_online_interview"}
    };
    for (String[] q : qizhong) {
      Sheet.Cell child = sheet.s14(q[0]);
      Sheet.Cell parent = sheet.s14(q[1]);
      String status = !child.hasValue() || !parent.hasValue() ? "UNCERTAIN"
          : child.value.compareTo(parent.value) <= 0 ? "PASS" : "FAIL";
      out.add(new Expected("R-S14-QIZHONG", q[0], status));
    }
  }

  private static Expected sum(Sheet sheet, String check, String parent, String... children) {
    List<Sheet.Cell> parts = new ArrayList<>();
    for (String c : children) {
      parts.add(sheet.s14(c));
    }
    return equality(check, parent, List.of(sheet.s14(parent)), parts);
  }

  private static Expected equality(String check, String scope, List<Sheet.Cell> left, List<Sheet.Cell> right) {
    BigDecimal l = total(left);
    BigDecimal r = total(right);
    String status = l == null || r == null ? "UNCERTAIN" : l.compareTo(r) == 0 ? "PASS" : "FAIL";
    return new Expected(check, scope, status);
  }

  private static BigDecimal total(List<Sheet.Cell> cells) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Sheet.Cell c : cells) {
      if (c == null || !c.hasValue()) {
        return null;
      }
      sum = sum.add(c.value);
    }
    return sum;
  }

  /** Every valued cell ≥ 0, and an integer unless it is a money column. */
  private static Expected nonNegative(String check, List<Sheet.Cell> cells, boolean moneyAllowed) {
    boolean any = false;
    boolean ok = true;
    for (Sheet.Cell c : cells) {
      if (!c.hasValue()) {
        continue;
      }
      any = true;
      boolean money = c.col.equals("total_amount") || c.col.equals("amount_wan_yuan");
      if (c.value.signum() < 0 || (!(moneyAllowed && money) && c.value.stripTrailingZeros().scale() > 0)) {
        ok = false;
      }
    }
    return new Expected(check, "all", !any ? "UNCERTAIN" : ok ? "PASS" : "FAIL");
  }
}
