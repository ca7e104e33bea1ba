package io.gongkai.synth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one report prints its labels: bracket and numbering style, quotes, and the label noise of spec §0.1 (stray
 * spaces, truncation, OCR-like garbling). Truncation and garbling never touch a row's anchor keyword, so a label
 * stays identifiable as the real damaged ones are.
 */
final class LabelStyle {
  /** Characters OCR confuses, each with a look-alike (seed 001, 003). */
  private static final String OCR_FROM = "理处申请政公开息数量结年本部分予法务机其他审未商业科研组织";
  private static final String OCR_TO = "埋外中清正么幵怠效最给午木郜份子去各杋甚也宙末啇亚料妍组识";

  final boolean halfWidth;
  final String dot;
  final boolean dotOnlyForOther;
  final String quoteOpen;
  final String quoteClose;
  private final Map<String, String> overrides = new HashMap<>();

  private LabelStyle(boolean halfWidth, String dot, boolean dotOnlyForOther, String quoteOpen, String quoteClose) {
    this.halfWidth = halfWidth;
    this.dot = dot;
    this.dotOnlyForOther = dotOnlyForOther;
    this.quoteOpen = quoteOpen;
    this.quoteClose = quoteClose;
  }

  static LabelStyle draw(Layout layout, String t3Template, Dice dice, Set<String> noise) {
    boolean half = layout == Layout.PIPE || layout == Layout.OCR_TAB || layout == Layout.BLANK_LINE
        ? dice.chance(0.8) : dice.chance(0.2);
    String dot = ".";
    boolean onlyOther = false;
    int numbering = dice.weighted(80, 10, 10);
    if (numbering == 1) {
      dot = "．";
    } else if (numbering == 2) {
      dot = "、";
      onlyOther = dice.chance(0.5) && Templates.T2021.equals(t3Template);
      noise.add(Noise.NUMBERING_VARIANT);
    }
    int q = dice.weighted(6, 3, 1);
    LabelStyle style = switch (q) {
      case 0 -> new LabelStyle(half, dot, onlyOther, "“", "”");
      case 1 -> new LabelStyle(half, dot, onlyOther, "\"", "\"");
      default -> new LabelStyle(half, dot, onlyOther, "‘", "’");
    };
    if (t3Template != null) {
      style.damage(t3Template, layout, dice, noise);
    }
    return style;
  }

  private void damage(String t3Template, Layout layout, Dice dice, Set<String> noise) {
    List<Templates.T3Row> rows = Templates.t3(t3Template);
    double garbleRate = layout == Layout.OCR_TAB ? 0.8 : 0.08;
    if (dice.chance(garbleRate)) {
      int n = layout == Layout.OCR_TAB ? dice.between(2, 6) : dice.between(1, 2);
      for (int i = 0; i < n; i++) {
        Templates.T3Row r = dice.pick(rows);
        String label = t3Base(r);
        String garbled = r.key().equals("denied_other_law") && dice.chance(0.5)
            ? label.replace("行政法规禁止公开", "行政止公开") // printed that way in hzq2023/hzq2024
            : garble(label, r.anchor(), dice);
        if (!garbled.equals(label)) {
          overrides.put(r.key(), garbled);
          noise.add(Noise.LABEL_GARBLED);
        }
      }
      if (dice.chance(0.3)) {
        overrides.put("t4:pending", "尚未审六结"); // seed 003
        noise.add(Noise.LABEL_GARBLED);
      }
    }
    if (dice.chance(0.07)) {
      for (int i = dice.between(1, 2); i > 0; i--) {
        Templates.T3Row r = dice.pick(rows);
        String label = overrides.getOrDefault(r.key(), t3Base(r));
        String cut = truncate(label, r.anchor(), dice);
        if (!cut.equals(label)) {
          overrides.put(r.key(), cut);
          noise.add(Noise.LABEL_TRUNCATED);
        }
      }
    }
    if (dice.chance(0.12)) {
      for (int i = dice.between(1, 3); i > 0; i--) {
        Templates.T3Row r = dice.pick(rows);
        String label = overrides.getOrDefault(r.key(), t3Base(r));
        int at = dice.between(1, label.length() - 1);
        if (Character.isDigit(label.charAt(at - 1)) || Character.isDigit(label.charAt(at))) {
          continue;
        }
        overrides.put(r.key(), label.substring(0, at) + " " + label.substring(at));
        noise.add(Noise.LABEL_SPACES);
      }
    }
  }

  /** Replaces, drops or inserts one or two characters outside the anchor and the numbering prefix. */
  private static String garble(String label, String anchor, Dice dice) {
    int start = prefixLength(label);
    int a = label.indexOf(anchor);
    StringBuilder sb = new StringBuilder(label);
    int edits = dice.between(1, 2);
    for (int e = 0; e < edits; e++) {
      int tries = 0;
      while (tries++ < 10) {
        int at = dice.between(start, Math.max(start, sb.length() - 1));
        a = sb.indexOf(anchor);
        if (at >= sb.length() || (a >= 0 && at >= a - 1 && at <= a + anchor.length())) {
          continue;
        }
        char ch = sb.charAt(at);
        int k = OCR_FROM.indexOf(ch);
        if (k >= 0) {
          sb.setCharAt(at, OCR_TO.charAt(k));
        } else if (dice.chance(0.5) && Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
          sb.deleteCharAt(at);
        } else {
          sb.insert(at, dice.pickOf('六', '一', '丨', '口', '亠'));
        }
        break;
      }
    }
    return sb.toString();
  }

  /** Cuts the tail of a long label after its anchor (…不再处理其政府信息公开申). */
  private static String truncate(String label, String anchor, Dice dice) {
    int a = label.indexOf(anchor);
    int keep = a < 0 ? label.length() : a + anchor.length();
    int room = label.length() - keep;
    if (label.length() < 10 || room < 2) {
      return label;
    }
    int cut = dice.between(1, Math.min(room - 1, Math.max(1, label.length() / 4)));
    return label.substring(0, label.length() - cut);
  }

  private static int prefixLength(String label) {
    int i = 0;
    while (i < label.length() && "一二三四五六七八九十、（）().．1234567890".indexOf(label.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** The canonical label in this report's bracket, numbering and quote style, before damage. */
  String t3Base(Templates.T3Row r) {
    String label = r.label();
    if (r.level() == Templates.Level.SUB && (!dotOnlyForOther || Templates.G_OTHER.equals(r.group()))) {
      label = label.replaceFirst("^(\\d)\\.", "$1" + dot);
    }
    return style(label);
  }

  String t3(Templates.T3Row r) {
    return overrides.getOrDefault(r.key(), t3Base(r));
  }

  /** T4 column label of a part (pending → 尚未审结, or its damaged form). */
  String t4Part(String part, String label) {
    return overrides.getOrDefault("t4:" + part, label);
  }

  /** Any other label: brackets, quotes and punctuation in this report's style. */
  String style(String label) {
    String s = label.replace("“", quoteOpen).replace("”", quoteClose);
    if (halfWidth) {
      s = s.replace('（', '(').replace('）', ')').replace('，', ',').replace('：', ':').replace('；', ';');
    }
    return s;
  }
}
