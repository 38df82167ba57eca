package io.hichat.functions.user.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginGuardTest {

  @Test
  void lockDoubles_fromOneMinute_atTheFifthFailure() {
    assertThat(LoginGuard.lockFor(5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(LoginGuard.lockFor(6)).isEqualTo(Duration.ofMinutes(2));
    assertThat(LoginGuard.lockFor(8)).isEqualTo(Duration.ofMinutes(8));
  }

  @Test
  void lockNeverExceedsAnHour() {
    assertThat(LoginGuard.lockFor(12)).isEqualTo(Duration.ofHours(1));
    assertThat(LoginGuard.lockFor(10_000)).isEqualTo(Duration.ofHours(1));
  }
}
