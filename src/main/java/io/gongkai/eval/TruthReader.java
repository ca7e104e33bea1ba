package io.gongkai.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.report.CellKind;
import io.gongkai.report.CheckStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one truth file (the format of {@code corpus/real/README.md}, plus the synthetic corpus's {@code layout},
 * {@code noise}, {@code encoding}, {@code planted}, {@code damaged}, {@code scope}, {@code body_kind}, the level codes
 * and {@code consolidated_checks}; its other keys, such as {@code stated_figures}, {@code cross_year} and {@code
 * consolidated}, are not read).
 *
 * <p>Required: {@code file}; in each cell {@code table}, {@code col} and {@code semantic}; in each expected check
 * {@code check}, {@code scope} and {@code status}; in each planted anomaly {@code check}. Everything else may be
 * missing or null: no cells, no checks, layout {@value TruthReport#REAL_LAYOUT}, no noise. Values are read as
 * decimals, never through a double. A file that is not such JSON is an {@link IllegalArgumentException} naming the
 * file and the problem.
 */
public final class TruthReader {
  /** The suffix every truth file name ends with. */
  public static final String SUFFIX = ".truth.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final List<String> KINDS = Arrays.stream(CellKind.values()).map(Enum::name).toList();
  private static final List<String> STATUSES = Arrays.stream(CheckStatus.values()).map(Enum::name).toList();

  private TruthReader() {}

  /** Parses the bytes of the truth file read from {@code source}. */
  public static TruthReport read(String source, byte[] bytes) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          String.format("Cannot read truth file %s: not JSON (%s)", source, e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read truth file " + source, e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(String.format("Cannot read truth file %s: not a JSON object", source));
    }
    String file = required(source, root, "file", "");
    List<TruthCell> cells = new ArrayList<>();
    int i = 0;
    for (JsonNode cell : array(source, root, "cells")) {
      String where = "cells[" + i++ + "].";
      String semantic = required(source, cell, "semantic", where);
      if (!KINDS.contains(semantic)) {
        throw new IllegalArgumentException(
            String.format("Cannot read truth file %s: %ssemantic is '%s', expected one of %s", source, where,
                semantic, KINDS));
      }
      String raw = text(cell.get("raw"));
      cells.add(
          new TruthCell(
              required(source, cell, "table", where), text(cell.get("block")), text(cell.get("row")),
              required(source, cell, "col", where), raw == null ? "" : raw, semantic,
              decimal(source, cell.get("value"), where + "value"), text(cell.get("unit"))));
    }
    List<TruthCheck> expected = new ArrayList<>();
    i = 0;
    for (JsonNode check : array(source, root, "expected_checks")) {
      String where = "expected_checks[" + i++ + "].";
      String status = required(source, check, "status", where);
      if (!STATUSES.contains(status)) {
        throw new IllegalArgumentException(
            String.format("Cannot read truth file %s: %sstatus is '%s', expected one of %s", source, where, status,
                STATUSES));
      }
      expected.add(new TruthCheck(required(source, check, "check", where), required(source, check, "scope", where),
          status));
    }
    List<TruthCheck> planted = new ArrayList<>();
    i = 0;
    for (JsonNode anomaly : array(source, root, "planted")) {
      String where = "planted[" + i++ + "].";
      planted.add(new TruthCheck(required(source, anomaly, "check", where), text(anomaly.get("scope")), "FAIL"));
    }
    List<TruthCheck> consolidated = new ArrayList<>();
    i = 0;
    for (JsonNode check : array(source, root, "consolidated_checks")) {
      String where = "consolidated_checks[" + i++ + "].";
      String status = required(source, check, "status", where);
      if (!STATUSES.contains(status)) {
        throw new IllegalArgumentException(
            String.format("Cannot read truth file %s: %sstatus is '%s', expected one of %s", source, where, status,
                STATUSES));
      }
      consolidated.add(new TruthCheck(required(source, check, "check", where), required(source, check, "metric",
          where), status));
    }
    String layout = text(root.get("layout"));
    return new TruthReport(
        source, file, layout == null || layout.isEmpty() ? TruthReport.REAL_LAYOUT : layout, noise(source, root),
        text(root.get("encoding")), text(root.get("template_t2")), text(root.get("template_t3")), cells, expected,
        planted, root.has("planted") && !root.get("planted").isNull(), bool(source, root, "damaged"),
        speaksFor(source, root), consolidated);
  }

  private static TruthScope speaksFor(String source, JsonNode root) {
    String scope = text(root.get("scope"));
    if (scope == null) {
      return null;
    }
    oneOf(source, "scope", scope, TruthScope.SCOPES);
    String kind = text(root.get("body_kind"));
    if (kind != null) {
      oneOf(source, "body_kind", kind, TruthScope.BODY_KINDS);
    }
    return new TruthScope(scope, kind, text(root.get("province_code")), text(root.get("prefecture_code")),
        text(root.get("county_code")));
  }

  private static void oneOf(String source, String field, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          String.format("Cannot read truth file %s: %s is '%s', expected one of %s", source, field, value, allowed));
    }
  }

  private static List<String> noise(String source, JsonNode root) {
    JsonNode noise = root.get("noise");
    if (noise == null || noise.isNull()) {
      return List.of();
    }
    if (noise.isTextual()) {
      return noise.asText().isEmpty() ? List.of() : List.of(noise.asText());
    }
    List<String> kinds = new ArrayList<>();
    for (JsonNode kind : array(source, root, "noise")) {
      if (!kind.isTextual()) {
        throw new IllegalArgumentException(
            String.format("Cannot read truth file %s: noise holds %s, expected strings", source, kind));
      }
      if (!kinds.contains(kind.asText())) {
        kinds.add(kind.asText());
      }
    }
    return kinds;
  }

  private static Boolean bool(String source, JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isBoolean()) {
      throw new IllegalArgumentException(
          String.format("Cannot read truth file %s: %s is %s, expected true or false", source, field, node));
    }
    return node.booleanValue();
  }

  private static JsonNode array(String source, JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return JSON.createArrayNode();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(
          String.format("Cannot read truth file %s: %s is %s, expected an array", source, field,
              node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return node;
  }

  private static String required(String source, JsonNode parent, String field, String where) {
    String value = text(parent.get(field));
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(
          String.format("Cannot read truth file %s: %s%s is missing", source, where, field));
    }
    return value;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static BigDecimal decimal(String source, JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    try {
      return new BigDecimal(node.asText().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format("Cannot read truth file %s: %s is '%s', expected a number", source, where, node.asText()), e);
    }
  }
}
