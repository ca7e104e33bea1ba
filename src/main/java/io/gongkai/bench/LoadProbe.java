package io.gongkai.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the machine is doing: {@code /proc/loadavg}, the CPU time of this process and of the whole machine ({@code
 * /proc/stat}), and this JVM's GC time. Two snapshots around a phase tell how much CPU other processes took while it
 * ran, so a throughput figure can be trusted (other ≈ 0) or discounted. Off Linux the /proc figures are absent (-1).
 */
public final class LoadProbe {
  /**
   * {@code USER_HZ}: the unit of {@code /proc/stat}. It is 100 on every mainstream Linux architecture (the kernel
   * exports a fixed 100 to user space whatever its internal HZ); {@code getconf CLK_TCK} prints it.
   */
  static final double USER_HZ = 100.0;

  private static final Path LOADAVG = Path.of("/proc/loadavg");
  private static final Path STAT = Path.of("/proc/stat");

  private LoadProbe() {}

  /** One reading. Times in nanoseconds except the tick counts of {@code /proc/stat}. */
  public record Snapshot(
      long nanoTime, List<Double> loadavg, long processCpuNanos, long machineBusyTicks, long gcMillis,
      long jitMillis) {
    public Snapshot {
      loadavg = List.copyOf(loadavg);
    }
  }

  /**
   * What happened between two snapshots. {@code otherCpuSeconds} is -1 when /proc/stat is unreadable; {@code
   * jitSeconds} is the time the JIT compiler threads spent compiling (the JVM's own estimate).
   */
  public record Usage(
      double wallSeconds, double cpuSeconds, double otherCpuSeconds, double gcSeconds, double jitSeconds,
      List<Double> loadavgBefore, List<Double> loadavgAfter) {
    public Usage {
      loadavgBefore = List.copyOf(loadavgBefore);
      loadavgAfter = List.copyOf(loadavgAfter);
    }

    /** CPU seconds of this process per wall second: 1.0 is one core busy. */
    public double cores() {
      return wallSeconds <= 0 ? 0 : cpuSeconds / wallSeconds;
    }
  }

  public static Snapshot snapshot() {
    return new Snapshot(
        System.nanoTime(), loadavg(), processCpuNanos(), machineBusyTicks(), gcMillis(), jitMillis());
  }

  public static Usage between(Snapshot before, Snapshot after) {
    double cpu = (after.processCpuNanos() - before.processCpuNanos()) / 1e9;
    double other = -1;
    if (before.machineBusyTicks() >= 0 && after.machineBusyTicks() >= 0 && before.processCpuNanos() >= 0) {
      // Tick granularity is 10 ms per core: small negative values are rounding, not negative load.
      other = Math.max(0, (after.machineBusyTicks() - before.machineBusyTicks()) / USER_HZ - cpu);
    }
    return new Usage(
        (after.nanoTime() - before.nanoTime()) / 1e9, cpu, other, (after.gcMillis() - before.gcMillis()) / 1e3,
        (after.jitMillis() - before.jitMillis()) / 1e3, before.loadavg(), after.loadavg());
  }

  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The 1, 5 and 15 minute load averages, or an empty list off Linux. */
  public static List<Double> loadavg() {
    try {
      String[] parts = Files.readString(LOADAVG).trim().split("\\s+");
      List<Double> out = new ArrayList<>();
      for (int i = 0; i < 3 && i < parts.length; i++) {
        out.add(Double.parseDouble(parts[i]));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** CPU time of this process (all threads), or -1 if the JVM does not report it. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** Busy ticks of all CPUs since boot (user, nice, system, irq, softirq, steal), or -1 off Linux. */
  static long machineBusyTicks() {
    try (var lines = Files.lines(STAT)) {
      String cpu = lines.filter(l -> l.startsWith("cpu ")).findFirst().orElse(null);
      if (cpu == null) {
        return -1;
      }
      String[] f = cpu.trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal [guest guest_nice]; guest time is already in user.
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        if (i < f.length) {
          busy += Long.parseLong(f[i]);
        }
      }
      return busy;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static long jitMillis() {
    var jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /**
   * The JVM's -X options (heap, JIT, GC), without the module flags every run has: the figures of a run depend on
   * them, and the launch script sets some per command.
   */
  static List<String> jvmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-X"))
        .filter(a -> !a.equals("-XX:+IgnoreUnrecognizedVMOptions"))
        .toList();
  }
}
