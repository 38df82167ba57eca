package io.hichat.connector.chat;

import io.hichat.model.api.ErrorCode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Who may write to a conversation, from the relation caches: in a single chat the recipient must
 * count the sender as a friend and must not have blocked them; in a group the sender must be a
 * current member.
 *
 * <p>A yes is remembered here for {@link #REMEMBERED} (at most {@link #MAX_REMEMBERED} of them), so
 * a burst of messages in one conversation costs one Redis round trip, not one per message. A no is
 * never remembered. Any {@code relation.changed} push that reaches this connector forgets them all
 * ({@link #forgetVerdicts}); a change whose push goes elsewhere (a block, told only to the
 * blocker's connectors) is seen here at most {@code REMEMBERED} later. What slips through in
 * between is refused by the chat consumer, which checks every message against MySQL and tells the
 * sender with {@code chat.failed} — the path any stale cache already took.
 */
public final class Access {

  static final Duration REMEMBERED = Duration.ofSeconds(2);
  static final int MAX_REMEMBERED = 50_000;

  /** Completed; a minimal stage, so no caller can complete it otherwise for everyone. */
  private static final CompletionStage<Void> ALLOWED = CompletableFuture.completedStage(null);

  private final RelationGate gate;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<Verdict, Long> allowedUntil = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  private record Verdict(boolean group, long target, long userId) {}

  public Access(RelationGate gate) {
    this(gate, System::nanoTime);
  }

  Access(RelationGate gate, LongSupplier nanoTime) {
    this.gate = gate;
    this.nanoTime = nanoTime;
  }

  /**
   * Completes normally when {@code userId} may write to {@code target}, else with a {@link
   * WsException}: NOT_FRIEND_PEER, BLOCKED_BY_PEER or REMOVED_FROM_GROUP.
   */
  public CompletionStage<Void> mayWrite(long userId, Target target) {
    Verdict verdict = new Verdict(target.group(), target.recvId(), userId);
    long now = nanoTime.getAsLong();
    Long until = allowedUntil.get(verdict);
    if (until != null && now - until < 0) {
      return ALLOWED;
    }
    long asked = generation.get();
    CompletionStage<Void> check =
        target.group() ? requireMember(userId, target.recvId()) : singleCheck(userId, target);
    return check.thenApply(
        ok -> {
          remember(verdict, asked, now + REMEMBERED.toNanos());
          return null;
        });
  }

  /** Forgets every remembered yes: a relation changed. */
  public void forgetVerdicts() {
    generation.incrementAndGet();
    allowedUntil.clear();
  }

  /** How many yeses are remembered (for tests). */
  int remembered() {
    return allowedUntil.size();
  }

  private void remember(Verdict verdict, long asked, long until) {
    if (allowedUntil.size() >= MAX_REMEMBERED) {
      allowedUntil.clear();
    }
    allowedUntil.put(verdict, until);
    if (generation.get() != asked) {
      // a relation changed while the gate was asked: the answer may be older than the change
      allowedUntil.remove(verdict, until);
    }
  }

  private CompletionStage<Void> singleCheck(long userId, Target target) {
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
