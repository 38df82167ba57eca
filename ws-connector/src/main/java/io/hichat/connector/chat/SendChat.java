package io.hichat.connector.chat;

import io.hichat.model.event.ChatEvent;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ChatAck;
import io.hichat.model.im.ChatSend;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code chat.user}: validate, authorize, then hand the message to Kafka ({@link Topics#IM_CHAT},
 * keyed by conversation). The ack follows only once the broker has it; the chat consumer gives it
 * its seq and msgId.
 *
 * <p>A sender's messages to one conversation reach the sink in the order they arrived, although
 * their gate reads (several Redis connections) may answer in any order: each waits until the one
 * before it was handed over (or refused) — not until Kafka has it, so a sender's messages still
 * travel in one batch. The sink keeps the order of its calls and Kafka that of a key's records, so
 * the chat consumer sees them, and numbers them, in the sender's order.
 */
public final class SendChat {

  private final Access access;
  private final EventSink events;
  private final Clock clock;

  /** Per sender and conversation, the message that must be handed over before the next one. */
  private final ConcurrentHashMap<String, CompletableFuture<Void>> turns =
      new ConcurrentHashMap<>();

  public SendChat(Access access, EventSink events, Clock clock) {
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  public CompletionStage<ChatAck> send(long userId, String frameId, ChatSend send) {
    MessageRules.ValidMessage m = MessageRules.check(userId, frameId, send);
    Target target = m.target();
    CompletableFuture<Void> allowed = access.mayWrite(userId, target).toCompletableFuture();
    String turnKey = userId + "/" + target.conversationId();
    CompletableFuture<Void> handedOver = new CompletableFuture<>();
    CompletableFuture<Void> previous = turns.put(turnKey, handedOver);
    CompletableFuture<Void> myTurn =
        previous == null ? CompletableFuture.completedFuture(null) : previous;
    CompletableFuture<ChatAck> acked =
        myTurn
            .thenCompose(ignored -> allowed)
            .thenCompose(
                ignored -> {
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
                  CompletionStage<Void> sent = events.publish(Topics.IM_CHAT, event.key(), event);
                  handedOver.complete(null);
                  return sent;
                })
            .thenApply(sent -> new ChatAck(m.clientMsgId(), target.conversationId()));
    acked.whenComplete(
        (ack, failure) -> {
          handedOver.complete(null);
          turns.remove(turnKey, handedOver);
        });
    return acked;
  }

  /** Senders with a message still waiting for its turn or its gate (for tests and metrics). */
  int waiting() {
    return turns.size();
  }
}
