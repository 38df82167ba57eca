package io.hichat.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule a warm-up ends by: steps go on while the JIT compilers of the stack and the generator
 * use more than a given share of a core, up to a limit of seconds in all. A measured step that runs
 * while a process still compiles its hot code costs that process more per message, so the 1:1 path,
 * its references (raw Kafka, the relay), fan-out and REST warm up this way before they are
 * measured.
 */
final class JitWarmup {

  /** One warm-up step; returns the cores the JIT compilers used during it. */
  interface Step {
    /**
     * @param lastJitCores the JIT's cores in the step before ({@link Double#POSITIVE_INFINITY} when
     *     none was measured)
     */
    double run(double lastJitCores) throws Exception;
  }

  /**
   * How a warm-up ended.
   *
   * @param seconds the warm-up's length in all
   * @param jitCores the JIT compilers' cores in its last step
   * @param settled whether they were at or under the limit then
   */
  record Result(int seconds, double jitCores, boolean settled) {

    /** The progress line that closes the warm-up called {@code name}. */
    String line(String name) {
      return "  => %s: %d s; the JIT compilers used %.2f cores in its last step%s"
          .formatted(
              name,
              seconds,
              jitCores,
              settled ? "" : " (not settled within BENCH_WARMUP_MAX_SECONDS)");
    }

    /**
     * The result a results file recorded as {@link #figures}; null when it has none (a file from
     * before the warm-up was kept).
     */
    static Result read(Object figures) {
      if (!(figures instanceof Map<?, ?> w) || !(w.get("seconds") instanceof Number seconds)) {
        return null;
      }
      return new Result(
          seconds.intValue(),
          w.get("jitCores") instanceof Number jit ? jit.doubleValue() : 0,
          Boolean.TRUE.equals(w.get("settled")));
    }

    /** The figures of the results file ({@code seconds}, {@code jitCores}, {@code settled}). */
    Map<String, Object> figures() {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("seconds", seconds);
      w.put("jitCores", Latency.round(jitCores));
      w.put("settled", settled);
      return w;
    }
  }

  private JitWarmup() {}

  /** Seconds of one warm-up step of the scenarios that warm up from nothing. */
  static final int STEP_SECONDS = 10;

  /** A warm-up's limit in all, {@code BENCH_WARMUP_MAX_SECONDS} (240). */
  static int maxSeconds() {
    return Config.intEnv("BENCH_WARMUP_MAX_SECONDS", 240);
  }

  /** The JIT's cores at or under which it has settled: {@code BENCH_WARMUP_JIT_PERCENT} (5) %. */
  static double settledCores() {
    return Config.intEnv("BENCH_WARMUP_JIT_PERCENT", 5) / 100.0;
  }

  /**
   * A warm-up from nothing by the rule, in steps of {@link #STEP_SECONDS}, printing its closing
   * line as {@code name}: what a scenario or a reference runs before it is measured.
   */
  static Result fromCold(String name, Step step) throws Exception {
    Result r =
        settle(0, Double.POSITIVE_INFINITY, settledCores(), maxSeconds(), STEP_SECONDS, step);
    System.out.println(r.line(name));
    return r;
  }

  /** The JIT's cores in the stack and the generator while {@code work} runs. */
  static double jitCoresDuring(Path pidDir, Work work) throws Exception {
    CpuUse before = CpuUse.mark(pidDir);
    work.run();
    return CpuUse.cores(CpuUse.mark(pidDir).since(before, 0), CpuUse.JIT);
  }

  /** Work whose JIT cost {@link #jitCoresDuring} measures. */
  interface Work {
    void run() throws Exception;
  }

  /**
   * Runs {@code step} (of {@code stepSeconds}) while the JIT's last figure is above {@code
   * settledCores} and the warm-up is shorter than {@code maxSeconds}.
   *
   * @param warmedSeconds the warm-up so far (steps already run)
   * @param jitCores the JIT's cores in the last of those; {@link Double#POSITIVE_INFINITY} to run
   *     at least one step
   */
  static Result settle(
      int warmedSeconds,
      double jitCores,
      double settledCores,
      int maxSeconds,
      int stepSeconds,
      Step step)
      throws Exception {
    if (stepSeconds <= 0) {
      throw new IllegalArgumentException("a warm-up step lasts at least a second");
    }
    int warmed = warmedSeconds;
    double jit = jitCores;
    while (jit > settledCores && warmed < maxSeconds) {
      jit = step.run(jit);
      warmed += stepSeconds;
    }
    return new Result(warmed, jit, jit <= settledCores);
  }
}
