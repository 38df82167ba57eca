package io.hichat.model.im;

import java.util.List;

/**
 * The data of a {@code chat.markChat} frame: the caller has read these messages of a conversation.
 * The reader is the connection's user. Either {@code msgIds} or {@code readSeq} (read everything up
 * to this seq) is given.
 */
public record MarkChat(
    int chatType, String recvId, String conversationId, List<String> msgIds, Long readSeq) {

  /** The most message ids one mark may name. */
  public static final int MAX_MSG_IDS = 500;
}
