package io.hichat.functions.delivery;

import io.hichat.functions.http.JsonCodec;
import io.hichat.model.delivery.Presence;
import io.hichat.model.delivery.Push;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/**
 * Pushes to online users: looks the receivers up in the presence directory and publishes one {@link
 * Push} to the channel of each connector that holds some of them, naming only those. Offline users
 * get nothing here; they catch up by pulling.
 */
@Component
public class DeliveryPublisher {

  private final PresenceDirectory presence;
  private final RedissonClient redis;

  public DeliveryPublisher(PresenceDirectory presence, RedissonClient redis) {
    this.presence = presence;
    this.redis = redis;
  }

  /** One push to one connector: what {@link #publish} sends. */
  public record Outgoing(String connectorId, String method, List<Long> userIds, Object data) {}

  /**
   * Publishes pushes whose connectors the caller already looked up ({@link
   * PresenceDirectory#connectors}), all in one pipelined round trip: one message per connector,
   * holding that connector's pushes in the order given (a JSON array when there are several, see
   * {@link Push}).
   */
  public void publish(Collection<Outgoing> pushes) {
    if (pushes.isEmpty()) {
      return;
    }
    Map<String, List<Push>> byConnector = new LinkedHashMap<>();
    for (Outgoing push : pushes) {
      byConnector
          .computeIfAbsent(push.connectorId(), c -> new ArrayList<>())
          .add(new Push(UUID.randomUUID().toString(), push.method(), push.userIds(), push.data()));
    }
    Map<String, Object> messages = new LinkedHashMap<>();
    byConnector.forEach(
        (connector, list) -> messages.put(connector, list.size() == 1 ? list.get(0) : list));
    send(messages);
  }

  /** Returns the number of connectors published to. */
  public int push(String method, Collection<Long> userIds, Object data) {
    Map<String, List<Long>> byConnector = presence.byConnector(userIds);
    if (byConnector.isEmpty()) {
      return 0;
    }
    String pushId = UUID.randomUUID().toString();
    Map<String, Object> messages = new LinkedHashMap<>();
    byConnector.forEach(
        (connector, users) -> messages.put(connector, new Push(pushId, method, users, data)));
    send(messages);
    return byConnector.size();
  }

  /**
   * One channel message per connector (a push or an array of them), in one pipelined round trip.
   */
  private void send(Map<String, Object> messages) {
    RBatch batch = redis.createBatch();
    messages.forEach(
        (connector, message) ->
            batch
                .getTopic(Presence.channel(connector), StringCodec.INSTANCE)
                .publishAsync(JsonCodec.strict().writeValueAsString(message)));
    batch.execute();
  }
}
