package io.gongkai.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this JVM, per phase. The peak resident set ({@code VmHWM} of {@code /proc/self/status}) is what the
 * machine had to give; Linux resets it to the current RSS when "5" is written to {@code /proc/self/clear_refs}, so
 * {@link #reset()} before a phase and {@link #read()} after it give the phase's own peak. Where that reset is refused
 * (not Linux, an old kernel, a locked-down /proc) the peak is the JVM's since its start, and {@link Peak#rssReset()}
 * says so. The heap figure is the sum of the heap pools' peaks since the reset: pools peak at different moments, so
 * it is an upper bound of the heap's peak, and it shows what the collector let the heap grow to.
 */
public final class MemoryProbe {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private MemoryProbe() {}

  /**
   * Memory over one phase, in bytes; -1 where /proc is unreadable.
   *
   * @param peakRssBytes the peak resident set since the last reset ({@code VmHWM})
   * @param rssBytes the resident set at the end of the phase ({@code VmRSS})
   * @param heapPeakBytes the sum of the heap pools' peak usage since the last reset
   * @param rssReset whether the peak resident set was reset at the start of the phase (else it is since JVM start)
   */
  public record Peak(long peakRssBytes, long rssBytes, long heapPeakBytes, boolean rssReset) {
    public double peakRssMb() {
      return peakRssBytes < 0 ? -1 : peakRssBytes / 1e6;
    }

    public double rssMb() {
      return rssBytes < 0 ? -1 : rssBytes / 1e6;
    }

    public double heapPeakMb() {
      return heapPeakBytes / 1e6;
    }
  }

  /** Starts a phase: resets the peak RSS (if the kernel allows it) and the heap pools' peaks. */
  public static boolean reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Ends a phase; {@code rssReset} is what {@link #reset()} returned at its start. */
  public static Peak read(boolean rssReset) {
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    return new Peak(statusKb("VmHWM:"), statusKb("VmRSS:"), heap, rssReset);
  }

  /** A {@code kB} line of /proc/self/status in bytes, or -1. */
  static long statusKb(String key) {
    try (var lines = Files.lines(STATUS)) {
      return lines
          .filter(l -> l.startsWith(key))
          .findFirst()
          .map(l -> Long.parseLong(l.substring(key.length()).trim().split("\\s+")[0]) * 1024)
          .orElse(-1L);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
