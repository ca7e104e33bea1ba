package io.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every division of the gazetteer put into a report title above a real report body (seed 003 with its own place names
 * removed): the alias rules, the matcher and the chain choice have to agree for all of them, not just for the samples.
 */
class GazetteerSweepTest {
  private static final RegionResolver RESOLVER = RegionResolver.bundled();
  private static final Gazetteer GAZETTEER = RESOLVER.gazetteer();
  private static final String BODY = SampleTexts.text("003").replaceAll("攀枝花市|攀枝花|仁和区", "");

  @Test
  void everyCountyUnderItsParentResolvesToItself() {
    List<String> other = new ArrayList<>();
    for (Division county : GAZETTEER.divisions(Level.COUNTY)) {
      Division parent = GAZETTEER.byCode(county.parentCode()).orElseThrow();
      String title = parent.name() + county.name() + "人民政府2020年政府信息公开工作年度报告\n";
      RegionMatch match = RESOLVER.resolve(title + BODY);
      if (!county.code().equals(match.code())) {
        other.add(parent.name() + county.name() + " " + county.code() + " -> " + match.code());
      }
    }
    // The four prefectures without counties have one county-level unit of the same name; the name is the prefecture.
    assertEquals(
        List.of(
            "东莞市东莞市 441900 -> 4419",
            "中山市中山市 442000 -> 4420",
            "儋州市儋州市 460400 -> 4604",
            "嘉峪关市嘉峪关市 620201 -> 6202"),
        other);
  }

  @Test
  void everyCountyAloneResolvesToItselfOrToLessButNeverElsewhere() {
    int itself = 0;
    int less = 0;
    List<String> elsewhere = new ArrayList<>();
    for (Division county : GAZETTEER.divisions(Level.COUNTY)) {
      RegionMatch match = RESOLVER.resolve(county.name() + "人民政府2020年政府信息公开工作年度报告\n" + BODY);
      if (county.code().equals(match.code())) {
        itself++;
      } else if (match.code() == null || county.code().startsWith(match.code())) {
        less++; // ambiguous (鼓楼区), two characters (和县) or generic (新城区): needs a parent in the text
      } else {
        elsewhere.add(county.name() + " " + county.code() + " -> " + match.code());
      }
    }
    assertEquals(List.of(), elsewhere);
    assertEquals(2808, itself);
    assertEquals(170, less);
  }

  @Test
  void everyPrefectureResolvesToItself() {
    List<String> other = new ArrayList<>();
    for (Division prefecture : GAZETTEER.divisions(Level.PREFECTURE)) {
      RegionMatch match = RESOLVER.resolve(prefecture.name() + "人民政府2014年政府信息公开工作年度报告\n" + BODY);
      if (!prefecture.code().equals(match.code())) {
        other.add(prefecture.name() + " " + prefecture.code() + " -> " + match.code());
      }
    }
    assertEquals(List.of(), other);
  }
}
