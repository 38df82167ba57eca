package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WakeUpTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a lost wake-up would hang the hand-off
  void everyHandOffIsAnsweredAndTimed() {
    double micros = WakeUp.roundTripMicros(3, 500);

    // not a timing assertion: a round trip takes some time, and less than the whole test's budget
    assertThat(micros).isPositive().isLessThan(60_000_000.0 / 1_500);
  }
}
