package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuUseTest {

  private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void busyTimeCountsEveryFieldButIdleAndIowait() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    String line = "cpu  100 5 20 9000 40 1 2 3 50 0";
    assertThat(CpuUse.busyNanos(line, 100)).isEqualTo(131 * 10_000_000L);
    assertThatThrownBy(() -> CpuUse.busyNanos("cpu0 1 2 3 4 5", 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kernelTimeIsSystemIrqAndSoftirq() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    String line = "cpu  100 5 20 9000 40 1 2 3 50 0";
    assertThat(CpuUse.kernelNanos(line, 100)).isEqualTo(23 * 10_000_000L);
    assertThatThrownBy(() -> CpuUse.kernelNanos("cpu 1 2 3 4 5", 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void perMessageAndCoresBetweenTwoMarks() {
    CpuUse before =
        CpuUse.of(
            Map.of(
                "gateway",
                1_000_000_000L,
                "mongo",
                0L,
                "ws-1",
                5L,
                "machine",
                0L,
                "kernel",
                0L,
                "jit",
                0L),
            Map.of("gateway", T, "mongo", T, "ws-1", T),
            0);
    CpuUse after =
        CpuUse.of(
            Map.of(
                "gateway", 3_000_000_000L, // 2 s over 4 s: half a core
                "mongo", 1_000_000_000L,
                "ws-1", 9_000_000_000L,
                "kafka", 7_000_000_000L, // not in the first mark
                "machine", 6_000_000_000L,
                "kernel", 2_000_000_000L,
                "jit", 400_000_000L),
            Map.of("gateway", T, "mongo", T, "ws-1", T.plusSeconds(1), "kafka", T),
            4_000_000_000L);

    Map<String, Object> cpu = after.since(before, 10_000);

    assertThat(cpu.get("seconds")).isEqualTo(4.0);
    assertThat(Results.map(cpu.get("cores")))
        .containsEntry("gateway", 0.5)
        .containsEntry("mongo", 0.25)
        .containsEntry("machine", 1.5)
        .doesNotContainKeys("ws-1", "kafka"); // restarted, and new
    assertThat(Results.map(cpu.get("microsPerMessage")))
        .containsEntry("gateway", 200.0)
        .containsEntry("mongo", 100.0)
        // neither the machine, the kernel nor the JIT is a process
        .containsEntry("processes", 300.0)
        .containsEntry("machine", 600.0)
        .containsEntry("kernel", 200.0)
        .containsEntry("jit", 40.0);
    assertThat(after.since(before, 0)).doesNotContainKey("microsPerMessage");
  }

  @Test
  void aMarkReadsThePidFilesThisProcessAndTheMachine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("self.pid"), ProcessHandle.current().pid() + "\n");
    Files.writeString(dir.resolve("gone.pid"), "not a pid\n");
    CpuUse before = CpuUse.mark(dir);
    Duration start = ProcessHandle.current().info().totalCpuDuration().orElseThrow();
    // reading the process's CPU time is itself work enough: spin on it until 50 ms are used
    while (ProcessHandle.current().info().totalCpuDuration().orElseThrow().minus(start).toMillis()
        < 50) {
      Thread.onSpinWait();
    }

    Map<String, Object> cpu = CpuUse.mark(dir).since(before, 1);

    Map<String, Object> perMessage = Results.map(cpu.get("microsPerMessage"));
    assertThat(perMessage).containsKeys("self", CpuUse.GENERATOR, "processes");
    assertThat(perMessage).doesNotContainKey("gone");
    assertThat((double) perMessage.get("self")).isGreaterThanOrEqualTo(40_000);
    if (Files.exists(Path.of("/proc/stat"))) {
      // /proc/stat counts whole clock ticks, sampled: on some kernels a 50 ms spin shows as 30
      assertThat((double) perMessage.get(CpuUse.MACHINE)).isPositive();
      assertThat((double) perMessage.get(CpuUse.KERNEL))
          .isLessThanOrEqualTo((double) perMessage.get(CpuUse.MACHINE));
    }
  }

  @Test
  void aMarkReadsTheProcessesItIsGivenByTheirNames(@TempDir Path empty) {
    Map<String, ProcessHandle> also = Map.of("relay", ProcessHandle.current());
    CpuUse before = CpuUse.mark(empty, also);
    Duration start = ProcessHandle.current().info().totalCpuDuration().orElseThrow();
    while (ProcessHandle.current().info().totalCpuDuration().orElseThrow().minus(start).toMillis()
        < 50) {
      Thread.onSpinWait();
    }

    Map<String, Object> cpu = CpuUse.mark(empty, also).since(before, 1);

    Map<String, Object> perMessage = Results.map(cpu.get("microsPerMessage"));
    assertThat((double) perMessage.get("relay")).isGreaterThanOrEqualTo(40_000);
    assertThat((double) perMessage.get(CpuUse.GENERATOR)).isGreaterThanOrEqualTo(40_000);
  }

  @Test
  void aThreadsTicksAreReadAfterItsNameWhateverTheNameHolds() {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    String stat = "4242 (C2 Compiler) x) R 1 1 1 0 -1 4194368 10 0 0 0 1234 56 0 0 20 0 1 0 300";
    assertThat(CpuUse.threadTicks(stat)).isEqualTo(1290);
    assertThatThrownBy(() -> CpuUse.threadTicks("no name here"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theJitIsTheCompilerThreadsTimeAlone(@TempDir Path proc) throws Exception {
    thread(proc, 11, "C2 CompilerThre", 300, 20);
    thread(proc, 12, "C1 CompilerThre", 40, 0);
    thread(proc, 13, "kafka-send", 9_000, 900);
    thread(proc, 14, "C2 CompilerThread0 (not how /proc truncates it)", 7, 7);

    assertThat(CpuUse.compilerNanos(proc)).isEqualTo(360 * 10_000_000L);
    assertThat(CpuUse.compilerNanos(proc.resolve("no-such-process"))).isZero();
  }

  @Test
  void aMarkOfThisJvmHasItsJitTime() {
    Path none = Path.of("no-pid-files");
    CpuUse before = CpuUse.mark(none);

    Map<String, Object> cpu = CpuUse.mark(none).since(before, 1);

    assertThat(Results.map(cpu.get("cores"))).containsKey(CpuUse.JIT);
  }

  private static void thread(Path proc, int tid, String comm, long utime, long stime)
      throws Exception {
    Path task = Files.createDirectories(proc.resolve("task").resolve(Integer.toString(tid)));
    Files.writeString(task.resolve("comm"), comm + "\n");
    Files.writeString(
        task.resolve("stat"),
        tid + " (" + comm + ") S 1 1 1 0 -1 0 0 0 0 0 " + utime + " " + stime + " 0 0 20 0\n");
  }

  @Test
  void theDocsTableHasAColumnPerProcessAlongTheMessagesPath() {
    Map<String, Object> step =
        Map.of(
            "offeredPerSecond",
            4000,
            "cpu",
            Map.of(
                "cores",
                Map.of("machine", 1.9),
                "microsPerMessage",
                Map.of(
                    "generator",
                    60.0,
                    "ws-1",
                    120.4,
                    "kafka",
                    30.0,
                    "gateway",
                    90.0,
                    "processes",
                    300.0,
                    "machine",
                    320.0)));
    String md = Report.cpuTable(List.of(step, Map.of("offeredPerSecond", 8000)));

    assertThat(md.lines().findFirst().orElseThrow())
        .isEqualTo(
            "| offered msg/s | gateway | kafka | ws-1 | generator | processes | machine | machine cores busy |");
    assertThat(md).contains("| 4,000 | 90 | 30 | 120 | 60 | 300 | 320 | 1.9 |");
    assertThat(md).contains("| 8,000 | — | — | — | — | — | — | — |");
    assertThat(Report.cpuTable(List.of(Map.of("offeredPerSecond", 8000)))).isEmpty();
  }

  @Test
  void theKernelsPartComesLast_whenTheStepsHaveIt() {
    Map<String, Object> step =
        Map.of(
            "offeredPerSecond",
            4000,
            "cpu",
            Map.of(
                "cores",
                Map.of("machine", 1.9),
                "microsPerMessage",
                Map.of("ws-1", 100.0, "processes", 100.0, "machine", 120.0, "kernel", 55.4)));

    String md = Report.cpuTable(List.of(step));

    assertThat(md.lines().findFirst().orElseThrow())
        .isEqualTo(
            "| offered msg/s | ws-1 | generator | processes | machine | kernel | machine cores busy |");
    assertThat(md).contains("| 4,000 | 100 | — | 100 | 120 | 55 | 1.9 |");
  }
}
