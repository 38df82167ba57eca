package io.hichat.model.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A notification for the notification center (SEED-SPEC §5.4), on {@link Topics#NOTIFY_COMMON},
 * keyed by receiver. Persisted once per (receiver, notifyType, bizId); never sent to its own actor.
 *
 * @param payload a JSON object as a string ({@code {requestType, requestId, result, content,
 *     groupId}} for request notifications)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotifyEvent(
    String eventId,
    long occurredAt,
    String notifyType,
    long receiverId,
    Long actorId,
    String bizId,
    Long groupId,
    String title,
    String content,
    String payload) {

  public static final String FRIEND_APPLY = "friend.apply";
  public static final String FRIEND_ACCEPT = "friend.accept";
  public static final String FRIEND_REJECT = "friend.reject";
  public static final String GROUP_APPLY = "group.apply";
  public static final String GROUP_ACCEPT = "group.accept";
  public static final String GROUP_REJECT = "group.reject";
  public static final String GROUP_INVALIDATED = "group.invalidated";
  public static final String GROUP_REQUEST_RESOLVED = "group.request.resolved";
  public static final String GROUP_INVITE = "group.invite";
  public static final String GROUP_INVITE_INVALIDATED = "group.invite.invalidated";
  public static final String GROUP_REMOVED = "group.removed";
  public static final String GROUP_ADMIN_SET = "group.admin.set";
  public static final String GROUP_ADMIN_UNSET = "group.admin.unset";
  public static final String GROUP_OWNER_TRANSFERRED = "group.owner.transferred";

  public String key() {
    return Long.toString(receiverId);
  }
}
