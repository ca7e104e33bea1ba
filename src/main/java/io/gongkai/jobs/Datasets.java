package io.gongkai.jobs;

import io.gongkai.report.Template;
import io.gongkai.report.ValueLimits;
import io.gongkai.template.RowSpec;
import io.gongkai.template.TemplateCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema registry: every warehouse dataset and column is declared here, once. The Spark schemas, the job's
 * row layout and {@code docs/datasets.md} (checked by a test) all derive from it. Wide tables take their columns from
 * the template tables, so their keys are the spec's keys.
 */
public final class Datasets {
  static final DataType TEXT = DataTypes.StringType;
  static final DataType COUNT = DataTypes.LongType;
  /** A printed number in its printed unit, as {@link ValueLimits} bounds it (万元 amounts such as 7730.28, 136.22). */
  static final DataType VALUE =
      DataTypes.createDecimalType(
          ValueLimits.INTEGER_DIGITS + ValueLimits.FRACTION_DIGITS, ValueLimits.FRACTION_DIGITS);
  /** Money in yuan, to the fen. */
  static final DataType YUAN = DataTypes.createDecimalType(22, 2);
  static final DataType YEAR = DataTypes.IntegerType;
  static final DataType TEXTS = DataTypes.createArrayType(DataTypes.StringType, true);
  static final DataType DATE = DataTypes.DateType;

  private static final TemplateCatalog CATALOG = TemplateCatalog.get();

  public static final DatasetSpec REPORTS =
      new DatasetSpec(
          "reports",
          "one input file",
          List.of(
              new Column("report_id", TEXT, "SHA-256 of the file's bytes (lowercase hex); for an empty file empty- and for"
                  + " a file never read unread- before the SHA-256 of its path; the key of every dataset"),
              new Column("file", TEXT, "file name"),
              new Column("path", TEXT, "full path or URI as read"),
              new Column("size_bytes", COUNT, "file size in bytes"),
              new Column("format", TEXT, "TEXT, HTML or PDF, detected from the content; null when rejected before"),
              new Column("encoding", TEXT, "charset the text was decoded with (UTF-8, UTF-16LE, GB18030…; PDF)"),
              new Column("status", TEXT, "parsed or rejected"),
              new Column("reject_reason", TEXT, "stable reject code (EMPTY_FILE, BINARY_CONTENT, DUPLICATE_CONTENT…)"),
              new Column("reject_detail", TEXT, "what was wrong, naming the value"),
              new Column("report_year", YEAR, "year the report covers: the manifest's, else the parser's"),
              new Column("report_year_source", TEXT, "manifest or parser; null when unknown"),
              new Column("parsed_report_year", YEAR, "year the parser read from the title or statistics period"),
              new Column("template_t2", TEXT, "table-2 template: T2019, T2021 or S2014; null when not found"),
              new Column("template_t3", TEXT, "table-3 variant: T2019, T2021 or S2014; null when not found, or when"
                  + " the printed rows cannot tell the variant (TEMPLATE_UNKNOWN(t3): table 3 cut off before （六）)"),
              new Column("cell_count", COUNT, "cells read"),
              new Column("checks_pass", COUNT, "check evaluations that passed"),
              new Column("checks_fail", COUNT, "check evaluations that failed"),
              new Column("checks_uncertain", COUNT, "check evaluations that could not be judged"),
              new Column("flags", TEXTS, "reader flags with their subject, e.g. BLOCK_MISSING(art20_5); cells not printed"
                  + " have no row in cells, and TABLE_NOT_FOUND(t4), ROW_NOT_FOUND(t3.granted) and"
                  + " ROW_INCOMPLETE(t3.result_total) (a cut row's missing end) say which"),
              new Column("url", TEXT, "manifest: where the report was published"),
              new Column("body", TEXT, "publishing body: the manifest's, else read from the title or signature"),
              new Column("body_source", TEXT, "manifest or prose; null when unknown"),
              new Column("body_confidence", DataTypes.DoubleType, "1.0 from the manifest; 0.9 title, 0.8 signature, 0.5 title prefix"),
              new Column("body_evidence", TEXT, "the sentence the body was read from"),
              new Column("scope", TEXT, "whom the report speaks for: BODY (one organ's own report) or CONSOLIDATED (totals for a"
                  + " whole region, compiled from its bodies' reports: leave out of rollups over those bodies); the"
                  + " manifest's, else read from the title and prose (scope-signs.tsv); null only for a rejected report"
                  + " without a manifest value"),
              new Column("scope_source", TEXT, "manifest or prose; null when scope is null"),
              new Column("scope_confidence", DataTypes.DoubleType, "1.0 from the manifest; else the deciding sign's: 0.9 a"
                  + " coverage or compilation statement (统计数据涵盖所辖…, 本报告由…汇总编制), 0.7 a region-wide total"
                  + " (全市共受理…件; 0.8 under a title naming a region and no organ), 0.8 an own-organ statement (我局,"
                  + " 代表区政府受理); BODY without any sign 0.6, 0.5 under a title naming a region and no organ"),
              new Column("scope_evidence", TEXT, "the clause the scope was read from, after the title when the title names a"
                  + " region and no organ; without a sign, why BODY; null from the manifest"),
              new Column("body_kind", TEXT, "the publishing body's kind: GOVERNMENT (人民政府, its 办公厅/办公室, 行政公署),"
                  + " DEPARTMENT (局, 委, 委员会, 办, 厅, 署, 中心…), TOWNSHIP (乡, 镇, 街道), OTHER (开发区管委会, school,"
                  + " hospital, company…); the manifest's, else read from the body's name (body-kinds.tsv); null when no"
                  + " body is known"),
              new Column("body_kind_source", TEXT, "manifest (its body_kind), manifest_body (read from the manifest's body) or"
                  + " prose (read from the body the parser read); null when body_kind is null"),
              new Column("body_kind_confidence", DataTypes.DoubleType, "1.0 from the manifest; else the deciding rule's (0.9"
                  + " for 人民政府, 局, 街道办事处…; 0.5 a region named without an organ; 0.4 OTHER when no rule matched)"),
              new Column("body_kind_evidence", TEXT, "the body name the kind was read from; null from the manifest"),
              new Column("region_code", TEXT, "most specific region code (GB/T 2260 style, 2/4/6 digits): the manifest's, else resolved from the text"),
              new Column("region_source", TEXT, "manifest or prose; null when unknown"),
              new Column("region_confidence", DataTypes.DoubleType, "1.0 from the manifest; the resolver's confidence otherwise"),
              new Column("province_code", TEXT, "province code (2 digits)"),
              new Column("province_name", TEXT, "province name"),
              new Column("prefecture_code", TEXT, "prefecture code (4 digits); null for counties directly under a province"),
              new Column("prefecture_name", TEXT, "prefecture name"),
              new Column("county_code", TEXT, "county code (6 digits)"),
              new Column("county_name", TEXT, "county name"),
              new Column("region_evidence", TEXTS, "the text snippets that decided the region"),
              new Column("period_start", DATE, "first day of the statistics period, as printed"),
              new Column("period_end", DATE, "last day of the statistics period, as printed"),
              new Column("period_confidence", DataTypes.DoubleType, "0.9 a date range in the preamble or a 统计期限 sentence, 0.6 a date range elsewhere, 0.5 a year only (统计期限为2020年度: 1 January to 31 December)"),
              new Column("published_at", DATE, "publication date: the manifest's, else the page's 发布时间 or the signature date"),
              new Column("published_at_source", TEXT, "manifest or prose; null when unknown"),
              new Column("published_at_confidence", DataTypes.DoubleType, "1.0 from the manifest; 0.9 the page's 发布时间, 0.7 the signature date"),
              new Column("parser_version", TEXT, "version of the parser that produced the rows")),
          null);

  public static final DatasetSpec CELLS =
      new DatasetSpec(
          "cells",
          "one printed table cell (a printed blank is an EMPTY cell; a cell not printed, its row or table cut off or"
              + " left out, has no row: the report's flags ROW_NOT_FOUND, TABLE_NOT_FOUND, ROW_INCOMPLETE carry it)",
          List.of(
              new Column("report_id", TEXT, "the report"),
              new Column("file", TEXT, "file name"),
              new Column("report_year", YEAR, "year the report covers"),
              new Column("table", TEXT, "t2, t3, t4 or s2014"),
              new Column("template", TEXT, "the template of this table: T2019, T2021 or S2014; null when unknown"
                  + " (TEMPLATE_UNKNOWN)"),
              new Column("block", TEXT, "t2: art20_1…art20_9; t4: review, lit_direct, lit_after_review; else null"),
              new Column("row", TEXT, "row key of the spec (t4: null)"),
              new Column("col", TEXT, "column key of the spec (s2014: value)"),
              new Column("raw", TEXT, "cell text as printed, trimmed; '' for a blank"),
              new Column("semantic", TEXT, "NUMERIC, ZERO, EMPTY, NA or TEXT; a blank is EMPTY, never 0; a number of more than 16 integer or 4 fraction digits is TEXT"),
              new Column("value", VALUE, "the number as printed, in its printed unit; null unless NUMERIC or ZERO"),
              new Column("unit", TEXT, "元, 万元 or 亿元 for money cells, else null"),
              new Column("amount_yuan", YUAN, "money converted to yuan; null unless a money cell has a value and unit, or beyond decimal(22,2)"),
              new Column("confidence", DataTypes.DoubleType, "1.0 when the cell's place is certain, lower when inferred"),
              new Column("line", DataTypes.IntegerType, "source line (or HTML row) read; 0 for a row printed blank under"
                  + " a label that could not be read (ROW_NOT_FOUND)")),
          "report_year");

  public static final DatasetSpec CHECKS =
      new DatasetSpec(
          "checks",
          "one evaluation of one relation on one scope (the anomaly flags)",
          List.of(
              new Column("report_id", TEXT, "the report"),
              new Column("file", TEXT, "file name"),
              new Column("report_year", YEAR, "year the report covers"),
              new Column("check", TEXT, "stable check id, e.g. R-T3-BALANCE; R-XR-CONSOLIDATED (one per metric of a"
                  + " consolidated report: its total, left, against the BODY reports' rollup of its region and year,"
                  + " right) is recomputed with the rollups"),
              new Column("scope", TEXT, "column, row, block or parent the evaluation covers; all for whole tables"),
              new Column("status", TEXT, "PASS, FAIL or UNCERTAIN (an input was EMPTY, NA or TEXT, or not printed: the"
                  + " expression names it (key NOT_PRINTED))"),
              new Column("severity", TEXT, "ERROR for hard relations, WARNING for soft ones"),
              new Column("left_value", VALUE, "left side; null when it could not be computed"),
              new Column("right_value", VALUE, "right side; null when it could not be computed"),
              new Column("delta", VALUE, "left minus right; null when either is null"),
              new Column("expression", TEXT, "the relation with values filled in, e.g. 16 + 1 = 17 + 1"),
              new Column("evidence", TEXTS, "paths of the cells used, e.g. t3.new_received.natural_person"),
              new Column("related_report_id", TEXT, "the other report a check across reports compared this one with"
                  + " (R-T3-XYEAR: the same body's report of the year before); null for checks within one report,"
                  + " against rollups and against a peer group (R-XR-PEER)"),
              new Column("score", DataTypes.DoubleType, "the statistic a check across reports decided on (its"
                  + " definition under the check's id in the checks section); null for the other checks")),
          "report_year");

  public static final DatasetSpec REQUESTS =
      new DatasetSpec(
          "requests",
          "one report and applicant column of table 3 (收到和处理政府信息公开申请情况); values null unless printed",
          concat(
              List.of(
                  new Column("report_id", TEXT, "the report"),
                  new Column("report_year", YEAR, "year the report covers"),
                  new Column("template_t3", TEXT, "T2019 (single-row 其他处理) or T2021 (three sub-rows); null when table 3"
                      + " was cut off before （六）"),
                  new Column("applicant", TEXT, "natural_person, org_commercial…, total")),
              wideColumns(table3RowKeys(), COUNT, "table-3 row"),
              List.of(new Column("unreadable_cells", COUNT, "cells of this column that are EMPTY, NA or TEXT"))),
          "report_year");

  public static final DatasetSpec REVIEW_LITIGATION =
      new DatasetSpec(
          "review_litigation",
          "one report's table 4 (行政复议、行政诉讼)",
          concat(
              List.of(
                  new Column("report_id", TEXT, "the report"), new Column("report_year", YEAR, "year the report covers")),
              wideColumns(CATALOG.table4Columns(), COUNT, "table-4 position"),
              List.of(
                  new Column("lit_total", COUNT, "lit_direct_total + lit_after_review_total, when both are printed"))),
          null);

  public static final DatasetSpec ACTIVE_DISCLOSURE =
      new DatasetSpec(
          "active_disclosure",
          "one report and row of table 2 (主动公开); T2019 and T2021 fields stay distinct, nulls where not printed",
          concat(
              List.of(
                  new Column("report_id", TEXT, "the report"),
                  new Column("report_year", YEAR, "year the report covers"),
                  new Column("template_t2", TEXT, "T2019 or T2021"),
                  new Column("block", TEXT, "art20_1, art20_5, art20_6, art20_8 or art20_9"),
                  new Column("row", TEXT, "row key, e.g. normative_docs, admin_license")),
              table2Columns(),
              List.of(new Column("amount_yuan", YUAN, "the row's money amount in yuan (fees or procurement)"))),
          "report_year");

  public static final DatasetSpec S2014_STATS =
      new DatasetSpec(
          "s2014_stats",
          "one report's 政府信息公开情况统计表 (2014–2018 template); heading rows left out",
          concat(
              List.of(
                  new Column("report_id", TEXT, "the report"), new Column("report_year", YEAR, "year the report covers")),
              s2014Columns()),
          null);

  public static final DatasetSpec PROCUREMENT =
      new DatasetSpec(
          "procurement",
          "one report's 政府集中采购 row (T2019 第二十条第（九）项)",
          List.of(
              new Column("report_id", TEXT, "the report"),
              new Column("file", TEXT, "file name"),
              new Column("report_year", YEAR, "year the report covers"),
              new Column("project_count", COUNT, "采购项目数量; null unless printed as a whole number"),
              new Column("amount_raw", TEXT, "采购总金额 as printed"),
              new Column("amount_semantic", TEXT, "NUMERIC, ZERO, EMPTY, NA or TEXT"),
              new Column("amount", VALUE, "the amount in its printed unit"),
              new Column("unit", TEXT, "元, 万元 or 亿元 as written inline; null when none was written"),
              new Column("amount_yuan", YUAN, "the amount in yuan; null when the unit is missing (never guessed)"),
              new Column("flags", TEXTS, "UNIT_MISSING when a number has no unit")),
          null);

  public static final DatasetSpec PROSE_FIGURES =
      new DatasetSpec(
          "prose_figures",
          "one figure the prose states (9867条, 1896件, 136.22万元, 5345余次)",
          List.of(
              new Column("report_id", TEXT, "the report"),
              new Column("file", TEXT, "file name"),
              new Column("report_year", YEAR, "year the report covers"),
              new Column("section", TEXT, "preamble, s1_overview … s6_other"),
              new Column("sentence", TEXT, "the sentence holding the figure"),
              new Column("clause", TEXT, "the clause holding it (between punctuation marks)"),
              new Column("metric", TEXT, "the words before the number, e.g. 主动公开政府信息"),
              new Column("value", VALUE, "the number as written"),
              new Column("unit", TEXT, "the classifier: 条, 件, 次, 人次, 万元…"),
              new Column("approx", DataTypes.BooleanType, "written with 余, 多, 约, 近, 超 or 逾; never compared for equality"),
              new Column("raw", TEXT, "the figure as written, e.g. 5345余次")),
          "report_year");

  public static final DatasetSpec THEMES =
      new DatasetSpec(
          "themes",
          "one theme of a report's section 五 (problems and improvements)",
          List.of(
              new Column("report_id", TEXT, "the report"),
              new Column("report_year", YEAR, "year the report covers"),
              new Column("theme", TEXT, "staffing, timeliness, platforms, policy_interpretation, grassroots_capacity…"),
              new Column("keywords", TEXTS, "HanLP keywords and vocabulary words of the section under the theme"),
              new Column("weight", DataTypes.DoubleType, "the theme's share of the vocabulary's occurrences in the section")),
          null);

  public static final DatasetSpec TABLES =
      new DatasetSpec(
          "tables",
          "one statistical table of a report: what it printed, in counts, and a digest of its cells (R-XR-STALE"
              + " compares it with the same body's table of the year before)",
          List.of(
              new Column("report_id", TEXT, "the report"),
              new Column("file", TEXT, "file name"),
              new Column("report_year", YEAR, "year the report covers"),
              new Column("table", TEXT, "t2, t3, t4 or s2014"),
              new Column("template", TEXT, "the template the table was read under: S2014, T2019, T2021"),
              new Column("cells", DataTypes.IntegerType, "cells read"),
              new Column("numbers", DataTypes.IntegerType, "cells with a number, 0 included"),
              new Column("nonzero", DataTypes.IntegerType, "cells with a number other than 0"),
              new Column("blank", DataTypes.IntegerType, "cells printed blank (EMPTY): not zeros"),
              new Column("not_applicable", DataTypes.IntegerType, "cells printed as not applicable (NA: /, —, 无)"),
              new Column("digest", TEXT, "16 hex digits of SHA-256 over the sorted cells (place, kind, value; not the"
                  + " raw text): equal digests, equal tables")),
          "report_year");

  /**
   * The prose sentence by sentence. One row per sentence rather than one row per report with an array: the text is
   * the bulk either way (Parquet stores the repeated report_id once per page with dictionary and run-length encoding),
   * and an analyst putting two copied reports side by side filters, orders and joins rows in any SQL without unnesting.
   */
  public static final DatasetSpec SENTENCES =
      new DatasetSpec(
          "sentences",
          "one sentence of a report's prose (its text outside the tables), in reading order",
          List.of(
              new Column("report_id", TEXT, "the report"),
              new Column("file", TEXT, "file name"),
              new Column("report_year", YEAR, "year the report covers"),
              new Column("section", TEXT, "preamble (before the first section title), s1_overview … s6_other"),
              new Column("position", DataTypes.IntegerType, "the sentence's place in the report's prose, from 0: ORDER BY"
                  + " position reads the prose as printed"),
              new Column("line", DataTypes.IntegerType, "source line (or HTML row) the sentence starts on"),
              new Column("text", TEXT, "the sentence as printed, whitespace trimmed; a sentence ends at 。！？； or at"
                  + " a short line (a heading, signature or date); a section title and a line of page furniture"
                  + " (当前位置, 发布时间…) are sentences of their own")),
          "report_year");

  /** A report's metric: a printed cell or the sum of a group's cells (at most eight), in its unit or in yuan. */
  static final DataType METRIC = DataTypes.createDecimalType(26, 4);

  public static final DatasetSpec METRICS =
      new DatasetSpec(
          "metrics",
          "one comparable metric (metrics.tsv) or indicator (indicators.tsv) of one parsed report; a metric its templates"
              + " do not define is not a row",
          List.of(
              new Column("report_id", TEXT, "the report"),
              new Column("file", TEXT, "file name"),
              new Column("report_year", YEAR, "year the report covers"),
              new Column("metric", TEXT, "metric key (new_received, processed_total, fees_yuan…) or indicator key"
                  + " (disclosure_rate…); see Metrics and Indicators below"),
              new Column("kind", TEXT, "METRIC or INDICATOR"),
              new Column("template", TEXT, "template of the table the metric was read from (an indicator: of its first"
                  + " operand); null when no template was detected"),
              new Column("unit", TEXT, "COUNT, YUAN (converted from 万元/亿元) or RATIO"),
              new Column("value", METRIC, "the metric's value; null when it has none (no_value_reason): a blank is"
                  + " never 0"),
              new Column("numerator", METRIC, "an indicator's numerator, the sum of its operand metrics; null unless"
                  + " every operand has a value"),
              new Column("denominator", METRIC, "an indicator's denominator; null unless every operand has a value"),
              new Column("ratio", DataTypes.DoubleType, "numerator / denominator; null when either is null or the"
                  + " denominator is 0, never 0 or NaN"),
              new Column("no_value_reason", TEXT, "why there is no value: EMPTY (printed blank), NOT_A_NUMBER (/, —,"
                  + " text), ROW_NOT_FOUND, TABLE_NOT_FOUND, TEMPLATE_UNKNOWN, UNIT_MISSING, DENOMINATOR_ZERO"
                  + " (indicators: operands known, denominator 0); null when there is a value")),
          "report_year");

  /** Rollup sums: a sum of decimal(26,4) metrics over every report of a year stays exact in decimal(38,4). */
  static final DataType SUM = DataTypes.createDecimalType(38, 4);

  public static final DatasetSpec ROLLUPS =
      new DatasetSpec(
          "rollups",
          "one metric or indicator summed over the BODY reports of one year, level, region and body kind",
          List.of(
              new Column("report_year", YEAR, "year the reports cover"),
              new Column("level", TEXT, "COUNTRY, PROVINCE, PREFECTURE or COUNTY; a report counts at every level its"
                  + " region is known to, and only there"),
              new Column("region_code", TEXT, "CN for the country, else the province (2), prefecture (4) or county (6"
                  + " digits) code"),
              new Column("region_name", TEXT, "全国, or the region's name"),
              new Column("body_kind", TEXT, "GOVERNMENT, DEPARTMENT, TOWNSHIP, OTHER, UNKNOWN (no body read) or ALL"
                  + " (every kind: the sum of the other five)"),
              new Column("metric", TEXT, "metric or indicator key (see Metrics and Indicators below)"),
              new Column("kind", TEXT, "METRIC or INDICATOR"),
              new Column("unit", TEXT, "COUNT, YUAN or RATIO"),
              new Column("value", SUM, "a metric's sum over the reports with a value (NUMERIC and ZERO cells only: a"
                  + " blank is never summed as 0); null when no report has one; null for indicators"),
              new Column("numerator", SUM, "an indicator's numerator summed over the reports whose numerator and"
                  + " denominator are both known"),
              new Column("denominator", SUM, "an indicator's denominator summed over the same reports"),
              new Column("ratio", DataTypes.DoubleType, "numerator / denominator; null when the denominator is 0 or no"
                  + " report has both, never 0 or NaN"),
              new Column("reports_with_value", COUNT, "reports whose value (an indicator: both operands) is summed"),
              new Column("reports_blank", COUNT, "reports without a value because a cell was printed blank"),
              new Column("reports_not_numeric", COUNT, "reports without a value because a cell holds /, —, words or an"
                  + " amount without a unit"),
              new Column("reports_not_found", COUNT, "reports without a value because the table or row was not found"
                  + " or no template was detected"),
              new Column("reports_rejected", COUNT, "rejected files of the year and region (not duplicates, not"
                  + " consolidated by the manifest): whatever they hold is missing from the total"),
              new Column("reports", COUNT, "reports_with_value + reports_blank + reports_not_numeric + reports_not_found +"
                  + " reports_rejected: the BODY reports whose template defines the metric, and the rejected files"),
              new Column("bodies", COUNT, "distinct bodies among the parsed reports counted (a report without a body"
                  + " name counts as one body); fewer than reports when a body published twice")),
          "report_year");

  /** The child datasets, each derived from the parse by one explode. */
  public static final List<DatasetSpec> CHILDREN =
      List.of(CELLS, CHECKS, REQUESTS, REVIEW_LITIGATION, ACTIVE_DISCLOSURE, S2014_STATS, PROCUREMENT, PROSE_FIGURES,
          THEMES, METRICS, TABLES, SENTENCES);

  /** The datasets of one report each: {@code reports} and its children, written by the parse. */
  public static final List<DatasetSpec> PER_REPORT = concatSpecs(List.of(REPORTS), CHILDREN);

  /** The names of {@link #PER_REPORT}, in its order: the datasets an append or a rollup run carries over. */
  public static final List<String> PER_REPORT_NAMES = PER_REPORT.stream().map(DatasetSpec::name).toList();

  /** The datasets computed across reports from the per-report ones, after them. */
  public static final List<DatasetSpec> ACROSS_REPORTS = List.of(ROLLUPS);

  public static final List<DatasetSpec> ALL = concatSpecs(PER_REPORT, ACROSS_REPORTS);

  private Datasets() {}

  public static DatasetSpec byName(String name) {
    for (DatasetSpec spec : ALL) {
      if (spec.name().equals(name)) {
        return spec;
      }
    }
    return null;
  }

  /** docs/datasets.md, generated from this registry. */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Warehouse datasets\n\n");
    md.append("Generated from `io.gongkai.jobs.Datasets` (the schema registry); a test keeps this file in step.\n");
    md.append("Every dataset is Parquet under `WAREHOUSE/snapshots/<id>/<name>/`, where `WAREHOUSE/CURRENT` names the\n");
    md.append("published snapshot (`snapshots/<id>`); `report_id` joins them. A dataset without rows holds one empty\n");
    md.append("file with its schema (`empty-<id>.parquet`, in the `__HIVE_DEFAULT_PARTITION__` directory when partitioned).\n");
    for (DatasetSpec spec : ALL) {
      md.append("\n## `").append(spec.name()).append("`\n\n");
      md.append("One row is ").append(spec.rowIs()).append('.');
      if (spec.partitionBy() != null) {
        md.append(" Partitioned by `").append(spec.partitionBy()).append("`.");
      }
      md.append("\n\n| column | type | meaning |\n|---|---|---|\n");
      for (Column c : spec.columns()) {
        md.append("| `").append(c.name()).append("` | ").append(c.type().simpleString()).append(" | ")
            .append(c.doc()).append(" |\n");
      }
    }
    metricsMarkdown(md);
    checksAcrossReportsMarkdown(md);
    return md.toString();
  }

  /** The checks across reports (crossreport/checks.tsv) and their parameters (crossreport/parameters.tsv). */
  private static void checksAcrossReportsMarkdown(StringBuilder md) {
    md.append("\n## Checks across reports\n\n");
    md.append("From `src/main/resources/io/gongkai/crossreport/checks.tsv`: `checks` rows that compare a report with\n");
    md.append("other reports or with the rollups. They are recomputed with the rollups of their year (and, for the year\n");
    md.append("before's comparisons, of the next year; for R-XR-COPY, every later year), kept apart in files named\n");
    md.append("`xr-*`; `reports.checks_*` does not count them.\n\n| check | compares | statuses | `score` |");
    md.append(" `related_report_id` | evidence |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (org.apache.commons.csv.CSVRecord r :
        io.gongkai.report.TsvTable.read(io.gongkai.crossreport.AnomalyParameters.class, "checks.tsv")) {
      md.append("| `").append(r.get("check")).append("` | ").append(cell(r.get("compares"))).append(" | ")
          .append(cell(r.get("statuses"))).append(" | ").append(cell(r.get("score"))).append(" | ").append(r.get("related"))
          .append(" | ").append(cell(r.get("evidence"))).append(" |\n");
    }
    md.append("\nTheir parameters, from `src/main/resources/io/gongkai/crossreport/parameters.tsv` (edit there):\n\n");
    md.append("| check | parameter | value | meaning |\n|---|---|---|---|\n");
    for (org.apache.commons.csv.CSVRecord r :
        io.gongkai.report.TsvTable.read(io.gongkai.crossreport.AnomalyParameters.class, "parameters.tsv")) {
      md.append("| `").append(r.get("check")).append("` | `").append(r.get("parameter")).append("` | ")
          .append(r.get("value").replace(",", ", ")).append(" | ").append(cell(r.get("meaning"))).append(" |\n");
    }
  }

  /** The metric and indicator tables (metrics.tsv, indicators.tsv) as a reader of metrics and rollups needs them. */
  private static void metricsMarkdown(StringBuilder md) {
    io.gongkai.metric.MetricCatalog catalog = io.gongkai.metric.MetricCatalog.get();
    md.append("\n## Metrics\n\n");
    md.append("From `src/main/resources/io/gongkai/metric/metrics.tsv`: which cells of which template each metric key\n");
    md.append("reads (a sum has a value only when every cell has one). A key shared by templates is comparable across\n");
    md.append("them; S2014 keeps its own keys.\n\n| metric | unit | templates: cells | meaning |\n|---|---|---|---|\n");
    for (String key : catalog.keys()) {
      StringBuilder where = new StringBuilder();
      for (io.gongkai.metric.Metric m : catalog.metrics()) {
        if (m.key().equals(key)) {
          where.append(where.length() == 0 ? "" : "; ").append(m.template()).append(": ");
          where.append(String.join(" + ", m.cells().stream().map(io.gongkai.metric.CellRef::path).toList()));
        }
      }
      io.gongkai.metric.Metric first = catalog.metrics().stream().filter(m -> m.key().equals(key)).findFirst().get();
      md.append("| `").append(key).append("` | ").append(first.unit()).append(" | ").append(where).append(" | ")
          .append(first.meaningZh()).append(" — ").append(first.meaningEn()).append(" |\n");
    }
    md.append("\n## Indicators\n\n");
    md.append("From `src/main/resources/io/gongkai/metric/indicators.tsv`. Per report, and in `rollups` as the sum of\n");
    md.append("the numerators over the sum of the denominators of the reports that have both (never a mean of ratios).\n");
    md.append("Null, never 0 or NaN, when an operand has no value or the denominator is 0.\n\n");
    md.append("| indicator | name | numerator | denominator | meaning |\n|---|---|---|---|---|\n");
    for (io.gongkai.metric.Indicator i : catalog.indicators()) {
      md.append("| `").append(i.key()).append("` | ").append(i.nameZh()).append(" | ")
          .append(String.join(" + ", i.numerator())).append(" | ").append(String.join(" + ", i.denominator()))
          .append(" | ").append(i.meaningEn()).append(" |\n");
    }
  }

  /** Text for a Markdown table cell: a {@code |} (|M|, |A · E_M|) would end the cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  static List<String> table3RowKeys() {
    Set<String> keys = new LinkedHashSet<>();
    List<RowSpec> t2019 = CATALOG.table3Rows(Template.T2019);
    List<RowSpec> t2021 = CATALOG.table3Rows(Template.T2021);
    // Printed order of T2021, with T2019's single 其他处理 row before the T2021 sub-rows.
    for (RowSpec row : t2021) {
      if (row.key().equals("other_no_correction")) {
        keys.add("other_handling");
      }
      keys.add(row.key());
    }
    t2019.forEach(r -> keys.add(r.key()));
    return List.copyOf(keys);
  }

  static List<String> table2ColumnKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (Template t : List.of(Template.T2021, Template.T2019)) {
      CATALOG.table2Blocks(t).forEach(b -> b.columns().forEach(c -> keys.add(c.key())));
    }
    return List.copyOf(keys);
  }

  private static List<Column> table2Columns() {
    List<Column> columns = new ArrayList<>();
    for (String key : table2ColumnKeys()) {
      boolean money = key.equals("amount_wan_yuan") || key.equals("total_amount");
      boolean signed = key.equals("items_change");
      columns.add(
          new Column(
              key, money ? VALUE : COUNT,
              money ? "table-2 column " + key + " in its printed unit" : signed
                  ? "table-2 column " + key + " (signed 本年增/减)" : "table-2 column " + key));
    }
    return columns;
  }

  static List<String> s2014RowKeys() {
    List<String> keys = new ArrayList<>();
    for (RowSpec row : CATALOG.s2014Rows()) {
      if (!row.key().startsWith("h_")) {
        keys.add(row.key());
      }
    }
    return keys;
  }

  private static List<Column> s2014Columns() {
    List<Column> columns = new ArrayList<>();
    for (String key : s2014RowKeys()) {
      String unit = CATALOG.s2014Unit(key);
      columns.add(new Column(key, unit == null ? COUNT : VALUE, "S2014 row " + key + (unit == null ? "" : " (" + unit + ")")));
    }
    return columns;
  }

  private static List<Column> wideColumns(List<String> keys, DataType type, String what) {
    List<Column> columns = new ArrayList<>();
    for (String key : keys) {
      columns.add(new Column(key, type, what + " " + key));
    }
    return columns;
  }

  @SafeVarargs
  private static List<Column> concat(List<Column>... parts) {
    List<Column> all = new ArrayList<>();
    for (List<Column> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  private static List<DatasetSpec> concatSpecs(List<DatasetSpec> a, List<DatasetSpec> b) {
    List<DatasetSpec> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** A template key colliding with a fixed column of a wide table is a registry bug: fail at class load. */
  static void checkUnique(DatasetSpec spec) {
    Set<String> seen = new LinkedHashSet<>();
    for (Column c : spec.columns()) {
      if (!seen.add(c.name())) {
        throw new IllegalStateException("Duplicate column " + c.name() + " in dataset " + spec.name());
      }
    }
  }

  static {
    ALL.forEach(Datasets::checkUnique);
  }

}
