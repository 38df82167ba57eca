package io.hichat.functions.social.consumer;

import io.hichat.functions.consumer.ConsumerReport;
import io.hichat.functions.consumer.KafkaEvent;
import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.consumer.RecordProcessor;
import io.hichat.functions.delivery.DeliveryPublisher;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.im.store.ConversationWriter;
import io.hichat.functions.im.store.MemberWriter;
import io.hichat.functions.social.domain.RelationCache;
import io.hichat.model.delivery.Push;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.event.RelationEvent;
import io.hichat.model.im.ConversationIds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Consumer of {@code social.relation}: keeps the group members' conversation documents right (a
 * joiner's document exists and starts read at the group's current seq; a leaver's stops at it —
 * {@code removedSeq}; both gated by the event's version), keeps the friend and member caches
 * current (version-gated) and pushes {@code relation.changed} to the users whose relation changed,
 * so their clients stop offering what is no longer allowed at once. Friend events change no
 * conversation document: a single chat's documents stay, and sending is what the gate refuses.
 */
@Component("relationSync")
public class RelationSyncConsumer implements Function<KafkaEvent, ConsumerReport> {

  private final RecordProcessor processor;
  private final RelationCache cache;
  private final DeliveryPublisher delivery;
  private final ConversationWriter conversations;
  private final MemberWriter members;

  public RelationSyncConsumer(
      RecordProcessor processor,
      RelationCache cache,
      DeliveryPublisher delivery,
      ConversationWriter conversations,
      MemberWriter members) {
    this.processor = processor;
    this.cache = cache;
    this.delivery = delivery;
    this.conversations = conversations;
    this.members = members;
  }

  @Override
  public ConsumerReport apply(KafkaEvent event) {
    return processor.process(
        "relationSync",
        event,
        record -> {
          RelationEvent e;
          try {
            e = JsonCodec.strict().readValue(record.value(), RelationEvent.class);
          } catch (JacksonException ex) {
            throw new PoisonRecordException("malformed relation event", ex);
          }
          handle(e);
        });
  }

  void handle(RelationEvent e) {
    if (e.eventType() == null || e.version() <= 0) {
      throw new PoisonRecordException("relation event without type or version");
    }
    switch (e.eventType()) {
      case RelationEvent.FRIEND_ADDED, RelationEvent.FRIEND_DELETED -> friend(e);
      case RelationEvent.GROUP_MEMBER_ADDED, RelationEvent.GROUP_MEMBER_REMOVED -> member(e);
      case RelationEvent.GROUP_DISBANDED -> {
        requireGroup(e);
        members.closed(e.groupId(), conversations.seq(ConversationIds.group(e.groupId())));
        cache.drop(RelationKeys.members(e.groupId()));
      }
      default -> throw new PoisonRecordException("unknown relation event " + e.eventType());
    }
  }

  private void friend(RelationEvent e) {
    if (e.friendA() == null || e.friendB() == null) {
      throw new PoisonRecordException("friend event without both users");
    }
    boolean add = RelationEvent.FRIEND_ADDED.equals(e.eventType());
    boolean newerA = cache.apply(RelationKeys.friends(e.friendA()), e.friendB(), add, e.version());
    boolean newerB = cache.apply(RelationKeys.friends(e.friendB()), e.friendA(), add, e.version());
    if (newerA || newerB) {
      Map<String, Object> data = payload(e);
      data.put(
          "conversationId",
          Math.min(e.friendA(), e.friendB()) + "_" + Math.max(e.friendA(), e.friendB()));
      delivery.push(Push.RELATION_CHANGED, List.of(e.friendA(), e.friendB()), data);
    }
  }

  private void member(RelationEvent e) {
    requireGroup(e);
    if (e.userId() == null) {
      throw new PoisonRecordException("member event without user");
    }
    boolean add = RelationEvent.GROUP_MEMBER_ADDED.equals(e.eventType());
    long seq = conversations.seq(ConversationIds.group(e.groupId()));
    if (add) {
      members.joined(e.userId(), e.groupId(), e.version(), seq);
    } else {
      members.left(e.userId(), e.groupId(), e.version(), seq);
    }
    if (cache.apply(RelationKeys.members(e.groupId()), e.userId(), add, e.version())) {
      Map<String, Object> data = payload(e);
      data.put("conversationId", Long.toString(e.groupId()));
      delivery.push(Push.RELATION_CHANGED, List.of(e.userId()), data);
    }
  }

  private static void requireGroup(RelationEvent e) {
    if (e.groupId() == null) {
      throw new PoisonRecordException("group event without group");
    }
  }

  private static Map<String, Object> payload(RelationEvent e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("eventType", e.eventType());
    data.put("version", e.version());
    if (e.groupId() != null) {
      data.put("groupId", e.groupId().toString());
    }
    if (e.userId() != null) {
      data.put("userId", e.userId().toString());
    }
    if (e.friendA() != null) {
      data.put("friendA", e.friendA().toString());
      data.put("friendB", e.friendB().toString());
    }
    return data;
  }
}
