package io.hichat.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.support.Stack;
import io.hichat.connector.support.WsClient;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code chat.sync} reads what the chat consumer stored, for the parties only. */
class SyncIT {

  final Connector connector = Stack.connector();

  static Document log(String conversation, long seq, long from, long to, int status) {
    return new Document("_id", new ObjectId())
        .append("conversationId", conversation)
        .append("seq", seq)
        .append("clientMsgId", "c" + seq)
        .append("sendId", from)
        .append("recvId", to)
        .append("chatType", 1)
        .append("msgType", 1)
        .append("msgContent", "text " + seq)
        .append("quote", status == 1 ? "{\"id\":\"x\"}" : null)
        .append("sendTime", 1_700_000_000_000L + seq)
        .append("status", status);
  }

  static String sync(String id, String conversation, long after, int limit) {
    return ("{\"id\":\"%s\",\"method\":\"chat.sync\",\"data\":{\"conversationId\":\"%s\","
            + "\"afterSeq\":%d,\"limit\":%d}}")
        .formatted(id, conversation, after, limit);
  }

  static List<Long> seqs(JsonNode ack) {
    List<Long> out = new ArrayList<>();
    ack.path("data").path("messages").forEach(m -> out.add(m.path("seq").asLong()));
    return out;
  }

  @Test
  void sync_pagesTheConversationInSeqOrder_withRecalledMessagesBlanked() {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    String conversation = ConversationIds.single(ada.id(), bob.id());
    List<Document> docs = new ArrayList<>();
    for (long seq : new long[] {4, 1, 5, 3, 2}) {
      docs.add(log(conversation, seq, ada.id(), bob.id(), seq == 3 ? 1 : 0));
    }
    Stack.mongo().getCollection(ChatSchema.CHAT_LOGS).insertMany(docs);
    Stack.mongo()
        .getCollection(ChatSchema.CONVERSATION)
        .insertOne(new Document("_id", conversation).append("chatType", 1).append("seq", 5L));

    try (WsClient socket = Stack.socket(bob)) {
      socket.send(sync("s1", conversation, 1, 2));
      JsonNode first = socket.reply("s1");
      socket.send(sync("s2", conversation, 3, 10));
      JsonNode second = socket.reply("s2");

      assertThat(first.path("frameType").asInt()).isEqualTo(3);
      assertThat(seqs(first)).containsExactly(2L, 3L);
      assertThat(first.path("data").path("hasMore").asBoolean()).isTrue();
      assertThat(first.path("data").path("lastSeq").asLong()).isEqualTo(5);
      JsonNode recalled = first.path("data").path("messages").get(1);
      assertThat(recalled.path("status").asInt()).isEqualTo(1);
      assertThat(recalled.path("msg").path("content").asString()).isEmpty();
      assertThat(recalled.path("msg").has("quote")).isFalse();
      JsonNode plain = first.path("data").path("messages").get(0);
      assertThat(plain.path("msgId").asString()).hasSize(24);
      assertThat(plain.path("sendId").asString()).isEqualTo(Long.toString(ada.id()));
      assertThat(plain.path("msg").path("content").asString()).isEqualTo("text 2");
      assertThat(seqs(second)).containsExactly(4L, 5L);
      assertThat(second.path("data").path("hasMore").asBoolean()).isFalse();
    }
  }

  @Test
  void sync_ofAConversationTheUserIsNotPartOf_isRefused() {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    TestUser eve = Stack.user("eve");
    long group = Stack.group(ada);

    try (WsClient socket = Stack.socket(eve)) {
      socket.send(sync("s1", ConversationIds.single(ada.id(), bob.id()), 0, 10));
      socket.send(sync("s2", Long.toString(group), 0, 10));

      assertThat(socket.reply("s1").path("data").path("code").asInt())
          .isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND.code());
      assertThat(socket.reply("s2").path("data").path("code").asInt())
          .isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND.code());
    }
  }

  @Test
  void sync_ofARemovedMember_stopsAtTheRemoval() {
    TestUser owner = Stack.user("owner");
    TestUser gone = Stack.user("gone");
    long group = Stack.group(owner);
    String conversation = Long.toString(group);
    List<Document> docs = new ArrayList<>();
    for (long seq = 1; seq <= 4; seq++) {
      docs.add(log(conversation, seq, owner.id(), group, 0).append("chatType", 2));
    }
    Stack.mongo().getCollection(ChatSchema.CHAT_LOGS).insertMany(docs);
    Stack.mongo()
        .getCollection(ChatSchema.CONVERSATION)
        .insertOne(new Document("_id", conversation).append("chatType", 2).append("seq", 4L));
    Stack.mongo()
        .getCollection(ChatSchema.MEMBERS)
        .insertOne(
            new Document("_id", ChatSchema.memberId(gone.id(), conversation))
                .append("userId", gone.id())
                .append("conversationId", conversation)
                .append("removedSeq", 2L));

    try (WsClient socket = Stack.socket(gone)) {
      socket.send(sync("s1", conversation, 0, 10));
      JsonNode ack = socket.reply("s1");

      assertThat(seqs(ack)).containsExactly(1L, 2L);
      assertThat(ack.path("data").path("lastSeq").asLong()).isEqualTo(2);
    }
  }
}
