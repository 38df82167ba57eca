package io.hichat.model.event;

/**
 * A message that was just recalled (its status flipped), on {@link Topics#IM_RECALL}, keyed by
 * conversation id. The consumer sends recall frames to every party.
 *
 * @param sendId the message's original sender
 * @param recalledBy who recalled it: the sender, or a group admin or owner
 */
public record RecallEvent(
    String eventId,
    long occurredAt,
    String conversationId,
    int chatType,
    long sendId,
    long recvId,
    String msgId,
    long seq,
    long recalledBy) {

  public String key() {
    return conversationId;
  }
}
