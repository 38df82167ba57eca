package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyTest {

  @Test
  void percentiles_ofOneToThousandMillis_areTheRankedValues() {
    Latency l = new Latency();
    for (int ms = 1; ms <= 1_000; ms++) {
      l.recordMicros(ms * 1_000L);
    }
    l.tick();

    Map<String, Object> s = l.summary();

    assertThat((long) s.get("count")).isEqualTo(1_000);
    assertThat((double) s.get("p50Ms")).isCloseTo(500, within(1.0));
    assertThat((double) s.get("p99Ms")).isCloseTo(990, within(1.0));
    assertThat((double) s.get("p999Ms")).isCloseTo(999, within(1.0));
    assertThat((double) s.get("maxMs")).isCloseTo(1_000, within(1.0));
  }

  @Test
  void eachTick_closesOneSecond_andTheTotalKeepsEverything() {
    Latency l = new Latency();
    l.recordMicros(2_000);
    l.tick();
    l.recordMicros(4_000);
    l.recordMicros(6_000);
    l.tick();

    assertThat(l.seconds()).hasSize(2);
    assertThat(l.seconds().get(0).count()).isEqualTo(1);
    assertThat(l.seconds().get(1).count()).isEqualTo(2);
    assertThat(l.total().getTotalCount()).isEqualTo(3);
  }

  @Test
  void nothingRecorded_givesZeros_andNegativeOrHugeValuesAreClamped() {
    Latency l = new Latency();
    l.tick();
    assertThat((double) l.summary().get("p99Ms")).isZero();

    l.recordNanos(-5);
    l.recordMicros(Long.MAX_VALUE);
    l.tick();

    assertThat(l.total().getTotalCount()).isEqualTo(2);
  }
}
