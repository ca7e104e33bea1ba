package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** R-T3-XYEAR on hand-made balances: which pairs are compared, and which are left alone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossYearChecksTest {
  private SparkSession spark;
  private boolean borrowed;

  @BeforeAll
  void start() {
    borrowed = SparkSessions.isRunning();
    spark = SparkSessions.withJobSettings(SparkSession.builder()).master("local[1]").appName("xyear").getOrCreate();
  }

  @AfterAll
  void stop() {
    if (!borrowed) {
      spark.stop();
    }
  }

  @Test
  void consecutiveYearsOfOneBodyAreComparedAndAYearWithTwoReportsIsLeftAlone() {
    List<Row> rows =
        List.of(
            // 洪泽区: 2023 carries 3 forward, 2024 says 3 were carried over (PASS); 2025 says 5 (FAIL).
            RowFactory.create("a23", "a23.txt", 2023, "洪泽区人民政府", "320813", "total", 1L, 3L),
            RowFactory.create("a24", "a24.txt", 2024, "洪泽区人民政府", "320813", "total", 3L, 4L),
            RowFactory.create("a25", "a25.txt", 2025, "洪泽区人民政府", "320813", "total", 5L, 0L),
            // The same name in another region is another body: never paired with 洪泽区.
            RowFactory.create("b24", "b24.txt", 2024, "洪泽区人民政府", "4401", "total", 9L, 0L),
            // Two reports of one body for 2022: neither 2022 nor 2023 can be paired with certainty.
            RowFactory.create("c22", "c22.txt", 2022, "山东省人民政府", "37", "total", 0L, 2L),
            RowFactory.create("d22", "d22.txt", 2022, "山东省人民政府", "37", "total", 0L, 7L),
            RowFactory.create("c23", "c23.txt", 2023, "山东省人民政府", "37", "total", 2L, 0L),
            // One name, one province, two towns (城关镇 of 通城县 and of 崇阳县): never paired with each other.
            RowFactory.create("t24", "t24.txt", 2024, "城关镇人民政府", "421222100", "total", 0L, 4L),
            RowFactory.create("u25", "u25.txt", 2025, "城关镇人民政府", "421223100", "total", 1L, 0L),
            // A region not found (no manifest code, an ambiguous town name): the one candidate of the year before.
            RowFactory.create("j21", "j21.txt", 2021, "金城镇人民政府", null, "total", 0L, 2L),
            RowFactory.create("j22", "j22.txt", 2022, "金城镇人民政府", "320413100", "total", 3L, 0L));
    Dataset<Row> balances = spark.createDataFrame(rows, CrossYearChecks.BALANCES);
    List<String> checks =
        CrossYearChecks.compare(balances, null).orderBy("report_id").collectAsList().stream()
            .map(r -> r.getAs("report_id") + " " + r.getAs("scope") + " " + r.getAs("status") + " "
                + r.getAs("expression") + " ← " + r.getAs("related_report_id") + " " + r.getAs("score"))
            .toList();
    assertEquals(
        List.of(
            "a24 total PASS carried_over 3 (2024) = carried_forward 3 (2023, a23.txt) ← a23 null",
            "a25 total FAIL carried_over 5 (2025) = carried_forward 4 (2024, a24.txt) ← a24 null",
            "j22 total FAIL carried_over 3 (2022) = carried_forward 2 (2021, j21.txt) ← j21 null"),
        checks);
  }
}
