package io.hichat.connector.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.model.api.ErrorCode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AccessTest {

  static final long ME = 10;
  static final long FRIEND = 20;
  static final long STRANGER = 30;
  static final long GROUP = 77;

  /** The stub gate, counting how often it is asked. */
  final class CountingGate extends Stubs.Gate {
    int asked;
    CompletableFuture<Boolean> held;

    @Override
    public CompletionStage<Boolean> contains(RelationSet set, long member) {
      asked++;
      return held != null ? held : super.contains(set, member);
    }
  }

  final CountingGate gate = new CountingGate();
  final AtomicLong clock = new AtomicLong(1_000_000_000L);
  final Access access = new Access(gate, clock::get);

  {
    gate.with(RelationSet.friends(FRIEND), ME);
    gate.with(RelationSet.members(GROUP), ME);
  }

  static Target single(long peer) {
    return new Target(1, peer, ME < peer ? ME + "_" + peer : peer + "_" + ME);
  }

  void allowed(Target target) {
    access.mayWrite(ME, target).toCompletableFuture().join();
  }

  ErrorCode refused(Target target) {
    try {
      access.mayWrite(ME, target).toCompletableFuture().join();
    } catch (CompletionException e) {
      return ((WsException) e.getCause()).code();
    }
    throw new AssertionError("allowed");
  }

  @Test
  void aYes_isRemembered_forAMoment_thenAskedAgain() {
    allowed(single(FRIEND));
    int first = gate.asked;
    allowed(single(FRIEND));
    allowed(single(FRIEND));
    assertThat(gate.asked).isEqualTo(first);

    clock.addAndGet(Access.REMEMBERED.toNanos());
    allowed(single(FRIEND));
    assertThat(gate.asked).isGreaterThan(first);
  }

  @Test
  void aNo_isNeverRemembered() {
    assertThat(refused(single(STRANGER))).isEqualTo(ErrorCode.NOT_FRIEND_PEER);
    int first = gate.asked;
    gate.with(RelationSet.friends(STRANGER), ME);
    allowed(single(STRANGER));
    assertThat(gate.asked).isGreaterThan(first);
    assertThat(refused(new Target(2, 88, "88"))).isEqualTo(ErrorCode.REMOVED_FROM_GROUP);
  }

  @Test
  void aRelationChange_forgetsEveryYes() {
    allowed(single(FRIEND));
    allowed(new Target(2, GROUP, "77"));
    assertThat(access.remembered()).isEqualTo(2);

    gate.with(RelationSet.friends(FRIEND));
    gate.with(RelationSet.members(GROUP));
    access.forgetVerdicts();

    assertThat(refused(single(FRIEND))).isEqualTo(ErrorCode.NOT_FRIEND_PEER);
    assertThat(refused(new Target(2, GROUP, "77"))).isEqualTo(ErrorCode.REMOVED_FROM_GROUP);
    assertThat(access.remembered()).isZero();
  }

  @Test
  void aYesAnsweredAcrossARelationChange_isNotRemembered() {
    gate.held = new CompletableFuture<>();
    CompletableFuture<Void> pending =
        access.mayWrite(ME, new Target(2, GROUP, "77")).toCompletableFuture();
    access.forgetVerdicts();
    gate.held.complete(true);
    pending.join();

    assertThat(access.remembered()).isZero();
  }

  @Test
  void theMemoryIsBounded() {
    for (long peer = 1_000; peer < 1_000 + Access.MAX_REMEMBERED + 10; peer++) {
      gate.sets.put(RelationSet.friends(peer).key(), Set.of(ME));
      allowed(single(peer));
    }
    assertThat(access.remembered()).isLessThanOrEqualTo(Access.MAX_REMEMBERED);
    allowed(single(FRIEND));
  }
}
