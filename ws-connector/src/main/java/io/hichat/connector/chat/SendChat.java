package io.hichat.connector.chat;

import io.hichat.model.event.ChatEvent;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ChatAck;
import io.hichat.model.im.ChatSend;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * {@code chat.user}: validate, authorize, then hand the message to Kafka ({@link Topics#IM_CHAT},
 * keyed by conversation). The ack follows only once the broker has it; the chat consumer gives it
 * its seq and msgId.
 */
public final class SendChat {

  private final Access access;
  private final EventSink events;
  private final Clock clock;

  public SendChat(Access access, EventSink events, Clock clock) {
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  public CompletionStage<ChatAck> send(long userId, String frameId, ChatSend send) {
    MessageRules.ValidMessage m = MessageRules.check(userId, frameId, send);
    Target target = m.target();
    return access
        .mayWrite(userId, target)
        .thenCompose(
            allowed -> {
              long now = clock.millis();
              ChatEvent event =
                  new ChatEvent(
                      UUID.randomUUID().toString(),
                      now,
                      target.conversationId(),
                      target.chatType(),
                      userId,
                      target.recvId(),
                      m.clientMsgId(),
                      now,
                      m.mType(),
                      m.content(),
                      m.quote(),
                      m.atUsers().isEmpty() ? null : m.atUsers(),
                      m.atAll());
              return events.publish(Topics.IM_CHAT, event.key(), event);
            })
        .thenApply(sent -> new ChatAck(m.clientMsgId(), target.conversationId()));
  }
}
