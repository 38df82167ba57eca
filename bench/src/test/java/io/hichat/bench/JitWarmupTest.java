package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JitWarmupTest {

  /**
   * A warm-up whose steps report the given JIT figures in turn and remember what they were told.
   */
  private static final class Steps implements JitWarmup.Step {
    final Deque<Double> figures;
    final List<Double> told = new ArrayList<>();

    Steps(Double... figures) {
      this.figures = new ArrayDeque<>(List.of(figures));
    }

    @Override
    public double run(double lastJitCores) {
      told.add(lastJitCores);
      return figures.removeFirst();
    }
  }

  @Test
  void stepsGoOnUntilTheCompilersUseNoMoreThanTheLimit() throws Exception {
    Steps steps = new Steps(0.5, 0.2, 0.05, 0.01);

    JitWarmup.Result r = JitWarmup.settle(40, 0.9, 0.05, 240, 10, steps);

    assertThat(r).isEqualTo(new JitWarmup.Result(70, 0.05, true));
    assertThat(steps.told).containsExactly(0.9, 0.5, 0.2);
    assertThat(r.figures()).containsEntry("seconds", 70).containsEntry("settled", true);
    assertThat(r.line("warm-up"))
        .isEqualTo("  => warm-up: 70 s; the JIT compilers used 0.05 cores in its last step");
  }

  @Test
  void theWarmUpStopsAtItsLimitAndSaysItDidNotSettle() throws Exception {
    Steps steps = new Steps(0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5);

    JitWarmup.Result r = JitWarmup.settle(40, 0.6, 0.05, 100, 10, steps);

    assertThat(r).isEqualTo(new JitWarmup.Result(100, 0.5, false));
    assertThat(r.line("raw kafka warm-up"))
        .endsWith("0.50 cores in its last step (not settled within BENCH_WARMUP_MAX_SECONDS)");
    assertThat(steps.figures).hasSize(1);
  }

  @Test
  void noStepRunsWhenTheCompilersHaveSettledAlready() throws Exception {
    Steps steps = new Steps(0.5);

    JitWarmup.Result r = JitWarmup.settle(40, 0.02, 0.05, 240, 10, steps);

    assertThat(r).isEqualTo(new JitWarmup.Result(40, 0.02, true));
    assertThat(steps.told).isEmpty();
  }

  @Test
  void withoutAFigureYetOneStepRunsAtLeast() throws Exception {
    Steps steps = new Steps(0.01);

    JitWarmup.Result r = JitWarmup.settle(0, Double.POSITIVE_INFINITY, 0.05, 240, 10, steps);

    assertThat(r).isEqualTo(new JitWarmup.Result(10, 0.01, true));
    assertThat(steps.told).containsExactly(Double.POSITIVE_INFINITY);
  }

  @Test
  void aStepOfNoSecondsIsRefused() {
    assertThatThrownBy(() -> JitWarmup.settle(0, 1, 0.05, 240, 0, new Steps()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aResultIsReadBackFromItsFiguresAndAFileWithoutOneReadsAsNone() {
    JitWarmup.Result r = new JitWarmup.Result(170, 0.031, false);

    assertThat(JitWarmup.Result.read(r.figures())).isEqualTo(r);
    assertThat(JitWarmup.Result.read(Map.of())).isNull();
    assertThat(JitWarmup.Result.read(null)).isNull();
  }

  @Test
  void fromColdRunsStepsOfTenSecondsUntilTheJitUsesAtMostTheSettledShare() throws Exception {
    double[] figures = {0.8, 0.2, 0.05, 0.01};
    int[] calls = {0};

    JitWarmup.Result r = JitWarmup.fromCold("test warm-up", last -> figures[calls[0]++]);

    // BENCH_WARMUP_JIT_PERCENT unset: 5 % of a core
    assertThat(calls[0]).isEqualTo(3);
    assertThat(r).isEqualTo(new JitWarmup.Result(30, 0.05, true));
  }
}
