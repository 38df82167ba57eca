package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapInfoTest {

  @Test
  void g1_hasOneHeapLine() {
    String info =
        """
        12345:
         garbage-first heap   total 262144K, used 123456K [0x00000000c0000000, 0x0000000100000000)
          region size 1024K, 5 young (5120K), 0 survivors (0K)
         Metaspace       used 41234K, committed 41856K, reserved 1114112K
          class space    used 5012K, committed 5312K, reserved 1048576K
        """;
    assertThat(Connections.heapUsed(info)).isEqualTo(123456L * 1024);
  }

  @Test
  void serial_addsItsGenerations() {
    String info =
        """
        12345:
         def new generation   total 22144K, used 1000K [0x00000000e0000000, 0x00000000e1800000)
          eden space 19712K,   5% used [0x00000000e0000000, 0x00000000e0fa0000)
          from space 2432K,   0% used [0x00000000e0fa0000, 0x00000000e1200000)
         tenured generation   total 90000K, used 70000K [0x00000000e1800000, 0x0000000100000000)
           the space 90000K,  77% used [0x00000000e1800000, 0x00000000e7000000)
         Metaspace       used 30000K, committed 30500K, reserved 1114112K
        """;
    assertThat(Connections.heapUsed(info)).isEqualTo(71000L * 1024);
  }

  @Test
  void nothingToRead_isMinusOne() {
    assertThat(Connections.heapUsed("12345:\nno such process\n")).isEqualTo(-1);
  }
}
