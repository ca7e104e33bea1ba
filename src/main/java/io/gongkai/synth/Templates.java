package io.gongkai.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The three table families as the generator prints them (spec §2–§5): keys, canonical labels (full-width brackets,
 * {@code 1.} numbering) and, for table 3, the keyword a label must keep when noise truncates or garbles it.
 */
final class Templates {
  private Templates() {}

  static final String T2019 = "T2019";
  static final String T2021 = "T2021";
  static final String S2014 = "S2014";

  /** One block of table 2: its sub-header numeral, column headers ({@code \n} = a line break in the cell). */
  record T2Block(String key, String numeral, List<String> headers, List<String> cols, List<T2Row> rows) {}

  record T2Row(String key, String label) {}

  static List<T2Block> t2(String template) {
    if (template.equals(T2021)) {
      List<String> decisions = List.of("本年处理决定数量");
      return List.of(
          new T2Block("art20_1", "一", List.of("本年制发件数", "本年废止件数", "现行有效件数"),
              List.of("issued", "repealed", "in_force"),
              List.of(new T2Row("rules", "规章"), new T2Row("normative_docs", "行政规范性文件"))),
          new T2Block("art20_5", "五", decisions, List.of("decisions"), List.of(new T2Row("admin_license", "行政许可"))),
          new T2Block("art20_6", "六", decisions, List.of("decisions"),
              List.of(new T2Row("admin_penalty", "行政处罚"), new T2Row("admin_coercion", "行政强制"))),
          new T2Block("art20_8", "八", List.of("本年收费金额（单位：万元）"), List.of("amount_wan_yuan"),
              List.of(new T2Row("admin_fees", "行政事业性收费"))));
    }
    List<String> items = List.of("上一年项目数量", "本年增/减", "处理决定数量");
    List<String> itemCols = List.of("prev_year_items", "items_change", "decisions");
    return List.of(
        new T2Block("art20_1", "一", List.of("本年新\n制作数量", "本年新\n公开数量", "对外公开总数量"),
            List.of("new_made", "new_published", "total_published"),
            List.of(new T2Row("rules", "规章"), new T2Row("normative_docs", "规范性文件"))),
        new T2Block("art20_5", "五", items, itemCols,
            List.of(new T2Row("admin_license", "行政许可"), new T2Row("other_mgmt_services", "其他对外管理服务事项"))),
        new T2Block("art20_6", "六", items, itemCols,
            List.of(new T2Row("admin_penalty", "行政处罚"), new T2Row("admin_coercion", "行政强制"))),
        new T2Block("art20_8", "八", List.of("上一年项目数量", "本年增/减"), List.of("prev_year_items", "items_change"),
            List.of(new T2Row("admin_fees", "行政事业性收费"))),
        new T2Block("art20_9", "九", List.of("采购项目数量", "采购总金额"), List.of("project_count", "total_amount"),
            List.of(new T2Row("gov_central_procurement", "政府集中采购"))));
  }

  /** Where a table-3 row sits in the three-level label column. */
  enum Level {
    /** 一、二、四、: the label spans the three label columns. */
    TOP,
    /** （一）（二）（七）, and the single-row （六） of T2019: under 三、, spanning two label columns. */
    RESULT,
    /** 1.…8. under a （三）…（六） group. */
    SUB
  }

  /**
   * One table-3 row.
   *
   * @param group the （三）…（六） group label of a {@link Level#SUB} row, else null
   * @param anchor the keyword the row is found by; noise never cuts or garbles it
   */
  record T3Row(String key, String label, Level level, String group, String anchor) {}

  static final List<String> T3_COLS =
      List.of("natural_person", "org_commercial", "org_research", "org_social_welfare", "org_legal_service",
          "org_other", "total");
  static final List<String> T3_COL_LABELS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

  static final String T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  static final String T3_RESULTS_GROUP = "三、本年度办理结果";
  static final String G_DENIED = "（三）不予公开";
  static final String G_UNABLE = "（四）无法提供";
  static final String G_NOTPROC = "（五）不予处理";
  static final String G_OTHER = "（六）其他处理";

  static List<T3Row> t3(String template) {
    List<T3Row> rows = new ArrayList<>();
    rows.add(new T3Row("new_received", "一、本年新收政府信息公开申请数量", Level.TOP, null, "本年新收"));
    rows.add(new T3Row("carried_over", "二、上年结转政府信息公开申请数量", Level.TOP, null, "上年结转"));
    rows.add(new T3Row("granted", "（一）予以公开", Level.RESULT, null, "予以公开"));
    rows.add(new T3Row("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Level.RESULT, null, "部分公开"));
    String[][] denied = {
      {"denied_state_secret", "1.属于国家秘密", "国家秘密"},
      {"denied_other_law", "2.其他法律行政法规禁止公开", "禁止公开"},
      {"denied_three_security_one_stability", "3.危及“三安全一稳定”", "三安全"},
      {"denied_third_party", "4.保护第三方合法权益", "第三方"},
      {"denied_internal_affairs", "5.属于三类内部事务信息", "内部事务"},
      {"denied_process_info", "6.属于四类过程性信息", "过程性"},
      {"denied_enforcement_file", "7.属于行政执法案卷", "执法案卷"},
      {"denied_admin_query", "8.属于行政查询事项", "查询事项"}
    };
    for (String[] r : denied) {
      rows.add(new T3Row(r[0], r[1], Level.SUB, G_DENIED, r[2]));
    }
    rows.add(new T3Row("unable_not_held", "1.本机关不掌握相关政府信息", Level.SUB, G_UNABLE, "不掌握"));
    rows.add(new T3Row("unable_need_creation", "2.没有现成信息需要另行制作", Level.SUB, G_UNABLE, "另行制作"));
    rows.add(new T3Row("unable_still_unclear", "3.补正后申请内容仍不明确", Level.SUB, G_UNABLE, "补正后申请内容仍不明确"));
    rows.add(new T3Row("notproc_petition", "1.信访举报投诉类申请", Level.SUB, G_NOTPROC, "信访"));
    rows.add(new T3Row("notproc_repeat", "2.重复申请", Level.SUB, G_NOTPROC, "重复申请"));
    rows.add(new T3Row("notproc_publication", "3.要求提供公开出版物", Level.SUB, G_NOTPROC, "出版物"));
    rows.add(new T3Row("notproc_massive", "4.无正当理由大量反复申请", Level.SUB, G_NOTPROC, "大量反复"));
    rows.add(new T3Row("notproc_confirm", "5.要求行政机关确认或重新出具已获取信息", Level.SUB, G_NOTPROC, "确认"));
    if (template.equals(T2021)) {
      rows.add(new T3Row("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          Level.SUB, G_OTHER, "逾期不补正"));
      rows.add(new T3Row("other_fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          Level.SUB, G_OTHER, "缴纳费用"));
      rows.add(new T3Row("other_other", "3.其他", Level.SUB, G_OTHER, "3.其他"));
    } else {
      rows.add(new T3Row("other_handling", G_OTHER, Level.RESULT, null, "其他处理"));
    }
    rows.add(new T3Row("result_total", "（七）总计", Level.RESULT, null, "总计"));
    rows.add(new T3Row("carried_forward", "四、结转下年度继续办理", Level.TOP, null, "结转下年度"));
    return List.copyOf(rows);
  }

  /** The result rows whose sum is result_total (R-T3-RESULTS). */
  static List<String> resultRows(String template) {
    List<String> keys = new ArrayList<>();
    for (T3Row r : t3(template)) {
      if (!r.key().equals("new_received") && !r.key().equals("carried_over") && !r.key().equals("result_total")
          && !r.key().equals("carried_forward")) {
        keys.add(r.key());
      }
    }
    return keys;
  }

  static final List<String> T4_BLOCKS = List.of("review", "lit_direct", "lit_after_review");
  static final List<String> T4_PARTS = List.of("upheld", "corrected", "other", "pending", "total");
  static final List<String> T4_PART_LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

  static List<String> t4Cols() {
    List<String> cols = new ArrayList<>();
    for (String b : T4_BLOCKS) {
      for (String p : T4_PARTS) {
        cols.add(b + "_" + p);
      }
    }
    return cols;
  }

  /** One S2014 row: key, 统计指标 as printed in seed 004, 单位 ({@code ——} for the seven header rows). */
  record S14Row(String key, String label, String unit) {
    boolean header() {
      return key.startsWith("h_");
    }
  }

  static final List<S14Row> S2014_ROWS =
      List.of(
          new S14Row("h_active", "一、主动公开情况", "——"),
          new S14Row("active_total", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条"),
          new S14Row("active_normative_published", "其中：主动公开规范性文件数", "条"),
          new S14Row("normative_issued_total", "制发规范性文件总数", "件"),
          new S14Row("h_active_channels", "（二）通过不同渠道和方式公开政府信息的情况", "——"),
          new S14Row("ch_gazette", "1.政府公报公开政府信息数", "条"),
          new S14Row("ch_website", "2.政府网站公开政府信息数", "条"),
          new S14Row("ch_weibo", "3.政务微博公开政府信息数", "条"),
          new S14Row("ch_wechat", "4.政务微信公开政府信息数", "条"),
          new S14Row("ch_other", "5.其他方式公开政府信息数", "条"),
          new S14Row("h_response", "二、回应解读情况", "——"),
          new S14Row("response_total", "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次"),
          new S14Row("h_response_channels", "（二）通过不同渠道和方式回应解读的情况", "——"),
          new S14Row("resp_press_conf", "1.参加或举办新闻发布会总次数", "次"),
          new S14Row("resp_press_conf_chief", "其中：主要负责同志参加新闻发布会次数", "次"),
          new S14Row("resp_online_interview", "2.政府网站在线访谈次数", "次"),
          new S14Row("resp_online_interview_chief", "其中：主要负责同志参加政府网站在线访谈次数", "次"),
          new S14Row("resp_interpretation_posts", "3.政策解读稿件发布数", "篇"),
          new S14Row("resp_weibo_wechat", "4.微博微信回应事件数", "次"),
          new S14Row("resp_other", "5.其他方式回应事件数", "次"),
          new S14Row("h_requests", "三、依申请公开情况", "——"),
          new S14Row("req_received", "（一）收到申请数", "件"),
          new S14Row("req_in_person", "1.当面申请数", "件"),
          new S14Row("req_fax", "2.传真申请数", "件"),
          new S14Row("req_online", "3.网络申请数", "件"),
          new S14Row("req_letter", "4.信函申请数", "件"),
          new S14Row("req_closed", "（二）申请办结数", "件"),
          new S14Row("req_closed_on_time", "1.按时办结数", "件"),
          new S14Row("req_closed_extended", "2.延期办结数", "件"),
          new S14Row("req_answered", "（三）申请答复数", "件"),
          new S14Row("ans_already_public", "1.属于已主动公开范围数", "件"),
          new S14Row("ans_agree", "2.同意公开答复数", "件"),
          new S14Row("ans_agree_partial", "3.同意部分公开答复数", "件"),
          new S14Row("ans_refuse", "4.不同意公开答复数", "件"),
          new S14Row("refuse_state_secret", "其中：涉及国家秘密", "件"),
          new S14Row("refuse_commercial_secret", "涉及商业秘密", "件"),
          new S14Row("refuse_privacy", "涉及个人隐私", "件"),
          new S14Row("refuse_security_stability", "危及国家安全、公共安全、经济安全和社会稳定", "件"),
          new S14Row("refuse_not_gov_info", "不是《条例》所指政府信息", "件"),
          new S14Row("refuse_other_law", "法律法规规定的其他情形", "件"),
          new S14Row("ans_not_this_agency", "5.不属于本行政机关公开数", "件"),
          new S14Row("ans_not_exist", "6.申请信息不存在数", "件"),
          new S14Row("ans_ask_amend", "7.告知作出更改补充数", "件"),
          new S14Row("ans_other_channel", "8.告知通过其他途径办理数", "件"),
          new S14Row("review_total", "四、行政复议数量", "件"),
          new S14Row("review_upheld", "（一）维持具体行政行为数", "件"),
          new S14Row("review_corrected", "（二）被依法纠错数", "件"),
          new S14Row("review_other", "（三）其他情形数", "件"),
          new S14Row("lit_total", "五、行政诉讼数量", "件"),
          new S14Row("lit_upheld", "（一）维持具体行政行为或者驳回原告诉讼请求数", "件"),
          new S14Row("lit_corrected", "（二）被依法纠错数", "件"),
          new S14Row("lit_other", "（三）其他情形数", "件"),
          new S14Row("complaints", "六、举报投诉数量", "件"),
          new S14Row("fees_wan_yuan", "七、依申请公开信息收取的费用", "万元"),
          new S14Row("h_org", "八、机构建设和保障经费情况", "——"),
          new S14Row("org_units", "（一）政府信息公开工作专门机构数", "个"),
          new S14Row("org_reading_points", "（二）设置政府信息公开查阅点数", "个"),
          new S14Row("staff_total", "（三）从事政府信息公开工作人员数", "人"),
          new S14Row("staff_fulltime", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "人"),
          new S14Row("staff_parttime", "2.兼职人员数", "人"),
          new S14Row("budget_wan_yuan", "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元"),
          new S14Row("h_meetings", "九、政府信息公开会议和培训情况", "——"),
          new S14Row("meetings", "（一）召开政府信息公开工作会议或专题会议数", "次"),
          new S14Row("trainings", "（二）举办各类培训班数", "次"),
          new S14Row("trainees", "（三）接受培训人员数", "人次"));
}
