package io.hichat.connector.chat;

import static io.hichat.connector.chat.Stubs.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.frame.Call;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.event.ReadEvent;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ChatAck;
import io.hichat.model.im.ChatBody;
import io.hichat.model.im.ChatPush;
import io.hichat.model.im.ChatSend;
import io.hichat.model.im.MarkChat;
import io.hichat.model.im.SyncRequest;
import io.hichat.model.im.SyncResult;
import io.hichat.model.im.Typing;
import io.hichat.model.ws.WsMethods;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ChatMethodsTest {

  static final long ME = 10;
  static final long FRIEND = 20;
  static final long GROUP = 77;
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);
  static final String OBJECT_ID = "65a1b2c3d4e5f60718293a4b";

  final Stubs.Gate gate =
      new Stubs.Gate()
          .with(RelationSet.friends(FRIEND), ME)
          .with(RelationSet.friends(ME), FRIEND, 30L, 40L)
          .with(RelationSet.members(GROUP), ME, FRIEND, 30L);
  final Stubs.Sink sink = new Stubs.Sink();
  final Stubs.Online online = new Stubs.Online();
  final Stubs.Pushes pushes = new Stubs.Pushes();
  final Stubs.Log log = new Stubs.Log();
  final Access access = new Access(gate);
  final ChatMethods methods =
      new ChatMethods(
          new SendChat(access, sink, CLOCK),
          new MarkRead(access, sink, CLOCK),
          new SyncChat(access, log),
          new TypingRelay(access, gate, online, pushes),
          new OnlineFriends(gate, online));

  Object call(Call call) {
    return methods.call(ME, "f1", call).toCompletableFuture().join();
  }

  ErrorCode refused(Call call) {
    return refusal(() -> methods.call(ME, "f1", call));
  }

  static Call send(int chatType, long recv, String content) {
    return new Call.SendChat(
        new ChatSend(
            null,
            chatType,
            null,
            Long.toString(recv),
            "c-1",
            null,
            new ChatBody(1, content, null, null, null, null)));
  }

  @Test
  void sendToAFriend_producesTheChatEventKeyedByConversation_thenAcks() {
    Object ack = call(send(1, FRIEND, "hello"));

    assertThat(ack).isEqualTo(new ChatAck("c-1", "10_20"));
    assertThat(sink.sent)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.topic()).isEqualTo(Topics.IM_CHAT);
              assertThat(s.key()).isEqualTo("10_20");
              ChatEvent e = (ChatEvent) s.event();
              assertThat(e.sendId()).isEqualTo(ME);
              assertThat(e.recvId()).isEqualTo(FRIEND);
              assertThat(e.chatType()).isEqualTo(1);
              assertThat(e.clientMsgId()).isEqualTo("c-1");
              assertThat(e.content()).isEqualTo("hello");
              assertThat(e.sendTime()).isEqualTo(CLOCK.millis());
              assertThat(e.occurredAt()).isEqualTo(CLOCK.millis());
              assertThat(e.eventId()).hasSize(36);
            });
  }

  @Test
  void sendToANonFriend_isNotFriendPeer_andNothingIsProduced() {
    assertThat(refused(send(1, 30, "hello"))).isEqualTo(ErrorCode.NOT_FRIEND_PEER);
    assertThat(sink.sent).isEmpty();
  }

  @Test
  void sendToAFriendWhoBlockedMe_isBlockedByPeer_andNothingIsProduced() {
    gate.with(RelationSet.blocks(FRIEND), ME);

    assertThat(refused(send(1, FRIEND, "hello"))).isEqualTo(ErrorCode.BLOCKED_BY_PEER);
    assertThat(sink.sent).isEmpty();
  }

  @Test
  void sendToAGroup_asMember_isProduced_andAsNonMember_isRemovedFromGroup() {
    assertThat(call(send(2, GROUP, "all"))).isEqualTo(new ChatAck("c-1", "77"));
    assertThat(refused(send(2, 78, "all"))).isEqualTo(ErrorCode.REMOVED_FROM_GROUP);
    assertThat(sink.sent).hasSize(1);
  }

  @Test
  void invalidMessage_isRefusedBeforeAnyGateRead() {
    assertThat(refused(send(1, FRIEND, " "))).isEqualTo(ErrorCode.INVALID_MESSAGE);
    assertThat(sink.sent).isEmpty();
  }

  @Test
  void kafkaFailure_failsTheCallWithoutARefusal() {
    sink.failure = new IllegalStateException("broker down");

    var result = methods.call(ME, "f1", send(1, FRIEND, "hi")).toCompletableFuture();

    assertThat(result).isCompletedExceptionally();
  }

  @Test
  void markChat_byAParty_producesTheReadEventWithTheReader() {
    call(new Call.MarkRead(new MarkChat(1, "20", null, List.of(OBJECT_ID.toUpperCase()), null)));

    assertThat(sink.sent)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.topic()).isEqualTo(Topics.IM_READ);
              assertThat(s.key()).isEqualTo("10_20");
              ReadEvent e = (ReadEvent) s.event();
              assertThat(e.readerId()).isEqualTo(ME);
              assertThat(e.recvId()).isEqualTo(FRIEND);
              assertThat(e.msgIds()).containsExactly(OBJECT_ID);
            });
  }

  @Test
  void markChat_byConversationIdAlone_andWithReadSeq_isAccepted() {
    call(new Call.MarkRead(new MarkChat(1, null, "10_20", null, 5L)));
    call(new Call.MarkRead(new MarkChat(2, null, "77", null, 3L)));

    assertThat(sink.sent).hasSize(2);
  }

  @Test
  void markChat_ofAForeignConversationOrGroup_isRefused_andNothingIsProduced() {
    assertThat(refused(new Call.MarkRead(new MarkChat(1, null, "20_30", null, 5L))))
        .isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND);
    assertThat(refused(new Call.MarkRead(new MarkChat(2, null, "78", null, 5L))))
        .isEqualTo(ErrorCode.REMOVED_FROM_GROUP);
    assertThat(sink.sent).isEmpty();
  }

  @Test
  void markChat_withBadIds_orNothingToMark_isBadRequest() {
    assertThat(refused(new Call.MarkRead(new MarkChat(1, "20", null, List.of("nope"), null))))
        .isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(refused(new Call.MarkRead(new MarkChat(1, "20", null, List.of(), null))))
        .isEqualTo(ErrorCode.BAD_REQUEST);
    List<String> tooMany = java.util.Collections.nCopies(MarkChat.MAX_MSG_IDS + 1, OBJECT_ID);
    assertThat(refused(new Call.MarkRead(new MarkChat(1, "20", null, tooMany, null))))
        .isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  void sync_ofASingleChat_readsAfterTheSeq_andReportsTheLatest() {
    ChatPush m = new ChatPush("10_20", 1, "20", "10", 1L, 0, OBJECT_ID, 4L, "c", null, 0, null);
    log.page = new ChatLog.Page(List.of(m), true);
    log.latest = 9;

    SyncResult result = (SyncResult) call(new Call.Sync(new SyncRequest("10_20", 3L, 500)));

    assertThat(result).isEqualTo(new SyncResult("10_20", List.of(m), true, 9));
    assertThat(log.asked)
        .containsExactly("10_20 3 " + Long.MAX_VALUE + " " + SyncRequest.MAX_LIMIT);
  }

  @Test
  void sync_ofARemovedMember_isBoundedByTheRemoval() {
    log.removed = OptionalLong.of(6);
    log.latest = 9;
    gate.with(RelationSet.members(88));

    SyncResult result = (SyncResult) call(new Call.Sync(new SyncRequest("88", null, 10)));

    assertThat(result.lastSeq()).isEqualTo(6);
    assertThat(log.asked).containsExactly("88 0 6 10");
  }

  @Test
  void sync_ofAConversationTheCallerIsNotPartOf_isConversationNotFound() {
    assertThat(refused(new Call.Sync(new SyncRequest("20_30", 0L, 10))))
        .isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND);
    assertThat(refused(new Call.Sync(new SyncRequest("99", 0L, 10))))
        .isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND);
    assertThat(refused(new Call.Sync(new SyncRequest("x_y", 0L, 10))))
        .isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND);
    assertThat(log.asked).isEmpty();
  }

  @Test
  void sync_withBadBounds_isBadRequest() {
    assertThat(refused(new Call.Sync(new SyncRequest("10_20", -1L, 10))))
        .isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(refused(new Call.Sync(new SyncRequest("10_20", 0L, 0))))
        .isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(refused(new Call.Sync(new SyncRequest(null, 0L, 1))))
        .isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  void typingInAGroup_isPushedToTheOnlineOtherMembers_only() {
    online.connectorOf.put(FRIEND, "ws-2");
    online.connectorOf.put(ME, "ws-1");

    call(new Call.TypingNow(new Typing(null, 2, "77", null)));

    assertThat(pushes.published)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.method()).isEqualTo(WsMethods.PUSH_TYPING);
              assertThat(p.byConnector()).isEqualTo(Map.of("ws-2", List.of(FRIEND)));
              assertThat(p.data()).isEqualTo(new Typing("77", 2, "77", "10"));
            });
    assertThat(sink.sent).isEmpty();
  }

  @Test
  void typingToAnOfflinePeer_publishesNothing_andToANonFriend_isRefused() {
    call(new Call.TypingNow(new Typing(null, 1, "20", "10")));
    assertThat(pushes.published).isEmpty();

    assertThat(refused(new Call.TypingNow(new Typing(null, 1, "30", null))))
        .isEqualTo(ErrorCode.NOT_FRIEND_PEER);
    assertThat(refused(new Call.TypingNow(new Typing(null, 1, "20", "20"))))
        .isEqualTo(ErrorCode.FORGED_SENDER);
  }

  @Test
  void userOnline_listsTheOnlineFriendsOnly() {
    online.connectorOf.put(FRIEND, "ws-1");
    online.connectorOf.put(40L, "ws-3");
    online.connectorOf.put(99L, "ws-3");

    assertThat(call(new Call.OnlineFriends())).isEqualTo(List.of("20", "40"));
  }

  @Test
  void ping_answersPong() {
    assertThat(call(new Call.Ping())).isEqualTo("pong");
  }
}
