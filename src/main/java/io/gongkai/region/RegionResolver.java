package io.gongkai.region;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves the region a report comes from (province → prefecture → county) from the place names in its text.
 * Immutable and thread-safe; build one per JVM ({@link #bundled()}) and call {@link #resolve} from any thread.
 *
 * <p><b>1. Mentions.</b> The text is normalised by dropping every whitespace character (PDF renderings break lines
 * inside names: 淮安市洪 / 泽区) and scanned once by a {@link NameMatcher} over all official names and aliases of the
 * gazetteer's provinces, prefectures and counties, and over the official names of towns that end in 镇, 乡 or 街道
 * (three characters or more, Chinese characters only). Matches are taken leftmost-longest without overlaps, as in
 * maximum-matching segmentation: 新乡市 inside 新乡市平原城乡一体化示范区 is dropped, and so is 市南县 (a former name
 * of 青岛's 市南区) in 益阳市南县. A name ending in 区 followed by 域 is not a name (海南区域). When one official name
 * names a division and its descendant (东莞市 is the prefecture 4419 and its only county-level unit 441900), it names
 * the ancestor.
 *
 * <p><b>2. Weak and strong names.</b> A candidate is <em>strong</em> when it is an official name of three or more
 * characters that is not a generic word ({@link AliasRules#GENERIC_NAMES}), a suffixed alias (循化县), a former name
 * (洪泽县), or a province's bare alias (甘肃). Everything else is <em>weak</em>: two-character official names (和县, 城区, 东区), generic names, bare
 * aliases of prefectures and counties (攀枝花, 循化, 长治 in 长治久安), towns, and any name ending in 市 that is
 * followed by 场 (市场). A bare alias followed by 人民政府 or 政府 counts as a suffixed one (海东市循化人民政府). The
 * bare aliases of {@link #COMMON_WORD_ALIASES} are not matched at all.
 *
 * <p><b>3. Support and ambiguity.</b> A candidate's support is the weight of the strong mentions elsewhere in the text
 * whose candidates lie on its chain (code prefixes): for a strong candidate the candidate itself, its ancestors and its
 * descendants (鼓楼区 with 江苏省); for a weak one only itself, its descendants and its parent (循化 with 循化县 or
 * 海东市, not with 青海 alone; a town with its county). A weak candidate without support is dropped. When several
 * candidates remain, those with the highest support are kept (and of those, the official names if any); if they all
 * have zero support the name stays ambiguous and counts for nothing (鼓楼区 alone). A mention resolved to k candidates
 * gives each 1/k of its weight.
 *
 * <p><b>4. Weights.</b> weight = zone × kind. Zones, on the original lines: the first {@value #HEAD_LINES} lines with
 * Chinese text, when at most {@value #SHORT_LINE} characters long (title, source line) weigh {@value #HEAD_WEIGHT};
 * the last {@value #TAIL_LINES} such lines (signature, date) {@value #TAIL_WEIGHT}; the rest of the first
 * {@value #PREAMBLE_CHARS} characters {@value #PREAMBLE_WEIGHT}; the body 1. Kinds: official 1, suffixed 0.9, former
 * 0.8, bare 0.6, weak official 0.6, town 0.5. Names nested in one string (淮安市洪泽区, 甘肃省天水市麦积区) pass their weight
 * to the innermost one: they describe it, not themselves.
 *
 * <p><b>5. Choosing the chain.</b> Each division scores {@code own} (its mentions) and {@code sub} (its own plus all
 * its descendants'). From the top, the best child by {@code sub} is taken when it beats the runner-up by a factor
 * {@value #SIBLING_RATIO} and when {@code sub(child) ≥ γ · (own(parent) + sub(other children))}: a county report
 * names its prefecture as its superior, a prefecture report names its counties (several of them) as its subordinates,
 * so the depth is decided by how much the text talks about the parent itself and about the child's siblings. γ comes
 * from the self-references of the text (我市/全市/本市/市本级/我州 for a prefecture, 我县/全县/我区/全区/我旗 for a
 * county, 我省/全省 for a province): {@value #GAMMA_LOW} when the text speaks as a level below the parent, {@value
 * #GAMMA_HIGH} when it speaks as the parent's level, {@value #GAMMA_NEUTRAL} otherwise. A prefecture-level result has
 * the 4-digit code (钦州市 → 4507).
 *
 * <p><b>6. Confidence</b> = (1 − e<sup>−w/1.5</sup>) × the smallest margin (1 − runner-up/best) of the steps taken,
 * where w is the weight of the chosen division's subtree plus its ancestors' own weight; rounded to three decimals.
 * Evidence lists up to {@value #MAX_EVIDENCE} distinct snippets (nested names joined): those naming the chosen
 * division or its ancestors, heaviest first, then those naming its descendants.
 *
 * <p>Out of scope: traditional characters (the gazetteer is simplified; 廣西 is not 广西: convert first), and renamed
 * or merged divisions whose old name is not a {@link NameKind#FORMER} form of the 2023 one (麦积区 was 北道区 until
 * 2005; a report that only says 北道区 resolves to nothing).
 */
public final class RegionResolver {
  static final int HEAD_LINES = 3;
  static final int TAIL_LINES = 3;
  static final int SHORT_LINE = 48;
  static final int PREAMBLE_CHARS = 1000;
  static final double HEAD_WEIGHT = 3.0;
  static final double TAIL_WEIGHT = 2.0;
  static final double PREAMBLE_WEIGHT = 1.5;
  static final double BODY_WEIGHT = 1.0;
  static final double OFFICIAL_WEIGHT = 1.0;
  static final double SUFFIXED_WEIGHT = 0.9;
  static final double FORMER_WEIGHT = 0.8;
  static final double BARE_WEIGHT = 0.6;
  static final double WEAK_OFFICIAL_WEIGHT = 0.6;
  static final double TOWN_WEIGHT = 0.5;
  static final double SIBLING_RATIO = 1.5;
  static final double GAMMA_LOW = 0.25;
  static final double GAMMA_NEUTRAL = 0.5;
  static final double GAMMA_HIGH = 1.0;
  static final double STRENGTH_SCALE = 1.5;
  static final int MAX_EVIDENCE = 5;

  /**
   * Bare aliases that are ordinary words of government prose, or that its common phrases contain across a word
   * boundary (中华人民共和国 → 共和, 公开平台 → 开平, 政务公开和政务服务 → 和政, 长治久安 → 长治, 确保定期 → 保定). They are
   * not matched at all; the official and suffixed names (资源县, 平原示范区) still are. Seeded from the bare aliases
   * found in the eight sample reports and from those HanLP's core dictionary lists as frequent non-place words.
   */
  static final Set<String> COMMON_WORD_ALIASES =
      Set.of(
          "共和", "开平", "和政", "新和", "合作", "资源", "大方", "平原", "公安", "东方", "中方", "南部", "友谊", "比如",
          "富裕", "新兴", "通道", "延长", "会同", "同心", "同仁", "富民", "安宁", "威信", "民乐", "新星", "方正", "兴隆",
          "清水", "江山", "滨海", "平和", "长治", "安康", "保定", "大安");

  private static final double EPSILON = 1e-9;

  private final Gazetteer gazetteer;
  private final NameMatcher matcher;
  private final Candidate[][] candidatesByName;

  /** Builds the matcher over the gazetteer's names (a few hundred milliseconds; reuse the instance). */
  public RegionResolver(Gazetteer gazetteer) {
    this.gazetteer = requireNonNull(gazetteer, "gazetteer is null");
    List<String> names = new ArrayList<>();
    List<Candidate[]> candidates = new ArrayList<>();
    for (Map.Entry<String, List<DivisionName>> e : gazetteer.surfaces().entrySet()) {
      List<Candidate> matchable = new ArrayList<>();
      for (DivisionName n : e.getValue()) {
        Candidate c = candidate(n);
        if (c != null && !officialDescendantOfAnother(n, e.getValue())) {
          matchable.add(c);
        }
      }
      if (!matchable.isEmpty()) {
        names.add(e.getKey());
        candidates.add(matchable.toArray(new Candidate[0]));
      }
    }
    this.matcher = new NameMatcher(names);
    this.candidatesByName = candidates.toArray(new Candidate[0][]);
  }

  /** A resolver over {@link Gazetteer#bundled()}, built on first use and shared. */
  public static RegionResolver bundled() {
    return Bundled.INSTANCE;
  }

  /** The gazetteer this resolver reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Resolves the region of a report from its whole text (title first, signature last, as rendered). Returns {@link
   * RegionMatch#empty()} when the text names no place, and a match with no level and confidence 0 when the names it
   * has stay ambiguous. Never throws on content.
   */
  public RegionMatch resolve(String text) {
    requireNonNull(text, "text is null");
    Text t = Text.of(text);
    List<Mention> mentions = mentions(t);
    if (mentions.isEmpty()) {
      return RegionMatch.empty();
    }
    List<String> ambiguous = resolveCandidates(t, mentions);
    nest(mentions);

    NavigableMap<String, Double> own = new TreeMap<>();
    for (Mention m : mentions) {
      for (Candidate c : m.resolved) {
        own.merge(c.division.code(), m.weight / m.resolved.size(), Double::sum);
      }
    }
    if (own.isEmpty()) {
      return ambiguous.isEmpty() ? RegionMatch.empty() : RegionMatch.unresolved(distinctFirst(ambiguous));
    }
    Map<String, Double> sub = new HashMap<>();
    Map<String, Division> divisions = new HashMap<>();
    for (Map.Entry<String, Double> e : own.entrySet()) {
      Division d = gazetteer.byCode(e.getKey()).orElseThrow();
      for (Division ancestor : gazetteer.lineage(d)) {
        sub.merge(ancestor.code(), e.getValue(), Double::sum);
        divisions.put(ancestor.code(), ancestor);
      }
    }
    SelfReference self = SelfReference.count(t.chars, t.length);

    Division node = null;
    double minMargin = 1;
    while (true) {
      Division parent = node;
      List<Division> children =
          divisions.values().stream()
              .filter(d -> d.level() != Level.TOWN && sub.get(d.code()) > EPSILON)
              .filter(d -> parent == null ? d.level() == Level.PROVINCE : parent.code().equals(d.parentCode()))
              .sorted(Comparator.comparingDouble((Division d) -> -sub.get(d.code())).thenComparing(Division::code))
              .toList();
      if (children.isEmpty()) {
        break;
      }
      Division best = children.get(0);
      double bestSub = sub.get(best.code());
      double secondSub = children.size() > 1 ? sub.get(children.get(1).code()) : 0;
      if (secondSub > 0 && bestSub < SIBLING_RATIO * secondSub - EPSILON) {
        break;
      }
      if (parent != null) {
        double parentLevel = own.getOrDefault(parent.code(), 0.0);
        for (int i = 1; i < children.size(); i++) {
          parentLevel += sub.get(children.get(i).code());
        }
        if (bestSub < self.gamma(parent, best) * parentLevel - EPSILON) {
          break;
        }
      }
      minMargin = Math.min(minMargin, 1 - secondSub / bestSub);
      node = best;
      if (node.level() == Level.COUNTY) {
        break;
      }
    }
    if (node == null) {
      List<String> seen = new ArrayList<>();
      mentions.stream()
          .filter(m -> !m.resolved.isEmpty())
          .sorted(Comparator.comparingDouble((Mention m) -> -m.weight).thenComparingInt(m -> m.start))
          .forEach(m -> seen.add(t.snippet(m)));
      seen.addAll(ambiguous);
      return RegionMatch.unresolved(distinctFirst(seen));
    }
    double chainWeight = sub.get(node.code());
    for (Division ancestor : gazetteer.lineage(node)) {
      if (!ancestor.equals(node)) {
        chainWeight += own.getOrDefault(ancestor.code(), 0.0);
      }
    }
    double strength = 1 - Math.exp(-chainWeight / STRENGTH_SCALE);
    double confidence = Math.max(0.001, Math.round(strength * minMargin * 1000) / 1000.0);
    return match(node, confidence, evidence(t, mentions, node));
  }

  private RegionMatch match(Division node, double confidence, List<String> evidence) {
    Division province = gazetteer.ancestor(node, Level.PROVINCE);
    Division prefecture = gazetteer.ancestor(node, Level.PREFECTURE);
    Division county = gazetteer.ancestor(node, Level.COUNTY);
    return new RegionMatch(
        province.code(),
        province.name(),
        prefecture == null ? null : prefecture.code(),
        prefecture == null ? null : prefecture.name(),
        county == null ? null : county.code(),
        county == null ? null : county.name(),
        confidence,
        evidence);
  }

  /** Step 1: scan, drop 区域 and overlapping matches, apply the context rules of step 2. */
  private List<Mention> mentions(Text t) {
    List<int[]> raw = new ArrayList<>();
    char[] chars = t.chars;
    int length = t.length;
    matcher.scan(
        chars,
        length,
        (start, end, name) -> {
          if (chars[end - 1] == '区' && end < length && chars[end] == '域') {
            return;
          }
          raw.add(new int[] {start, end, name});
        });
    // Matches arrive by start, then by increasing end: leftmost-longest without overlaps, i.e. keep the longest
    // match at each start unless it starts inside the previous kept match.
    List<Mention> mentions = new ArrayList<>();
    int keptEnd = 0;
    for (int i = 0; i < raw.size(); i++) {
      int[] r = raw.get(i);
      if (i + 1 < raw.size() && raw.get(i + 1)[0] == r[0]) {
        continue;
      }
      if (r[0] < keptEnd) {
        continue;
      }
      keptEnd = r[1];
      mentions.add(new Mention(r[0], r[1], t.zoneWeight(r[0]), context(chars, length, r, candidatesByName[r[2]])));
    }
    return mentions;
  }

  private Candidate[] context(char[] chars, int length, int[] r, Candidate[] candidates) {
    int end = r[1];
    boolean government = startsWith(chars, length, end, "人民政府") || startsWith(chars, length, end, "政府");
    boolean market = chars[end - 1] == '市' && end < length && chars[end] == '场';
    if (!government && !market) {
      return candidates;
    }
    Candidate[] adjusted = candidates.clone();
    for (int i = 0; i < adjusted.length; i++) {
      Candidate c = adjusted[i];
      if (market && c.strong) {
        adjusted[i] = new Candidate(c.division, c.kind, false, WEAK_OFFICIAL_WEIGHT);
      } else if (government && c.kind == NameKind.BARE) {
        adjusted[i] = new Candidate(c.division, NameKind.SUFFIXED, true, SUFFIXED_WEIGHT);
      }
    }
    return adjusted;
  }

  /** Step 3: support, weak names, ambiguity. Returns the snippets of names left ambiguous. */
  private static List<String> resolveCandidates(Text t, List<Mention> mentions) {
    NavigableMap<String, Double> strong = new TreeMap<>();
    for (Mention m : mentions) {
      for (Candidate c : m.candidates) {
        if (c.strong) {
          strong.merge(c.division.code(), m.zoneWeight * c.weight, Double::sum);
        }
      }
    }
    List<String> ambiguous = new ArrayList<>();
    for (Mention m : mentions) {
      List<Candidate> alive = new ArrayList<>();
      List<Double> supports = new ArrayList<>();
      double maxSupport = 0;
      boolean anyStrong = false;
      for (Candidate c : m.candidates) {
        double s = support(strong, m, c);
        anyStrong |= c.strong;
        if (!c.strong && s <= EPSILON) {
          continue;
        }
        alive.add(c);
        supports.add(s);
        maxSupport = Math.max(maxSupport, s);
      }
      if (alive.size() > 1) {
        if (maxSupport <= EPSILON) {
          if (anyStrong) {
            ambiguous.add(t.snippet(m));
          }
          continue;
        }
        List<Candidate> best = new ArrayList<>();
        for (int i = 0; i < alive.size(); i++) {
          if (supports.get(i) >= maxSupport - EPSILON) {
            best.add(alive.get(i));
          }
        }
        if (best.stream().anyMatch(c -> c.kind == NameKind.OFFICIAL)) {
          best.removeIf(c -> c.kind != NameKind.OFFICIAL);
        }
        alive = best;
      }
      if (!alive.isEmpty()) {
        m.resolved = List.copyOf(alive);
        double w = 0;
        for (Candidate c : alive) {
          w += c.weight;
        }
        m.weight = m.zoneWeight * w / alive.size();
      }
    }
    return ambiguous;
  }

  /**
   * Strong weight on {@code c}'s chain, minus what {@code m} itself put there. The chain of a strong candidate is
   * itself, its ancestors and its descendants; that of a weak candidate only itself, its descendants and its parent
   * (循化 needs 循化县 or 海东市, not just 青海).
   */
  private static double support(NavigableMap<String, Double> strong, Mention m, Candidate c) {
    String code = c.division.code();
    double s = 0;
    for (Map.Entry<String, Double> e : strong.subMap(code, true, code + ":", false).entrySet()) {
      s += e.getValue();
    }
    for (int len = 2; len < code.length(); len += 2) {
      String ancestor = code.substring(0, len);
      if (c.strong || ancestor.equals(c.division.parentCode())) {
        s += strong.getOrDefault(ancestor, 0.0);
      }
    }
    for (Candidate own : m.candidates) {
      String other = own.division.code();
      boolean onChain = other.startsWith(code) || (code.startsWith(other) && (c.strong || other.equals(c.division.parentCode())));
      if (own.strong && onChain) {
        s -= m.zoneWeight * own.weight;
      }
    }
    return s;
  }

  /** Step 4: a name immediately followed by a name of one of its descendants passes its weight on. */
  private static void nest(List<Mention> mentions) {
    Map<Integer, Mention> byStart = new HashMap<>();
    for (Mention m : mentions) {
      byStart.put(m.start, m);
    }
    for (Mention a : mentions) {
      if (a.resolved.size() != 1 || a.weight <= 0) {
        continue;
      }
      Mention b = byStart.get(a.end);
      if (b == null || b.resolved.size() != 1) {
        continue;
      }
      Division outer = a.resolved.get(0).division;
      Division inner = b.resolved.get(0).division;
      if (outer.level() != Level.TOWN && !outer.equals(inner) && outer.contains(inner)) {
        b.weight += a.weight;
        b.snippetStart = a.snippetStart;
        a.weight = 0;
      }
    }
  }

  /**
   * Snippets naming the chosen division or its ancestors first, then those naming its descendants (the counties a
   * prefecture report lists), each group heaviest first, then by position.
   */
  private static List<String> evidence(Text t, List<Mention> mentions, Division node) {
    // snippet -> {group (0 chain, 1 descendants), weight, first offset}
    Map<String, double[]> bySnippet = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.weight <= 0) {
        continue;
      }
      int group = -1;
      for (Candidate c : m.resolved) {
        if (c.division.contains(node)) {
          group = 0;
        } else if (node.contains(c.division) && group < 0) {
          group = 1;
        }
      }
      if (group >= 0) {
        double[] acc = bySnippet.computeIfAbsent(t.snippet(m), k -> new double[] {1, 0, m.snippetStart});
        acc[0] = Math.min(acc[0], group);
        acc[1] += m.weight;
      }
    }
    return bySnippet.entrySet().stream()
        .sorted(
            Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0])
                .thenComparingDouble(e -> -e.getValue()[1])
                .thenComparingDouble(e -> e.getValue()[2]))
        .limit(MAX_EVIDENCE)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<String> distinctFirst(List<String> snippets) {
    return snippets.stream().distinct().limit(MAX_EVIDENCE).toList();
  }

  private static boolean officialDescendantOfAnother(DivisionName n, List<DivisionName> sameSurface) {
    if (n.kind() != NameKind.OFFICIAL) {
      return false;
    }
    for (DivisionName other : sameSurface) {
      Division ancestor = other.division();
      if (other.kind() == NameKind.OFFICIAL && !ancestor.equals(n.division()) && ancestor.contains(n.division())) {
        return true;
      }
    }
    return false;
  }

  /** The matchable candidate of a name, or null when the scan ignores it (towns outside the rule of step 1). */
  private static Candidate candidate(DivisionName n) {
    Division d = n.division();
    String text = n.text();
    if (d.level() == Level.TOWN) {
      boolean townLike = text.endsWith("镇") || text.endsWith("乡") || text.endsWith("街道");
      return townLike && text.length() >= 3 && allHan(text) ? new Candidate(d, n.kind(), false, TOWN_WEIGHT) : null;
    }
    return switch (n.kind()) {
      case OFFICIAL ->
          text.length() <= 2 || AliasRules.GENERIC_NAMES.contains(text)
              ? new Candidate(d, n.kind(), false, WEAK_OFFICIAL_WEIGHT)
              : new Candidate(d, n.kind(), true, OFFICIAL_WEIGHT);
      case SUFFIXED -> new Candidate(d, n.kind(), true, SUFFIXED_WEIGHT);
      case FORMER -> new Candidate(d, n.kind(), true, FORMER_WEIGHT);
      case BARE ->
          COMMON_WORD_ALIASES.contains(text)
              ? null
              : new Candidate(d, n.kind(), d.level() == Level.PROVINCE, BARE_WEIGHT);
    };
  }

  private static boolean allHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(char[] chars, int length, int at, String prefix) {
    if (at + prefix.length() > length) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (chars[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** One way a surface form may name a division, with its strength (step 2) and kind weight (step 4). */
  private record Candidate(Division division, NameKind kind, boolean strong, double weight) {}

  /** A name found in the text; resolution state is filled in by the steps of {@link #resolve}. */
  private static final class Mention {
    final int start;
    final int end;
    final double zoneWeight;
    final Candidate[] candidates;
    int snippetStart;
    List<Candidate> resolved = List.of();
    double weight;

    Mention(int start, int end, double zoneWeight, Candidate[] candidates) {
      this.start = start;
      this.end = end;
      this.zoneWeight = zoneWeight;
      this.candidates = candidates;
      this.snippetStart = start;
    }
  }

  /** The normalised text (whitespace dropped) with its line zones. */
  private static final class Text {
    final char[] chars;
    final int length;
    /** Normalised offset where each original line starts. */
    final int[] lineStarts;
    final double[] lineZones;

    private Text(char[] chars, int length, int[] lineStarts, double[] lineZones) {
      this.chars = chars;
      this.length = length;
      this.lineStarts = lineStarts;
      this.lineZones = lineZones;
    }

    static Text of(String text) {
      char[] chars = text.toCharArray(); // compacted in place: the write index never passes the read index
      int n = 0;
      int[] starts = new int[64];
      boolean[] han = new boolean[64];
      int lines = 1;
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (c == '\n') {
          if (lines == starts.length) {
            starts = Arrays.copyOf(starts, lines * 2);
            han = Arrays.copyOf(han, lines * 2);
          }
          starts[lines++] = n;
          continue;
        }
        if (isSpace(c)) {
          continue;
        }
        if (c >= '\u4e00' && c <= '\u9fff') {
          han[lines - 1] = true;
        }
        chars[n++] = c;
      }
      double[] zones = new double[lines];
      Arrays.fill(zones, BODY_WEIGHT);
      int seen = 0;
      for (int line = 0; line < lines && seen < HEAD_LINES; line++) {
        if (han[line]) {
          seen++;
          if (lineLength(starts, lines, n, line) <= SHORT_LINE) {
            zones[line] = HEAD_WEIGHT;
          }
        }
      }
      seen = 0;
      for (int line = lines - 1; line >= 0 && seen < TAIL_LINES; line--) {
        if (han[line]) {
          seen++;
          if (lineLength(starts, lines, n, line) <= SHORT_LINE && zones[line] == BODY_WEIGHT) {
            zones[line] = TAIL_WEIGHT;
          }
        }
      }
      return new Text(chars, n, Arrays.copyOf(starts, lines), zones);
    }

    /** Whitespace, control characters and the BOM; fast for CJK text, where Character.isWhitespace is slow. */
    static boolean isSpace(char c) {
      if (c <= ' ') {
        return true;
      }
      if (c < 0x80) {
        return false;
      }
      if (c > 0x3000) {
        return c == '\uFEFF';
      }
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int lineLength(int[] starts, int lines, int n, int line) {
      return (line + 1 < lines ? starts[line + 1] : n) - starts[line];
    }

    double zoneWeight(int offset) {
      int lo = 0;
      int hi = lineStarts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (lineStarts[mid] <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      double zone = lineZones[lo];
      return zone == BODY_WEIGHT && offset < PREAMBLE_CHARS ? PREAMBLE_WEIGHT : zone;
    }

    String snippet(Mention m) {
      return new String(chars, m.snippetStart, m.end - m.snippetStart);
    }
  }

  /** Step 5: how the text speaks of itself (我市, 全县…), by level. */
  private record SelfReference(int province, int prefecture, int county) {
    static SelfReference count(char[] chars, int length) {
      int province = 0;
      int prefecture = 0;
      int county = 0;
      for (int i = 0; i + 1 < length; i++) {
        char c = chars[i];
        char next = chars[i + 1];
        if (c == '我' || c == '本' || c == '全') {
          switch (next) {
            case '省' -> province++;
            case '市', '州', '盟' -> prefecture++;
            case '县', '旗' -> county++;
            case '区' -> {
              if (i + 2 >= length || chars[i + 2] != '域') {
                county++;
              }
            }
            default -> {}
          }
        } else if (c == '市' && next == '本' && i + 2 < length && chars[i + 2] == '级') {
          prefecture++;
        }
      }
      return new SelfReference(province, prefecture, county);
    }

    double gamma(Division parent, Division child) {
      int own;
      int deeper;
      if (parent.level() == Level.PROVINCE) {
        boolean municipality = parent.name().endsWith("市");
        own = province + (municipality ? prefecture : 0);
        deeper = municipality ? county : prefecture + county;
      } else {
        own = prefecture;
        deeper = county + (child.name().endsWith("市") ? prefecture : 0);
      }
      if (deeper > own) {
        return GAMMA_LOW;
      }
      return own > deeper ? GAMMA_HIGH : GAMMA_NEUTRAL;
    }
  }

  private static final class Bundled {
    private static final RegionResolver INSTANCE = new RegionResolver(Gazetteer.bundled());
  }
}
