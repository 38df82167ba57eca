package io.hichat.connector.chat;

import io.hichat.model.api.ErrorCode;
import java.util.concurrent.CompletionStage;

/**
 * Who may write to a conversation, from the relation caches: in a single chat the recipient must
 * count the sender as a friend and must not have blocked them; in a group the sender must be a
 * current member.
 */
public final class Access {

  private final RelationGate gate;

  public Access(RelationGate gate) {
    this.gate = gate;
  }

  /**
   * Completes normally when {@code userId} may write to {@code target}, else with a {@link
   * WsException}: NOT_FRIEND_PEER, BLOCKED_BY_PEER or REMOVED_FROM_GROUP.
   */
  public CompletionStage<Void> mayWrite(long userId, Target target) {
    if (target.group()) {
      return requireMember(userId, target.recvId());
    }
    return gate.containsEach(
            RelationSet.friends(target.recvId()), RelationSet.blocks(target.recvId()), userId)
        .thenApply(
            answer -> {
              if (!answer.first()) {
                throw new WsException(ErrorCode.NOT_FRIEND_PEER);
              }
              if (answer.second()) {
                throw new WsException(ErrorCode.BLOCKED_BY_PEER);
              }
              return null;
            });
  }

  /** Completes normally for a current member, else with REMOVED_FROM_GROUP. */
  public CompletionStage<Void> requireMember(long userId, long groupId) {
    return isMember(userId, groupId)
        .thenApply(
            member -> {
              if (!member) {
                throw new WsException(ErrorCode.REMOVED_FROM_GROUP);
              }
              return null;
            });
  }

  public CompletionStage<Boolean> isMember(long userId, long groupId) {
    return gate.contains(RelationSet.members(groupId), userId);
  }
}
