package io.hichat.connector.delivery;

import io.hichat.model.delivery.Presence;
import java.util.concurrent.CompletionStage;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to this connector's delivery channel ({@link Presence#channel}) and routes what
 * arrives. The listener only decodes and hands frames to event loops, so the subscription's thread
 * is never held up by a slow socket.
 */
public final class DeliveryListener implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeliveryListener.class);

  private final RTopic topic;
  private final PushRouter router;
  private volatile Integer listenerId;

  public DeliveryListener(RedissonClient redis, String connectorId, PushRouter router) {
    this.topic = redis.getTopic(Presence.channel(connectorId), StringCodec.INSTANCE);
    this.router = router;
  }

  /** Completes once the subscription is in place. */
  public CompletionStage<Void> start() {
    return topic
        .addListenerAsync(
            String.class,
            (channel, message) -> {
              try {
                router.route(message);
              } catch (RuntimeException e) {
                log.warn("a push could not be delivered", e);
              }
            })
        .thenAccept(id -> listenerId = id);
  }

  @Override
  public void close() {
    Integer id = listenerId;
    if (id != null) {
      topic.removeListener(id);
    }
  }
}
