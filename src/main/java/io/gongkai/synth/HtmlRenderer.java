package io.gongkai.synth;

import io.gongkai.synth.Doc.Block;
import io.gongkai.synth.Grid.GCell;
import io.gongkai.synth.Grid.GRow;
import java.util.List;

/** HTML pages with the tables of scripts/truth-to-html.py: rowspan/colspan headers, {@code &nbsp;} blanks. */
final class HtmlRenderer {
  private final Sheet sheet;
  private final String t2Template;
  private final String t3Template;
  private final LabelStyle style;
  private final String charset;
  private final Dice dice;
  private final StringBuilder out = new StringBuilder();

  HtmlRenderer(Sheet sheet, String t2Template, String t3Template, LabelStyle style, String charset, Dice dice) {
    this.sheet = sheet;
    this.t2Template = t2Template;
    this.t3Template = t3Template;
    this.style = style;
    this.charset = charset;
    this.dice = dice;
  }

  String render(Doc doc) {
    String title = doc.blocks().stream().filter(b -> b.kind() == Doc.Kind.TITLE).findFirst().map(Block::text).orElse("");
    out.append("<!DOCTYPE html>\n<html><head><meta charset=\"").append(charset).append("\"><title>")
        .append(escape(title)).append("</title>\n")
        .append("<style>td{border:1px solid #000}</style><script>var x = '三、收到和处理';</script></head><body>\n");
    for (Block b : doc.blocks()) {
      switch (b.kind()) {
        case CRUMB -> out.append("<div class=\"crumb\">").append(escape(b.text())).append("</div>\n");
        case TITLE -> out.append("<h1>").append(escape(b.text())).append("</h1>\n");
        case META -> out.append("<div class=\"info\">").append(escape(b.text()).replace("　", "&nbsp;&nbsp;&nbsp;"))
            .append("</div>\n");
        case HEADING, APPENDIX -> out.append("<p><strong>").append(escape(b.text())).append("</strong></p>\n");
        case PARA -> out.append("<p>").append(dice.chance(0.3) ? "&nbsp;&nbsp;&nbsp;&nbsp;" : "")
            .append(escape(b.text())).append("</p>\n");
        case SIGNATURE, DATE -> out.append("<p style=\"text-align:right\">").append(escape(b.text())).append("</p>\n");
        case DOWNLOAD -> out.append("<p><a href=\"#\">").append(escape(b.text())).append("</a></p>\n");
        case TABLE -> table(b.text());
      }
    }
    out.append("</body></html>\n");
    return out.toString();
  }

  private void table(String id) {
    List<GRow> rows = switch (id) {
      case "t2" -> Grid.t2(sheet, t2Template, style, false);
      case "t3" -> Grid.t3(sheet, t3Template, style, true);
      case "t4" -> Grid.t4(sheet, style, true);
      default -> Grid.s2014(sheet, style, false);
    };
    out.append(id.equals("t2") ? "<table border=\"1\" cellspacing=\"0\">\n" : "<table border=\"1\">\n");
    for (GRow row : rows) {
      out.append("<tr>");
      for (GCell c : row.cells()) {
        if (c.covered()) {
          continue;
        }
        out.append("<td");
        if (c.rowspan() > 1) {
          out.append(" rowspan=\"").append(c.rowspan()).append('"');
        }
        if (c.colspan() > 1) {
          out.append(" colspan=\"").append(c.colspan()).append('"');
        }
        out.append('>');
        String text = c.text().strip();
        out.append(text.isEmpty() ? "&nbsp;" : escape(text).replace("\n", "<br>"));
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
