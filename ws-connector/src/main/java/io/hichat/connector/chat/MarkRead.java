package io.hichat.connector.chat;

import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.ReadEvent;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import io.hichat.model.im.MarkChat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * {@code chat.markChat}: the caller has read messages of a conversation they belong to; handed to
 * Kafka ({@link Topics#IM_READ}, keyed by conversation), acked once the broker has it.
 */
public final class MarkRead {

  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");

  private final Access access;
  private final EventSink events;
  private final Clock clock;

  public MarkRead(Access access, EventSink events, Clock clock) {
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  public CompletionStage<Void> mark(long userId, MarkChat mark) {
    Target target = target(userId, mark);
    List<String> msgIds = msgIds(mark.msgIds());
    if (mark.readSeq() != null && mark.readSeq() < 1) {
      throw new WsException(ErrorCode.BAD_REQUEST, "readSeq must be at least 1");
    }
    if (msgIds.isEmpty() && mark.readSeq() == null) {
      throw new WsException(ErrorCode.BAD_REQUEST, "name msgIds or a readSeq");
    }
    CompletionStage<Void> allowed =
        target.group()
            ? access.requireMember(userId, target.recvId())
            : CompletableFuture.completedFuture(null);
    return allowed.thenCompose(
        ok -> {
          long now = clock.millis();
          ReadEvent event =
              new ReadEvent(
                  UUID.randomUUID().toString(),
                  now,
                  target.conversationId(),
                  target.chatType(),
                  userId,
                  target.recvId(),
                  mark.readSeq(),
                  msgIds.isEmpty() ? null : msgIds);
          return events.publish(Topics.IM_READ, event.key(), event);
        });
  }

  /** The conversation named by recvId, or by the conversation id alone; the caller is a party. */
  private static Target target(long userId, MarkChat mark) {
    if (mark.recvId() != null && !mark.recvId().isEmpty()) {
      return Target.of(userId, mark.chatType(), mark.recvId(), mark.conversationId());
    }
    String conversationId = mark.conversationId();
    if (conversationId == null || conversationId.isEmpty()) {
      throw new WsException(
          ErrorCode.BAD_REQUEST, "name the conversation: recvId or conversationId");
    }
    if (mark.chatType() == ChatTypes.SINGLE) {
      long peer = ConversationIds.peer(conversationId, userId);
      if (peer <= 0) {
        throw new WsException(ErrorCode.CONVERSATION_NOT_FOUND);
      }
      return new Target(ChatTypes.SINGLE, peer, conversationId);
    }
    if (mark.chatType() == ChatTypes.GROUP) {
      long group = ConversationIds.groupId(conversationId);
      if (group <= 0) {
        throw new WsException(ErrorCode.CONVERSATION_NOT_FOUND);
      }
      return new Target(ChatTypes.GROUP, group, conversationId);
    }
    throw new WsException(ErrorCode.BAD_REQUEST, "chatType must be 1 (single) or 2 (group)");
  }

  private static List<String> msgIds(List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() > MarkChat.MAX_MSG_IDS) {
      throw new WsException(
          ErrorCode.BAD_REQUEST, "at most " + MarkChat.MAX_MSG_IDS + " msgIds per mark");
    }
    for (String id : ids) {
      if (id == null || !OBJECT_ID.matcher(id).matches()) {
        throw new WsException(ErrorCode.BAD_REQUEST, "msgIds must be 24-hex message ids");
      }
    }
    return ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).distinct().toList();
  }
}
