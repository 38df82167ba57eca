package io.hichat.connector.store;

import io.hichat.connector.Json;
import io.hichat.connector.chat.PushPublisher;
import io.hichat.model.delivery.Presence;
import io.hichat.model.delivery.Push;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** Publishes pushes on the connectors' delivery channels, one pipelined round trip per call. */
public final class RedisPushes implements PushPublisher {

  private final RedissonClient redis;

  public RedisPushes(RedissonClient redis) {
    this.redis = redis;
  }

  @Override
  public CompletionStage<Void> publish(
      Map<String, List<Long>> byConnector, String method, Object data) {
    String pushId = UUID.randomUUID().toString();
    RBatch batch = redis.createBatch();
    byConnector.forEach(
        (connector, users) ->
            batch
                .getTopic(Presence.channel(connector), StringCodec.INSTANCE)
                .publishAsync(
                    Json.mapper().writeValueAsString(new Push(pushId, method, users, data))));
    return batch.executeAsync().thenApply(r -> null);
  }
}
