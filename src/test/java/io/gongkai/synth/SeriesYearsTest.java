package io.gongkai.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The room a body drawn again has for a further series: a year apart from its others, the longest run, the latest. */
class SeriesYearsTest {
  @Test
  void bitsOfASeries() {
    assertEquals(0b1, SeriesYears.of(2014, 1));
    assertEquals(0b111_1111_1111, SeriesYears.of(2014, 11));
    assertEquals(0b110_0000_0000, SeriesYears.of(2023, 2));
    assertEquals("Cannot take years 2023 to 2025: a series lies within 2014..2024",
        assertThrows(IllegalArgumentException.class, () -> SeriesYears.of(2023, 3)).getMessage());
    assertEquals("Cannot take years 2013 to 2013: a series lies within 2014..2024",
        assertThrows(IllegalArgumentException.class, () -> SeriesYears.of(2013, 1)).getMessage());
  }

  @Test
  void roomKeepsAYearApartFromEverySeries() {
    // 2019-2021 taken: 2018 and 2022 stay empty, so 2014-2017 (four years) and 2023-2024 (two) are left.
    assertEquals(new SeriesYears.Room(2014, 4), SeriesYears.room(SeriesYears.of(2019, 3)));
    // 2014-2016 taken: 2018-2024.
    assertEquals(new SeriesYears.Room(2018, 7), SeriesYears.room(SeriesYears.of(2014, 3)));
    // Nothing taken: every year.
    assertEquals(new SeriesYears.Room(2014, 11), SeriesYears.room(0));
  }

  @Test
  void roomIsTheLongestRunAndTheLatestOfEqualOnes() {
    // 2019 taken: 2014-2017 and 2021-2024, four years each; the later.
    assertEquals(new SeriesYears.Room(2021, 4), SeriesYears.room(SeriesYears.of(2019, 1)));
    // 2016-2020 taken: 2014 (one year) and 2022-2024 (three).
    assertEquals(new SeriesYears.Room(2022, 3), SeriesYears.room(SeriesYears.of(2016, 5)));
    // 2016 and 2022 taken: 2014 (one), 2018-2020 (three), 2024 (one).
    assertEquals(new SeriesYears.Room(2018, 3), SeriesYears.room(SeriesYears.of(2016, 1) | SeriesYears.of(2022, 1)));
    // 2015, 2018 and 2021 taken: only 2023-2024 is next to none of them.
    assertEquals(new SeriesYears.Room(2023, 2),
        SeriesYears.room(SeriesYears.of(2015, 1) | SeriesYears.of(2018, 1) | SeriesYears.of(2021, 1)));
    // 2014 and 2024 taken: 2016-2022.
    assertEquals(new SeriesYears.Room(2016, 7), SeriesYears.room(SeriesYears.of(2014, 1) | SeriesYears.of(2024, 1)));
  }

  @Test
  void noRoomWhenEveryYearIsTakenOrNextToOne() {
    assertNull(SeriesYears.room(SeriesYears.of(2014, 11)));
    // 2015, 2018, 2021, 2024: 2014, 2016-2017, 2019-2020, 2022-2023 are all next to one.
    assertNull(SeriesYears.room(
        SeriesYears.of(2015, 1) | SeriesYears.of(2018, 1) | SeriesYears.of(2021, 1) | SeriesYears.of(2024, 1)));
  }
}
