package io.hichat.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.support.Stack;
import io.hichat.connector.support.TopicProbe;
import io.hichat.connector.support.WsClient;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ConversationIds;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code chat.user} end to end through the connector: gate, Kafka, ack. */
class ChatSendIT {

  TopicProbe chat;

  @BeforeEach
  void open() {
    Stack.connector();
    chat = new TopicProbe(Topics.IM_CHAT);
  }

  @AfterEach
  void close() {
    chat.close();
  }

  static String send(String id, int chatType, long recv, String extra) {
    return ("{\"id\":\"%s\",\"frameType\":0,\"method\":\"chat.user\",\"data\":{\"chatType\":%d,"
            + "\"recvId\":\"%d\"%s,\"msg\":{\"mType\":1,\"content\":\"hello %s\"}}}")
        .formatted(id, chatType, recv, extra, id);
  }

  static String id() {
    return "m-" + UUID.randomUUID();
  }

  static int code(JsonNode frame) {
    return frame.path("data").path("code").asInt();
  }

  List<TopicProbe.Record> recordsOf(String clientMsgId) {
    return chat.seen().stream().filter(r -> r.value().contains("\"" + clientMsgId + "\"")).toList();
  }

  @Test
  void messageToAFriend_isOnImChatKeyedByConversation_thenAcked() {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    Stack.befriend(ada, bob);
    String conversation = ConversationIds.single(ada.id(), bob.id());
    String id = id();

    try (WsClient socket = Stack.socket(ada)) {
      socket.send(send(id, 1, bob.id(), ""));
      JsonNode ack = socket.reply(id);

      assertThat(ack.path("frameType").asInt()).isEqualTo(3);
      assertThat(ack.path("data").path("clientMsgId").asString()).isEqualTo(id);
      assertThat(ack.path("data").path("conversationId").asString()).isEqualTo(conversation);
      List<TopicProbe.Record> records = chat.await(r -> r.value().contains(id), 1);
      assertThat(records).hasSize(1);
      assertThat(records.get(0).key()).isEqualTo(conversation);
      JsonNode event = Json.mapper().readTree(records.get(0).value());
      assertThat(event.path("sendId").asLong()).isEqualTo(ada.id());
      assertThat(event.path("recvId").asLong()).isEqualTo(bob.id());
      assertThat(event.path("chatType").asInt()).isEqualTo(1);
      assertThat(event.path("conversationId").asString()).isEqualTo(conversation);
      assertThat(event.path("clientMsgId").asString()).isEqualTo(id);
      assertThat(event.path("mType").asInt()).isEqualTo(1);
      assertThat(event.path("content").asString()).isEqualTo("hello " + id);
      assertThat(event.path("eventId").asString()).isNotBlank();
      assertThat(event.path("sendTime").asLong()).isPositive();
    }
  }

  @Test
  void messageToAGroupAsMember_isKeyedByTheGroup() {
    TestUser owner = Stack.user("owner");
    TestUser member = Stack.user("member");
    long group = Stack.group(owner);
    Stack.join(member, group);
    String id = id();

    try (WsClient socket = Stack.socket(member)) {
      socket.send(send(id, 2, group, ""));

      assertThat(socket.reply(id).path("frameType").asInt()).isEqualTo(3);
      assertThat(chat.await(r -> r.value().contains(id), 1))
          .singleElement()
          .satisfies(r -> assertThat(r.key()).isEqualTo(Long.toString(group)));
    }
  }

  @Test
  void messagesToANonFriendABlockerOrAForeignGroup_areRefusedWithTheirIds_andNeverProduced() {
    TestUser ada = Stack.user("ada");
    TestUser stranger = Stack.user("stranger");
    TestUser blocker = Stack.user("blocker");
    TestUser friend = Stack.user("friend");
    Stack.befriend(ada, blocker);
    Stack.block(blocker, ada);
    Stack.befriend(ada, friend);
    long foreignGroup = Stack.group(stranger);
    String toStranger = id();
    String toBlocker = id();
    String toGroup = id();
    String marker = id();

    try (WsClient socket = Stack.socket(ada)) {
      socket.send(send(toStranger, 1, stranger.id(), ""));
      socket.send(send(toBlocker, 1, blocker.id(), ""));
      socket.send(send(toGroup, 2, foreignGroup, ""));

      assertThat(code(socket.reply(toStranger))).isEqualTo(ErrorCode.NOT_FRIEND_PEER.code());
      assertThat(code(socket.reply(toBlocker))).isEqualTo(ErrorCode.BLOCKED_BY_PEER.code());
      assertThat(code(socket.reply(toGroup))).isEqualTo(ErrorCode.REMOVED_FROM_GROUP.code());
      socket.send(send(marker, 1, friend.id(), ""));
      assertThat(socket.reply(marker).path("frameType").asInt()).isEqualTo(3);
      assertThat(chat.await(r -> r.value().contains(marker), 1)).hasSize(1);
    }
    assertThat(recordsOf(toStranger)).isEmpty();
    assertThat(recordsOf(toBlocker)).isEmpty();
    assertThat(recordsOf(toGroup)).isEmpty();
  }

  @Test
  void forgedMalformedUnknownOversizeAndBinaryFrames_getCodedErrors_andTheSocketKeepsWorking() {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    Stack.befriend(ada, bob);
    String forged = id();
    String unknown = id();
    String oversize = id();
    String after = id();

    try (WsClient socket = Stack.socket(ada)) {
      socket.send(send(forged, 1, bob.id(), ",\"sendId\":\"" + bob.id() + "\""));
      assertThat(code(socket.reply(forged))).isEqualTo(ErrorCode.FORGED_SENDER.code());

      socket.send("{\"id\":\"x\",\"frameType\":0,");
      assertThat(code(socket.next(f -> f.path("frameType").asInt() == 2)))
          .isEqualTo(ErrorCode.MALFORMED_JSON.code());

      socket.send("{\"id\":\"" + unknown + "\",\"frameType\":0,\"method\":\"push\",\"data\":{}}");
      assertThat(code(socket.reply(unknown))).isEqualTo(ErrorCode.UNKNOWN_METHOD.code());

      socket.send(
          "{\"id\":\""
              + oversize
              + "\",\"method\":\"chat.user\",\"pad\":\""
              + "x".repeat(70_000)
              + "\"}");
      assertThat(code(socket.reply(oversize))).isEqualTo(ErrorCode.FRAME_TOO_LARGE.code());

      socket.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}));
      assertThat(code(socket.next(f -> f.path("frameType").asInt() == 2)))
          .isEqualTo(ErrorCode.BAD_REQUEST.code());

      socket.send(send(after, 1, bob.id(), ""));
      assertThat(socket.reply(after).path("frameType").asInt()).isEqualTo(3);
    }
    assertThat(chat.await(r -> r.value().contains(after), 1)).hasSize(1);
    assertThat(recordsOf(forged)).isEmpty();
  }

  @Test
  void repeatedFrameId_producesOneRecord_andTwoIdenticalAcks() {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    Stack.befriend(ada, bob);
    String id = id();
    String marker = id();

    try (WsClient socket = Stack.socket(ada)) {
      socket.send(send(id, 1, bob.id(), ""));
      socket.send(send(id, 1, bob.id(), ""));
      JsonNode first = socket.reply(id);
      JsonNode second = socket.reply(id);

      assertThat(first.path("frameType").asInt()).isEqualTo(3);
      assertThat(second).isEqualTo(first);
      socket.send(send(id, 1, bob.id(), ""));
      assertThat(socket.reply(id)).isEqualTo(first);
      socket.send(send(marker, 1, bob.id(), ""));
      socket.reply(marker);
    }
    assertThat(chat.await(r -> r.value().contains(marker), 1)).hasSize(1);
    assertThat(recordsOf(id)).hasSize(1);
  }
}
