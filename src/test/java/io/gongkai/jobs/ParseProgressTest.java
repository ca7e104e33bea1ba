package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ParseProgressTest {
  @Test
  void oneLineWithCountRateAndTimeLeft() {
    assertEquals("progress: 1200/10000 files parsed (12%), 50.0 reports/s, 2m56s left",
        ParseProgress.line(1200, 10000, 24.0));
    assertEquals("progress: 0/8 files parsed (0%), 0.0 reports/s, time left unknown", ParseProgress.line(0, 8, 3.0));
    assertEquals("progress: 50000/100000 files parsed (50%), 10.0 reports/s, 1h23m left",
        ParseProgress.line(50000, 100000, 5000.0));
    // An accumulator can run ahead of the total only through a bug upstream; the line never says more than 100 %.
    assertEquals("progress: 8/8 files parsed (100%), 2.0 reports/s, 0s left", ParseProgress.line(9, 8, 4.0));
  }

  @Test
  void printsEveryIntervalAndNothingAfterClose() throws InterruptedException {
    List<String> lines = new CopyOnWriteArrayList<>();
    AtomicLong done = new AtomicLong();
    try (ParseProgress p = ParseProgress.start(new ParseProgress.Settings(Duration.ofMillis(50), lines::add),
        done::get, 10)) {
      Thread.sleep(400);
      done.set(5);
      Thread.sleep(200);
    }
    int printed = lines.size();
    Thread.sleep(300);
    assertEquals(printed, lines.size(), "stopped when the parse ended");
    assertTrue(printed >= 4, lines.toString());
    assertTrue(lines.get(0).startsWith("progress: 0/10 files parsed (0%)"), lines.get(0));
    assertTrue(lines.get(printed - 1).startsWith("progress: 5/10 files parsed (50%)"), lines.get(printed - 1));
  }

  @Test
  void zeroIntervalPrintsNothing() throws InterruptedException {
    List<String> lines = new CopyOnWriteArrayList<>();
    try (ParseProgress p = ParseProgress.start(new ParseProgress.Settings(Duration.ZERO, lines::add), () -> 1, 1)) {
      Thread.sleep(100);
    }
    assertEquals(List.of(), lines);
  }
}
