package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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
  void theOne2OneBlockShowsEachPartAloneByRate() {
    Map<String, Object> relayStep =
        Map.of(
            "offeredPerSecond",
            4000,
            "deliveredPerSecond",
            3973.2,
            "latency",
            Map.of("p50Ms", 2.5, "p99Ms", 12.25, "p999Ms", 30.0),
            "cpu",
            Map.of(
                "cores", Map.of(CpuUse.MACHINE, 0.64),
                "microsPerMessage",
                    Map.of(
                        One2One.RELAY, 41.4,
                        CpuUse.GENERATOR, 38.6,
                        CpuUse.MACHINE, 160.2,
                        CpuUse.KERNEL, 60.0)));
    Map<String, Object> rawStep =
        Map.of(
            "offeredPerSecond", 4000,
            "latency", Map.of("p99Ms", 20.3),
            "cpu",
                Map.of(
                    "cores", Map.of(CpuUse.MACHINE, 0.5),
                    "microsPerMessage", Map.of(CpuUse.MACHINE, 125.0)));
    Map<String, Object> rawOnly =
        Map.of("offeredPerSecond", 250, "latency", Map.of("p99Ms", 9.0), "cpu", Map.of());
    Map<String, Object> integrity =
        Map.of(
            "ok",
            true,
            "expected",
            10,
            "delivered",
            10,
            "missing",
            0,
            "unexpected",
            0,
            "duplicates",
            0,
            "outOfOrder",
            0,
            "gaps",
            0,
            "resends",
            0);

    String md =
        Report.floors(
            Map.of(
                "rawKafkaSteps",
                List.of(rawOnly, rawStep),
                "relay",
                Map.of(
                    "warmup", Map.of("seconds", 20, "jitCores", 0.02, "settled", true),
                    "steps", List.of(relayStep),
                    "integrity", integrity)));

    assertThat(md).contains("in a process of its own (after 20 s of its own warm-up). `BareRelay`");
    assertThat(md).contains("| 250 | 9.0 ms | — | — | — | — | — | — | — | — | — |");
    assertThat(md)
        .contains(
            "| 4,000 | 20.3 ms | 125 | 0.50 | 3,973 | 12.3 ms | 41 | 39 | 160 | 0.64 | 1.14 |");
    assertThat(md).contains("Relay integrity: **ok** — expected 10 deliveries");
    assertThat(Report.floors(Map.of("rawKafkaSteps", List.of(rawStep)))).isEmpty();
  }

  @Test
  void theRestAndColdStartBlocksSayHowTheStackWasBeforeTheirMeasures() {
    assertThat(Report.restWarmup(Map.of("seconds", 50, "jitCores", 0.04, "settled", true)))
        .isEqualTo(
            " Before them the four requests in turn warmed the stack up for 50 s (the JIT"
                + " compilers used 0.04 cores in its last step).");
    assertThat(Report.restWarmup(null)).isEmpty();
    assertThat(Report.quiet(Map.of("machineCoresBefore", 0.12, "quietWaitSeconds", 14.0)))
        .isEqualTo(
            " The runs began once the freshly started stack had settled: 0.1 of the machine's"
                + " cores busy, after 14.0 s of waiting.");
    assertThat(Report.quiet(Map.of("machineCoresBefore", 0.9, "quietWaitSeconds", 120.0)))
        .startsWith(" The stack did not settle: the runs began with 0.9 of the machine's cores");
    assertThat(Report.quiet(Map.of())).isEmpty();
  }

  @Test
  void aLimitSaysHowItsOwnWarmUpEnded() {
    assertThat(Report.ownWarmup(Map.of("seconds", 30, "jitCores", 0.04, "settled", true)))
        .isEqualTo(" (after 30 s of its own warm-up)");
    assertThat(Report.ownWarmup(Map.of("seconds", 240, "jitCores", 0.31, "settled", false)))
        .isEqualTo(" (after 240 s of its own warm-up; the JIT compilers still used 0.31 cores)");
    assertThat(Report.ownWarmup(Map.of())).isEmpty();
  }
}
