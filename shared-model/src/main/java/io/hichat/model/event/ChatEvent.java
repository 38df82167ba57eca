package io.hichat.model.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A message accepted by a connector, on {@link Topics#IM_CHAT}, keyed by conversation id so one
 * conversation's messages stay in order. The chat consumer gives it its seq and msgId.
 *
 * @param eventId unique per accepted frame
 * @param sendId the connection's user, never a payload field
 * @param recvId the peer's user id or the group id
 * @param clientMsgId with {@code conversationId} and {@code sendId}, makes the insert idempotent
 * @param sendTime when the connector accepted it, unix milliseconds
 * @param atAll as the client asked; the consumer keeps it only for a group's admins and owner
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatEvent(
    String eventId,
    long occurredAt,
    String conversationId,
    int chatType,
    long sendId,
    long recvId,
    String clientMsgId,
    long sendTime,
    int mType,
    String content,
    String quote,
    List<Long> atUsers,
    boolean atAll) {

  public String key() {
    return conversationId;
  }
}
