package io.gongkai.crossreport;

import java.util.ArrayList;
import java.util.List;

/** Prose of four bodies and the template sentences around it, for the tests of R-XR-COPY. */
public final class ProseFixtures {
  private ProseFixtures() {}

  /** Sentences every report of the year prints: the template's and the regulation's. */
  public static final List<String> FRAME = List.of(
      "根据《中华人民共和国政府信息公开条例》规定，编制本年度政府信息公开工作年度报告。",
      "严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，未发生泄密事件。",
      "{Y}年，{S}共受理政府信息公开申请{N}件，均在法定期限内予以答复。");

  public static final List<String> EDUCATION = List.of(
      "洪泽区教育局围绕义务教育招生入学，集中公开招生政策和划片范围，在门户网站开设招生专栏，方便家长查询。",
      "针对课后服务中家长反映的收费依据问题，我局印发宣传明白纸，逐校公示收费标准，主动接受社会监督。",
      "我局将校园安全相关检查结果纳入主动公开目录，按季度更新隐患整改情况，压实学校主体责任。",
      "结合教师招聘工作实际，我局分批公开招聘计划、资格审查结果和拟聘用人员名单，全程接受纪检监督。",
      "在学生资助方面，我局依托政务微信公众号推送资助政策解读，发放明白纸3000余份，确保应助尽助。",
      "我局会同财政部门细化公开教育经费预决算和专项资金分配结果，回应群众对教育投入的关切。",
      "聚焦农村学校改薄工程，我局逐项公开项目名称、建设内容和完工进度，邀请家长代表参与验收。",
      "下一步，我局将围绕集团化办学和校外培训治理，进一步规范信息发布流程，提升公开质量。");

  public static final List<String> HEALTH = List.of(
      "金湖县卫生健康委员会围绕家庭医生签约服务，动态更新签约团队名单和服务包内容，方便群众选择。",
      "针对基层医疗中群众反映的看病排队问题，我委在各乡镇卫生院设置公示栏，公开坐诊医生和门诊时间。",
      "我委将医疗机构监督检查结果纳入主动公开目录，逐月发布抽检情况，推动医疗服务规范透明。",
      "在爱国卫生运动方面，我委通过融媒体中心发布病媒生物防制知识，组织志愿者入户宣传。",
      "结合公立医院改革工作实际，我委分类公开医疗服务价格、药品集中采购结果和医保报销比例。",
      "我委会同医保部门逐项公开医保基金监管典型案例，形成有力震慑，守护群众看病钱。",
      "聚焦妇幼健康服务，金湖县卫生健康委员会公开孕产妇免费产检项目和儿童预防接种时间表，提升群众知晓率。",
      "下一步，我委将围绕医共体建设和公共卫生应急能力，持续深化重点领域信息公开。");

  public static final List<String> AGRICULTURE = List.of(
      "涟水县农业农村局围绕高标准农田建设，逐项公开项目选址、建设标准和招投标结果，接受农户监督。",
      "我局通过村务公开栏公布耕地地力保护补贴发放名单，做到补贴资金直达农户。",
      "针对农产品质量安全中群众关心的农药残留问题，我局按月发布抽检结果，督促生产主体落实责任。",
      "在动物防疫方面，我局及时发布重大动物疫病强制免疫计划和病死畜禽无害化处理补助标准。",
      "结合农村集体产权制度改革，我局指导各村公开集体资产清查结果和经营收益分配方案。",
      "我局会同水利部门公开农村饮水安全工程建设进度，回应群众对供水质量的关切。",
      "下一步，我局将围绕乡村振兴和农业保险，进一步拓展公开渠道，丰富政策解读形式。");

  /** One template sentence with its year, its self-reference (我局) and its figure filled in. */
  public static String frame(String s, int year, String self, int n) {
    return s.replace("{Y}", Integer.toString(year)).replace("{S}", self).replace("{N}", Integer.toString(n));
  }

  /** A report's sentences: the frame with its year, self and figure, then its own narrative. */
  public static List<String> prose(int year, String self, int n, List<String> own) {
    List<String> all = new ArrayList<>();
    FRAME.forEach(s -> all.add(frame(s, year, self, n)));
    all.addAll(own);
    return all;
  }

  /** {@link #HEALTH} as 盱眙县's health commission copied it: the name replaced except in its first sentence. */
  public static List<String> healthCopiedAcross() {
    List<String> renamed = new ArrayList<>();
    for (int i = 0; i < HEALTH.size(); i++) {
      renamed.add(i == 0 ? HEALTH.get(i) : HEALTH.get(i).replace("金湖县卫生健康委员会", "盱眙县卫生健康委员会"));
    }
    return renamed;
  }

  /** {@link #EDUCATION} copied forward a year later: its fifth sentence rewritten. */
  public static List<String> educationCopiedForward() {
    List<String> edited = new ArrayList<>(EDUCATION);
    edited.set(4, "在学生资助方面，我局对建档立卡家庭学生实行精准资助，做到应助尽助、一个不漏。");
    return edited;
  }
}
