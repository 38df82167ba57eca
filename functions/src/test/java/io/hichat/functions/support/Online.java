package io.hichat.functions.support;

import io.hichat.model.delivery.Presence;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Stands in for a WebSocket connector in tests: registers users as connected to it in the presence
 * directory and collects what is published on its delivery channel.
 */
public final class Online implements AutoCloseable {

  private final RedissonClient redis = TestStack.get().bean(RedissonClient.class);
  private final String connector = "test-connector-" + UUID.randomUUID();
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final int listener;

  public Online() {
    listener =
        redis
            .getTopic(Presence.channel(connector), StringCodec.INSTANCE)
            .addListener(String.class, (channel, message) -> received.add(message));
  }

  public Online connect(long userId) {
    var map = redis.<String, String>getMap(Presence.userKey(userId), StringCodec.INSTANCE);
    map.put(
        "conn-" + UUID.randomUUID(),
        Presence.entry(connector, "test", System.currentTimeMillis() + Presence.TTL.toMillis()));
    map.expire(Presence.TTL);
    return this;
  }

  /** The next push on this connector's channel, or {@code null} after {@code timeout}. */
  public String next(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    redis.getTopic(Presence.channel(connector), StringCodec.INSTANCE).removeListener(listener);
  }
}
