package io.hichat.connector.chat;

import io.hichat.model.im.Typing;
import io.hichat.model.ws.WsMethods;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code chat.typing}: "typing…" relayed to the peer, or to the group's other members, that are
 * online right now. Never stored and never sent to Kafka: a missed one is simply gone.
 */
public final class TypingRelay {

  private final Access access;
  private final RelationGate gate;
  private final Presences presence;
  private final PushPublisher pushes;

  public TypingRelay(Access access, RelationGate gate, Presences presence, PushPublisher pushes) {
    this.access = access;
    this.gate = gate;
    this.presence = presence;
    this.pushes = pushes;
  }

  public CompletionStage<Void> relay(long userId, Typing typing) {
    MessageRules.checkSender(userId, typing.sendId());
    Target target = Target.of(userId, typing.chatType(), typing.recvId(), typing.conversationId());
    Typing relayed =
        new Typing(
            target.conversationId(),
            target.chatType(),
            Long.toString(target.recvId()),
            Long.toString(userId));
    return access
        .mayWrite(userId, target)
        .thenCompose(allowed -> receivers(userId, target))
        .thenCompose(presence::byConnector)
        .thenCompose(
            byConnector ->
                byConnector.isEmpty()
                    ? CompletableFuture.completedFuture(null)
                    : pushes.publish(byConnector, WsMethods.PUSH_TYPING, relayed));
  }

  private CompletionStage<List<Long>> receivers(long userId, Target target) {
    if (!target.group()) {
      return CompletableFuture.completedFuture(List.of(target.recvId()));
    }
    return gate.members(RelationSet.members(target.recvId()))
        .thenApply(members -> others(members, userId));
  }

  private static List<Long> others(Set<Long> members, long userId) {
    return members.stream().filter(m -> m != userId).toList();
  }
}
