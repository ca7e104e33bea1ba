package io.gongkai.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Who holds a warehouse's writer lock, as written in the lock file (one JSON object).
 *
 * @param runId the holding run
 * @param host the host name of its driver
 * @param pid the driver's process id
 * @param startedAt when it took the lock
 * @param heartbeatAt when it last rewrote the lock
 */
public record LockHolder(String runId, String host, long pid, Instant startedAt, Instant heartbeatAt) {
  private static final ObjectMapper JSON = new ObjectMapper();

  String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("run_id", runId);
    node.put("host", host);
    node.put("pid", pid);
    node.put("started_at", startedAt.toString());
    node.put("heartbeat_at", heartbeatAt.toString());
    return node.toString() + "\n";
  }

  /** The holder written in {@code text}; empty when the text is not a complete lock (being written, or foreign). */
  static Optional<LockHolder> parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.hasNonNull("run_id")) {
        return Optional.empty();
      }
      return Optional.of(
          new LockHolder(
              node.get("run_id").asText(), node.path("host").asText("?"), node.path("pid").asLong(-1),
              Instant.parse(node.path("started_at").asText(Instant.EPOCH.toString())),
              Instant.parse(node.path("heartbeat_at").asText(Instant.EPOCH.toString()))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  LockHolder beating(Instant now) {
    return new LockHolder(runId, host, pid, startedAt, now);
  }

  /** "run 20261204T101500Z-1a2b3c4d on host worker-3, pid 4242, started 2026-12-04T10:15:00Z". */
  public String describe() {
    return String.format("run %s on host %s, pid %d, started %s", runId, host, pid, startedAt);
  }
}
