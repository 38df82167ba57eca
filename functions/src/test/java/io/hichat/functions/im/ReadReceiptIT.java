package io.hichat.functions.im;

import static io.hichat.functions.im.ChatSteps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.im.domain.ReadReceipts;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.event.ReadEvent;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Read positions and receipts through {@code im.read} and the {@code readReceipt} consumer. */
class ReadReceiptIT {

  static ReadEvent read(TestUser reader, TestUser peer, Long readSeq, List<String> msgIds) {
    return new ReadEvent(
        UUID.randomUUID().toString(),
        System.currentTimeMillis(),
        ConversationIds.single(reader.id(), peer.id()),
        ChatTypes.SINGLE,
        reader.id(),
        peer.id(),
        readSeq,
        msgIds);
  }

  static void produceRead(ReadEvent e) {
    produce(Topics.IM_READ, e.key(), JsonCodec.strict().writeValueAsBytes(e));
  }

  static String conversationWithThreeMessages(TestUser ada, TestUser bob) {
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    for (int i = 1; i <= 3; i++) {
      send(single(ada, bob, "r" + i, "read me " + i));
    }
    awaitSeq(conv, 3);
    return conv;
  }

  @Test
  void readSeq_advances_andThePeerGetsAReceipt_namedMessagesAreMarked() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    String conv = conversationWithThreeMessages(ada, bob);
    String third = logs(conv).get(2).getObjectId("_id").toHexString();
    try (Inbox adas = new Inbox(ada.id())) {
      produceRead(read(bob, ada, 2L, null));
      JsonNode receipt = adas.await(Inbox.chat(ChatTypes.CONTENT_READ, null));
      assertThat(receipt.path("userIds").get(0).asLong()).isEqualTo(ada.id());
      JsonNode data = receipt.path("data");
      assertThat(data.path("seq").asLong()).isEqualTo(2);
      assertThat(data.path("sendId").asText()).isEqualTo(Long.toString(bob.id()));
      assertThat(data.path("recvId").asText()).isEqualTo(Long.toString(ada.id()));
      assertThat(data.path("conversationId").asText()).isEqualTo(conv);
      assertThat(data.path("msg").path("mType").asInt()).isEqualTo(ChatTypes.CONTENT_READ);
      Document bobs = member(bob.id(), conv);
      assertThat(number(bobs, "readSeq")).isEqualTo(2);
      assertThat(number(bobs, "readAt")).isPositive();

      produceRead(read(bob, ada, null, List.of(third, "not-an-id", "65f0c0ffee0000000000abcd")));
      JsonNode marked = adas.await(Inbox.chat(ChatTypes.CONTENT_READ, null)).path("data");
      assertThat(marked.path("seq").asLong()).isEqualTo(3);
      assertThat(marked.path("msg").path("readRecords").path(third).asText()).isEqualTo("AQ==");
      assertThat(marked.path("msg").path("readRecords").size()).isEqualTo(1);
      await().atMost(WAIT).until(() -> number(member(bob.id(), conv), "readSeq") == 3);
    }
  }

  @Test
  void readProgressThroughRest_sendsTheSameReceipt_onlyWhenThePositionRises() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    String conv = conversationWithThreeMessages(ada, bob);
    try (Inbox adas = new Inbox(ada.id())) {
      String body = "{\"conversationList\":{\"%s\":{\"seq\":%d}}}";
      assertThat(API.put("/v1/im/conversation", body.formatted(conv, 2), bob.token()).status())
          .isEqualTo(200);

      JsonNode data = adas.await(Inbox.chat(ChatTypes.CONTENT_READ, null)).path("data");
      assertThat(data.path("seq").asLong()).isEqualTo(2);
      assertThat(data.path("sendId").asText()).isEqualTo(Long.toString(bob.id()));
      assertThat(data.path("recvId").asText()).isEqualTo(Long.toString(ada.id()));
      assertThat(data.path("conversationId").asText()).isEqualTo(conv);
      assertThat(number(member(bob.id(), conv), "readSeq")).isEqualTo(2);

      // the same position again moves nothing and sends nothing; a higher one sends its receipt
      assertThat(API.put("/v1/im/conversation", body.formatted(conv, 1), bob.token()).status())
          .isEqualTo(200);
      assertThat(API.put("/v1/im/conversation", body.formatted(conv, 3), bob.token()).status())
          .isEqualTo(200);
      JsonNode next = adas.await(Inbox.chat(ChatTypes.CONTENT_READ, null)).path("data");
      assertThat(next.path("seq").asLong()).isEqualTo(3);
    }
  }

  @Test
  void readSeq_neverGoesBack_norPastTheConversation() {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    String conv = conversationWithThreeMessages(ada, bob);
    ReadReceipts receipts = STACK.bean(ReadReceipts.class);

    assertThat(receipts.accept(read(bob, ada, 99L, null))).isEqualTo(3);
    assertThat(receipts.accept(read(bob, ada, 1L, null))).isZero();
    assertThat(receipts.accept(read(bob, ada, 3L, null))).isZero();
    assertThat(number(member(bob.id(), conv), "readSeq")).isEqualTo(3);
  }

  @Test
  void peerWhoTurnedReceiptsOff_getsNone_butThePositionIsStored() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    String conv = conversationWithThreeMessages(ada, bob);
    ReadReceipts receipts = STACK.bean(ReadReceipts.class);
    try (Inbox adas = new Inbox(ada.id())) {
      settings(ada, "{\"readReceiptEnabled\":false,\"themeMode\":\"dark\"}");
      assertThat(receipts.accept(read(bob, ada, 2L, null))).isEqualTo(2);
      assertThat(number(member(bob.id(), conv), "readSeq")).isEqualTo(2);

      settings(ada, "{\"themeMode\":\"dark\"}");
      assertThat(receipts.accept(read(bob, ada, 3L, null))).isEqualTo(3);
      JsonNode first = adas.await(Inbox.chat(ChatTypes.CONTENT_READ, null)).path("data");
      assertThat(first.path("seq").asLong())
          .as("the first receipt Ada gets is the one after she turned receipts back on")
          .isEqualTo(3);
    }
  }

  @Test
  void groupRead_receiptGoesToTheSendersOfTheNewlyReadMessages_only() throws Exception {
    TestUser owner = user("owner");
    TestUser talker = user("talker");
    TestUser reader = user("reader");
    long group = group(owner);
    join(talker, group);
    join(reader, group);
    String conv = ConversationIds.group(group);
    for (TestUser u : List.of(owner, talker, reader)) {
      awaitMember(u.id(), conv);
    }
    send(inGroup(talker, group, "t1", "one", null, false));
    send(inGroup(talker, group, "t2", "two", null, false));
    awaitSeq(conv, 2);
    try (Inbox owners = new Inbox(owner.id());
        Inbox talkers = new Inbox(talker.id())) {
      ReadEvent e =
          new ReadEvent(
              UUID.randomUUID().toString(),
              System.currentTimeMillis(),
              conv,
              ChatTypes.GROUP,
              reader.id(),
              group,
              2L,
              null);
      assertThat(STACK.bean(ReadReceipts.class).accept(e)).isEqualTo(2);
      JsonNode receipt = talkers.await(Inbox.chat(ChatTypes.CONTENT_READ, null)).path("data");
      assertThat(receipt.path("sendId").asText()).isEqualTo(Long.toString(reader.id()));
      assertThat(receipt.path("recvId").asText()).isEqualTo(Long.toString(group));
      assertThat(receipt.path("seq").asLong()).isEqualTo(2);
      assertThat(owners.gets(Inbox.chat(ChatTypes.CONTENT_READ, null), Duration.ofSeconds(1)))
          .as("the owner sent nothing the reader read")
          .isFalse();
    }
  }
}
