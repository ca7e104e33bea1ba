package io.gongkai.crossreport;

import static java.util.Objects.requireNonNull;

import io.gongkai.report.Cell;
import io.gongkai.report.CellKind;
import io.gongkai.report.TableId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What one statistical table of a report printed, in a few numbers and a digest of its cells: enough to tell a table
 * reprinted unchanged from the year before ({@link StaleTables}) without reading the two reports' cells again, and to
 * see per table how much of it was blank.
 *
 * <p>The digest covers each cell's place (block, row, column), its kind and its value — not its raw text, so a table
 * retyped with other spacing or thousands separators still matches, while a blank never matches a printed 0 (a blank
 * is not a zero).
 *
 * @param table t2, t3, t4 or s2014
 * @param cells the cells read
 * @param numbers cells with a number (0 included)
 * @param nonZero cells with a number other than 0
 * @param blank cells printed blank (EMPTY)
 * @param notApplicable cells printed as not applicable (NA: /, —, 无)
 * @param digest 16 hex digits of SHA-256 over the sorted cells
 */
public record TableDigest(
    TableId table, int cells, int numbers, int nonZero, int blank, int notApplicable, String digest) {
  public TableDigest {
    requireNonNull(table, "table is null");
    requireNonNull(digest, "digest is null");
  }

  /** One digest per table the cells come from, in {@link TableId} order. */
  public static List<TableDigest> of(List<Cell> cells) {
    Map<TableId, List<String>> keys = new EnumMap<>(TableId.class);
    Map<TableId, int[]> counts = new EnumMap<>(TableId.class);
    for (Cell c : cells) {
      keys.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(key(c));
      int[] n = counts.computeIfAbsent(c.table(), t -> new int[5]);
      n[0]++;
      if (c.kind().hasValue()) {
        n[1]++;
        if (c.value().signum() != 0) {
          n[2]++;
        }
      } else if (c.kind() == CellKind.EMPTY) {
        n[3]++;
      } else if (c.kind() == CellKind.NA) {
        n[4]++;
      }
    }
    List<TableDigest> out = new ArrayList<>(keys.size());
    for (Map.Entry<TableId, List<String>> e : keys.entrySet()) {
      int[] n = counts.get(e.getKey());
      out.add(new TableDigest(e.getKey(), n[0], n[1], n[2], n[3], n[4], digest(e.getValue())));
    }
    return out;
  }

  private static String key(Cell c) {
    // Unit separator: no label or value contains it.
    String value = c.kind().hasValue() ? c.value().stripTrailingZeros().toPlainString() : "";
    return (c.block() == null ? "" : c.block()) + '\u001f' + (c.row() == null ? "" : c.row()) + '\u001f' + c.col()
        + '\u001f' + c.kind().name() + '\u001f' + value;
  }

  private static String digest(List<String> keys) {
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    for (String k : sorted) {
      sha.update(k.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }
}
