package io.hichat.functions.im.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.im.store.ChatLogEntry;
import io.hichat.functions.im.store.ChatLogEntry.ClientKey;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class SeqPlanTest {

  static ChatLogEntry msg(long sender, String clientMsgId) {
    return new ChatLogEntry(
        new ObjectId().toHexString(),
        "1_2",
        0,
        clientMsgId,
        sender,
        sender == 1 ? 2 : 1,
        1,
        1,
        "hi " + clientMsgId,
        null,
        List.of(),
        false,
        1000,
        0);
  }

  @Test
  void newMessages_areNumberedInBatchOrderAfterTheBase() {
    List<ChatLogEntry> planned =
        SeqPlan.assign(List.of(msg(1, "a"), msg(2, "b"), msg(1, "c")), Map.of(), 7);
    assertThat(planned).extracting(ChatLogEntry::seq).containsExactly(8L, 9L, 10L);
    assertThat(planned).extracting(ChatLogEntry::clientMsgId).containsExactly("a", "b", "c");
  }

  @Test
  void sameClientIdTwiceInABatch_getsOneSeq_theFirstMessagesContent() {
    ChatLogEntry first = msg(1, "a");
    ChatLogEntry resend = msg(1, "a");
    List<ChatLogEntry> planned = SeqPlan.assign(List.of(first, resend, msg(1, "b")), Map.of(), 0);
    assertThat(planned).extracting(ChatLogEntry::seq).containsExactly(1L, 2L);
    assertThat(planned.get(0).msgId()).isEqualTo(first.msgId());
  }

  @Test
  void sameClientIdFromAnotherSender_isAnotherMessage() {
    List<ChatLogEntry> planned = SeqPlan.assign(List.of(msg(1, "a"), msg(2, "a")), Map.of(), 0);
    assertThat(planned).hasSize(2);
  }

  @Test
  void storedMessages_takeNoSeq_andResolveToTheStoredOne() {
    ChatLogEntry stored = msg(1, "a").atSeq(4);
    ChatLogEntry resend = msg(1, "a");
    Map<ClientKey, ChatLogEntry> known = Map.of(stored.clientKey(), stored);
    List<ChatLogEntry> planned = SeqPlan.assign(List.of(resend, msg(1, "b")), known, 9);
    assertThat(planned).extracting(ChatLogEntry::seq).containsExactly(10L);
    assertThat(SeqPlan.resolved(List.of(resend), known)).containsExactly(stored);
  }

  @Test
  void base_isTheHigherOfTheConversationAndTheLog_soACrashLeavesNoGap() {
    assertThat(SeqPlan.base(5, 7)).isEqualTo(7);
    assertThat(SeqPlan.base(5, 0)).isEqualTo(5);
  }

  @Test
  void unreflected_isWhatTheConversationHasNotSeen_inSeqOrder() {
    ChatLogEntry old = msg(1, "a").atSeq(3);
    ChatLogEntry leftByACrash = msg(1, "b").atSeq(6);
    ChatLogEntry fresh = msg(1, "c").atSeq(7);
    assertThat(SeqPlan.unreflected(List.of(fresh, old, leftByACrash), 5))
        .containsExactly(leftByACrash, fresh);
  }
}
