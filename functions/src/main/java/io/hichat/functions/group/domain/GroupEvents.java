package io.hichat.functions.group.domain;

import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.outbox.Outbox;
import io.hichat.model.event.NotifyEvent;
import io.hichat.model.event.RelationEvent;
import io.hichat.model.event.Topics;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The events groups produce, written to the outbox inside the caller's transaction: relation
 * changes on {@code social.relation} (keyed by group, versioned by the outbox id) and notifications
 * on {@code notify.common} (never to their own actor; bizIds as in SEED-SPEC §5.4).
 */
@Component
public class GroupEvents {

  private final Outbox outbox;
  private final Clock clock;

  public GroupEvents(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Returns the event's version (its outbox id). */
  public long memberAdded(long groupId, long userId, long operator) {
    return relation(RelationEvent.GROUP_MEMBER_ADDED, groupId, userId, operator);
  }

  public long memberRemoved(long groupId, long userId, long operator) {
    return relation(RelationEvent.GROUP_MEMBER_REMOVED, groupId, userId, operator);
  }

  public long disbanded(long groupId, long operator) {
    return relation(RelationEvent.GROUP_DISBANDED, groupId, null, operator);
  }

  private long relation(String type, long groupId, Long userId, long operator) {
    String eventId = UUID.randomUUID().toString();
    long now = clock.millis();
    return outbox.appendVersioned(
        Topics.SOCIAL_RELATION,
        "g:" + groupId,
        v -> RelationEvent.group(eventId, now, type, groupId, userId, operator, v));
  }

  /**
   * A notification for {@code receiver}; nothing when the receiver is the actor. A {@code null}
   * actor hides who acted (an approver's identity).
   *
   * @param payload the request's {@code requestType, requestId, result, content}; the group is
   *     added
   */
  public void notify(
      String type,
      long receiver,
      Long actor,
      String bizId,
      long groupId,
      String title,
      String content,
      Map<String, Object> payload) {
    if (actor != null && actor == receiver) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>(payload);
    body.put("groupId", Long.toString(groupId));
    NotifyEvent event =
        new NotifyEvent(
            UUID.randomUUID().toString(),
            clock.millis(),
            type,
            receiver,
            actor,
            bizId,
            groupId,
            title,
            content,
            JsonCodec.strict().writeValueAsString(body));
    outbox.append(Topics.NOTIFY_COMMON, event.key(), event);
  }

  /** The payload of a request notification. */
  public static Map<String, Object> request(
      String type, long requestId, int result, String content) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("requestType", type);
    payload.put("requestId", Long.toString(requestId));
    payload.put("result", result);
    payload.put("content", content == null ? "" : content);
    return payload;
  }
}
