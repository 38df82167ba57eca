package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatTrafficTest {

  @Test
  void theNumberOfAClientMsgIdOfThisRun_isRead() {
    assertThat(ChatTraffic.number("b1")).isEqualTo(1);
    assertThat(ChatTraffic.number("b1234567890")).isEqualTo(1_234_567_890L);
  }

  @Test
  void anythingElse_isNotANumberOfThisRun() {
    assertThat(ChatTraffic.number(null)).isEqualTo(-1);
    assertThat(ChatTraffic.number("b")).isEqualTo(-1);
    assertThat(ChatTraffic.number("1")).isEqualTo(-1);
    assertThat(ChatTraffic.number("x12")).isEqualTo(-1);
    assertThat(ChatTraffic.number("b-12")).isEqualTo(-1);
    assertThat(ChatTraffic.number("b+12")).isEqualTo(-1);
    assertThat(ChatTraffic.number("b12a")).isEqualTo(-1);
    assertThat(ChatTraffic.number("local_5")).isEqualTo(-1);
    assertThat(ChatTraffic.number("b9999999999999")).isEqualTo(-1);
  }
}
