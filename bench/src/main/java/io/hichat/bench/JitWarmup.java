package io.hichat.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule a warm-up ends by: steps go on while the JIT compilers of the stack and the generator
 * use more than a given share of a core, up to a limit of seconds in all. A measured step that runs
 * while a process still compiles its hot code costs that process more per message, so both the 1:1
 * path and the raw Kafka limit warm up this way before they are measured.
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
