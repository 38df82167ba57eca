package io.hichat.functions.support;

import io.hichat.functions.http.JsonCodec;
import io.hichat.model.delivery.Presence;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import tools.jackson.databind.JsonNode;

/**
 * Stands in for a WebSocket connector in tests: registers users as connected to it in the presence
 * directory and collects what is published on its delivery channel.
 */
public final class Online implements AutoCloseable {

  private final RedissonClient redis = TestStack.get().bean(RedissonClient.class);
  private final String connector = "test-connector-" + UUID.randomUUID();

  /** Channel messages as published, split into pushes only when read (off the client's thread). */
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

  private final Deque<String> ready = new ArrayDeque<>();
  private final int listener;

  public Online() {
    listener =
        redis
            .getTopic(Presence.channel(connector), StringCodec.INSTANCE)
            .addListener(String.class, (channel, message) -> received.add(message));
  }

  /** A channel message's pushes, each as its own JSON text (a message may hold an array). */
  private static List<String> pushes(String message) {
    JsonNode node = JsonCodec.strict().readTree(message);
    if (!node.isArray()) {
      return List.of(message);
    }
    List<String> out = new ArrayList<>();
    node.forEach(push -> out.add(JsonCodec.strict().writeValueAsString(push)));
    return out;
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
    long deadline = System.nanoTime() + timeout.toNanos();
    while (ready.isEmpty()) {
      String message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (message == null) {
        return null;
      }
      ready.addAll(pushes(message));
    }
    return ready.poll();
  }

  @Override
  public void close() {
    redis.getTopic(Presence.channel(connector), StringCodec.INSTANCE).removeListener(listener);
  }
}
