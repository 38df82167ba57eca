package io.hichat.functions.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.support.TestStack;
import io.hichat.model.delivery.Presence;
import io.hichat.model.delivery.Push;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import tools.jackson.databind.JsonNode;

/** The delivery contract against real Redis: targeted pushes, stale entries ignored. */
class DeliveryIT {

  final RedissonClient redis = TestStack.get().bean(RedissonClient.class);
  final PresenceDirectory presence = TestStack.get().bean(PresenceDirectory.class);
  final DeliveryPublisher delivery = TestStack.get().bean(DeliveryPublisher.class);

  @Test
  void pushReachesExactlyTheConnectorsHoldingTheReceivers() throws Exception {
    long base = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000) * 10;
    long ada = base + 1;
    long bob = base + 2;
    long cyd = base + 3;
    String c1 = "c1-" + UUID.randomUUID();
    String c2 = "c2-" + UUID.randomUUID();
    String c3 = "c3-" + UUID.randomUUID();
    long future = System.currentTimeMillis() + Presence.TTL.toMillis();
    connect(ada, "conn-a1", c1, future);
    connect(ada, "conn-a2", c3, System.currentTimeMillis() - 1000); // a dead connector's leftover
    connect(bob, "conn-b1", c2, future);

    assertThat(presence.online(List.of(ada, bob, cyd)))
        .isEqualTo(Map.of(ada, true, bob, true, cyd, false));
    assertThat(presence.byConnector(List.of(ada, bob, cyd)))
        .isEqualTo(Map.of(c1, List.of(ada), c2, List.of(bob)));

    BlockingQueue<String> on1 = listen(c1);
    BlockingQueue<String> on2 = listen(c2);
    BlockingQueue<String> on3 = listen(c3);
    int connectors = delivery.push(Push.NOTIFY, List.of(ada, bob, cyd), Map.of("hello", "world"));

    assertThat(connectors).isEqualTo(2);
    String first = on1.poll(5, TimeUnit.SECONDS);
    String second = on2.poll(5, TimeUnit.SECONDS);
    assertThat(first)
        .contains("\"method\":\"notify\"")
        .contains("\"userIds\":[" + ada + "]")
        .contains("\"hello\":\"world\"");
    assertThat(second).contains("\"userIds\":[" + bob + "]");
    assertThat(on3.poll(500, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void manyPushes_goOutAsOneMessagePerConnector_inTheirOrder() throws Exception {
    long base = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000) * 10;
    String c1 = "c1-" + UUID.randomUUID();
    String c2 = "c2-" + UUID.randomUUID();
    BlockingQueue<String> on1 = listen(c1);
    BlockingQueue<String> on2 = listen(c2);

    delivery.publish(
        List.of(
            new DeliveryPublisher.Outgoing(c1, "", List.of(base + 1), Map.of("seq", 1)),
            new DeliveryPublisher.Outgoing(c2, "", List.of(base + 2), Map.of("seq", 1)),
            new DeliveryPublisher.Outgoing(c1, "", List.of(base + 3), Map.of("seq", 2)),
            new DeliveryPublisher.Outgoing(c1, "notify", List.of(base + 1), Map.of("seq", 3))));

    JsonNode batch = JsonCodec.strict().readTree(on1.poll(5, TimeUnit.SECONDS));
    assertThat(batch.isArray()).isTrue();
    assertThat(batch.valueStream().map(p -> p.path("data").path("seq").asInt()))
        .containsExactly(1, 2, 3);
    assertThat(batch.get(1).path("userIds").get(0).asLong()).isEqualTo(base + 3);
    assertThat(batch.get(2).path("method").asString()).isEqualTo("notify");
    assertThat(batch.valueStream().map(p -> p.path("pushId").asString()).distinct()).hasSize(3);
    // a single push for a connector stays a plain object
    JsonNode single = JsonCodec.strict().readTree(on2.poll(5, TimeUnit.SECONDS));
    assertThat(single.isObject()).isTrue();
    assertThat(single.path("userIds").get(0).asLong()).isEqualTo(base + 2);
    assertThat(on1.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  private void connect(long user, String connection, String connector, long expiresAt) {
    var map = redis.<String, String>getMap(Presence.userKey(user), StringCodec.INSTANCE);
    map.put(connection, Presence.entry(connector, "web", expiresAt));
    map.expire(Duration.ofMinutes(5));
  }

  private BlockingQueue<String> listen(String connector) {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    RTopic topic = redis.getTopic(Presence.channel(connector), StringCodec.INSTANCE);
    topic.addListener(String.class, (channel, msg) -> queue.add(msg));
    return queue;
  }
}
