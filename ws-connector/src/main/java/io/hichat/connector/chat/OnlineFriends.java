package io.hichat.connector.chat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code user.online}: which of the caller's friends have a fresh connection anywhere in the fleet.
 * Answered to the caller only (the reference broadcast it to everyone).
 */
public final class OnlineFriends {

  private final RelationGate gate;
  private final Presences presence;

  public OnlineFriends(RelationGate gate, Presences presence) {
    this.gate = gate;
    this.presence = presence;
  }

  /** The online friends' ids as strings, in numeric order. */
  public CompletionStage<List<String>> online(long userId) {
    return gate.members(RelationSet.friends(userId))
        .thenCompose(
            friends ->
                friends.isEmpty()
                    ? CompletableFuture.completedFuture(Map.<String, List<Long>>of())
                    : presence.byConnector(friends))
        .thenApply(
            byConnector -> {
              TreeSet<Long> online = new TreeSet<>();
              byConnector.values().forEach(online::addAll);
              return online.stream().map(String::valueOf).toList();
            });
  }
}
