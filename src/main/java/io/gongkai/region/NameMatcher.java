package io.gongkai.region;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-pattern matcher over a fixed list of names: a character trie walked from every start offset of the text,
 * reporting every occurrence of every name (overlapping ones included). Cost is O(n·d) for a text of n characters where
 * d is the average depth reached before the walk falls off the trie, about 1–2 characters for Chinese prose, so it is
 * linear in practice without the failure links of Aho–Corasick.
 *
 * <p>Layout: the root's children are a direct {@code int[65536]} table (every start offset does one array read); the
 * other edges live in one open-addressing hash table keyed by {@code node << 16 | char}. Most walks end at the second
 * character, so a bigram filter (a {@value #BIGRAM_BITS}-bit set, 128 KiB, hashed from the first two characters of
 * every name) answers "no name starts with these two characters" without touching the multi-megabyte edge table.
 * Immutable after construction; {@link #scan} is thread-safe and allocates nothing.
 */
final class NameMatcher {
  /** Receives the matches of {@link #scan}, in order of start offset, then of end offset. */
  interface Sink {
    void match(int start, int end, int nameIndex);
  }

  private static final int NONE = 0;
  private static final int BIGRAM_BITS = 1 << 20;

  private final int[] rootChildren = new int[1 << 16];
  private final long[] edgeKeys;
  private final int[] edgeTargets;
  private final int edgeMask;
  /** For each node id, the index of the name ending there, or -1. */
  private final int[] terminal;
  private final long[] bigrams = new long[BIGRAM_BITS / 64];

  NameMatcher(List<String> names) {
    Map<Long, Integer> edges = new HashMap<>();
    int nodes = 1; // node 0 is the root, and doubles as "no edge" in the tables
    int[] terminals = new int[16];
    Arrays.fill(terminals, -1);
    for (int index = 0; index < names.size(); index++) {
      String name = names.get(index);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("Cannot match name " + index + ": it is empty");
      }
      if (name.length() >= 2) {
        int bit = bigram(name.charAt(0), name.charAt(1));
        bigrams[bit >>> 6] |= 1L << bit;
      }
      int node = 0;
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        int next = node == 0 ? rootChildren[c] : edges.getOrDefault(key(node, c), NONE);
        if (next == NONE) {
          next = nodes++;
          if (node == 0) {
            rootChildren[c] = next;
          } else {
            edges.put(key(node, c), next);
          }
        }
        node = next;
      }
      if (node >= terminals.length) {
        int old = terminals.length;
        terminals = Arrays.copyOf(terminals, Math.max(node + 1, old * 2));
        Arrays.fill(terminals, old, terminals.length, -1);
      }
      if (terminals[node] >= 0) {
        throw new IllegalArgumentException(
            "Cannot match name " + index + " '" + name + "': it repeats name " + terminals[node]);
      }
      terminals[node] = index;
    }
    int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2)) << 1;
    this.edgeKeys = new long[capacity];
    this.edgeTargets = new int[capacity];
    this.edgeMask = capacity - 1;
    for (Map.Entry<Long, Integer> e : edges.entrySet()) {
      int slot = slot(e.getKey());
      while (edgeKeys[slot] != 0) {
        slot = (slot + 1) & edgeMask;
      }
      edgeKeys[slot] = e.getKey();
      edgeTargets[slot] = e.getValue();
    }
    this.terminal = Arrays.copyOf(terminals, nodes);
    if (nodes > terminals.length) {
      Arrays.fill(this.terminal, terminals.length, nodes, -1);
    }
  }

  /** Reports every occurrence of every name in {@code text[0, length)}. */
  void scan(char[] text, int length, Sink sink) {
    for (int start = 0; start < length; start++) {
      int node = rootChildren[text[start]];
      int end = start + 1;
      while (node != NONE) {
        int name = terminal[node];
        if (name >= 0) {
          sink.match(start, end, name);
        }
        if (end == length) {
          break;
        }
        if (end == start + 1) {
          int bit = bigram(text[start], text[end]);
          if ((bigrams[bit >>> 6] & (1L << bit)) == 0) {
            break;
          }
        }
        node = child(node, text[end++]);
      }
    }
  }

  private int child(int node, char c) {
    long key = key(node, c);
    int slot = slot(key);
    while (true) {
      long k = edgeKeys[slot];
      if (k == key) {
        return edgeTargets[slot];
      }
      if (k == 0) {
        return NONE;
      }
      slot = (slot + 1) & edgeMask;
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & edgeMask;
  }

  private static int bigram(char first, char second) {
    long h = (((long) first << 16) | second) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 44); // 20 bits
  }

  private static long key(int node, char c) {
    return ((long) node << 16) | c;
  }
}
