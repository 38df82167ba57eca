package io.hichat.functions.im;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.hichat.functions.consumer.KafkaEvent;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;

/**
 * Chat steps for tests: users, friendships and groups made over HTTP as clients make them, events
 * produced to Kafka as a connector (or the IM REST functions) would, and the MongoDB documents read
 * back.
 */
final class ChatSteps {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final TestStack STACK = TestStack.get();
  static final Api API = STACK.api();
  static final MongoDatabase MONGO = STACK.bean(MongoDatabase.class);

  private ChatSteps() {}

  static TestUser user(String name) {
    return Users.register(API, name);
  }

  static void befriend(TestUser a, TestUser b) {
    Api.Resp asked =
        API.post("/v1/social/friend/putIn", "{\"user_uid\":\"" + b.id() + "\"}", a.token());
    assertThat(asked.status()).as(asked.raw()).isEqualTo(200);
    String id = asked.data().path("request_id").asText();
    Api.Resp accepted =
        API.put(
            "/v1/social/friend/putIn",
            "{\"request_id\":\"" + id + "\",\"handle_result\":1}",
            b.token());
    assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
  }

  static void block(TestUser by, TestUser who, boolean on) {
    ok(
        API.post(
            "/v1/social/friend/block",
            "{\"friend_uid\":\"" + who.id() + "\",\"block\":" + on + "}",
            by.token()));
  }

  static void settings(TestUser u, String json) {
    ok(
        API.put(
            "/api/v1/user/settings",
            JsonCodec.strict().writeValueAsString(Map.of("settings", json)),
            u.token()));
  }

  /** An open group owned by {@code owner}. */
  static long group(TestUser owner) {
    Api.Resp r =
        API.post(
            "/v1/social/group",
            "{\"name\":\"chat-" + owner.id() + "\",\"is_verify\":0}",
            owner.token());
    ok(r);
    return Long.parseLong(r.data().path("group_id").asText());
  }

  static void join(TestUser u, long group) {
    Api.Resp r = API.post("/v1/social/group/putIn", "{\"group_id\":\"" + group + "\"}", u.token());
    ok(r);
    assertThat(r.data().path("is_pass").asInt()).as(r.raw()).isEqualTo(1);
  }

  static void setAdmin(TestUser owner, long group, TestUser member) {
    ok(
        API.post(
            "/v1/social/group/setAdmin",
            "{\"group_id\":\"%d\",\"member_ids\":[\"%d\"],\"is_admin\":true}"
                .formatted(group, member.id()),
            owner.token()));
  }

  static void kick(TestUser by, long group, TestUser member) {
    ok(
        API.post(
            "/v1/social/group/kick",
            "{\"group_id\":\"%d\",\"member_ids\":[\"%d\"]}".formatted(group, member.id()),
            by.token()));
  }

  private static void ok(Api.Resp r) {
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
  }

  static ChatEvent single(TestUser from, TestUser to, String clientMsgId, String text) {
    return new ChatEvent(
        UUID.randomUUID().toString(),
        System.currentTimeMillis(),
        ConversationIds.single(from.id(), to.id()),
        ChatTypes.SINGLE,
        from.id(),
        to.id(),
        clientMsgId,
        System.currentTimeMillis(),
        ChatTypes.TEXT,
        text,
        null,
        null,
        false);
  }

  static ChatEvent inGroup(
      TestUser from, long group, String clientMsgId, String text, List<Long> at, boolean atAll) {
    return new ChatEvent(
        UUID.randomUUID().toString(),
        System.currentTimeMillis(),
        ConversationIds.group(group),
        ChatTypes.GROUP,
        from.id(),
        group,
        clientMsgId,
        System.currentTimeMillis(),
        ChatTypes.TEXT,
        text,
        null,
        at,
        atAll);
  }

  /** Produces an event to Kafka, keyed as its producer keys it, and waits for the broker's ack. */
  static void produce(String topic, String key, byte[] value) {
    try {
      STACK
          .bean(Producer.class)
          .send(new ProducerRecord<>(topic, key, value))
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void send(ChatEvent e) {
    produce(Topics.IM_CHAT, e.key(), JsonCodec.strict().writeValueAsBytes(e));
  }

  /** Lambda's Kafka event holding these values in one partition, as one batch. */
  static KafkaEvent batch(String topic, List<?> values) {
    List<KafkaEvent.Record> records = new ArrayList<>();
    long offset = 1_000_000;
    for (Object value : values) {
      byte[] bytes = JsonCodec.strict().writeValueAsBytes(value);
      records.add(
          new KafkaEvent.Record(
              topic,
              0,
              offset++,
              System.currentTimeMillis(),
              "CREATE_TIME",
              Base64.getEncoder().encodeToString("k".getBytes(StandardCharsets.UTF_8)),
              Base64.getEncoder().encodeToString(bytes),
              List.of()));
    }
    return new KafkaEvent("SelfManagedKafka", null, null, Map.of(topic + "-0", records));
  }

  static List<Document> logs(String conversationId) {
    return MONGO
        .getCollection(ChatSchema.CHAT_LOGS)
        .find(Filters.eq("conversationId", conversationId))
        .sort(Sorts.ascending("seq"))
        .into(new ArrayList<>());
  }

  static Document conversation(String conversationId) {
    return MONGO
        .getCollection(ChatSchema.CONVERSATION)
        .find(Filters.eq("_id", conversationId))
        .first();
  }

  static Document member(long userId, String conversationId) {
    return MONGO
        .getCollection(ChatSchema.MEMBERS)
        .find(Filters.eq("_id", ChatSchema.memberId(userId, conversationId)))
        .first();
  }

  static long number(Document doc, String field) {
    Object value = doc == null ? null : doc.get(field);
    return value instanceof Number n ? n.longValue() : -1;
  }

  /** Waits until the conversation's document says {@code seq}. */
  static Document awaitSeq(String conversationId, long seq) {
    await().atMost(WAIT).until(() -> number(conversation(conversationId), "seq") == seq);
    return conversation(conversationId);
  }

  static Document awaitMember(long userId, String conversationId) {
    await().atMost(WAIT).until(() -> member(userId, conversationId) != null);
    return member(userId, conversationId);
  }
}
