package io.hichat.functions.im.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.im.store.ChatPermissions;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.ChatEvent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatRulesTest {

  static ChatEvent group(long sender, List<Long> atUsers, boolean atAll) {
    return new ChatEvent("e", 1, "77", 2, sender, 77, "c1", 1000, 1, "hi", null, atUsers, atAll);
  }

  static ChatEvent single(String conversationId, long sender, long recv) {
    return new ChatEvent(
        "e", 1, conversationId, 1, sender, recv, "c1", 1000, 1, "hi", null, null, false);
  }

  @Test
  void atAll_isKeptForAdminsAndTheOwner_droppedForMembersAndUnknownRoles() {
    ChatEvent e = group(5, null, true);
    assertThat(ChatRules.atAll(e, 0)).isFalse();
    assertThat(ChatRules.atAll(e, null)).isFalse();
    assertThat(ChatRules.atAll(e, 1)).isTrue();
    assertThat(ChatRules.atAll(e, 2)).isTrue();
    assertThat(ChatRules.atAll(group(5, null, false), 2)).isFalse();
  }

  @Test
  void atAll_andAtUsers_doNotExistInSingleChats() {
    ChatEvent e =
        new ChatEvent("e", 1, "5_9", 1, 5, 9, "c1", 1000, 1, "hi", null, List.of(9L), true);
    assertThat(ChatRules.atAll(e, 2)).isFalse();
    assertThat(ChatRules.atUsers(e)).isEmpty();
  }

  @Test
  void atUsers_areDeduplicated_withoutTheSenderOrNonsense() {
    assertThat(ChatRules.atUsers(group(5, Arrays.asList(7L, 5L, 7L, null, -1L, 8L), false)))
        .containsExactly(7L, 8L);
  }

  @Test
  void refusals_followMysqlFacts() {
    assertThat(ChatRules.refusal(new ChatPermissions.Single(true, false))).isNull();
    assertThat(ChatRules.refusal(new ChatPermissions.Single(false, false)))
        .isEqualTo(ErrorCode.NOT_FRIEND_PEER);
    assertThat(ChatRules.refusal(new ChatPermissions.Single(true, true)))
        .isEqualTo(ErrorCode.BLOCKED_BY_PEER);
    assertThat(ChatRules.refusal(new ChatPermissions.Group(0, 0))).isNull();
    assertThat(ChatRules.refusal(new ChatPermissions.Group(0, null)))
        .isEqualTo(ErrorCode.REMOVED_FROM_GROUP);
    assertThat(ChatRules.refusal(new ChatPermissions.Group(1, 2)))
        .isEqualTo(ErrorCode.GROUP_UNAVAILABLE);
    assertThat(ChatRules.refusal(new ChatPermissions.Group(null, null)))
        .isEqualTo(ErrorCode.GROUP_UNAVAILABLE);
  }

  @Test
  void wellFormed_acceptsMatchingConversationIds() {
    ChatRules.requireWellFormed(single("5_9", 9, 5));
    ChatRules.requireWellFormed(group(5, null, false));
  }

  @Test
  void conversationIdThatDoesNotMatchTheParties_isPoison() {
    assertThatThrownBy(() -> ChatRules.requireWellFormed(single("5_8", 9, 5)))
        .isInstanceOf(PoisonRecordException.class);
    assertThatThrownBy(() -> ChatRules.requireWellFormed(single("5_5", 5, 5)))
        .isInstanceOf(PoisonRecordException.class);
    assertThatThrownBy(
            () ->
                ChatRules.requireWellFormed(
                    new ChatEvent("e", 1, "78", 2, 5, 77, "c", 1, 1, "x", null, null, false)))
        .isInstanceOf(PoisonRecordException.class);
  }

  @Test
  void missingClientIdOrUnstorableType_isPoison() {
    assertThatThrownBy(
            () ->
                ChatRules.requireWellFormed(
                    new ChatEvent("e", 1, "5_9", 1, 5, 9, " ", 1, 1, "x", null, null, false)))
        .isInstanceOf(PoisonRecordException.class);
    assertThatThrownBy(
            () ->
                ChatRules.requireWellFormed(
                    new ChatEvent("e", 1, "5_9", 1, 5, 9, "c", 1, 6, "x", null, null, false)))
        .isInstanceOf(PoisonRecordException.class);
  }
}
