package io.gongkai.synth;

import static java.util.Objects.requireNonNull;

import com.hankcs.hanlp.HanLP;
import io.gongkai.report.CellKind;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The synthetic corpus generator (issue 5, item 1): reports of bodies drawn from the gazetteer, several consecutive
 * years per body, in every rendering of the real files, with ground truth.
 *
 * <p><b>Determinism.</b> Bodies are generated one after another, body {@code b} from the dice of (seed, b) (redrawn
 * from them while it repeats an earlier body; replaced now and then by an organ of kind OTHER drawn from a stream of
 * its own) and its {@code j}-th year, report {@code i}, from the dice of (seed, i); BODY report {@code i} therefore
 * depends on the seed and the reports before it only, never on the corpus size, and the same (seed, N) gives
 * byte-identical files.
 *
 * <p><b>Consolidated reports</b> ({@link Consolidation}) come after the N BODY reports, in addition to them, named
 * {@code c000000…} in region-code then year order. Each sums BODY reports generated before it, so which are written
 * and their figures depend on the seed and N (a larger corpus can add bodies to a group); their rendering draws from
 * the dice of (seed, region, year). The same (seed, N) still gives byte-identical files.
 *
 * <p>Not thread-safe: one generator per thread. {@link #close()} releases the PDF font.
 */
public final class Synthesizer implements AutoCloseable {
  private static final Charset GB18030 = Charset.forName("GB18030");
  /** Draws of a new body before giving up; the gazetteer has tens of thousands of bodies, a corpus repeats few. */
  private static final int MAX_BODY_DRAWS = 1000;
  /**
   * Draws of a body with years left for a further series ({@link SeriesYears#room}) before giving up, once {@link
   * #MAX_BODY_DRAWS} found no new one.
   */
  private static final int MAX_FURTHER_DRAWS = 100_000;
  /** The share of bodies replaced by an organ of kind OTHER (开发区管理委员会, 住房公积金管理中心). */
  static final double OTHER_BODY_SHARE = 0.03;

  private final SynthConfig config;
  private final Regions regions;
  private final Bodies bodies;
  private PdfWriter pdf;
  /** Each report's own prose and the R-XR-COPY plants; one per {@link #generate} run. */
  private Copying copying;

  public Synthesizer(SynthConfig config) {
    this.config = requireNonNull(config, "config is null");
    this.regions = Regions.bundled();
    this.bodies = new Bodies(regions);
    if (config.pdfShare() > 0) {
      this.pdf = PdfWriter.open();
    }
  }

  /** The font PDFs are written with, or null when the configuration writes no PDFs. */
  public String pdfFont() {
    return pdf == null ? null : pdf.fontName();
  }

  /**
   * Generates the configured number of BODY reports in index order, then the consolidated reports, handing each to
   * {@code sink}.
   */
  public void generate(Consumer<GeneratedReport> sink) {
    Consolidation consolidation = new Consolidation(config.seed(), config.consolidatedShare(), regions);
    copying = new Copying(config);
    int i = 0;
    // Every body drawn, with the years of its series (SeriesYears bits).
    Map<String, Integer> taken = new HashMap<>();
    for (long b = 0; i < config.reports(); b++) {
      Dice bodyDice = Dice.of(config.seed(), 1, b);
      Body body = bodies.draw(bodyDice);
      // A body publishes one report a year: a second series of the same body would give two reports of one body
      // and year, which the truth pairs with neither (R-T3-XYEAR). Redrawn from the same dice, so body b still
      // depends on the seed and the bodies before it only.
      SeriesYears.Room further = null;
      for (int attempt = 1; taken.containsKey(body.identity()); attempt++) {
        if (attempt >= MAX_BODY_DRAWS) {
          // The gazetteer's bodies are nearly all drawn (about 128,000, some 390,000 reports of 3.3 years each): a
          // body drawn again publishes a further series in the years it has left, a year apart from its others.
          further = SeriesYears.room(taken.get(body.identity()));
          if (further != null) {
            break;
          }
          if (attempt == MAX_FURTHER_DRAWS) {
            throw new IllegalStateException(String.format(
                "Cannot draw body %d: %d draws all repeated an earlier body with no year left for a further series",
                b, MAX_FURTHER_DRAWS));
          }
        }
        body = bodies.draw(bodyDice);
      }
      int years;
      int start;
      if (further == null) {
        // From a stream of its own, so that every body not replaced, and every draw after it, stays as it was.
        Dice otherDice = Dice.of(config.seed(), 4, b);
        if (otherDice.chance(OTHER_BODY_SHARE)) {
          Body other = bodies.other(otherDice);
          if (!taken.containsKey(other.identity())) {
            body = other;
          }
        }
        years = 1 + bodyDice.weighted(15, 20, 20, 20, 15, 10);
        int latest = SeriesYears.LAST - years + 1;
        // Most reports in a national corpus are recent: six years in ten start in the T2019/T2021 era.
        start = bodyDice.chance(0.6)
            ? bodyDice.between(Math.min(2019, latest), latest)
            : bodyDice.between(SeriesYears.FIRST, latest);
      } else {
        years = further.length();
        start = further.start();
      }
      taken.merge(body.identity(), SeriesYears.of(start, years), (x, y) -> x | y);
      Figures.BodyState state = new Figures.BodyState();
      for (int j = 0; j < years && i < config.reports(); j++, i++) {
        sink.accept(report(i, body, start + j, state, null, consolidation));
      }
    }
    int k = 0;
    for (Consolidation.Group g : consolidation.ready()) {
      Body region = bodies.regionWide(g.code, Math.max(1, g.newReceived()));
      sink.accept(report(k++, region, g.year, new Figures.BodyState(), g, null));
    }
  }

  /**
   * One report: a BODY report of {@code body} ({@code group} null; it is then added to {@code consolidation}), or the
   * consolidated report of {@code group}, whose {@code body} is the region-wide author.
   */
  private GeneratedReport report(int index, Body body, int year, Figures.BodyState state, Consolidation.Group group,
      Consolidation consolidation) {
    Dice dice = group == null ? Dice.of(config.seed(), 2, index) : Dice.of(config.seed(), 5, group.key());
    Dice templateDice = dice.fork(1);
    Dice layoutDice = dice.fork(2);
    Dice figureDice = dice.fork(3);
    Dice anomalyDice = dice.fork(4);
    Dice presentationDice = dice.fork(5);
    Dice labelDice = dice.fork(6);
    Dice proseDice = dice.fork(7);
    Dice renderDice = dice.fork(8);
    Dice encodingDice = dice.fork(9);
    Dice manifestDice = dice.fork(10);

    String t2;
    String t3;
    if (group != null) {
      // A consolidated report uses the year's template: its sums are mapped onto it (see Consolidation).
      t2 = year >= 2021 ? Templates.T2021 : Templates.T2019;
      t3 = t2;
    } else if (year <= 2018) {
      t2 = Templates.S2014;
      t3 = Templates.S2014;
    } else if (year <= 2020) {
      boolean mix = year == 2020 && templateDice.chance(config.templateMixRate());
      t2 = mix ? Templates.T2021 : Templates.T2019;
      t3 = t2;
    } else {
      t2 = Templates.T2021;
      t3 = Templates.T2021;
      if ((year == 2022 || year == 2023) && templateDice.chance(config.templateMixRate())) {
        t2 = Templates.T2019;
        t3 = templateDice.chance(0.5) ? Templates.T2019 : Templates.T2021;
      } else if (year >= 2023 && templateDice.chance(config.templateMixRate())) {
        t3 = Templates.T2019;
      }
    }
    boolean s2014 = t2.equals(Templates.S2014);

    Layout layout;
    if (layoutDice.chance(config.pdfShare()) && pdf != null) {
      layout = Layout.PDF;
    } else {
      layout = List.of(Layout.PIPE, Layout.TAB, Layout.BLANK_LINE, Layout.OCR_TAB, Layout.PDF_TEXT,
          Layout.PDF_TEXT_FLATTENED_T4, Layout.HTML).get(layoutDice.weighted(14, 14, 12, 8, 16, 8, 20));
      if (s2014 && layout == Layout.PDF_TEXT_FLATTENED_T4) {
        layout = Layout.PDF_TEXT;
      }
      // Drawn after the layout from the same stream, so that the other reports' layouts stay as they were: a share of
      // the HTML pages is crawled to text, a share of the PDFs' text comes from a Markdown converter (issue 20).
      if (layout == Layout.HTML && layoutDice.chance(0.35)) {
        layout = Layout.CRAWLED_PIPE;
      } else if (layout == Layout.PDF_TEXT && layoutDice.chance(0.35)) {
        layout = Layout.MARKDOWN;
      }
    }

    Set<String> noise = new TreeSet<>();
    List<String> flags = new ArrayList<>();
    List<Planted> planted = new ArrayList<>();
    Sheet sheet = new Sheet();
    // A body's level moves with the years, within ×1.5 either way: the truth of R-XR-YOY is that every larger break
    // is a planted one (below), so the generator's own variation must stay short of a doubling, the least change
    // the check calls a break (parameters.tsv min_change).
    state.drift *= Math.exp(Math.max(-0.4, Math.min(0.4, 0.2 * figureDice.gaussian())));
    boolean hadPreviousT3 = state.carriedForward != null && state.previousYear == year - 1;
    // The anomalies seen only across reports, from a stream of their own so that every other draw stays as it was.
    Dice crossDice = dice.fork(13);
    boolean bodyReport = group == null && !s2014;
    boolean jump = bodyReport && hadPreviousT3 && crossDice.chance(config.rate("R-XR-YOY"));
    if (jump) {
      // A break in the body's level (a new service window, a reorganisation, a batch of copy-paste requests): it
      // stays for the years after, which are then ordinary against it. A fall only for a body large enough to stay
      // above 10 requests after it: a body left at 0 or 2 among peers of a hundred would be an unplanted R-XR-PEER
      // outlier (ZERO_AMONG_LARGE) every year after.
      state.drift *= body.scale() * state.drift >= 100 ? crossDice.pickOf(0.06, 0.1, 8.0, 12.0, 20.0)
          : crossDice.pickOf(8.0, 12.0, 20.0);
    }
    // A very small body may receive nothing in a year (12 %); a body expecting 5 requests or more does not fall
    // silent by chance: a drop to 0 is a break for R-XR-YOY, and a 0 among large peers R-XR-PEER's ZERO_AMONG_LARGE.
    double level = body.scale() * state.drift;
    double lambda = level < 5 && figureDice.chance(0.12) ? 0 : level;
    // A denial outlier needs requests enough for a rate to mean something (R-XR-PEER's min_denominator).
    boolean denialOutlier = bodyReport && lambda >= 60 && crossDice.chance(config.rate("R-XR-PEER"));
    boolean reprint = bodyReport && crossDice.chance(config.rate("R-XR-STALE"));
    if (group != null) {
      Figures.t2(sheet, t2, body, state, figureDice);
      group.fill(sheet, t3, body, figureDice);
    } else if (s2014) {
      Figures.s2014(sheet, body, state, figureDice);
      state.carriedForward = null;
    } else {
      if (!hadPreviousT3) {
        state.carriedForward = null;
      }
      Figures.t2(sheet, t2, body, state, figureDice);
      Figures.t3(sheet, t3, body, state, figureDice, lambda, denialOutlier);
      Figures.t4(sheet, figureDice, lambda, state);
      if (t2.equals(Templates.T2019) && figureDice.chance(0.03)) {
        for (String block : List.of("art20_5", "art20_6", "art20_8")) {
          for (Sheet.Cell c : sheet.table("t2")) {
            if (c.block.equals(block)) {
              sheet.remove(c.path());
            }
          }
          flags.add("BLOCK_MISSING(" + block + ")");
        }
        noise.add(Noise.BLOCK_MISSING);
      }
    }
    long[] previousForward = state.carriedForward;
    if (group == null) {
      planted.addAll(Anomalies.plant(sheet, t3, t2.equals(Templates.T2019), hadPreviousT3, config, anomalyDice));
      Sheet.Cell total = sheet.t3("new_received", "total");
      if (bodyReport && total != null && total.n() == 0 && largeAmongPeers(body)) {
        long components = 0;
        for (String col : Templates.T3_COLS.subList(0, 6)) {
          components += sheet.t3("new_received", col).n();
        }
        if (components > 0) {
          // The 总计 column printed as 0 (seed 002, R-T3-ROWSUM) by a government whose peers receive a hundred
          // requests and more: R-XR-PEER reads the 0 as "0 where the peers' median is large", rightly.
          planted.add(new Planted("R-XR-PEER", "new_received"));
        }
      }
    }
    Set<String> plantedTables = new HashSet<>();
    if (group != null) {
      // The consolidated totals stay printed in full, so R-XR-CONSOLIDATED is decidable on their side.
      plantedTables.addAll(List.of("t3", "t4"));
    }
    for (Planted p : planted) {
      plantedTables.add(p.check().startsWith("R-S14") ? "s2014" : p.check().startsWith("R-T4") ? "t4"
          : p.check().startsWith("R-T2") ? "t2" : "t3");
    }
    if (!s2014) {
      long[] forward = new long[7];
      for (int c = 0; c < 7; c++) {
        forward[c] = sheet.t3("carried_forward", Templates.T3_COLS.get(c)).n();
      }
      state.carriedForward = forward;
    }
    for (String table : List.of("t2", "t3")) {
      String template = table.equals("t2") ? t2 : t3;
      if (!s2014 && ((template.equals(Templates.T2019) && year >= 2021)
          || (template.equals(Templates.T2021) && year < 2021))) {
        flags.add("TEMPLATE_YEAR_MISMATCH(" + table + ")");
        planted.add(new Planted("TEMPLATE_YEAR_MISMATCH", table));
      }
    }

    Presentation.apply(sheet, layout, body, plantedTables, noise, presentationDice);
    if (reprint && state.printed.containsKey("t3") && state.printedYear == year - 1
        && state.printedTemplates.get("t3").equals(t3)) {
      // The body reprints last year's statistics as printed, blanks and all: table 3, and table 4 half the time.
      state.reprint(sheet, "t3");
      if (crossDice.chance(0.5) && state.printed.containsKey("t4")) {
        state.reprint(sheet, "t4");
      }
      long[] forward = new long[7];
      for (int c = 0; c < 7; c++) {
        forward[c] = sheet.t3("carried_forward", Templates.T3_COLS.get(c)).n();
      }
      state.carriedForward = forward;
    }
    // R-XR-STALE: each table against the same body's table of the year before, as printed (the job compares what it
    // read). Identical with at least 5 non-zero cells (parameters.tsv min_nonzero_cells) is a FAIL, planted or not.
    List<String[]> stale = new ArrayList<>();
    if (group == null && state.printedYear == year - 1) {
      for (String table : List.of("t2", "t3", "t4", "s2014")) {
        String template = table.equals("t2") ? t2 : table.equals("s2014") ? "S2014" : t3;
        if (!sheet.has(table) || !state.printed.containsKey(table)
            || !template.equals(state.printedTemplates.get(table))) {
          continue;
        }
        boolean same = Figures.BodyState.printedOf(sheet, table).equals(state.printedKeys(table));
        long nonZero = sheet.table(table).stream().filter(c -> c.hasValue() && c.value.signum() != 0).count();
        stale.add(new String[] {table, !same ? "PASS" : nonZero >= 5 ? "FAIL" : "UNCERTAIN"});
      }
    }
    String stalePreviousFile = state.printedFile;
    for (String[] x : stale) {
      if (x[1].equals("FAIL")) {
        planted.add(new Planted("R-XR-STALE", x[0]));
      }
    }
    if (bodyReport && state.printedYear == year - 1 && sheet.has("t3")) {
      // Planted where the printed figures show a break, whatever made it (a drawn jump, or last year's reprinted
      // table against this year's, R-XR-STALE): both years printed and above 0, a ratio of at least 4 either way,
      // and beyond what chance makes of counts this small (the split of the two years' sum, binomial at 1/2, has a
      // two-sided p of at most 0.001: 16 after 4 is p 0.012, a small body's noise). The body's own yearly drift
      // stays within ×1.5, so no unplanted break reaches ×4.
      Sheet.Cell now = sheet.t3("new_received", "total");
      BigDecimal before = state.receivedPrinted;
      if (now != null && now.hasValue() && before != null && now.value.signum() > 0 && before.signum() > 0) {
        double ratio = now.value.doubleValue() / before.doubleValue();
        if ((ratio >= 4 || ratio <= 0.25) && io.gongkai.crossreport.YearOverYear.chance(before.doubleValue(), now.value.doubleValue(), 1) <= 0.001) {
          planted.add(new Planted("R-XR-YOY", "new_received"));
        }
      }
    }
    if (denialOutlier) {
      // Planted where the printed figures show it: at least 30 requests answered (min_denominator) and most denied.
      Sheet.Cell answered = sheet.t3("result_total", "total");
      long denied = 0;
      boolean printed = answered.hasValue();
      for (Sheet.Cell c : sheet.table("t3")) {
        if (c.col.equals("total") && c.row.startsWith("denied_")) {
          printed &= c.hasValue();
          denied += c.hasValue() ? c.value.longValue() : 0;
        }
      }
      // Or where the 公开率 shows it: 予以公开 and 部分公开 printed and at most 15 % of the answered.
      Sheet.Cell granted = sheet.t3("granted", "total");
      Sheet.Cell partial = sheet.t3("partial", "total");
      boolean fewGranted = granted != null && partial != null && granted.hasValue() && partial.hasValue()
          && answered.hasValue()
          && granted.value.longValue() + partial.value.longValue() <= 0.15 * answered.value.longValue();
      if (answered.hasValue() && answered.value.longValue() >= 30
          && ((printed && denied >= 0.4 * answered.value.longValue()) || fewGranted)) {
        planted.add(new Planted("R-XR-PEER", "denial_rate"));
      }
    }
    LabelStyle style = LabelStyle.draw(layout, s2014 ? null : t3, labelDice, noise);
    boolean furnitureDrawn =
        layout != Layout.PDF && layout != Layout.PDF_TEXT && layout != Layout.PDF_TEXT_FLATTENED_T4;
    boolean furniture = furnitureDrawn && proseDice.chance(0.3);
    // A copy (R-XR-COPY) is written with its source's choices of wording and page furniture.
    Copying.Plan copy =
        group == null ? copying.plan(index, body, year, t2, proseDice, furnitureDrawn, furniture, sheet) : null;
    if (copy != null) {
      furniture = copy.furniture();
    }
    Prose.Result prose = Prose.build(body, year, t2, sheet, furniture, config,
        copy == null ? proseDice : copy.proseDice(), group == null ? null : Bodies.compiledFrom(body));
    Doc doc = (copy == null ? copying.consolidated(body, group.key()) : copy.narrative()).into(prose.doc());
    planted.addAll(prose.planted());
    if (copy != null && copy.planted() != null) {
      planted.add(copy.planted());
    }
    if (prose.periodNotFullYear()) {
      flags.add("PERIOD_NOT_FULL_YEAR");
    }
    if (furniture || layout == Layout.PDF_TEXT || layout == Layout.PDF_TEXT_FLATTENED_T4 || layout == Layout.PDF) {
      noise.add(Noise.PAGE_FURNITURE);
    }
    boolean traditional = renderDice.chance(0.05);
    if (traditional) {
      noise.add(Noise.TRADITIONAL);
    }

    String encoding;
    byte[] bytes;
    String extension;
    // The table-3 variant as printed: null when the rendering cut table 3 before the rows that tell it.
    String t3Printed = t3;
    if (layout == Layout.PDF) {
      Positioned positioned = new Positioned(Positioned.Metrics.pdf(), sheet, t2, t3, style, false, renderDice)
          .layout(doc);
      positioned.paginate(renderDice.between(40, 44));
      // Consolidated report k gets a document id apart from body report k's.
      bytes = pdf.write(positioned, config.seed() * 1_000_003L + (group == null ? index : -1L - index),
          traditional ? HanLP::convertToTraditionalChinese : s -> s);
      encoding = "PDF";
      extension = ".pdf";
    } else {
      String text;
      if (layout == Layout.HTML) {
        encoding = encodingDice.chance(0.12) ? "GB18030" : "UTF-8";
        text = new HtmlRenderer(sheet, t2, t3, style, encoding.equals("GB18030") ? "gb18030" : "utf-8", renderDice)
            .render(doc);
        extension = encodingDice.pickOf(".html", ".html", ".htm", ".shtml");
      } else if (layout == Layout.PDF_TEXT || layout == Layout.PDF_TEXT_FLATTENED_T4) {
        Positioned positioned = new Positioned(Positioned.Metrics.text(), sheet, t2, t3, style,
            layout == Layout.PDF_TEXT_FLATTENED_T4, renderDice).layout(doc);
        positioned.paginate(renderDice.between(44, 50));
        text = positioned.toText(renderDice.chance(0.4));
        encoding = textEncoding(encodingDice);
        extension = ".txt";
      } else {
        text = new TextRenderer(layout, sheet, t2, t3, style, renderDice).render(doc);
        encoding = textEncoding(encodingDice);
        extension = ".txt";
        // From a stream of its own, drawn for every text rendering: no draw of any other kind moves.
        Dice cutDice = dice.fork(14);
        if (group == null && !s2014 && CUT_LAYOUTS.contains(layout) && cutDice.chance(CUT_TABLE3_RATE)
            && stale.isEmpty() && planted.stream().allMatch(x -> x.check().equals("TEMPLATE_YEAR_MISMATCH"))) {
          Cut cut = cutTable3(text, sheet, cutDice, layout == Layout.MARKDOWN);
          if (cut != null) {
            text = cut.text();
            noise.add(Noise.CUT_TABLE3);
            if (cut.incompleteRow() != null) {
              flags.add("ROW_INCOMPLETE(t3." + cut.incompleteRow() + ")");
            }
            t3Printed = null;
            // The variant rows were never printed: no mismatch to find, the template is unknown.
            flags.remove("TEMPLATE_YEAR_MISMATCH(t3)");
            planted.remove(new Planted("TEMPLATE_YEAR_MISMATCH", "t3"));
            flags.add("TEMPLATE_UNKNOWN(t3)");
            flags.add("TABLE_NOT_FOUND(t4)");
          }
        }
      }
      if (traditional) {
        text = HanLP.convertToTraditionalChinese(text);
        if (renderDice.chance(0.4)) {
          text = Noise.withPinyin(text, renderDice);
          noise.add(Noise.PINYIN);
        }
      }
      bytes = encode(text, encoding);
      if (encoding.equals("GB18030")) {
        noise.add(Noise.GB18030);
      } else if (encoding.startsWith("UTF-16")) {
        noise.add(Noise.UTF16);
      }
    }
    if (encodingDice.chance(0.05)) {
      extension = "";
    }
    String fileName = String.format(group == null ? "r%06d%s" : "c%06d%s", index, extension);
    // Before the rendering-only changes below (traditional characters, &nbsp;): what the body printed.
    if (group == null) {
      state.capture(sheet, Map.of("t2", t2, "t3", t3, "t4", t3, "s2014", "S2014"), year, fileName);
    }
    if (copy != null) {
      copying.made(index, body, year, t2, fileName, furnitureDrawn, sheet, copy);
    }
    if (traditional) {
      for (Sheet.Cell c : sheet.all()) {
        c.raw = HanLP.convertToTraditionalChinese(c.raw);
      }
    }
    if (layout == Layout.HTML) {
      for (Sheet.Cell c : sheet.all()) {
        if (c.kind == CellKind.EMPTY) {
          c.raw = "&nbsp;";
        }
      }
    }

    List<String[]> crossYear = new ArrayList<>();
    boolean[] previousPrinted = state.forwardPrinted;
    if (!s2014 && hadPreviousT3) {
      for (int c = 0; c < 7; c++) {
        String col = Templates.T3_COLS.get(c);
        Sheet.Cell over = sheet.t3("carried_over", col);
        // Either side printed blank (a zero under blank_cells noise, a lost OCR cell) cannot be compared: a blank is
        // never read as 0, so the break it hides is not one the job can find.
        String status = !over.hasValue() || !previousPrinted[c] ? "UNCERTAIN"
            : over.value.compareTo(BigDecimal.valueOf(previousForward[c])) == 0 ? "PASS" : "FAIL";
        crossYear.add(new String[] {col, status});
      }
    }
    // R-T2-INFORCE-XYEAR: this year's printed stock against last year's printed stock plus this year's printed flows,
    // between two consecutive T2021 tables of one body (not a consolidated report: the job pairs BODY reports only).
    List<String[]> inForce = new ArrayList<>();
    boolean stockTable = group == null && !s2014 && t2.equals(Templates.T2021);
    if (stockTable && state.stockYear == year - 1) {
      for (String kind : List.of("rules", "normative_docs")) {
        Sheet.Cell now = sheet.get("t2.art20_1." + kind + ".in_force");
        Sheet.Cell issued = sheet.get("t2.art20_1." + kind + ".issued");
        Sheet.Cell repealed = sheet.get("t2.art20_1." + kind + ".repealed");
        if (now == null || issued == null || repealed == null || !state.stockPrinted.containsKey(kind)) {
          continue;
        }
        BigDecimal before = state.stockPrinted.get(kind);
        String status = before == null || !now.hasValue() || !issued.hasValue() || !repealed.hasValue() ? "UNCERTAIN"
            : now.value.compareTo(before.add(issued.value).subtract(repealed.value)) == 0 ? "PASS" : "FAIL";
        inForce.add(new String[] {kind, status});
      }
    }
    if (group == null) {
      state.stockPrinted.clear();
      state.stockYear = -1;
      if (stockTable) {
        state.stockYear = year;
        for (String kind : List.of("rules", "normative_docs")) {
          Sheet.Cell stock = sheet.get("t2.art20_1." + kind + ".in_force");
          if (stock != null) {
            state.stockPrinted.put(kind, stock.hasValue() ? stock.value : null);
          }
        }
      }
    }
    if (!s2014) {
      state.forwardPrinted = new boolean[7];
      for (int c = 0; c < 7; c++) {
        state.forwardPrinted[c] = sheet.t3("carried_forward", Templates.T3_COLS.get(c)).hasValue();
      }
    }
    // The planted list records the breaks the printed report has: a plant undone by another plant is dropped, and a
    // cross-year break made by another plant (the zeroed 总计 column of R-T3-ROWSUM) is recorded as planted.
    List<TruthChecks.Expected> expected = TruthChecks.evaluate(sheet, t2, t3);
    if (t3Printed == null) {
      // With the variant unknown, the parser reads only the rows both variants share: no ROWSUM of a （六） row.
      expected.removeIf(e -> e.check().equals("R-T3-ROWSUM") && e.scope().startsWith("other_"));
    }
    Set<String> failing = new HashSet<>();
    for (TruthChecks.Expected e : expected) {
      if (e.status().equals("FAIL")) {
        failing.add(e.check() + "|" + e.scope());
        // A consolidated table inherits the breaks planted in the bodies it sums: labelled as planted here.
        if (group != null && !planted.contains(new Planted(e.check(), e.scope()))) {
          planted.add(new Planted(e.check(), e.scope()));
        }
      }
    }
    for (TruthChecks.Expected e : TruthChecks.soft(sheet)) {
      if (e.status().equals("FAIL")) {
        failing.add(e.check() + "|" + e.scope());
        // A soft break made by another plant is not in expected_checks (soft): recorded as planted, or the job's
        // FAIL would count as a false positive.
        Planted made = new Planted(e.check(), e.scope());
        if (!planted.contains(made)) {
          planted.add(made);
        }
      }
    }
    for (String[] x : crossYear) {
      if (x[1].equals("FAIL")) {
        failing.add("R-T3-XYEAR|" + x[0]);
        if (!planted.contains(new Planted("R-T3-XYEAR", x[0]))) {
          planted.add(new Planted("R-T3-XYEAR", x[0]));
        }
      }
    }
    // A stock that does not roll forward (clamped at 0, a planted cell, a lost cell) is a break the job finds.
    for (String[] x : inForce) {
      if (x[1].equals("FAIL")) {
        failing.add("R-T2-INFORCE-XYEAR|" + x[0]);
        if (!planted.contains(new Planted("R-T2-INFORCE-XYEAR", x[0]))) {
          planted.add(new Planted("R-T2-INFORCE-XYEAR", x[0]));
        }
      }
    }
    planted.removeIf(p -> p.check().startsWith("R-T") && !failing.contains(p.check() + "|" + p.scope())
        || p.check().startsWith("R-S14") && !failing.contains(p.check() + "|" + p.scope()));
    String previousFile = state.previousFile;
    state.previousFile = s2014 ? null : fileName;
    state.previousYear = year;

    boolean damaged = layout.damaged() || noise.stream().anyMatch(Noise.DAMAGING::contains);
    String truth = TruthJson.write(new TruthJson.Truth(fileName, body, year, s2014 ? "S2014" : t2,
        s2014 ? "S2014" : t3Printed, layout.key(), encoding, damaged, List.copyOf(noise), flags, planted, sheet,
        expected, prose.stated(), crossYear, inForce, hadPreviousT3 ? previousFile : null, stale, stalePreviousFile,
        regions.codes(body.regionCode()),
        group, group == null ? List.of() : group.expected(sheet)));
    if (consolidation != null) {
      consolidation.add(body, year, fileName, sheet);
    }

    String url = manifestDice.chance(0.85) ? "https://www." + initials(body.name()) + ".gov.cn/zwgk/xxgknb/" + year
        + "/" + fileName : null;
    String published = manifestDice.chance(0.9) ? (year + 1) + "-0" + manifestDice.between(1, 3) + "-"
        + String.format("%02d", manifestDice.between(1, 28)) : null;
    return new GeneratedReport(fileName, bytes, truth, url, manifestDice.chance(0.9) ? body.name() : null,
        manifestDice.chance(0.9) ? body.regionCode() : null, manifestDice.chance(0.95) ? year : null, published);
  }

  /** The share of text renderings cut off inside table 3 (noise cut_table3). */
  private static final double CUT_TABLE3_RATE = 0.03;

  /** The text renderings a cut can end (HTML and PDF pages are whole; OCR text is damaged enough already). */
  private static final Set<Layout> CUT_LAYOUTS =
      Set.of(Layout.PIPE, Layout.TAB, Layout.BLANK_LINE, Layout.CRAWLED_PIPE, Layout.MARKDOWN);

  /**
   * Table-3 rows a cut may fall before (all before （六）, where the variants differ), each with a word of its label
   * that no earlier row of the table prints.
   */
  private static final List<String[]> CUT_ROWS =
      List.of(
          new String[] {"granted", "予以公开"}, new String[] {"partial", "部分公开"},
          new String[] {"denied_state_secret", "国家秘密"}, new String[] {"denied_third_party", "第三方"},
          new String[] {"denied_internal_affairs", "内部事务"}, new String[] {"denied_process_info", "过程性"},
          new String[] {"denied_enforcement_file", "执法案卷"}, new String[] {"denied_admin_query", "查询事项"},
          new String[] {"unable_not_held", "不掌握"}, new String[] {"unable_need_creation", "另行制作"},
          new String[] {"notproc_petition", "信访"}, new String[] {"notproc_repeat", "重复申请"},
          new String[] {"notproc_publication", "出版物"}, new String[] {"notproc_massive", "大量反复"});

  /** A text cut inside table 3, and the row whose line the cut fell inside (null when it fell between rows). */
  record Cut(String text, String incompleteRow) {}

  /**
   * The text cut inside table 3 (cut_table3), at the line that prints a drawn row's label: before that line, or, in
   * half the Markdown renderings, inside it, after its label and first values (the rest of the line lost with its
   * closing pipe). What the cut leaves out, the rows after it and everything after table 3, leaves the truth
   * (printed = false). Null, the text left whole, when the label's word is not found where table 3 is (a label the
   * style broke).
   */
  static Cut cutTable3(String text, Sheet sheet, Dice dice, boolean markdown) {
    String[] row = CUT_ROWS.get(dice.between(0, CUT_ROWS.size() - 1));
    int title = text.indexOf("收到和处理政府信息公开申请情况");
    int table = title < 0 ? -1 : text.indexOf("本年新收", title);
    int label = table < 0 ? -1 : text.indexOf(row[1], table);
    if (label < 0) {
      return null;
    }
    int cut = text.lastIndexOf('\n', label) + 1;
    // Drawn after the row, from the same stream: the rows cut between stay those of earlier versions.
    if (markdown && dice.chance(0.5)) {
      int end = text.indexOf('\n', label);
      String line = text.substring(cut, end < 0 ? text.length() : end);
      int[] pipes = markdownRowPipes(line);
      int printed = pipes == null ? 0 : valuesKept(line, pipes, dice.between(1, Templates.T3_COLS.size() - 1));
      if (printed > 0) {
        List<String> cols = Templates.T3_COLS;
        for (int i = printed; i < cols.size(); i++) {
          Sheet.Cell c = sheet.t3(row[0], cols.get(i));
          if (c != null) {
            c.printed = false;
          }
        }
        unprintedAfter(sheet, row[0], false);
        // The line up to its last kept value, without the pipe that closed that value's cell.
        String partial = line.substring(0, pipes[pipes.length - 1 - (cols.size() - printed)]).stripTrailing();
        return new Cut(text.substring(0, cut) + partial, row[0]);
      }
    }
    unprintedAfter(sheet, row[0], true);
    return new Cut(text.substring(0, cut), null);
  }

  /** Table-3 rows after {@code row} (and {@code row} itself when {@code inclusive}), T2019's （六） and table 4. */
  private static void unprintedAfter(Sheet sheet, String row, boolean inclusive) {
    boolean after = false;
    for (Templates.T3Row r : Templates.t3(Templates.T2021)) {
      boolean at = r.key().equals(row);
      if (after || (at && inclusive)) {
        markUnprinted(sheet, r.key());
      }
      after |= at;
    }
    for (Templates.T3Row r : Templates.t3(Templates.T2019)) {
      if (r.key().equals("other_handling")) {
        markUnprinted(sheet, r.key());
      }
    }
    for (Sheet.Cell c : sheet.table("t4")) {
      c.printed = false;
    }
  }

  /** The pipes of a Markdown table-3 row ({@code | 标签 | 1 | 0 | … | 7 |}: a label, then seven values); null otherwise. */
  static int[] markdownRowPipes(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("|") || !trimmed.endsWith("|")) {
      return null;
    }
    int[] pipes = java.util.stream.IntStream.range(0, line.length()).filter(i -> line.charAt(i) == '|').toArray();
    return pipes.length - 1 >= Templates.T3_COLS.size() + 1 ? pipes : null;
  }

  /**
   * How many of the row's seven values a cut after the {@code wanted}-th keeps: fewer where that one is blank, since
   * a text cannot show a blank cell at its very end; 0 when no value before it is printed.
   */
  static int valuesKept(String line, int[] pipes, int wanted) {
    int firstValue = pipes.length - 1 - Templates.T3_COLS.size(); // the cell index of the first value
    for (int k = wanted; k >= 1; k--) {
      int cell = firstValue + k - 1;
      if (!line.substring(pipes[cell] + 1, pipes[cell + 1]).isBlank()) {
        return k;
      }
    }
    return 0;
  }

  private static void markUnprinted(Sheet sheet, String row) {
    for (String col : Templates.T3_COLS) {
      Sheet.Cell c = sheet.t3(row, col);
      if (c != null) {
        c.printed = false;
      }
    }
  }

  private static String textEncoding(Dice dice) {
    return switch (dice.weighted(80, 10, 3, 3, 4)) {
      case 1 -> "GB18030";
      case 2 -> "UTF-16LE";
      case 3 -> "UTF-16BE";
      case 4 -> "UTF-8-BOM";
      default -> "UTF-8";
    };
  }

  private static byte[] encode(String text, String encoding) {
    return switch (encoding) {
      case "GB18030" -> text.getBytes(GB18030);
      case "UTF-16LE" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
      case "UTF-16BE" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
      case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
      default -> text.getBytes(StandardCharsets.UTF_8);
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static String initials(String name) {
    String core = name.replace("人民政府", "").replace("办事处", "");
    String s = HanLP.convertToPinyinFirstCharString(core.length() > 6 ? core.substring(0, 6) : core, "", false);
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      }
    }
    return sb.length() == 0 ? "gov" : sb.toString();
  }

  @Override
  public void close() {
    if (pdf != null) {
      try {
        pdf.close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      pdf = null;
    }
  }

  /**
   * Whether the body's peers (its year, level and kind) have a median of new requests above R-XR-PEER's zero_floor
   * (100): provincial and prefectural governments and their general offices, whose scales are 900 and 160.
   */
  static boolean largeAmongPeers(Body body) {
    boolean office = body.kind() == Body.Kind.DEPARTMENT && body.name().contains("人民政府办公")
        && body.regionCode().length() <= 4;
    return body.kind() == Body.Kind.PROVINCE_GOV || body.kind() == Body.Kind.PREFECTURE_GOV || office;
  }
}
