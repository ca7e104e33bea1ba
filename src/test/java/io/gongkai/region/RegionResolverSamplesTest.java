package io.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The region of each of the eight real reports (issue 4): all three levels with codes and official names, and the
 * confidence and evidence as they are today. A change of weights that moves a confidence or reorders evidence must
 * update this table by hand.
 */
class RegionResolverSamplesTest {
  private static final RegionResolver RESOLVER = RegionResolver.bundled();

  static Stream<Arguments> samples() {
    return Stream.of(
        // No title; 麦积区 once in the body (甘肃政务服务网麦积子站、麦积区政务服务微平台), 甘肃 twice, 天水 never;
        // the text speaks as a district (我区, 全区).
        Arguments.of(
            "000",
            new RegionMatch(
                "62", "甘肃省", "6205", "天水市", "620503", "麦积区", 0.889, List.of("甘肃", "麦积区"))),
        // Title 海东市循化县; 循化 is the short name of 循化撒拉族自治县.
        Arguments.of(
            "001",
            new RegionMatch(
                "63", "青海省", "6302", "海东市", "630225", "循化撒拉族自治县", 1.0,
                List.of("海东市循化县", "海东市循化", "循化县", "海东市"))),
        // Title 平原示范区, signature 新乡市平原城乡一体化示范区管理委员会; 平原 alone would be 平原县 (山东) or a word.
        Arguments.of(
            "002",
            new RegionMatch(
                "41", "河南省", "4107", "新乡市", "410773", "新乡市平原城乡一体化示范区", 1.0,
                List.of("平原示范区", "新乡市平原城乡一体化示范区", "新乡市", "新乡市平原示范区"))),
        Arguments.of(
            "003",
            new RegionMatch(
                "51", "四川省", "5104", "攀枝花市", "510411", "仁和区", 1.0, List.of("攀枝花市仁和区", "仁和区"))),
        // No title; a prefecture report (市本级, 全市) that names three of its counties: stays at the prefecture.
        Arguments.of(
            "004",
            new RegionMatch(
                "45", "广西壮族自治区", "4507", "钦州市", null, null, 0.998,
                List.of("钦州市", "钦州", "钦南区", "灵山县", "浦北县"))),
        Arguments.of(
            "ha2024",
            new RegionMatch("32", "江苏省", "3208", "淮安市", null, null, 0.999, List.of("淮安市"))),
        // The 2023 title says 洪泽区人民政府 alone; the preamble says 淮安市洪泽区 (broken over two lines by the PDF).
        Arguments.of(
            "hzq2023",
            new RegionMatch(
                "32", "江苏省", "3208", "淮安市", "320813", "洪泽区", 1.0, List.of("淮安市洪泽区", "洪泽区"))),
        Arguments.of(
            "hzq2024",
            new RegionMatch(
                "32", "江苏省", "3208", "淮安市", "320813", "洪泽区", 1.0, List.of("淮安市洪泽区", "淮安市"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void resolvesTheRegionOfEachSample(String sample, RegionMatch expected) {
    assertEquals(expected, RESOLVER.resolve(SampleTexts.text(sample)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theMostSpecificCodeIsTheOneOfIssue4(String sample, RegionMatch expected) {
    String code =
        switch (sample) {
          case "000" -> "620503";
          case "001" -> "630225";
          case "002" -> "410773";
          case "003" -> "510411";
          case "004" -> "4507";
          case "ha2024" -> "3208";
          case "hzq2023", "hzq2024" -> "320813";
          default -> throw new IllegalArgumentException("No issue 4 code for sample " + sample);
        };
    assertEquals(code, RESOLVER.resolve(SampleTexts.text(sample)).code());
  }
}
