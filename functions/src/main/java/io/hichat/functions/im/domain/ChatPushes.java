package io.hichat.functions.im.domain;

import io.hichat.functions.im.store.ChatLogEntry;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.event.RecallEvent;
import io.hichat.model.im.ChatBody;
import io.hichat.model.im.ChatFailed;
import io.hichat.model.im.ChatPush;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;
import java.util.List;
import java.util.Map;

/**
 * The data of the chat frames the consumers push (method {@code ""}, {@link ChatPush}), and of
 * {@code chat.failed}. Ids travel as decimal strings, times as unix milliseconds.
 */
public final class ChatPushes {

  /** A read receipt marks each named message with this one-byte bitmap, "read by the sender". */
  public static final String READ = "AQ==";

  private ChatPushes() {}

  /** A new message, to its recipients (contentType 0). */
  public static ChatPush message(ChatLogEntry m) {
    return stored(m, m.recvId(), ChatTypes.CONTENT_MESSAGE);
  }

  /**
   * The sender's echo (contentType 7): the stored message with its msgId and seq, so the client
   * swaps its placeholder for it (matched by {@code clientMsgId}). As in the reference {@code
   * recvId} is the sender; unlike it, {@code chatType} stays the message's own, so a group echo is
   * not mistaken for a single chat's.
   */
  public static ChatPush echo(ChatLogEntry m) {
    return stored(m, m.sendId(), ChatTypes.CONTENT_ECHO);
  }

  /** A stored message as a push of {@code contentType}, addressed to {@code recvId}. */
  private static ChatPush stored(ChatLogEntry m, long recvId, int contentType) {
    return new ChatPush(
        m.conversationId(),
        m.chatType(),
        Long.toString(m.sendId()),
        Long.toString(recvId),
        m.sendTime(),
        contentType,
        m.msgId(),
        m.seq(),
        m.clientMsgId(),
        null,
        null,
        body(m));
  }

  /**
   * A read receipt (contentType 6): {@code reader} has read the conversation up to {@code readSeq};
   * {@code readRecords} marks the named messages ({@code null} when none were named).
   *
   * @param recvId the reader's peer (single chat) or the group
   */
  public static ChatPush receipt(
      String conversationId,
      int chatType,
      long reader,
      long recvId,
      long readSeq,
      Map<String, String> readRecords,
      long now) {
    return new ChatPush(
        conversationId,
        chatType,
        Long.toString(reader),
        Long.toString(recvId),
        now,
        ChatTypes.CONTENT_READ,
        null,
        readSeq,
        null,
        null,
        null,
        new ChatBody(
            ChatTypes.CONTENT_READ,
            null,
            null,
            readRecords == null || readRecords.isEmpty() ? null : readRecords,
            null,
            null));
  }

  /**
   * A recall (contentType 9, mType 9): {@code msgId} is the recalled message, status recalled, no
   * content; {@code sendTime} is when it was recalled.
   */
  public static ChatPush recall(RecallEvent e) {
    return new ChatPush(
        e.conversationId(),
        e.chatType(),
        Long.toString(e.sendId()),
        Long.toString(e.recvId()),
        e.occurredAt(),
        ChatTypes.CONTENT_RECALL,
        e.msgId(),
        e.seq(),
        null,
        Long.toString(e.recalledBy()),
        ChatSchema.STATUS_RECALLED,
        new ChatBody(ChatTypes.CONTENT_RECALL, null, null, null, null, null));
  }

  /** A message refused after the connector accepted it. */
  public static ChatFailed failed(ChatEvent e, ErrorCode code) {
    return new ChatFailed(e.clientMsgId(), e.conversationId(), code.code(), code.message());
  }

  static ChatBody body(ChatLogEntry m) {
    List<String> atUsers =
        m.atUsers().isEmpty() ? null : m.atUsers().stream().map(Object::toString).toList();
    return new ChatBody(
        m.msgType(), m.msgContent(), m.quote(), null, atUsers, m.atAll() ? Boolean.TRUE : null);
  }
}
