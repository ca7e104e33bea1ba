package io.gongkai.synth;

import io.gongkai.crossreport.CopiedProse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Each report's own prose ({@link Narrative}) and the R-XR-COPY plants: a BODY report copied forward from its body's
 * report of the year before (its figures, a sentence rewritten and maybe a clause), or copied across from another
 * body's earlier report (the names changed everywhere, or the old name left in once; figures changed).
 *
 * <p>A copy reuses its source's prose whole: the narrative, and the template sentences around it written with the
 * source's choices of wording (its prose dice replayed) but with the copier's name and figures. So its stated figures
 * are its own and its truth stays whole; only its prose changes. Sources are BODY reports generated before the copier
 * (the same or an earlier year, so the copier is the later report: later year, or the later file name), of the same
 * table-2 template (the same sections), never a copy themselves and copied at most once: every planted pair is one
 * finding with one partner. A copy across takes a body that speaks of itself alike (我局 and 我局), as a department
 * copies a department's report, and whose name is not the copier's with or without a region prefix.
 *
 * <p><b>Determinism.</b> Every draw comes from the dice of stream {@value #STREAM} (consolidated reports: {@value
 * #CONSOLIDATED_STREAM}) at the report's index, so the tables, figures and other prose of every report are those of a
 * corpus without narratives; a report still depends on the seed and the reports before it only. Not thread-safe.
 */
final class Copying {
  static final long STREAM = 11;
  static final long CONSOLIDATED_STREAM = 12;
  /** How many recent BODY reports a copy across chooses its source among. */
  static final int RECENT = 400;

  private final SynthConfig config;
  private final Deque<Source> recent = new ArrayDeque<>();
  private Source last;

  Copying(SynthConfig config) {
    this.config = config;
  }

  /**
   * A report generated, as a later copy may take it.
   *
   * @param furnitureDrawn whether its prose dice drew the chance of page furniture before its prose (not a PDF layout)
   */
  private static final class Source {
    final int index;
    final Body body;
    final int year;
    final String t2;
    final String file;
    final boolean furnitureDrawn;
    final boolean furniture;
    final boolean receivedNone;
    final Narrative narrative;
    final boolean copy;
    boolean used;

    Source(int index, Body body, int year, String t2, String file, boolean furnitureDrawn, boolean furniture,
        boolean receivedNone, Narrative narrative, boolean copy) {
      this.index = index;
      this.body = body;
      this.year = year;
      this.t2 = t2;
      this.file = file;
      this.furnitureDrawn = furnitureDrawn;
      this.furniture = furniture;
      this.receivedNone = receivedNone;
      this.narrative = narrative;
      this.copy = copy;
    }
  }

  /**
   * What the prose of one BODY report is made of.
   *
   * @param proseDice the dice to build the template prose with: the report's own, or its source's replayed
   * @param furniture whether the report has page furniture (a copy's is its source's)
   * @param planted the R-XR-COPY plant, null for a report of its own
   */
  record Plan(Narrative narrative, Dice proseDice, boolean furniture, Planted planted) {}

  /**
   * The prose plan of BODY report {@code index}.
   *
   * @param proseDice its own prose dice, after the furniture draw when there was one
   * @param furnitureDrawn whether its layout may have furniture (the draw was made)
   * @param furniture its own furniture draw
   * @param sheet its figures
   */
  Plan plan(int index, Body body, int year, String t2, Dice proseDice, boolean furnitureDrawn, boolean furniture,
      Sheet sheet) {
    boolean none = receivedNone(sheet);
    Dice root = Dice.of(config.seed(), STREAM, index);
    Dice narrativeDice = root.fork(1);
    Dice copyDice = root.fork(2);
    Narrative own = Narrative.draw(body, narrativeDice);
    double draw = copyDice.uniform();
    Source source = null;
    String kind = null;
    if (draw < config.copyRate() / 2) {
      if (last != null && last.body.identity().equals(body.identity()) && last.year == year - 1
          && eligible(last, t2, furnitureDrawn, none)) {
        source = last;
        kind = "COPIED_FORWARD";
      }
    } else if (draw < config.copyRate()) {
      List<Source> candidates = new ArrayList<>();
      for (Source s : recent) {
        if (!s.body.identity().equals(body.identity()) && s.body.self().equals(body.self()) && s.year <= year
            && !s.body.name().endsWith(body.name()) && !body.name().endsWith(s.body.name())
            && eligible(s, t2, furnitureDrawn, none)) {
          candidates.add(s);
        }
      }
      if (!candidates.isEmpty()) {
        source = copyDice.pick(candidates);
        kind = "COPIED_ACROSS";
      }
    }
    if (source == null) {
      return new Plan(own, proseDice, furniture, null);
    }
    Narrative copied;
    if (kind.equals("COPIED_FORWARD")) {
      copied = source.narrative.edited(body, copyDice.chance(0.5), copyDice);
    } else {
      copied = source.narrative.renamed(source.body, body, copyDice.chance(0.5), copyDice);
      if (copied == null) {
        return new Plan(own, proseDice, furniture, null);
      }
    }
    source.used = true;
    return new Plan(copied, replayedProseDice(source), source.furniture,
        new Planted(CopiedProse.ID, kind, source.file));
  }

  /**
   * A source the copier can copy faithfully: same sections, not a copy, not copied yet, furniture it can have, and
   * requests received on both sides or on neither ({@link Prose} words the year without requests apart, and the
   * replayed wording would part from the source's from there on).
   */
  private static boolean eligible(Source s, String t2, boolean furnitureDrawn, boolean receivedNone) {
    return s.t2.equals(t2) && !s.copy && !s.used && (!s.furniture || furnitureDrawn) && s.receivedNone == receivedNone;
  }

  /** Whether the report received no request, as {@link Prose} reads it. */
  private static boolean receivedNone(Sheet sheet) {
    Sheet.Cell c = sheet.get("t3.new_received.total");
    return c == null || c.number == null || c.number.longValue() == 0;
  }

  /** Records a BODY report once made, as a later report may copy it. */
  void made(int index, Body body, int year, String t2, String file, boolean furnitureDrawn, Sheet sheet, Plan plan) {
    Source s = new Source(index, body, year, t2, file, furnitureDrawn, plan.furniture(), receivedNone(sheet),
        plan.narrative(), plan.planted() != null);
    last = s;
    recent.addLast(s);
    if (recent.size() > RECENT) {
      recent.removeFirst();
    }
  }

  /** The narrative of consolidated report {@code key}: its own, never a copy. */
  Narrative consolidated(Body body, long key) {
    return Narrative.draw(body, Dice.of(config.seed(), CONSOLIDATED_STREAM, key).fork(1));
  }

  /**
   * The source's prose dice as its report drew them: {@link Synthesizer}'s report dice (stream 2) forked 1 to 7 in
   * order (the seventh is the prose's), and the furniture chance drawn from it when the layout allowed furniture.
   */
  private Dice replayedProseDice(Source source) {
    Dice dice = Dice.of(config.seed(), 2, source.index);
    Dice prose = null;
    for (int salt = 1; salt <= 7; salt++) {
      prose = dice.fork(salt);
    }
    if (source.furnitureDrawn) {
      prose.chance(0.3);
    }
    return prose;
  }
}
