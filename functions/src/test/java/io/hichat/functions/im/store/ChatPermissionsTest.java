package io.hichat.functions.im.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChatPermissionsTest {

  @Test
  void aChunkIsAskedAsTheNextPowerOfTwo_atMostTheChunkSize() {
    assertThat(ChatPermissions.bucket(1)).isEqualTo(1);
    assertThat(ChatPermissions.bucket(2)).isEqualTo(2);
    assertThat(ChatPermissions.bucket(3)).isEqualTo(4);
    assertThat(ChatPermissions.bucket(4)).isEqualTo(4);
    assertThat(ChatPermissions.bucket(5)).isEqualTo(8);
    assertThat(ChatPermissions.bucket(129)).isEqualTo(256);
    assertThat(ChatPermissions.bucket(256)).isEqualTo(256);
    assertThat(ChatPermissions.bucket(257)).isEqualTo(ChatPermissions.CHUNK);
    assertThat(ChatPermissions.bucket(ChatPermissions.CHUNK)).isEqualTo(ChatPermissions.CHUNK);
    for (int n = 1; n <= ChatPermissions.CHUNK; n++) {
      assertThat(ChatPermissions.bucket(n)).as("n = %d", n).isBetween(n, ChatPermissions.CHUNK);
    }
  }

  @Test
  void noChunkIsEmptyOrLargerThanAStatementAsks() {
    assertThatThrownBy(() -> ChatPermissions.bucket(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChatPermissions.bucket(ChatPermissions.CHUNK + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
