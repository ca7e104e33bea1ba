package io.gongkai.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Plants the relation breaks of spec §3.3, §4 and §5 on a report's figures, each at its configured rate. Every
 * plant changes as few cells as it can so that the intended check fails (the truth's expected_checks are computed
 * afterwards from the printed cells, side effects included).
 */
final class Anomalies {
  private Anomalies() {}

  static List<Planted> plant(Sheet sheet, String t3Template, boolean t2019Table2, boolean hasPreviousT3,
      SynthConfig config, Dice dice) {
    List<Planted> planted = new ArrayList<>();
    if (sheet.has("t3")) {
      if (dice.chance(config.rate("R-T3-BALANCE"))) {
        String col = component(dice);
        long d = dice.between(1, 3);
        bump(sheet.t3("new_received", col), d);
        bump(sheet.t3("new_received", "total"), d);
        planted.add(new Planted("R-T3-BALANCE", col));
        planted.add(new Planted("R-T3-BALANCE", "total"));
      }
      if (dice.chance(config.rate("R-T3-RESULTS"))) {
        String col = component(dice);
        String row = dice.pick(Templates.resultRows(t3Template));
        long d = dice.between(1, 3);
        bump(sheet.t3(row, col), d);
        bump(sheet.t3(row, "total"), d);
        planted.add(new Planted("R-T3-RESULTS", col));
        planted.add(new Planted("R-T3-RESULTS", "total"));
      }
      if (dice.chance(config.rate("R-T3-ROWSUM"))) {
        if (sheet.t3("new_received", "total").n() > 0 && dice.chance(0.35)) {
          // Seed 002: the 总计 column printed as 0 on every row while the components are not.
          for (Templates.T3Row r : Templates.t3(t3Template)) {
            Sheet.Cell total = sheet.t3(r.key(), "total");
            if (total.n() != 0) {
              planted.add(new Planted("R-T3-ROWSUM", r.key()));
            }
            total.number = Sheet.num(0);
          }
        } else {
          Templates.T3Row r = dice.pick(Templates.t3(t3Template));
          bump(sheet.t3(r.key(), "total"), dice.between(1, 4));
          planted.add(new Planted("R-T3-ROWSUM", r.key()));
        }
      }
      if (dice.chance(config.rate("R-T3-NONNEG"))) {
        String row = dice.pick(Templates.resultRows(t3Template));
        String col = component(dice);
        Sheet.Cell cell = sheet.t3(row, col);
        long was = cell.n();
        long k = dice.between(1, 2);
        cell.number = Sheet.num(-k);
        bump(sheet.t3(row, "total"), -k - was);
        planted.add(new Planted("R-T3-NONNEG", "all"));
      }
      if (hasPreviousT3 && dice.chance(config.rate("R-T3-XYEAR"))) {
        String col = component(dice);
        long d = dice.between(1, 3);
        bump(sheet.t3("carried_over", col), d);
        bump(sheet.t3("carried_over", "total"), d);
        bump(sheet.t3("carried_forward", col), d);
        bump(sheet.t3("carried_forward", "total"), d);
        planted.add(new Planted("R-T3-XYEAR", col));
        planted.add(new Planted("R-T3-XYEAR", "total"));
      }
    }
    if (sheet.has("t4")) {
      if (dice.chance(config.rate("R-T4-SUM"))) {
        String block = dice.pick(Templates.T4_BLOCKS);
        bump(sheet.t4(block + "_total"), dice.between(1, 3));
        planted.add(new Planted("R-T4-SUM", block));
      }
      if (dice.chance(config.rate("R-T4-NONNEG"))) {
        String block = dice.pick(Templates.T4_BLOCKS);
        Sheet.Cell cell = sheet.t4(block + "_" + dice.pick(Templates.T4_PARTS.subList(0, 4)));
        long was = cell.n();
        cell.number = Sheet.num(-1);
        bump(sheet.t4(block + "_total"), -1 - was);
        planted.add(new Planted("R-T4-NONNEG", "all"));
      }
    }
    if (sheet.has("t2")) {
      if (dice.chance(config.rate("R-T2-NONNEG"))) {
        List<Sheet.Cell> counts = new ArrayList<>();
        for (Sheet.Cell c : sheet.table("t2")) {
          if (!c.col.equals("items_change") && !c.col.equals("total_amount") && !c.col.equals("amount_wan_yuan")) {
            counts.add(c);
          }
        }
        Sheet.Cell cell = dice.pick(counts);
        cell.number = Sheet.num(-dice.between(1, 5));
        planted.add(new Planted("R-T2-NONNEG", "all"));
      }
      if (t2019Table2 && dice.chance(config.rate("R-T2019-ITEMS"))) {
        List<Sheet.Cell> prev = new ArrayList<>();
        for (Sheet.Cell c : sheet.table("t2")) {
          if (c.col.equals("prev_year_items") && c.n() >= 0) {
            prev.add(c);
          }
        }
        if (prev.isEmpty()) {
          return planted;
        }
        Sheet.Cell p = dice.pick(prev);
        sheet.get("t2." + p.block + "." + p.row + ".items_change").number = Sheet.num(-(p.n() + dice.between(1, 5)));
        planted.add(new Planted("R-T2019-ITEMS", p.row));
      }
    }
    if (sheet.has("s2014")) {
      String[][] parents = {
        {"R-S14-REQ-CHANNELS", "req_received"},
        {"R-S14-CLOSED", "req_closed"},
        {"R-S14-ANSWERED", "req_answered"},
        {"R-S14-REVIEW", "review_total"},
        {"R-S14-LIT", "lit_total"},
        {"R-S14-STAFF", "staff_total"}
      };
      for (String[] p : parents) {
        if (dice.chance(config.rate(p[0]))) {
          bump(sheet.s14(p[1]), dice.between(1, 4));
          planted.add(new Planted(p[0], p[1]));
        }
      }
      if (dice.chance(config.rate("R-S14-REFUSE"))) {
        // Break it through a 其中 item, so R-S14-ANSWERED (which sums ans_refuse) still holds.
        bump(sheet.s14(dice.pickOf("refuse_state_secret", "refuse_privacy", "refuse_other_law")), dice.between(1, 3));
        planted.add(new Planted("R-S14-REFUSE", "ans_refuse"));
      }
      if (dice.chance(config.rate("R-S14-QIZHONG"))) {
        String[][] pairs = {
          {"active_normative_published", "active_total"},
          {"resp_press_conf_chief", "resp_press_conf"},
          {"resp_online_interview_chief", "resp_online_interview"}
        };
        String[] pair = pairs[dice.between(0, 2)];
        sheet.s14(pair[0]).number = Sheet.num(sheet.s14(pair[1]).n() + dice.between(1, 3));
        planted.add(new Planted("R-S14-QIZHONG", pair[0]));
      }
      if (dice.chance(config.rate("R-S14-DEDUP"))) {
        // [SEED4]: the de-duplicated total printed above the sum of its channels, by a few percent (active, 49272 >
        // 47653) or by far (responses, 566 > 213).
        boolean active = dice.chance(0.5);
        long channels = 0;
        for (String row : active ? TruthChecks.S14_ACTIVE_CHANNELS : TruthChecks.S14_RESPONSE_CHANNELS) {
          channels += sheet.s14(row).n();
        }
        long over = dice.chance(0.5) ? Math.max(1, Math.round(channels * 0.05 * dice.uniform()))
            : dice.between(1, Math.max(1, channels * 2));
        String total = active ? "active_total" : "response_total";
        sheet.s14(total).number = Sheet.num(channels + over);
        planted.add(new Planted("R-S14-DEDUP", total));
      }
    }
    return planted;
  }

  private static String component(Dice dice) {
    return Templates.T3_COLS.get(dice.weighted(6, 2, 1, 1, 1, 1));
  }

  private static void bump(Sheet.Cell cell, long d) {
    long v = cell.n() + d;
    cell.number = Sheet.num(v);
  }
}
