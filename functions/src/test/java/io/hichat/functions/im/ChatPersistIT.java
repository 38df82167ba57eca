package io.hichat.functions.im;

import static io.hichat.functions.im.ChatSteps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.functions.consumer.ConsumerReport;
import io.hichat.functions.consumer.KafkaEvent;
import io.hichat.functions.im.store.ChatLogEntry;
import io.hichat.functions.im.store.ConversationWriter;
import io.hichat.functions.im.store.MessageLog;
import io.hichat.functions.support.KafkaProbe;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import tools.jackson.databind.JsonNode;

/**
 * The chat consumer on real engines: events produced to {@code im.chat} as a connector produces
 * them, the local Kafka trigger invoking {@code chatPersist}, MongoDB and pushes checked.
 */
class ChatPersistIT {

  @Test
  void singleChat_storesInOrderWithSeqs_movesTheConversation_pushesAndEchoes() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    try (Inbox adas = new Inbox(ada.id());
        Inbox bobs = new Inbox(bob.id())) {
      for (int i = 1; i <= 3; i++) {
        send(single(ada, bob, "m" + i, "hello " + i));
      }
      Document conversation = awaitSeq(conv, 3);

      List<Document> logs = logs(conv);
      assertThat(logs).extracting(d -> number(d, "seq")).containsExactly(1L, 2L, 3L);
      assertThat(logs)
          .extracting(d -> d.getString("clientMsgId"))
          .containsExactly("m1", "m2", "m3");
      assertThat(logs.get(0).getString("msgContent")).isEqualTo("hello 1");
      assertThat(number(logs.get(0), "sendId")).isEqualTo(ada.id());
      assertThat(number(logs.get(0), "recvId")).isEqualTo(bob.id());
      assertThat(number(logs.get(0), "status")).isZero();
      assertThat(number(conversation, "chatType")).isEqualTo(ChatTypes.SINGLE);
      Document last = conversation.get("lastMsg", Document.class);
      assertThat(last.getObjectId("_id")).isEqualTo(logs.get(2).getObjectId("_id"));
      assertThat(last.getString("msgContent")).isEqualTo("hello 3");
      assertThat(number(member(ada.id(), conv), "readSeq")).isEqualTo(3);
      assertThat(member(ada.id(), conv).getBoolean("isShow")).isTrue();
      assertThat(number(member(bob.id(), conv), "readSeq")).isZero();
      assertThat(member(bob.id(), conv).getBoolean("isShow")).isTrue();

      for (int i = 1; i <= 3; i++) {
        JsonNode push = bobs.await(Inbox.chat(ChatTypes.CONTENT_MESSAGE, "m" + i));
        assertThat(push.path("userIds").get(0).asLong()).isEqualTo(bob.id());
        JsonNode data = push.path("data");
        assertThat(data.path("msgId").asText())
            .isEqualTo(logs.get(i - 1).getObjectId("_id").toHexString());
        assertThat(data.path("seq").asLong()).isEqualTo(i);
        assertThat(data.path("sendId").asText()).isEqualTo(Long.toString(ada.id()));
        assertThat(data.path("recvId").asText()).isEqualTo(Long.toString(bob.id()));
        assertThat(data.path("msg").path("content").asText()).isEqualTo("hello " + i);

        JsonNode echo = adas.await(Inbox.chat(ChatTypes.CONTENT_ECHO, "m" + i)).path("data");
        assertThat(echo.path("msgId").asText()).isEqualTo(data.path("msgId").asText());
        assertThat(echo.path("seq").asLong()).isEqualTo(i);
        assertThat(echo.path("recvId").asText()).isEqualTo(Long.toString(ada.id()));
      }
    }
  }

  @Test
  void sameClientMsgIdInSeparateBatches_keepsOneMessageAndSeq_andEchoesTheFirst() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    try (Inbox adas = new Inbox(ada.id())) {
      send(single(ada, bob, "dup", "first"));
      JsonNode first = adas.await(Inbox.chat(ChatTypes.CONTENT_ECHO, "dup")).path("data");

      send(single(ada, bob, "dup", "resent with other text"));
      JsonNode again = adas.await(Inbox.chat(ChatTypes.CONTENT_ECHO, "dup")).path("data");
      assertThat(again.path("msgId").asText()).isEqualTo(first.path("msgId").asText());
      assertThat(again.path("seq").asLong()).isEqualTo(1);
      assertThat(again.path("msg").path("content").asText()).isEqualTo("first");

      send(single(ada, bob, "next", "after"));
      awaitSeq(conv, 2);
      assertThat(logs(conv))
          .extracting(d -> d.getString("clientMsgId"))
          .containsExactly("dup", "next");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void sameClientMsgIdTwiceInOneBatch_collapsesToOneMessage() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    KafkaEvent event =
        batch(
            Topics.IM_CHAT,
            List.of(
                single(ada, bob, "twice", "one"),
                single(ada, bob, "twice", "two"),
                single(bob, ada, "twice", "bob's own twice")));
    try (Inbox adas = new Inbox(ada.id())) {
      ConsumerReport report =
          ((Function<KafkaEvent, ConsumerReport>) STACK.context().getBean("chatPersist"))
              .apply(event);

      assertThat(report).isEqualTo(new ConsumerReport(3, 0));
      List<Document> logs = logs(conv);
      assertThat(logs).extracting(d -> number(d, "seq")).containsExactly(1L, 2L);
      assertThat(logs)
          .extracting(d -> d.getString("msgContent"))
          .containsExactly("one", "bob's own twice");
      assertThat(number(conversation(conv), "seq")).isEqualTo(2);
      assertThat(number(member(ada.id(), conv), "readSeq")).isEqualTo(1);
      assertThat(number(member(bob.id(), conv), "readSeq")).isEqualTo(2);
      JsonNode echo = adas.await(Inbox.chat(ChatTypes.CONTENT_ECHO, "twice")).path("data");
      assertThat(echo.path("seq").asLong()).isEqualTo(1);
      assertThat(adas.gets(Inbox.chat(ChatTypes.CONTENT_ECHO, "twice"), Duration.ofSeconds(1)))
          .as("one echo per message, not per copy")
          .isFalse();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneBatch_sendingAndReceivingInOneConversation_reachesEachDeviceInSeqOrder()
      throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    KafkaEvent event =
        batch(
            Topics.IM_CHAT,
            List.of(
                single(ada, bob, "o1", "one"),
                single(bob, ada, "o2", "two"),
                single(ada, bob, "o3", "three")));
    try (Inbox adas = new Inbox(ada.id())) {
      ((Function<KafkaEvent, ConsumerReport>) STACK.context().getBean("chatPersist")).apply(event);

      List<Long> seqs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        JsonNode frame =
            adas.await(
                p ->
                    Inbox.chat(ChatTypes.CONTENT_ECHO, null).test(p)
                        || Inbox.chat(ChatTypes.CONTENT_MESSAGE, null).test(p));
        seqs.add(frame.path("data").path("seq").asLong());
      }
      assertThat(seqs).as("echo 1, bob's 2, echo 3, as they arrive").containsExactly(1L, 2L, 3L);
    }
    // both sent and received in the batch: one write each, the sender's, with every default
    String conv = ConversationIds.single(ada.id(), bob.id());
    for (TestUser u : List.of(ada, bob)) {
      Document m = member(u.id(), conv);
      assertThat(m.getBoolean("isShow")).isTrue();
      assertThat(m.getBoolean("isTop")).isFalse();
      assertThat(m.getBoolean("isMute")).isFalse();
      assertThat(number(m, "chatType")).isEqualTo(ChatTypes.SINGLE);
      assertThat(number(m, "userId")).isEqualTo(u.id());
      assertThat(m.getString("conversationId")).isEqualTo(conv);
    }
    assertThat(number(member(ada.id(), conv), "readSeq")).isEqualTo(3);
    assertThat(number(member(bob.id(), conv), "readSeq")).isEqualTo(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneBatch_overTwoConversations_oneHoldingAMessagePastItsSeq_bothStayGapFree()
      throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    TestUser cy = user("cy");
    befriend(ada, bob);
    befriend(ada, cy);
    String withBob = ConversationIds.single(ada.id(), bob.id());
    String withCy = ConversationIds.single(ada.id(), cy.id());
    send(single(ada, bob, "a1", "one"));
    awaitSeq(withBob, 1);
    // a consumer stored seq 2 and died before it moved the conversation
    MONGO
        .getCollection(ChatSchema.CHAT_LOGS)
        .insertOne(
            MessageLog.document(
                new ChatLogEntry(
                    new ObjectId().toHexString(),
                    withBob,
                    2,
                    "a2",
                    ada.id(),
                    bob.id(),
                    1,
                    1,
                    "two",
                    null,
                    List.of(),
                    false,
                    System.currentTimeMillis(),
                    0)));
    KafkaEvent event =
        batch(
            Topics.IM_CHAT,
            List.of(
                single(ada, cy, "c1", "to cy 1"),
                single(ada, bob, "a3", "three"),
                single(ada, cy, "c2", "to cy 2")));

    ConsumerReport report =
        ((Function<KafkaEvent, ConsumerReport>) STACK.context().getBean("chatPersist"))
            .apply(event);

    assertThat(report).isEqualTo(new ConsumerReport(3, 0));
    assertThat(logs(withBob))
        .extracting(d -> d.getString("clientMsgId") + "@" + number(d, "seq"))
        .containsExactly("a1@1", "a2@2", "a3@3");
    assertThat(number(conversation(withBob), "seq")).isEqualTo(3);
    assertThat(logs(withCy))
        .extracting(d -> d.getString("clientMsgId") + "@" + number(d, "seq"))
        .containsExactly("c1@1", "c2@2");
    assertThat(number(conversation(withCy), "seq")).isEqualTo(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneBatch_startingWithAResend_storesTheConversationsAfterIt_gapFree() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    TestUser cy = user("cy");
    befriend(ada, bob);
    befriend(ada, cy);
    String withBob = ConversationIds.single(ada.id(), bob.id());
    String withCy = ConversationIds.single(ada.id(), cy.id());
    send(single(ada, bob, "a1", "one"));
    awaitSeq(withBob, 1);
    KafkaEvent event =
        batch(
            Topics.IM_CHAT,
            List.of(
                single(ada, bob, "a1", "one, resent"),
                single(ada, bob, "a2", "two"),
                single(ada, cy, "c1", "to cy 1"),
                single(ada, cy, "c2", "to cy 2")));

    ConsumerReport report =
        ((Function<KafkaEvent, ConsumerReport>) STACK.context().getBean("chatPersist"))
            .apply(event);

    assertThat(report).isEqualTo(new ConsumerReport(4, 0));
    assertThat(logs(withBob))
        .extracting(d -> d.getString("clientMsgId") + "@" + number(d, "seq"))
        .containsExactly("a1@1", "a2@2");
    assertThat(number(conversation(withBob), "seq")).isEqualTo(2);
    assertThat(logs(withCy))
        .extracting(d -> d.getString("clientMsgId") + "@" + number(d, "seq"))
        .containsExactly("c1@1", "c2@2");
    assertThat(number(conversation(withCy), "seq")).isEqualTo(2);
  }

  @Test
  void crashBetweenInsertAndConversationUpdate_replayLeavesNoDuplicateAndNoGap() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    send(single(ada, bob, "c1", "one"));
    awaitSeq(conv, 1);
    // the consumer inserted c2 at seq 2 and died before it moved the conversation
    ChatEvent c2 = single(ada, bob, "c2", "two");
    String storedId = new ObjectId().toHexString();
    MONGO
        .getCollection(ChatSchema.CHAT_LOGS)
        .insertOne(
            MessageLog.document(
                new ChatLogEntry(
                    storedId,
                    conv,
                    2,
                    "c2",
                    ada.id(),
                    bob.id(),
                    1,
                    1,
                    "two",
                    null,
                    List.of(),
                    false,
                    c2.sendTime(),
                    0)));
    try (Inbox bobs = new Inbox(bob.id())) {
      send(c2); // the replay
      send(single(ada, bob, "c3", "three"));
      Document conversation = awaitSeq(conv, 3);

      List<Document> logs = logs(conv);
      assertThat(logs).extracting(d -> number(d, "seq")).containsExactly(1L, 2L, 3L);
      assertThat(logs.get(1).getObjectId("_id").toHexString()).isEqualTo(storedId);
      assertThat(conversation.get("lastMsg", Document.class).getString("clientMsgId"))
          .isEqualTo("c3");
      assertThat(number(member(ada.id(), conv), "readSeq")).isEqualTo(3);
      assertThat(
              bobs.await(Inbox.chat(ChatTypes.CONTENT_MESSAGE, "c2"))
                  .path("data")
                  .path("msgId")
                  .asText())
          .as("the message the crash kept from its recipients is delivered on replay")
          .isEqualTo(storedId);
      assertThat(
              bobs.await(Inbox.chat(ChatTypes.CONTENT_MESSAGE, "c3"))
                  .path("data")
                  .path("seq")
                  .asLong())
          .isEqualTo(3);
    }
  }

  @Test
  void crashAfterTheConversationMovedBeforeTheMemberWrites_replayWritesTheMembers()
      throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    // the member documents and the conversation are written side by side: the consumer stored c1,
    // moved the conversation to it and died before its member writes arrived
    ChatEvent c1 = single(ada, bob, "c1", "one");
    ChatLogEntry stored =
        new ChatLogEntry(
            new ObjectId().toHexString(),
            conv,
            1,
            "c1",
            ada.id(),
            bob.id(),
            1,
            1,
            "one",
            null,
            List.of(),
            false,
            c1.sendTime(),
            0);
    MONGO.getCollection(ChatSchema.CHAT_LOGS).insertOne(MessageLog.document(stored));
    STACK.bean(ConversationWriter.class).advanceAll(Map.of(conv, stored), c1.sendTime());
    assertThat(member(ada.id(), conv)).isNull();

    send(c1); // the replay
    Document sender = awaitMember(ada.id(), conv);
    Document peer = awaitMember(bob.id(), conv);

    assertThat(number(sender, "readSeq")).as("the sender has read its own message").isEqualTo(1);
    assertThat(sender.getBoolean("isShow")).isTrue();
    assertThat(number(peer, "readSeq")).as("the peer has not read it").isZero();
    assertThat(peer.getBoolean("isShow")).as("the peer is shown the chat").isTrue();
    assertThat(logs(conv)).extracting(d -> number(d, "seq")).containsExactly(1L);
    assertThat(number(conversation(conv), "seq")).isEqualTo(1);
  }

  @Test
  void groupMessage_fansOutToTheOtherMembers_mentionsMoveAtMeSeq_atAllOnlyForAdmins()
      throws Exception {
    TestUser owner = user("owner");
    TestUser admin = user("admin");
    TestUser member = user("member");
    long group = group(owner);
    join(admin, group);
    join(member, group);
    setAdmin(owner, group, admin);
    String conv = ConversationIds.group(group);
    for (TestUser u : List.of(owner, admin, member)) {
      awaitMember(u.id(), conv);
    }
    try (Inbox owners = new Inbox(owner.id());
        Inbox admins = new Inbox(admin.id());
        Inbox members = new Inbox(member.id())) {
      send(
          inGroup(
              member,
              group,
              "g1",
              "hi @admin",
              List.of(admin.id(), member.id(), admin.id()),
              true));
      awaitSeq(conv, 1);
      Document first = logs(conv).get(0);
      assertThat(first.getList("atUsers", Long.class)).containsExactly(admin.id());
      assertThat(first.getBoolean("atAll")).as("a member's @all is dropped").isFalse();
      assertThat(number(member(admin.id(), conv), "atMeSeq")).isEqualTo(1);
      assertThat(member(owner.id(), conv).get("atMeSeq")).isNull();
      assertThat(number(member(member.id(), conv), "readSeq")).isEqualTo(1);

      JsonNode toOwner = owners.await(Inbox.chat(ChatTypes.CONTENT_MESSAGE, "g1"));
      JsonNode toAdmin = admins.await(Inbox.chat(ChatTypes.CONTENT_MESSAGE, "g1"));
      assertThat(toOwner.path("data").path("seq").asLong()).isEqualTo(1);
      assertThat(toOwner.path("data").path("recvId").asText()).isEqualTo(Long.toString(group));
      assertThat(toAdmin.path("data").path("msg").path("atUsers").get(0).asText())
          .isEqualTo(Long.toString(admin.id()));
      JsonNode echo = members.await(Inbox.chat(ChatTypes.CONTENT_ECHO, "g1")).path("data");
      assertThat(echo.path("chatType").asInt()).isEqualTo(ChatTypes.GROUP);

      send(inGroup(admin, group, "g2", "everyone", null, true));
      awaitSeq(conv, 2);
      assertThat(logs(conv).get(1).getBoolean("atAll")).as("an admin's @all is kept").isTrue();
      await().atMost(WAIT).until(() -> number(member(owner.id(), conv), "atMeSeq") == 2);
      assertThat(number(member(member.id(), conv), "atMeSeq")).isEqualTo(2);
      assertThat(number(member(admin.id(), conv), "atMeSeq")).isEqualTo(1);
      assertThat(
              members
                  .await(Inbox.chat(ChatTypes.CONTENT_MESSAGE, "g2"))
                  .path("data")
                  .path("msg")
                  .path("atAll")
                  .asBoolean())
          .isTrue();
      assertThat(members.gets(Inbox.chat(ChatTypes.CONTENT_MESSAGE, "g1"), Duration.ZERO))
          .as("the sender gets its echo, not its own message")
          .isFalse();
    }
  }

  @Test
  void nonFriend_isRefused_nothingStored_andTheSenderIsTold() throws Exception {
    TestUser ada = user("ada");
    TestUser eve = user("eve");
    String conv = ConversationIds.single(ada.id(), eve.id());
    try (Inbox eves = new Inbox(eve.id())) {
      send(single(eve, ada, "spam-1", "buy now"));
      JsonNode failed = eves.await(Inbox.method("chat.failed")).path("data");
      assertThat(failed.path("clientMsgId").asText()).isEqualTo("spam-1");
      assertThat(failed.path("conversationId").asText()).isEqualTo(conv);
      assertThat(failed.path("code").asInt()).isEqualTo(200401);
      assertThat(logs(conv)).isEmpty();
      assertThat(conversation(conv)).isNull();
    }
  }

  @Test
  void blockedSender_isRefused_andTheBlockDroppedTheBlockersCache() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    var redis = STACK.bean(RedissonClient.class);
    String blk = RelationKeys.blocks(ada.id());
    redis.getSet(blk, StringCodec.INSTANCE).add("__loaded__");
    var generation = redis.<String>getBucket(RelationKeys.generation(blk), StringCodec.INSTANCE);
    long before = generation.get() == null ? 0 : Long.parseLong(generation.get());

    block(ada, bob, true);

    assertThat(redis.getKeys().countExists(blk)).as("blk: dropped after the commit").isZero();
    assertThat(Long.parseLong(generation.get())).isEqualTo(before + 1);
    try (Inbox bobs = new Inbox(bob.id())) {
      send(single(bob, ada, "b1", "hello?"));
      assertThat(bobs.await(Inbox.method("chat.failed")).path("data").path("code").asInt())
          .isEqualTo(200403);
      assertThat(logs(conv)).isEmpty();
    }
  }

  @Test
  void removedMember_isRefused_nothingStored() throws Exception {
    TestUser owner = user("owner");
    TestUser gone = user("gone");
    long group = group(owner);
    join(gone, group);
    kick(owner, group, gone);
    String conv = ConversationIds.group(group);
    try (Inbox gones = new Inbox(gone.id())) {
      send(inGroup(gone, group, "late", "am I still here?", null, false));
      JsonNode failed = gones.await(Inbox.method("chat.failed")).path("data");
      assertThat(failed.path("code").asInt()).isEqualTo(200402);
      assertThat(failed.path("clientMsgId").asText()).isEqualTo("late");
      assertThat(logs(conv)).isEmpty();
    }
  }

  @Test
  void poisonRecord_goesToTheDeadLetterTopic_andTheNextRecordIsStillStored() {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    String garbage = "{not json " + UUID.randomUUID();
    ChatEvent mismatched =
        new ChatEvent(
            UUID.randomUUID().toString(),
            1,
            conv,
            ChatTypes.GROUP,
            ada.id(),
            bob.id(),
            "x",
            1,
            1,
            "x",
            null,
            null,
            false);
    try (KafkaProbe dlq = new KafkaProbe(Topics.deadLetter(Topics.IM_CHAT))) {
      produce(Topics.IM_CHAT, conv, garbage.getBytes(StandardCharsets.UTF_8));
      send(mismatched);
      send(single(ada, bob, "good", "still here"));

      var dead = dlq.awaitRecords(v -> v.equals(garbage), 1, WAIT);
      assertThat(dead).hasSize(1);
      assertThat(KafkaProbe.header(dead.get(0), "hichat-error")).contains("malformed chat event");
      assertThat(KafkaProbe.header(dead.get(0), "hichat-consumer")).isEqualTo("chatPersist");
      assertThat(dlq.await(v -> v.contains(mismatched.eventId()), 1, WAIT)).hasSize(1);
      awaitSeq(conv, 1);
      assertThat(logs(conv)).extracting(d -> d.getString("clientMsgId")).containsExactly("good");
    }
  }
}
