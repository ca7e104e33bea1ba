#!/usr/bin/env python3
"""Renders a T2019/T2021 truth file as an HTML report page with the official table structure
(rowspan/colspan headers, &nbsp; blanks), for the HTML layout fixtures under src/test/resources/renderings/.

Usage: scripts/truth-to-html.py TRUTH.json > page.html
The output is committed; this script documents how it was made."""
import html, json, sys

truth = json.load(open(sys.argv[1], encoding="utf-8"))
cells = {(c["table"], c["block"], c["row"], c["col"]): c["raw"] for c in truth["cells"]}

def td(raw, **attrs):
    a = "".join(f' {k}="{v}"' for k, v in attrs.items())
    text = html.escape(raw) if raw.strip() else "&nbsp;"
    return f"<td{a}>{text}</td>"

T2021 = truth["template_t2"] == "T2021"
out = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>年度报告</title>',
       "<style>td{border:1px solid #000}</style><script>var x = '三、收到和处理';</script></head><body>",
       '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 年报</div>',
       f"<h1>{html.escape(truth.get('body') or '某区人民政府')}{truth['report_year']}年度政府信息公开工作年度报告</h1>",
       f"<p>本报告统计期限自{truth['report_year']}年1月1日起至{truth['report_year']}年12月31日止。</p>",
       "<p><strong>一、总体情况</strong></p><p>依法做好政府信息公开工作。</p>",
       "<p><strong>二、主动公开政府信息情况</strong></p>",
       '<table border="1" cellspacing="0">']
blocks = [("art20_1", "（一）"), ("art20_5", "（五）"), ("art20_6", "（六）"), ("art20_8", "（八）"), ("art20_9", "（九）")]
if T2021:
    heads = {"art20_1": ["本年制发件数", "本年废止件数", "现行有效件数"], "art20_5": ["本年处理决定数量"],
             "art20_6": ["本年处理决定数量"], "art20_8": ["本年收费金额（单位：万元）"]}
    rows = {"art20_1": [("rules", "规章"), ("normative_docs", "行政规范性文件")], "art20_5": [("admin_license", "行政许可")],
            "art20_6": [("admin_penalty", "行政处罚"), ("admin_coercion", "行政强制")], "art20_8": [("admin_fees", "行政事业性收费")]}
    cols = {"art20_1": ["issued", "repealed", "in_force"], "art20_5": ["decisions"], "art20_6": ["decisions"], "art20_8": ["amount_wan_yuan"]}
else:
    heads = {"art20_1": ["本年新<br>制作数量", "本年新<br>公开数量", "对外公开总数量"],
             "art20_5": ["上一年项目数量", "本年增/减", "处理决定数量"], "art20_6": ["上一年项目数量", "本年增/减", "处理决定数量"],
             "art20_8": ["上一年项目数量", "本年增/减"], "art20_9": ["采购项目数量", "采购总金额"]}
    rows = {"art20_1": [("rules", "规章"), ("normative_docs", "规范性文件")],
            "art20_5": [("admin_license", "行政许可"), ("other_mgmt_services", "其他对外管理服务事项")],
            "art20_6": [("admin_penalty", "行政处罚"), ("admin_coercion", "行政强制")], "art20_8": [("admin_fees", "行政事业性收费")],
            "art20_9": [("gov_central_procurement", "政府集中采购")]}
    cols = {"art20_1": ["new_made", "new_published", "total_published"], "art20_5": ["prev_year_items", "items_change", "decisions"],
            "art20_6": ["prev_year_items", "items_change", "decisions"], "art20_8": ["prev_year_items", "items_change"],
            "art20_9": ["project_count", "total_amount"]}
width = 4
for key, num in blocks:
    if key not in heads or not any(k[1] == key for k in cells):
        continue
    out.append(f'<tr><td colspan="{width}">第二十条第{num}项</td></tr>')
    h = heads[key]
    span = {} if len(h) == 3 else {"colspan": str(width - len(h))} if len(h) == 1 else {}
    out.append("<tr><td>信息内容</td>" + "".join(f"<td{' colspan=%s' % (width - 1) if len(h) == 1 else ''}>{x}</td>" for x in h)
               + ("<td>&nbsp;</td>" if len(h) == 2 else "") + "</tr>")
    for row, label in rows[key]:
        vals = [cells.get(("t2", key, row, c), "") for c in cols[key]]
        tds = "".join(td(v, colspan=str(width - 1)) if len(vals) == 1 else td(v) for v in vals)
        out.append(f"<tr><td>{label}</td>{tds}{'<td>&nbsp;</td>' if len(vals) == 2 else ''}</tr>")
out.append("</table>")
out.append("<p><strong>三、收到和处理政府信息公开申请情况</strong></p>")
out.append('<table border="1">')
out.append('<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
           '<td colspan="7">申请人情况</td></tr>')
out.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
out.append("<tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>")
t3cols = ["natural_person", "org_commercial", "org_research", "org_social_welfare", "org_legal_service", "org_other", "total"]
def vals(row):
    return "".join(td(cells.get(("t3", None, row, c), "")) for c in t3cols)
out.append(f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{vals("new_received")}</tr>')
out.append(f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{vals("carried_over")}</tr>')
t3_2021 = truth["template_t3"] == "T2021"
n_results = 22 if t3_2021 else 20
out.append(f'<tr><td rowspan="{n_results}">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>{vals("granted")}</tr>')
out.append(f'<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>{vals("partial")}</tr>')
groups = [("（三）不予公开", [("denied_state_secret", "1．属于国家秘密"), ("denied_other_law", "2．其他法律行政法规禁止公开"),
           ("denied_three_security_one_stability", "3．危及“三安全一稳定”"), ("denied_third_party", "4．保护第三方合法权益"),
           ("denied_internal_affairs", "5．属于三类内部事务信息"), ("denied_process_info", "6．属于四类过程性信息"),
           ("denied_enforcement_file", "7．属于行政执法案卷"), ("denied_admin_query", "8．属于行政查询事项")]),
          ("（四）无法提供", [("unable_not_held", "1．本机关不掌握相关政府信息"), ("unable_need_creation", "2．没有现成信息需要另行制作"),
           ("unable_still_unclear", "3．补正后申请内容仍不明确")]),
          ("（五）不予处理", [("notproc_petition", "1．信访举报投诉类申请"), ("notproc_repeat", "2．重复申请"),
           ("notproc_publication", "3．要求提供公开出版物"), ("notproc_massive", "4．无正当理由大量反复申请"),
           ("notproc_confirm", "5．要求行政机关确认或重新出具已获取信息")])]
if t3_2021:
    groups.append(("（六）其他处理", [("other_no_correction", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                   ("other_fee_unpaid", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                   ("other_other", "3．其他")]))
for group, items in groups:
    for i, (row, label) in enumerate(items):
        g = f'<td rowspan="{len(items)}">{group}</td>' if i == 0 else ""
        out.append(f"<tr>{g}<td>{label}</td>{vals(row)}</tr>")
if not t3_2021:
    out.append(f'<tr><td colspan="2">（六）其他处理</td>{vals("other_handling")}</tr>')
out.append(f'<tr><td colspan="2">（七）总计</td>{vals("result_total")}</tr>')
out.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{vals("carried_forward")}</tr>')
out.append("</table>")
out.append("<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>")
out.append('<table border="1"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>')
out.append('<tr><td rowspan="2">结果<br>维持</td><td rowspan="2">结果<br>纠正</td><td rowspan="2">其他<br>结果</td>'
           '<td rowspan="2">尚未<br>审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>')
out.append("<tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 2 + "</tr>")
t4 = [f"{b}_{c}" for b in ("review", "lit_direct", "lit_after_review") for c in ("upheld", "corrected", "other", "pending", "total")]
t4raw = {c["col"]: c["raw"] for c in truth["cells"] if c["table"] == "t4"}
out.append("<tr>" + "".join(td(t4raw.get(k, "")) for k in t4) + "</tr></table>")
out.append("<p><strong>五、存在的主要问题及改进情况</strong></p><p>工作人员不足。</p>")
out.append("<p><strong>六、其他需要报告的事项</strong></p><p>无。</p></body></html>")
print("\n".join(out))
