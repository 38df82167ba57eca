package io.hichat.model.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A reader's progress in a conversation, on {@link Topics#IM_READ}, keyed by conversation id. The
 * consumer raises the reader's read position (never lowers it) and sends receipts.
 *
 * @param readSeq read everything up to this seq, when the client said so
 * @param msgIds the messages the client marked; the consumer turns them into a read position
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadEvent(
    String eventId,
    long occurredAt,
    String conversationId,
    int chatType,
    long readerId,
    long recvId,
    Long readSeq,
    List<String> msgIds) {

  public String key() {
    return conversationId;
  }
}
