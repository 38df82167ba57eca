package io.hichat.functions.im;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;

/**
 * IM test steps: users, friendships and groups made over HTTP as a client makes them, and chat
 * state written straight into MongoDB in the layout of {@code ChatSchema}, as the chat consumer
 * would have written it.
 */
final class ImSteps {

  static final String P = "/v1/im";

  final Api api = TestStack.get().api();
  final MongoDatabase mongo = TestStack.get().bean(MongoDatabase.class);
  final MongoCollection<Document> logs = mongo.getCollection(ChatSchema.CHAT_LOGS);
  final MongoCollection<Document> conversations = mongo.getCollection(ChatSchema.CONVERSATION);
  final MongoCollection<Document> members = mongo.getCollection(ChatSchema.MEMBERS);

  TestUser user(String name) {
    return Users.register(api, name);
  }

  void befriend(TestUser a, TestUser b) {
    Api.Resp asked =
        api.post("/v1/social/friend/putIn", "{\"user_uid\":\"" + b.id() + "\"}", a.token());
    assertThat(asked.status()).as(asked.raw()).isEqualTo(200);
    Api.Resp accepted =
        api.put(
            "/v1/social/friend/putIn",
            "{\"request_id\":\"%s\",\"handle_result\":1}"
                .formatted(asked.data().path("request_id").asText()),
            b.token());
    assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
  }

  /** An open group owned by {@code owner} that {@code members} joined; returns its id. */
  long group(TestUser owner, TestUser... joiners) {
    Api.Resp created =
        api.post("/v1/social/group", "{\"name\":\"Chat room\",\"is_verify\":0}", owner.token());
    assertThat(created.status()).as(created.raw()).isEqualTo(200);
    long group = Long.parseLong(created.data().path("group_id").asText());
    for (TestUser u : joiners) {
      Api.Resp joined =
          api.post("/v1/social/group/putIn", "{\"group_id\":\"" + group + "\"}", u.token());
      assertThat(joined.data().path("is_pass").asInt()).as(joined.raw()).isEqualTo(1);
    }
    // the relation consumer gives each joiner a conversation entry; wait for it, so that what a
    // test writes next never races it
    String conversation = ConversationIds.group(group);
    for (TestUser u : joiners) {
      org.awaitility.Awaitility.await("conversation entry of joiner " + u.id())
          .atMost(java.time.Duration.ofSeconds(30))
          .until(() -> memberDoc(u.id(), conversation) != null);
    }
    return group;
  }

  /** Forgets a member's conversation entry, as for a group joined before chat kept entries. */
  void forgetEntry(long userId, String conversationId) {
    members.deleteOne(Filters.eq("_id", ChatSchema.memberId(userId, conversationId)));
  }

  void setAdmin(TestUser owner, long group, TestUser member) {
    Api.Resp r =
        api.post(
            "/v1/social/group/setAdmin",
            "{\"group_id\":\"%d\",\"member_ids\":[\"%d\"],\"is_admin\":true}"
                .formatted(group, member.id()),
            owner.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
  }

  void kick(TestUser owner, long group, TestUser member) {
    Api.Resp r =
        api.post(
            "/v1/social/group/kick",
            "{\"group_id\":\"%d\",\"member_ids\":[\"%d\"]}".formatted(group, member.id()),
            owner.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    // the relation consumer marks the entry removed; wait for it, so a test's own removedSeq is
    // not overwritten after it
    String conversation = ConversationIds.group(group);
    org.awaitility.Awaitility.await("removal of " + member.id() + " recorded")
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () -> {
              Document entry = memberDoc(member.id(), conversation);
              return entry != null && entry.get("removedSeq") != null;
            });
  }

  static String single(TestUser a, TestUser b) {
    return ConversationIds.single(a.id(), b.id());
  }

  // --- chat state, as the chat consumer writes it -------------------------------------------

  /** A message to store: who sent it, when, what it says and whom it mentions. */
  record Msg(
      long sendId, long sendTime, String content, List<Long> atUsers, boolean atAll, int status) {
    static Msg by(TestUser u, long sendTime, String content) {
      return new Msg(u.id(), sendTime, content, List.of(), false, ChatSchema.STATUS_NORMAL);
    }

    Msg mentioning(Long... users) {
      return new Msg(sendId, sendTime, content, List.of(users), atAll, status);
    }

    Msg toAll() {
      return new Msg(sendId, sendTime, content, atUsers, true, status);
    }

    Msg recalled() {
      return new Msg(sendId, sendTime, content, atUsers, atAll, ChatSchema.STATUS_RECALLED);
    }
  }

  /**
   * Appends messages to a conversation (seqs continue from its current seq), moves the
   * conversation's seq and {@code lastMsg}, and the senders' read positions; returns the ids.
   */
  List<String> append(String conversationId, long recvId, Msg... messages) {
    int chatType =
        ConversationIds.pair(conversationId) != null ? ChatTypes.SINGLE : ChatTypes.GROUP;
    Document conv = conversations.find(Filters.eq("_id", conversationId)).first();
    long seq = conv == null ? 0 : ((Number) conv.get("seq")).longValue();
    List<String> ids = new ArrayList<>();
    Document last = null;
    for (Msg m : messages) {
      seq++;
      ObjectId id = new ObjectId();
      Document doc =
          new Document("_id", id)
              .append("conversationId", conversationId)
              .append("seq", seq)
              .append("clientMsgId", "c-" + id.toHexString())
              .append("sendId", m.sendId())
              .append("recvId", recvId)
              .append("chatType", chatType)
              .append("msgType", ChatTypes.TEXT)
              .append("msgContent", m.content())
              .append("quote", "{\"id\":\"x\",\"name\":\"n\",\"preview\":\"" + m.content() + "\"}")
              .append("atUsers", m.atUsers())
              .append("atAll", m.atAll())
              .append("sendTime", m.sendTime())
              .append("status", m.status());
      if (m.status() == ChatSchema.STATUS_RECALLED) {
        doc.append("recalledBy", m.sendId()).append("recalledAt", m.sendTime() + 1);
      }
      logs.insertOne(doc);
      ids.add(id.toHexString());
      last = doc;
      member(m.sendId(), conversationId, Map.of("readSeq", seq, "readAt", m.sendTime()));
    }
    conversations.updateOne(
        Filters.eq("_id", conversationId),
        Updates.combine(
            Updates.set("chatType", chatType),
            Updates.set("seq", seq),
            Updates.set("lastMsg", last),
            Updates.set("updatedAt", System.currentTimeMillis())),
        new UpdateOptions().upsert(true));
    return ids;
  }

  /** Sets fields of a member document, creating it (shown, nothing read) when missing. */
  void member(long userId, String conversationId, Map<String, Object> fields) {
    int chatType =
        ConversationIds.pair(conversationId) != null ? ChatTypes.SINGLE : ChatTypes.GROUP;
    List<Bson> updates = new ArrayList<>();
    fields.forEach((k, v) -> updates.add(Updates.set(k, v)));
    Map<String, Object> defaults =
        Map.of(
            "userId",
            userId,
            "conversationId",
            conversationId,
            "chatType",
            chatType,
            "readSeq",
            0L,
            "readAt",
            0L,
            "isShow",
            true,
            "isTop",
            false,
            "isMute",
            false,
            "atMeSeq",
            0L,
            "hiddenSeq",
            0L);
    defaults.forEach(
        (k, v) -> {
          if (!fields.containsKey(k)) {
            updates.add(Updates.setOnInsert(k, v));
          }
        });
    members.updateOne(
        Filters.eq("_id", ChatSchema.memberId(userId, conversationId)),
        Updates.combine(updates),
        new UpdateOptions().upsert(true));
  }

  Document memberDoc(long userId, String conversationId) {
    return members.find(Filters.eq("_id", ChatSchema.memberId(userId, conversationId))).first();
  }

  Document message(String id) {
    return logs.find(Filters.eq("_id", new ObjectId(id))).first();
  }

  // --- calls --------------------------------------------------------------------------------

  Api.Resp get(String pathAndQuery, TestUser u) {
    return api.get(P + pathAndQuery, u.token());
  }

  /** I1 as {@code u}, which must succeed; the seqs of the page in order. */
  List<Long> seqs(TestUser u, String query) {
    Api.Resp r = get("/chatlog?" + query, u);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    List<Long> out = new ArrayList<>();
    r.data().path("list").forEach(m -> out.add(m.path("seq").asLong()));
    return out;
  }

  /** I5 as {@code u}: the entry of {@code conversationId}, or a missing node. */
  JsonNode conversation(TestUser u, String conversationId) {
    Api.Resp r = get("/conversation", u);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.data().path("conversationList").path(conversationId);
  }

  static List<Long> range(long from, long to) {
    List<Long> out = new ArrayList<>();
    if (from <= to) {
      for (long s = from; s <= to; s++) {
        out.add(s);
      }
    } else {
      for (long s = from; s >= to; s--) {
        out.add(s);
      }
    }
    return out;
  }
}
