package io.hichat.functions.social.domain;

import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.outbox.Outbox;
import io.hichat.model.event.NotifyEvent;
import io.hichat.model.event.RelationEvent;
import io.hichat.model.event.Topics;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The events of friend changes, written to the outbox inside the change's transaction: request
 * notifications on {@code notify.common} (SEED-SPEC §5.4), friendships on {@code social.relation}.
 */
@Component
public class FriendEvents {

  /** The notification payload of request notifications (SEED-SPEC §3, K6/K7). */
  record RequestPayload(String requestType, String requestId, int result, String content) {}

  private final Outbox outbox;
  private final Clock clock;

  public FriendEvents(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * A {@code friend.apply|accept|reject} notification for {@code receiver} about request {@code
   * requestId}, with bizId {@code friend:<requestId>:<apply|accept|reject>}; none to oneself.
   */
  void requestNotice(
      String type, long receiver, long actor, long requestId, int result, String content) {
    if (receiver == actor) {
      return;
    }
    String text = content == null || content.isEmpty() ? null : content;
    String payload =
        JsonCodec.strict()
            .writeValueAsString(
                new RequestPayload("friend", Long.toString(requestId), result, text));
    NotifyEvent event =
        new NotifyEvent(
            UUID.randomUUID().toString(),
            clock.millis(),
            type,
            receiver,
            actor,
            "friend:" + requestId + ":" + type.substring(type.indexOf('.') + 1),
            null,
            null,
            text,
            payload);
    outbox.append(Topics.NOTIFY_COMMON, event.key(), event);
  }

  /**
   * A {@code friend.added} or {@code friend.deleted} event, keyed by the pair so that one pair's
   * events stay in order; its version is its outbox id.
   */
  void relation(String type, long a, long b, long operator) {
    String eventId = UUID.randomUUID().toString();
    long now = clock.millis();
    String key = RelationEvent.friend(eventId, now, type, a, b, operator, 0).key();
    outbox.appendVersioned(
        Topics.SOCIAL_RELATION,
        key,
        version -> RelationEvent.friend(eventId, now, type, a, b, operator, version));
  }
}
