package io.hichat.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time each process of a run has used, read at two marks: the bench stack's engines,
 * gateway and connectors (from their PID files), this generator, and the whole machine ({@code
 * /proc/stat}). Between two marks it tells how many cores each used and how much CPU a delivered
 * message cost in each — where the machine's two cores go, which a latency figure alone hides.
 */
final class CpuUse {

  static final String GENERATOR = "generator";
  static final String MACHINE = "machine";

  /** The part of {@link #MACHINE} the kernel spent (system, irq and softirq time). */
  static final String KERNEL = "kernel";

  /**
   * The part of the processes' time their JIT compilers' threads spent: the marked JVMs' C1 and C2
   * compiler threads, read per thread from {@code /proc}. A JVM still compiling the path's hot code
   * costs more per message than it will once that code is compiled, so a step's figures are only
   * its steady state when this is small.
   */
  static final String JIT = "jit";

  /**
   * The names of HotSpot's compiler threads as {@code /proc} shows them (15 characters at most).
   */
  private static final List<String> COMPILER_THREADS =
      List.of("C1 CompilerThre", "C2 CompilerThre");

  /**
   * Clock ticks a second in {@code /proc}'s times (USER_HZ): 100 on Linux whatever the kernel's own
   * tick.
   */
  private static final int USER_HZ = 100;

  /** Name to CPU nanoseconds used so far; {@link #MACHINE}: busy nanoseconds of all cores. */
  private final Map<String, Long> nanos;

  /** Name to the process's start, so a process that restarted between marks is left out. */
  private final Map<String, Instant> starts;

  private final long at;

  private CpuUse(Map<String, Long> nanos, Map<String, Instant> starts, long at) {
    this.nanos = nanos;
    this.starts = starts;
    this.at = at;
  }

  /** Marks made of given figures (tests). */
  static CpuUse of(Map<String, Long> nanos, Map<String, Instant> starts, long atNanos) {
    return new CpuUse(new TreeMap<>(nanos), new TreeMap<>(starts), atNanos);
  }

  /** Reads every {@code <name>.pid} of {@code pidDir}, this process and the machine. */
  static CpuUse mark(Path pidDir) {
    return mark(pidDir, Map.of());
  }

  /** {@link #mark(Path)} and the processes of {@code also}, by the names given there. */
  static CpuUse mark(Path pidDir, Map<String, ProcessHandle> also) {
    Map<String, Long> nanos = new TreeMap<>();
    Map<String, Instant> starts = new TreeMap<>();
    if (Files.isDirectory(pidDir)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(pidDir, "*.pid")) {
        for (Path f : files) {
          String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
          try {
            ProcessHandle.of(Long.parseLong(Files.readString(f).trim()))
                .ifPresent(p -> read(name, p, nanos, starts));
          } catch (IOException | NumberFormatException e) {
            // a PID file being written or removed: that process is left out of this mark
          }
        }
      } catch (IOException e) {
        // no stack to read: only the generator and the machine are reported
      }
    }
    also.forEach((name, p) -> read(name, p, nanos, starts));
    read(GENERATOR, ProcessHandle.current(), nanos, starts);
    nanos.putAll(machineNanos());
    return new CpuUse(nanos, starts, System.nanoTime());
  }

  private static void read(
      String name, ProcessHandle p, Map<String, Long> nanos, Map<String, Instant> starts) {
    ProcessHandle.Info info = p.info();
    info.totalCpuDuration().map(Duration::toNanos).ifPresent(n -> nanos.put(name, n));
    info.startInstant().ifPresent(s -> starts.put(name, s));
    nanos.merge(JIT, compilerNanos(Path.of("/proc", Long.toString(p.pid()))), Long::sum);
  }

  /**
   * The CPU nanoseconds the compiler threads of the process at {@code procDir} ({@code
   * /proc/<pid>}) have used; 0 for a process that is not a HotSpot JVM, or off Linux. A compiler
   * thread that ends between two marks (HotSpot stops extra ones when idle) takes its time with it,
   * so a difference between marks can only understate the JIT's part.
   */
  static long compilerNanos(Path procDir) {
    long ticks = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(procDir.resolve("task"))) {
      for (Path task : tasks) {
        try {
          if (COMPILER_THREADS.contains(Files.readString(task.resolve("comm")).strip())) {
            ticks += threadTicks(Files.readString(task.resolve("stat")));
          }
        } catch (IOException | RuntimeException e) {
          // a thread that ended while being read: left out
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * (1_000_000_000L / USER_HZ);
  }

  /**
   * User plus system time, in clock ticks, of a {@code /proc/<pid>/task/<tid>/stat} line (the 14th
   * and 15th fields; read after the name in parentheses, which may hold spaces and parentheses).
   */
  static long threadTicks(String statLine) {
    int end = statLine.lastIndexOf(')');
    if (end < 0) {
      throw new IllegalArgumentException("not a /proc stat line: " + statLine);
    }
    // after the name: state is the 3rd field of the line, so utime (14th) is the 12th here
    String[] f = statLine.substring(end + 1).trim().split("\\s+");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /** {@link #MACHINE} and {@link #KERNEL} from {@code /proc/stat}; none off Linux. */
  private static Map<String, Long> machineNanos() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
      return Map.of(MACHINE, busyNanos(line, USER_HZ), KERNEL, kernelNanos(line, USER_HZ));
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /**
   * The busy nanoseconds of a {@code /proc/stat} "cpu" line counted in {@code ticksPerSecond}:
   * every field but idle (4th) and iowait (5th); guest time is inside user time already.
   */
  static long busyNanos(String cpuLine, int ticksPerSecond) {
    String[] f = cpuLine.trim().split("\\s+");
    if (!f[0].equals("cpu")) {
      throw new IllegalArgumentException("not the all-cores line of /proc/stat: " + cpuLine);
    }
    long busy = 0;
    for (int i = 1; i < Math.min(f.length, 9); i++) {
      if (i != 4 && i != 5) {
        busy += Long.parseLong(f[i]);
      }
    }
    return busy * (1_000_000_000L / ticksPerSecond);
  }

  /**
   * The kernel's nanoseconds of a {@code /proc/stat} "cpu" line counted in {@code ticksPerSecond}:
   * system, irq and softirq time (3rd, 6th and 7th fields).
   */
  static long kernelNanos(String cpuLine, int ticksPerSecond) {
    String[] f = cpuLine.trim().split("\\s+");
    if (!f[0].equals("cpu") || f.length < 8) {
      throw new IllegalArgumentException("not the all-cores line of /proc/stat: " + cpuLine);
    }
    long kernel = Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7]);
    return kernel * (1_000_000_000L / ticksPerSecond);
  }

  /**
   * From {@code before} to this mark: {@code cores} (name to cores used on average) and, when
   * {@code messages} is positive, {@code microsPerMessage} (name to CPU microseconds per message,
   * with {@code processes}, their sum; {@link #MACHINE}, {@link #KERNEL} and {@link #JIT} are not
   * processes). Processes not in both marks, or restarted between them, are left out.
   */
  Map<String, Object> since(CpuUse before, long messages) {
    double seconds = (at - before.at) / 1e9;
    Map<String, Object> cores = new LinkedHashMap<>();
    Map<String, Object> perMessage = new LinkedHashMap<>();
    long processes = 0;
    for (Map.Entry<String, Long> e : nanos.entrySet()) {
      String name = e.getKey();
      Long was = before.nanos.get(name);
      if (was == null
          || seconds <= 0
          || !String.valueOf(starts.get(name)).equals(String.valueOf(before.starts.get(name)))) {
        continue;
      }
      long used = Math.max(0, e.getValue() - was);
      cores.put(name, Latency.round(used / 1e9 / seconds));
      if (messages > 0) {
        perMessage.put(name, Latency.round(used / 1e3 / messages));
      }
      if (!name.equals(MACHINE) && !name.equals(KERNEL) && !name.equals(JIT)) {
        processes += used;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("seconds", Latency.round(seconds));
    out.put("cores", cores);
    if (messages > 0) {
      perMessage.put("processes", Latency.round(processes / 1e3 / messages));
      out.put("microsPerMessage", perMessage);
    }
    return out;
  }

  /** The cores {@code name} used in figures {@link #since} returned; 0 when they have none. */
  static double cores(Map<String, Object> since, String name) {
    Object cores = since.get("cores");
    Object v = cores instanceof Map<?, ?> m ? m.get(name) : null;
    return v instanceof Number n ? n.doubleValue() : 0;
  }
}
