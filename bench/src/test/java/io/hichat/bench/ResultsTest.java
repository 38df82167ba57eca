package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTest {

  @Test
  void aMarkedBlock_isReplaced_andTextAroundItKept() {
    String doc = "intro\n<!-- bench:x:start -->\nold\n<!-- bench:x:end -->\noutro\n";

    String out = Results.replaceBlock(doc, "x", "new");

    assertThat(out).isEqualTo("intro\n<!-- bench:x:start -->\nnew\n<!-- bench:x:end -->\noutro\n");
  }

  @Test
  void withoutMarkers_theBlockIsAppended() {
    String out = Results.replaceBlock("# T\n", "y", "body");

    assertThat(out).isEqualTo("# T\n\n<!-- bench:y:start -->\nbody\n<!-- bench:y:end -->\n");
  }

  @Test
  void theMachineLineHasTheWakeUpTimeWhenTheFileRecordedIt() {
    Map<String, Object> m = new HashMap<>();
    m.put("cores", 2);
    m.put("cpu", "AMD EPYC");
    m.put("memoryGiB", 23.5);
    m.put("java", "OpenJDK 17");
    m.put("loadAverage", 1.25);

    assertThat(Results.machineLine("abc1234", m))
        .isEqualTo(
            "Machine: 2 cores (AMD EPYC), 23.5 GiB, OpenJDK 17; revision `abc1234`; load average 1.3"
                + " at the start. Engines, HiChat and the generator on this one machine.");

    m.put("wakeUpRoundTripMicros", 103.4);
    assertThat(Results.machineLine("abc1234", m))
        .contains(
            "load average 1.3 at the start; a thread wakes another and is woken back in"
                + " 103 µs. Engines");
  }

  @Test
  void theOne2OneBlockSaysHowTheWarmUpEnded() {
    assertThat(Report.warmup(Map.of("seconds", 60, "jitCores", 0.03, "settled", true)))
        .isEqualTo(", after 60 s of warm-up (the JIT compilers used 0.03 cores in its last step)");
    assertThat(Report.warmup(Map.of("seconds", 240, "jitCores", 0.2, "settled", false)))
        .endsWith("used 0.2 cores in its last step, still compiling at its limit)");
    assertThat(Report.warmup(null)).isEmpty();
  }

  @Test
  void theLimitLineSaysHowRawKafkasWarmUpEnded() {
    assertThat(Report.rawWarmup(Map.of("seconds", 30, "jitCores", 0.04, "settled", true)))
        .isEqualTo(" (after 30 s of its own warm-up)");
    assertThat(Report.rawWarmup(Map.of("seconds", 240, "jitCores", 0.31, "settled", false)))
        .isEqualTo(" (after 240 s of its own warm-up; the JIT compilers still used 0.31 cores)");
    assertThat(Report.rawWarmup(Map.of())).isEmpty();
  }
}
