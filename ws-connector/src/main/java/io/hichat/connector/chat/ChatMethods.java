package io.hichat.connector.chat;

import io.hichat.connector.frame.Call;
import io.hichat.model.im.ChatSend;
import io.hichat.model.im.MarkChat;
import io.hichat.model.im.SyncRequest;
import io.hichat.model.im.Typing;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The client methods: one call in, its ack data out (or a failure: a {@link WsException} for a
 * refusal, anything else for a backing service that failed).
 */
public final class ChatMethods implements Methods {

  private final SendChat send;
  private final MarkRead mark;
  private final SyncChat sync;
  private final TypingRelay typing;
  private final OnlineFriends online;

  public ChatMethods(
      SendChat send, MarkRead mark, SyncChat sync, TypingRelay typing, OnlineFriends online) {
    this.send = send;
    this.mark = mark;
    this.sync = sync;
    this.typing = typing;
    this.online = online;
  }

  @Override
  public CompletionStage<?> call(long userId, String frameId, Call call) {
    try {
      return call.accept(
          new Call.Visitor<CompletionStage<?>>() {
            @Override
            public CompletionStage<?> sendChat(ChatSend c) {
              return send.send(userId, frameId, c);
            }

            @Override
            public CompletionStage<?> markRead(MarkChat c) {
              return mark.mark(userId, c);
            }

            @Override
            public CompletionStage<?> typing(Typing c) {
              return typing.relay(userId, c);
            }

            @Override
            public CompletionStage<?> sync(SyncRequest c) {
              return sync.sync(userId, c);
            }

            @Override
            public CompletionStage<?> onlineFriends() {
              return online.online(userId);
            }

            @Override
            public CompletionStage<?> ping() {
              return CompletableFuture.completedFuture("pong");
            }
          });
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
