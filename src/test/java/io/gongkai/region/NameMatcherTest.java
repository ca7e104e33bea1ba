package io.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
  @Test
  void reportsEveryOccurrenceIncludingOverlapsInStartThenEndOrder() {
    List<String> names = List.of("攀枝花", "攀枝花市", "仁和区", "花市", "市仁");
    assertEquals(
        List.of("0-3 攀枝花", "0-4 攀枝花市", "2-4 花市", "3-5 市仁", "4-7 仁和区", "7-10 攀枝花"),
        scan(names, "攀枝花市仁和区攀枝花"));
  }

  @Test
  void findsNothingInTextWithoutNamesAndHandlesTheEnd() {
    List<String> names = List.of("淮安市", "淮安市洪泽区");
    assertEquals(List.of(), scan(names, "今天天气很好"));
    assertEquals(List.of(), scan(names, "淮安"));
    assertEquals(List.of("0-3 淮安市"), scan(names, "淮安市洪泽"));
    assertEquals(List.of(), scan(names, ""));
  }

  @Test
  void manyNamesSharingPrefixes() {
    List<String> names = new ArrayList<>();
    for (char c = '一'; c < '一' + 3000; c++) {
      names.add("城" + c + "镇");
    }
    assertEquals(List.of("1-4 城丁镇"), scan(names, "在城丁镇和城镇"));
  }

  @Test
  void rejectsEmptyAndRepeatedNames() {
    assertEquals(
        "Cannot match name 1: it is empty",
        assertThrows(IllegalArgumentException.class, () -> new NameMatcher(List.of("淮安", ""))).getMessage());
    assertEquals(
        "Cannot match name 2 '淮安': it repeats name 0",
        assertThrows(IllegalArgumentException.class, () -> new NameMatcher(List.of("淮安", "洪泽", "淮安")))
            .getMessage());
  }

  private static List<String> scan(List<String> names, String text) {
    NameMatcher matcher = new NameMatcher(names);
    List<String> out = new ArrayList<>();
    char[] chars = text.toCharArray();
    matcher.scan(chars, chars.length, (start, end, name) -> out.add(start + "-" + end + " " + names.get(name)));
    return out;
  }
}
