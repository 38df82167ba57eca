package io.hichat.model.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A change in who may talk to whom, on {@link Topics#SOCIAL_RELATION}, keyed by group id (group
 * events) or by the smaller user id of the pair (friend events), so one key's events stay in order.
 *
 * @param version the outbox row id: grows with every relation change, so a consumer can refuse to
 *     let an older event overwrite newer state
 * @param eventType one of {@link RelationEvent} type constants
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelationEvent(
    String eventId,
    long occurredAt,
    String eventType,
    Long groupId,
    Long userId,
    Long operatorId,
    Long friendA,
    Long friendB,
    long version) {

  public static final String GROUP_MEMBER_REMOVED = "group.member.removed";
  public static final String GROUP_MEMBER_ADDED = "group.member.added";
  public static final String GROUP_DISBANDED = "group.disbanded";
  public static final String FRIEND_DELETED = "friend.deleted";
  public static final String FRIEND_ADDED = "friend.added";

  public static RelationEvent friend(
      String eventId, long occurredAt, String type, long a, long b, long operatorId, long version) {
    return new RelationEvent(
        eventId, occurredAt, type, null, null, operatorId, Math.min(a, b), Math.max(a, b), version);
  }

  public static RelationEvent group(
      String eventId,
      long occurredAt,
      String type,
      long groupId,
      Long userId,
      long operatorId,
      long version) {
    return new RelationEvent(
        eventId, occurredAt, type, groupId, userId, operatorId, null, null, version);
  }

  /** The Kafka key: the group, or the friend pair. */
  public String key() {
    return groupId != null ? "g:" + groupId : "f:" + friendA + ":" + friendB;
  }
}
