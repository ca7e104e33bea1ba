package io.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionMatchTest {
  @Test
  void codeIsTheMostSpecificLevel() {
    RegionMatch county = new RegionMatch("32", "江苏省", "3208", "淮安市", "320813", "洪泽区", 0.9, List.of("洪泽区"));
    assertEquals("320813", county.code());
    assertEquals("洪泽区", county.name());
    RegionMatch prefecture = new RegionMatch("45", "广西壮族自治区", "4507", "钦州市", null, null, 0.9, List.of());
    assertEquals("4507", prefecture.code());
    assertEquals("钦州市", prefecture.name());
    RegionMatch municipal = new RegionMatch("11", "北京市", null, null, "110101", "东城区", 0.5, List.of());
    assertEquals("110101", municipal.code());
    assertEquals(null, RegionMatch.empty().code());
    assertTrue(RegionMatch.empty().isEmpty());
    assertEquals(List.of("鼓楼区"), RegionMatch.unresolved(List.of("鼓楼区")).evidence());
  }

  @Test
  void validatesNamingTheValue() {
    assertEquals(
        "Cannot create region match: county code 320813 and name null must both be present",
        assertThrows(
                IllegalArgumentException.class,
                () -> new RegionMatch("32", "江苏省", null, null, "320813", null, 0.5, List.of()))
            .getMessage());
    assertEquals(
        "Cannot create region match: code 350102 does not start with 3201",
        assertThrows(
                IllegalArgumentException.class,
                () -> new RegionMatch("32", "江苏省", "3201", "南京市", "350102", "鼓楼区", 0.5, List.of()))
            .getMessage());
    assertEquals(
        "Cannot create region match 4507: a prefecture or county needs a province",
        assertThrows(
                IllegalArgumentException.class,
                () -> new RegionMatch(null, null, "4507", "钦州市", null, null, 0.5, List.of()))
            .getMessage());
    assertEquals(
        "Cannot create region match: confidence 1.5 is not in [0, 1]",
        assertThrows(
                IllegalArgumentException.class,
                () -> new RegionMatch("45", "广西壮族自治区", null, null, null, null, 1.5, List.of()))
            .getMessage());
    assertEquals(
        "Cannot create region match 45: confidence 0.0 must be 0 exactly when nothing is resolved",
        assertThrows(
                IllegalArgumentException.class,
                () -> new RegionMatch("45", "广西壮族自治区", null, null, null, null, 0, List.of()))
            .getMessage());
    assertEquals(
        "Cannot create region match: prefecture code 450 is not 4 digits",
        assertThrows(
                IllegalArgumentException.class,
                () -> new RegionMatch("45", "广西壮族自治区", "450", "钦州市", null, null, 0.5, List.of()))
            .getMessage());
  }
}
