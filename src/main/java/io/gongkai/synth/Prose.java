package io.gongkai.synth;

import io.gongkai.synth.Doc.Block;
import io.gongkai.synth.Doc.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The prose around the tables (spec §1): title, preamble with the statistics period, the six sections with their
 * title variants, a signature and date, and sentences that state table figures (受理N件, 答复M件, 行政复议K件;
 * S2014: 主动公开政府信息N条, 政府网站在线访谈N次…), some approximate (5500余条) and some planted to contradict the
 * tables.
 */
final class Prose {
  private static final String[] OVERVIEW_T = {
    "一、总体情况", "一、总体情况", "一、总体情况", "一、概述"
  };
  private static final String[] REVIEW_T = {
    "四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况",
    "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况", "四、政府信息公开行政复议及行政诉讼情况"
  };
  private static final String[] PROBLEMS_T = {
    "五、存在的主要问题及改进情况", "五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况",
    "五、存在的主要问题和改进措施"
  };
  private static final String[] OTHER_T = {"六、其他需要报告的事项", "六、其他需要报告的事项", "六、其他报告的事项"};

  private static final String[] GENERIC = {
    "{Y}年，{self}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作，不断加大政府信息公开力度，持续提升政务公开质量和实效。",
    "{self}高度重视政府信息公开工作，调整充实政务公开工作领导小组，明确分管领导和具体承办人员，形成了主要领导亲自抓、分管领导具体抓、工作人员抓落实的工作格局。",
    "坚持“以公开为常态、不公开为例外”原则，推进决策、执行、管理、服务、结果公开，保障人民群众的知情权、参与权、表达权和监督权。",
    "严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，未发生泄密事件。",
    "围绕优化营商环境、乡村振兴、民生保障等重点领域，及时发布政策文件和工作动态，回应社会关切。",
    "加强政府网站和政务新媒体日常监管，定期开展内容巡查，及时更新公开栏目，确保信息发布准确规范。"
  };
  private static final String[] MANAGE = {
    "（三）政府信息管理情况。进一步规范政府信息发布流程，落实信息发布审核制度，动态调整主动公开目录，对已公开的规范性文件进行清理并标注有效性。",
    "（三）政府信息管理情况。建立健全政府信息公开属性源头认定机制，严格执行信息审核发布制度，做到应公开尽公开。"
  };
  private static final String[] PLATFORM = {
    "（四）政府信息公开平台建设情况。持续优化政府门户网站信息公开专栏设置，加强政务新媒体管理，及时关停整合无力运维的账号。",
    "（四）政府信息公开平台建设情况。以政府门户网站为第一平台，统一规范信息公开平台栏目，提升公开平台的集约化水平。"
  };
  private static final String[] SUPERVISION = {
    "（五）政府信息公开监督保障情况。将政务公开工作纳入年度绩效考核，组织开展业务培训，及时督促整改发现的问题。",
    "（五）监督保障情况。加强对政务公开工作的督促检查，按季度开展自查，确保各项工作任务落实到位。"
  };
  private static final String[] PROBLEMS = {
    "{Y}年，{self}政府信息公开工作取得了一定成效，但仍存在一些不足：一是政策解读形式较为单一；二是信息公开的及时性有待提高；三是工作人员业务能力需进一步加强。",
    "下一步，{self}将进一步加强组织领导，完善工作机制，拓宽公开渠道，丰富解读形式，不断提升政府信息公开工作水平。",
    "针对存在的问题，{self}将加强业务培训，规范依申请公开办理流程，强化监督考核，推动政务公开工作提质增效。"
  };

  private Prose() {}

  /** What the prose step adds to the truth. */
  record Result(Doc doc, List<Stated> stated, List<Planted> planted, boolean periodNotFullYear) {}

  /**
   * @param compiledFrom for a consolidated report, what it was compiled from (全市各县（市、区）、各部门), said in its
   *     preamble; null for a BODY report
   */
  static Result build(Body body, int year, String t2Template, Sheet sheet, boolean furniture, SynthConfig config,
      Dice dice, String compiledFrom) {
    List<Block> blocks = new ArrayList<>();
    List<Stated> stated = new ArrayList<>();
    List<Planted> planted = new ArrayList<>();
    boolean s2014 = Templates.S2014.equals(t2Template);
    // Plant at most one contradiction per report, on one of the figures stated exactly.
    boolean contradict = dice.chance(config.proseContradictionRate());
    Figures figures = new Figures(sheet, stated, planted, contradict, dice);
    if (furniture) {
      blocks.add(new Block(Kind.CRUMB, "当前位置:首页 > 政府信息公开 > 政府信息公开年报 > "
          + dice.pickOf("政府信息公开工作年度报告", "年度报告", "部门年报") + (dice.chance(0.5) ? " > " + body.name() : "")));
    }
    String title = switch (dice.between(0, 3)) {
      case 0 -> body.name() + year + "年政府信息公开工作年度报告";
      case 1 -> body.name() + year + "年度政府信息公开工作报告";
      default -> body.name() + year + "年度政府信息公开工作年度报告";
    };
    blocks.add(new Block(Kind.TITLE, title));
    if (furniture) {
      blocks.add(new Block(Kind.META, "发布时间：" + (year + 1) + "-0" + dice.between(1, 3) + "-" + two(dice.between(10, 28))
          + "　来源：" + body.office() + "　阅读次数："));
    }
    boolean notFull = dice.chance(0.03);
    String end = notFull ? dice.pickOf("12月28日", "12月25日", "11月30日", "12月20日") : "12月31日";
    String period = switch (dice.between(0, 2)) {
      case 0 -> "报告所列统计期限自" + year + "年1月1日起至" + year + "年" + end + "止。";
      case 1 -> "本报告所列数据的统计期限自" + year + "年1月1日至" + year + "年" + end + "。";
      default -> "相关数据统计时间段为" + year + "年1月1日至" + year + "年" + end + "。";
    };
    String contact = "如对本报告有疑问，请与" + body.office() + "联系（电话：0" + dice.between(310, 991) + "-"
        + dice.between(2000000, 8999999) + "）。";
    if (s2014) {
      blocks.add(new Block(Kind.PARA, "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布" + body.name() + year
          + "年度政府信息公开工作年度报告。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，"
          + "因政府信息公开申请行政复议、提起行政诉讼情况，存在的问题及改进措施等。" + period + contact));
      s2014Sections(blocks, body, year, figures, dice);
    } else {
      blocks.add(new Block(Kind.PARA, compiledFrom != null
          ? "本报告由" + body.office() + "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，依据" + compiledFrom
              + "政府信息公开工作年度报告汇总编制，统计数据涵盖" + compiledFrom + "。" + period + contact
          : "本报告由" + body.office() + "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）"
              + "规定编制。" + period + contact));
      tSections(blocks, body, year, t2Template, sheet, figures, dice);
    }
    blocks.add(new Block(Kind.SIGNATURE, compiledFrom != null ? body.office() : body.name()));
    blocks.add(new Block(Kind.DATE, (year + 1) + "年" + dice.between(1, 3) + "月" + dice.between(5, 28)
        + (dice.chance(0.05) ? "" : "日")));
    if (furniture) {
      blocks.add(new Block(Kind.DOWNLOAD, "点击下载此文件"));
    }
    return new Result(new Doc(blocks), stated, planted, notFull);
  }

  private static void tSections(List<Block> blocks, Body body, int year, String t2Template, Sheet sheet,
      Figures f, Dice dice) {
    blocks.add(new Block(Kind.HEADING, dice.pickOf(OVERVIEW_T)));
    blocks.add(new Block(Kind.PARA, fill(dice.pick(List.of(GENERIC)), body, year)));
    String active = "（一）主动公开情况。" + year + "年，" + body.self() + "在政府门户网站主动公开政府信息";
    long pub = Math.max(3, Math.round(sheet.get("t3.new_received.total").n() * 20 + body.scale() * 40 * dice.uniform()));
    active += dice.chance(0.4) ? (pub / 100 * 100 + 100) + "余条" : pub + "条";
    active += "，" + fill(dice.pick(List.of(GENERIC)), body, year);
    blocks.add(new Block(Kind.PARA, active));
    StringBuilder req = new StringBuilder("（二）依申请公开情况。");
    req.append(year).append("年，").append(body.self());
    long received = f.number("t3.new_received.total");
    if (received == 0 && dice.chance(0.5)) {
      req.append("未收到政府信息公开申请。");
    } else {
      req.append(dice.pickOf("共受理政府信息公开申请", "全年共受理政府信息公开申请", "共收到政府信息公开申请"))
          .append(f.state("R-PROSE-RECEIVED", "t3.new_received.total", "t3.new_received.total+t3.carried_over.total"))
          .append("件");
      if (dice.chance(0.6)) {
        req.append("，答复").append(f.state("R-PROSE-ANSWERED", "t3.result_total.total", null)).append("件");
        if (dice.chance(0.5)) {
          req.append("（含上年结转申请").append(f.state("R-PROSE-CARRIED-OVER", "t3.carried_over.total", null))
              .append("件，另有").append(f.state("R-PROSE-CARRIED-FORWARD", "t3.carried_forward.total", null))
              .append("件顺延到下年度答复）");
        }
      }
      req.append("，均在法定期限内予以答复。");
    }
    if (dice.chance(0.5)) {
      req.append("政府信息公开行政复议").append(f.state("R-PROSE-REVIEW", "t4.review.review_total", null))
          .append("件；政府信息公开行政诉讼")
          .append(f.state("R-PROSE-LITIGATION", "t4.lit_direct.lit_direct_total+t4.lit_after_review.lit_after_review_total", null))
          .append("件。");
    }
    blocks.add(new Block(Kind.PARA, req.toString()));
    blocks.add(new Block(Kind.PARA, dice.pickOf(MANAGE)));
    blocks.add(new Block(Kind.PARA, dice.pickOf(PLATFORM)));
    blocks.add(new Block(Kind.PARA, dice.pickOf(SUPERVISION)));
    blocks.add(new Block(Kind.HEADING, "二、主动公开政府信息情况"));
    blocks.add(new Block(Kind.TABLE, "t2"));
    blocks.add(new Block(Kind.HEADING, "三、收到和处理政府信息公开申请情况"));
    blocks.add(new Block(Kind.TABLE, "t3"));
    blocks.add(new Block(Kind.HEADING, dice.pickOf(REVIEW_T)));
    blocks.add(new Block(Kind.TABLE, "t4"));
    blocks.add(new Block(Kind.HEADING, dice.pickOf(PROBLEMS_T)));
    blocks.add(new Block(Kind.PARA, fill(PROBLEMS[0], body, year)));
    blocks.add(new Block(Kind.PARA, fill(dice.chance(0.5) ? PROBLEMS[1] : PROBLEMS[2], body, year)));
    blocks.add(new Block(Kind.HEADING, dice.pickOf(OTHER_T)));
    if (Templates.T2021.equals(t2Template)) {
      blocks.add(new Block(Kind.PARA, dice.chance(0.5)
          ? year + "年，" + body.self() + "严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费"
              + (dice.chance(0.7) ? 0 : dice.between(1, 40) * 20) + "元。"
          : "无。"));
    } else {
      blocks.add(new Block(Kind.PARA, "无。"));
    }
  }

  private static void s2014Sections(List<Block> blocks, Body body, int year, Figures f, Dice dice) {
    blocks.add(new Block(Kind.HEADING, dice.pickOf("一、概述", "一、政府信息公开工作的基本情况")));
    StringBuilder s = new StringBuilder(fill(dice.pick(List.of(GENERIC)), body, year));
    if (dice.chance(0.6)) {
      s.append("据统计，").append(year).append("年共投入政府信息公开专项经费")
          .append(f.state("R-PROSE-S14-BUDGET", "s2014.budget_wan_yuan.value", null)).append("万元。");
    }
    if (dice.chance(0.6)) {
      s.append("从事政府信息公开工作人员").append(f.state("R-PROSE-S14-STAFF", "s2014.staff_total.value", null))
          .append("人，其中专职").append(f.state("R-PROSE-S14-FULLTIME", "s2014.staff_fulltime.value", null))
          .append("人，兼职").append(f.state("R-PROSE-S14-PARTTIME", "s2014.staff_parttime.value", null)).append("人。");
    }
    if (dice.chance(0.5)) {
      s.append("全年召开政府信息公开工作会议").append(f.state("R-PROSE-S14-MEETINGS", "s2014.meetings.value", null))
          .append("次，举办培训班").append(f.state("R-PROSE-S14-TRAININGS", "s2014.trainings.value", null))
          .append("期，培训").append(f.state("R-PROSE-S14-TRAINEES", "s2014.trainees.value", null)).append("人次。");
    }
    blocks.add(new Block(Kind.PARA, s.toString()));
    blocks.add(new Block(Kind.HEADING, "二、主动公开政府信息情况"));
    StringBuilder a = new StringBuilder();
    a.append(year).append("年主动公开政府信息");
    if (dice.chance(0.3)) {
      long n = f.number("s2014.active_total.value");
      a.append(Math.max(100, n / 100 * 100)).append("余条");
      f.approx("s2014.active_total.value", Math.max(100, n / 100 * 100));
    } else {
      a.append(f.state("R-PROSE-S14-ACTIVE", "s2014.active_total.value", null)).append("条");
    }
    a.append("。");
    if (dice.chance(0.6)) {
      a.append("全年举办新闻发布会").append(f.state("R-PROSE-S14-PRESS", "s2014.resp_press_conf.value", null))
          .append("次，开展政府网站在线访谈")
          .append(f.state("R-PROSE-S14-INTERVIEW", "s2014.resp_online_interview.value", null)).append("次。");
    }
    blocks.add(new Block(Kind.PARA, a.toString()));
    blocks.add(new Block(Kind.HEADING, "三、依申请公开政府信息情况"));
    blocks.add(new Block(Kind.PARA, "全年收到依申请公开政府信息的申请"
        + f.state("R-PROSE-S14-RECEIVED", "s2014.req_received.value", null) + "件，答复"
        + f.state("R-PROSE-S14-ANSWERED", "s2014.req_answered.value", null) + "件，其中同意公开答复"
        + f.state("R-PROSE-S14-AGREE", "s2014.ans_agree.value", null) + "件，不属于本行政机关公开"
        + f.state("R-PROSE-S14-NOT-AGENCY", "s2014.ans_not_this_agency.value", null) + "件。"));
    blocks.add(new Block(Kind.HEADING, "四、政府信息公开的收费及减免情况"));
    blocks.add(new Block(Kind.PARA, year + "年，" + body.self() + "未向申请人收取任何政府信息公开费用。"));
    blocks.add(new Block(Kind.HEADING, "五、因政府信息公开申请行政复议、提起行政诉讼情况"));
    blocks.add(new Block(Kind.PARA, year + "年，" + body.self() + "依法办理涉及政府信息公开的行政复议和行政应诉案件。"));
    blocks.add(new Block(Kind.HEADING, dice.pickOf("六、政府信息公开工作存在的主要问题及改进措施", "六、存在的问题及改进措施")));
    blocks.add(new Block(Kind.PARA, fill(PROBLEMS[0], body, year)));
    blocks.add(new Block(Kind.PARA, fill(PROBLEMS[1], body, year)));
    blocks.add(new Block(Kind.APPENDIX, "附件：政府信息公开情况统计表（" + year + "年度）"));
    blocks.add(new Block(Kind.TABLE, "s2014"));
  }

  private static String fill(String template, Body body, int year) {
    return template.replace("{Y}", Integer.toString(year)).replace("{self}", body.self());
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** Stated figures: the printed value, or a planted contradiction. */
  private static final class Figures {
    private final Sheet sheet;
    private final List<Stated> stated;
    private final List<Planted> planted;
    private boolean contradict;
    private final Dice dice;

    Figures(Sheet sheet, List<Stated> stated, List<Planted> planted, boolean contradict, Dice dice) {
      this.sheet = sheet;
      this.stated = stated;
      this.planted = planted;
      this.contradict = contradict;
      this.dice = dice;
    }

    /** The body's figure at a path (its number, printed or not). */
    long number(String path) {
      Sheet.Cell c = sheet.get(path);
      return c == null || c.number == null ? 0 : c.number.longValue();
    }

    private BigDecimal tableValue(String scope) {
      BigDecimal sum = BigDecimal.ZERO;
      for (String path : scope.split("\\+")) {
        Sheet.Cell c = sheet.get(path);
        if (c == null || !c.hasValue()) {
          return null;
        }
        sum = sum.add(c.value);
      }
      return sum;
    }

    private BigDecimal underlying(String scope) {
      BigDecimal sum = BigDecimal.ZERO;
      for (String path : scope.split("\\+")) {
        Sheet.Cell c = sheet.get(path);
        sum = sum.add(c == null || c.number == null ? BigDecimal.ZERO : c.number);
      }
      return sum;
    }

    /** Returns the figure to print for a check's scope and records it. */
    String state(String check, String scope, String alternative) {
      BigDecimal table = tableValue(scope);
      BigDecimal alt = alternative == null ? null : tableValue(alternative);
      BigDecimal value = table != null ? table : underlying(scope);
      String status = table == null ? "UNCERTAIN" : "PASS";
      if (contradict && table != null && table.signum() >= 0 && dice.chance(0.5)) {
        BigDecimal wrong = value;
        for (int tries = 0; tries < 10 && (wrong.compareTo(value) == 0 || (alt != null && wrong.compareTo(alt) == 0)
            || wrong.signum() < 0); tries++) {
          long delta = dice.between(1, Math.max(3, value.longValue() / 5));
          wrong = dice.chance(0.5) || value.signum() == 0 ? value.add(BigDecimal.valueOf(delta))
              : value.subtract(BigDecimal.valueOf(delta));
        }
        if (wrong.compareTo(value) != 0 && (alt == null || wrong.compareTo(alt) != 0) && wrong.signum() >= 0) {
          contradict = false;
          value = wrong;
          status = "FAIL";
          planted.add(new Planted(check, scope));
        }
      }
      stated.add(new Stated(check, scope, value, table, false, status));
      return value.toPlainString();
    }

    void approx(String scope, long value) {
      stated.add(new Stated(null, scope, BigDecimal.valueOf(value), tableValue(scope), true, null));
    }
  }
}
