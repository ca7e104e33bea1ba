package io.gongkai.synth;

import io.gongkai.synth.Doc.Block;
import io.gongkai.synth.Doc.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's own prose: what this body did this year in its fields of work, sentence by sentence, drawn from small
 * phrase banks whose combinations make two reports' narratives share few runs of five characters (the other prose of
 * the generator is a handful of template sentences that every report shares, boilerplate to R-XR-COPY). Real reports
 * have such prose: about 2,300 characters of their own in the eight samples; here 1,200 to 1,700.
 *
 * <p>The sentences never state a figure a prose check reads (no 件, 条, 次, 人, 万元 after a number), a year, a
 * date, a region other than the body's own, or the words that say a report is a region's consolidated one (汇总,
 * 涵盖, 报告, 数据): the narrative changes nothing the parser reads besides the prose itself.
 *
 * @param work sentences of the overview (section 一), the last third of them before section 二
 * @param next what the body will do next, in the problems section (五, or 六 for S2014)
 */
record Narrative(List<String> work, List<String> next) {
  Narrative {
    work = List.copyOf(work);
    next = List.copyOf(next);
  }

  private static final String[] TIMES = {
    "", "", "", "今年以来，", "年内，", "一年来，", "报告期内，", "全年，", "上半年，", "下半年，", "年初，", "此外，",
    "同时，", "与此同时，"
  };
  private static final String[] TOPICS = {
    "义务教育招生入学", "城乡低保", "医疗保障", "就业创业", "安全生产", "食品药品安全", "生态环境保护", "河湖长制",
    "农村人居环境整治", "高标准农田建设", "乡村振兴", "防止返贫监测", "老旧小区改造", "保障性住房", "城市管理",
    "道路交通", "防汛抗旱", "森林防灭火", "地质灾害防治", "养老服务", "退役军人服务", "残疾人帮扶", "公共文化服务",
    "文物保护", "全民健身", "校园安全", "课后服务", "基层医疗卫生", "市场监管", "价格监测", "知识产权保护",
    "科技创新", "招商引资", "重大项目建设", "财政预决算", "政府债务", "审计整改", "税费优惠", "惠企政策",
    "涉企收费", "行政审批", "一网通办", "热线办理", "社会救助", "殡葬改革", "婚姻登记", "户籍管理",
    "不动产登记", "征地补偿", "耕地保护", "林长制", "水资源管理", "大气污染防治", "垃圾分类", "物业管理",
    "社区治理", "乡风文明", "农村集体经济", "农技推广", "动物防疫", "农产品质量安全", "粮食储备", "旅游市场",
    "消费维权", "统计调查", "应急管理", "消防安全", "燃气安全", "特种设备", "交通运输", "公共资源交易",
    "政府采购", "重大行政决策", "规范性文件", "行政执法", "公共法律服务", "民族团结", "妇女儿童权益",
    "青少年成长", "就业见习", "职业技能提升", "医保基金监管", "家庭医生签约", "公立医院改革", "住房公积金",
    "城乡供水", "农村公路", "电力保障", "邮政快递", "城市绿化", "背街小巷整治", "农贸市场改造", "夜间经济"
  };
  private static final String[] VERBS = {
    "集中公开", "分类发布", "逐项公开", "动态更新", "主动发布", "全面梳理", "及时公布", "专题公开", "定期发布",
    "按季公开", "按月更新", "分批公开", "统一归集", "同步推送", "细化公开", "滚动发布", "规范发布", "延伸公开"
  };
  private static final String[] OBJECTS = {
    "政策文件", "办事指南", "资金分配结果", "项目审批结果", "补贴发放名单", "监督检查结果", "工作方案", "实施细则",
    "处罚决定", "许可信息", "招标信息", "资金使用情况", "建设进度", "责任清单", "权力清单", "服务事项目录",
    "收费标准", "监测结果", "考核结果", "典型案例", "问答口径", "年度计划", "执行情况", "办理结果", "申报条件",
    "评审结果", "整改情况", "验收结果", "抽检结果", "信用信息"
  };
  private static final String[] CHANNELS = {
    "门户网站", "政务微信公众号", "政务微博", "村务公开栏", "社区公告栏", "政务服务大厅", "融媒体中心",
    "电子显示屏", "便民服务站", "短视频账号", "新闻媒体", "政务客户端"
  };
  private static final String[] MEASURES = {
    "开设“{T}”专栏", "制作图文解读", "录制短视频解读", "召开政策吹风会", "组织入户宣讲", "设置线下查阅点",
    "配备查阅终端", "邀请群众代表座谈", "举办开放日活动", "组织专家在线解读", "印发宣传明白纸", "编印政策汇编",
    "开展集中宣传", "设置咨询台", "推出一图读懂", "上门送政策", "建立联络员制度", "开通留言通道"
  };
  private static final String[] RESULTS = {
    "群众知晓率明显提升", "方便企业群众查询", "有效回应社会关切", "主动接受社会监督", "切实保障群众知情权",
    "推动政策落地见效", "营造良好舆论氛围", "减少群众跑腿", "提升办事效率", "促进工作规范透明", "稳定市场预期",
    "增强群众获得感", "压实工作责任", "堵塞管理漏洞", "化解矛盾纠纷", "提高服务质量", "优化营商环境",
    "凝聚发展共识"
  };
  private static final String[] ISSUES = {
    "办理时限", "补贴标准", "申报条件", "资金发放", "审批进度", "收费依据", "政策衔接", "更新不及时", "解读不够通俗",
    "查找不便", "回复不及时", "标准不统一"
  };
  private static final String[] PRINCIPLES = {
    "应公开尽公开", "公开及时、内容准确", "常态化公开", "全流程公开", "依法依规公开", "便民实用", "分级负责"
  };
  private static final String[] UNITS = {"份", "篇", "场", "项", "余份", "余篇"};
  private static final String[] NEXT_LEADS = {"下一步，", "今后，", "新的一年，", "接下来，", ""};
  private static final String[] NEXT_AIMS = {
    "进一步规范", "持续深化", "着力提升", "不断拓展", "认真做好", "加快完善", "切实加强", "稳步推进"
  };

  /** Draws a narrative of {@code body}: 22 to 30 sentences of work, 2 or 3 of what comes next. */
  static Narrative draw(Body body, Dice dice) {
    List<String> work = new ArrayList<>();
    int n = dice.between(22, 30);
    for (int i = 0; i < n; i++) {
      // The body's name in the first sentence and in about one in ten (else 我局, 本街道…): another body's name left
      // in a copy lands on one of them.
      work.add(work(subject(body, i == 0 || dice.chance(0.1)), dice));
    }
    List<String> next = new ArrayList<>();
    int m = dice.between(2, 3);
    for (int i = 0; i < m; i++) {
      next.add(next(subject(body, dice.chance(0.1)), dice));
    }
    return new Narrative(work, next);
  }

  private static String subject(Body body, boolean name) {
    return name ? body.name() : body.self();
  }

  /** One sentence of work done, by one of ten patterns. */
  static String work(String subject, Dice dice) {
    String topic = dice.pickOf(TOPICS);
    String other = dice.pickOf(TOPICS);
    String time = dice.pickOf(TIMES);
    return switch (dice.between(0, 9)) {
      case 0 -> time + subject + "围绕" + topic + "，" + dice.pickOf(VERBS) + dice.pickOf(OBJECTS) + "，"
          + measure(topic, dice) + "，" + dice.pickOf(RESULTS) + "。";
      case 1 -> "在" + topic + "方面，" + subject + "依托" + dice.pickOf(CHANNELS) + dice.pickOf(VERBS)
          + dice.pickOf(OBJECTS) + dice.between(3, 90) + dice.pickOf(UNITS) + "，" + dice.pickOf(RESULTS) + "。";
      case 2 -> "针对" + topic + "中群众反映的" + dice.pickOf(ISSUES) + "问题，" + subject + measure(topic, dice)
          + "，" + dice.pickOf(RESULTS) + "。";
      case 3 -> time + subject + "将" + topic + "相关" + dice.pickOf(OBJECTS) + "纳入主动公开目录，坚持"
          + dice.pickOf(PRINCIPLES) + "，" + dice.pickOf(RESULTS) + "。";
      case 4 -> "结合" + topic + "工作实际，" + subject + "编制" + other + dice.pickOf(OBJECTS) + "并"
          + dice.pickOf(VERBS) + "，发布解读材料" + dice.between(2, 60) + dice.pickOf(UNITS) + "。";
      case 5 -> time + subject + "会同相关单位" + dice.pickOf(VERBS) + topic + dice.pickOf(OBJECTS) + "，在"
          + dice.pickOf(CHANNELS) + measure(topic, dice) + "。";
      case 6 -> "对涉及" + topic + "的" + dice.pickOf(OBJECTS) + "，" + subject + "坚持" + dice.pickOf(PRINCIPLES)
          + "，" + dice.pickOf(RESULTS) + "，" + dice.pickOf(RESULTS) + "。";
      case 7 -> time + "聚焦" + topic + "和" + other + "，" + subject + measure(topic, dice) + "，"
          + dice.pickOf(VERBS) + dice.pickOf(OBJECTS) + "。";
      case 8 -> subject + "通过" + dice.pickOf(CHANNELS) + "和" + dice.pickOf(CHANNELS) + dice.pickOf(VERBS) + topic
          + dice.pickOf(OBJECTS) + "，" + measure(other, dice) + dice.between(2, 40) + dice.pickOf(UNITS) + "。";
      default -> time + topic + "领域，" + subject + dice.pickOf(VERBS) + dice.pickOf(OBJECTS) + "和"
          + dice.pickOf(OBJECTS) + "，" + dice.pickOf(RESULTS) + "。";
    };
  }

  private static String next(String subject, Dice dice) {
    return dice.pickOf(NEXT_LEADS) + subject + "将围绕" + dice.pickOf(TOPICS) + "和" + dice.pickOf(TOPICS) + "，"
        + dice.pickOf(NEXT_AIMS) + dice.pickOf(OBJECTS) + "公开，" + measure(dice.pickOf(TOPICS), dice) + "，"
        + dice.pickOf(RESULTS) + "。";
  }

  private static String measure(String topic, Dice dice) {
    return dice.pickOf(MEASURES).replace("{T}", topic);
  }

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /**
   * This narrative as another body copied it ({@code from} its author to {@code to}): its names and the way it
   * speaks of itself replaced, except the name in one sentence when {@code leaveOneName}; returns null when the
   * narrative has no sentence with the name to leave.
   */
  Narrative renamed(Body from, Body to, boolean leaveOneName, Dice dice) {
    List<String> withName = new ArrayList<>();
    for (String s : work) {
      if (s.contains(from.name())) {
        withName.add(s);
      }
    }
    String left = leaveOneName && !withName.isEmpty() ? dice.pick(withName) : null;
    if (leaveOneName && left == null) {
      return null;
    }
    List<String> w = new ArrayList<>();
    boolean leftOne = false;
    for (String s : work) {
      if (!leftOne && s.equals(left)) {
        // Only the first occurrence of the old name stays: the rest of the sentence is renamed.
        int at = s.indexOf(from.name()) + from.name().length();
        w.add(s.substring(0, at) + rename(s.substring(at), from, to));
        leftOne = true;
      } else {
        w.add(rename(s, from, to));
      }
    }
    List<String> n = new ArrayList<>();
    next.forEach(s -> n.add(rename(s, from, to)));
    return new Narrative(w, n);
  }

  private static String rename(String s, Body from, Body to) {
    return s.replace(from.name(), "\u0000").replace(from.self(), to.self()).replace("\u0000", to.name());
  }

  /**
   * The small edits of a copy: every number redrawn, the first sentence of one paragraph of work rewritten (by the
   * copier) and one more paragraph with its last clause changed when {@code twoEdits}. One sentence, not the whole
   * paragraph: a paragraph is 150–250 characters of some 1,200 of a report's own prose, and rewriting one whole took
   * the copy's Jaccard similarity to 0.77, below the 0.8 the truth promises for a copy with small edits.
   */
  Narrative edited(Body by, boolean twoEdits, Dice dice) {
    List<String> w = new ArrayList<>();
    for (String s : work) {
      Matcher m = NUMBER.matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Integer.toString(dice.between(2, 90)));
      }
      m.appendTail(out);
      w.add(out.toString());
    }
    int rewritten = dice.between(1, w.size() - 1);
    String fresh = work(subject(by, false), dice);
    String kept = w.get(rewritten);
    int end = kept.indexOf('。');
    int freshEnd = fresh.indexOf('。');
    w.set(rewritten, end < 0 || freshEnd < 0 ? fresh : fresh.substring(0, freshEnd + 1) + kept.substring(end + 1));
    if (twoEdits) {
      int other = dice.between(1, w.size() - 1);
      if (other != rewritten) {
        String s = w.get(other);
        int comma = s.lastIndexOf('，');
        if (comma > 0) {
          w.set(other, s.substring(0, comma + 1) + dice.pickOf(RESULTS) + "。");
        }
      }
    }
    return new Narrative(w, next);
  }

  /**
   * The report with the narrative in place: the first two thirds of the work after the first paragraph of section
   * 一, the rest before section 二, what comes next after the first paragraph of the problems section.
   */
  Doc into(Doc doc) {
    List<Block> blocks = new ArrayList<>(doc.blocks());
    int split = (work.size() * 2 + 2) / 3;
    int problems = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() == Kind.HEADING && (b.text().startsWith("五、") && !b.text().contains("复议"))
          || b.kind() == Kind.HEADING && b.text().startsWith("六、") && b.text().contains("问题")) {
        problems = i;
      }
    }
    if (problems >= 0 && problems + 1 < blocks.size() && blocks.get(problems + 1).kind() == Kind.PARA) {
      blocks.addAll(problems + 2, paragraphs(next));
    }
    int second = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kind() == Kind.HEADING && blocks.get(i).text().startsWith("二、")) {
        second = i;
        break;
      }
    }
    if (second > 0) {
      blocks.addAll(second, paragraphs(work.subList(split, work.size())));
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kind() == Kind.HEADING) {
        int at = i + 1 < blocks.size() && blocks.get(i + 1).kind() == Kind.PARA ? i + 2 : i + 1;
        blocks.addAll(at, paragraphs(work.subList(0, split)));
        break;
      }
    }
    return new Doc(blocks);
  }

  /** Sentences into paragraphs of three or four. */
  private static List<Block> paragraphs(List<String> sentences) {
    List<Block> out = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    int in = 0;
    for (String s : sentences) {
      p.append(s);
      if (++in == 3 + (p.length() % 2)) {
        out.add(new Block(Kind.PARA, p.toString()));
        p.setLength(0);
        in = 0;
      }
    }
    if (p.length() > 0) {
      out.add(new Block(Kind.PARA, p.toString()));
    }
    return out;
  }
}
