package io.hichat.functions.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** Clients that are built in a Lambda's init phase, before SnapStart's snapshot. */
class ClientsConfigTest {

  @Test
  void redisson_isBuiltWithoutConnecting() {
    // nothing listens on port 1: an eager client would fail here
    HichatProperties props =
        new HichatProperties(
            false,
            new HichatProperties.Redis("redis://127.0.0.1:1"),
            new HichatProperties.S3(null, "us-east-1", null, null, "media", null, false),
            new HichatProperties.Jwt(
                null, "unused", "hichat", "hichat-api", Duration.ofDays(1), "http://x"),
            new HichatProperties.Kafka("127.0.0.1:1", false),
            new HichatProperties.Mongo("mongodb://127.0.0.1:1/hichat", "hichat"));
    RedissonClient redis = new ClientsConfig().redisson(props);
    try {
      assertThat(redis.getConfig().isLazyInitialization()).isTrue();
    } finally {
      redis.shutdown();
    }
  }
}
