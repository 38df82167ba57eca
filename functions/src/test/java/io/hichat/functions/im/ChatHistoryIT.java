package io.hichat.functions.im;

import static io.hichat.functions.im.ImSteps.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.im.ImSteps.Msg;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * I1–I3 through the gateway over chat state as the chat consumer stores it: paging in every
 * direction and by seq, what recalled messages show, the removed member's cap, mentions, read
 * receipts, and a stranger who finds nothing.
 */
class ChatHistoryIT {

  final ImSteps im = new ImSteps();

  @Test
  void singleChat_pagesByMessageInEveryDirection_andBySeq() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String conv = ImSteps.single(ada, bob);
    long t0 = 1_700_000_000_000L;
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      ids.addAll(
          im.append(conv, bob.id(), Msg.by(i % 2 == 0 ? bob : ada, t0 + i * 1000L, "m" + i)));
    }
    String m15 = ids.get(14);
    String c = "conversationId=" + conv;

    assertThat(im.seqs(ada, c)).isEqualTo(range(30, 1));
    assertThat(im.seqs(ada, c + "&count=10")).isEqualTo(range(30, 21));
    assertThat(im.seqs(ada, c + "&msgId=" + m15 + "&direction=older&count=5"))
        .isEqualTo(range(14, 10));
    assertThat(im.seqs(ada, c + "&msgId=" + m15 + "&count=5")).isEqualTo(range(14, 10));
    assertThat(im.seqs(ada, c + "&msgId=" + m15 + "&direction=newer&count=5"))
        .isEqualTo(range(16, 20));
    assertThat(im.seqs(bob, c + "&msgId=" + m15 + "&direction=around&count=3"))
        .isEqualTo(range(15, 13));
    assertThat(im.seqs(ada, c + "&msgId=" + m15)).containsExactly(15L);
    assertThat(im.seqs(ada, c + "&msgId=local_17&count=2")).isEqualTo(range(30, 29));
    assertThat(im.seqs(ada, c + "&afterSeq=25")).isEqualTo(range(26, 30));
    assertThat(im.seqs(ada, c + "&afterSeq=5&beforeSeq=9")).isEqualTo(range(6, 8));
    assertThat(im.seqs(ada, c + "&beforeSeq=3")).isEqualTo(range(2, 1));
    assertThat(
            im.seqs(ada, c + "&startSendTime=" + (t0 + 10_000) + "&endSendTime=" + (t0 + 12_000)))
        .isEqualTo(range(12, 10));

    JsonNode first =
        im.get("/chatlog?" + c + "&msgId=" + ids.get(0), bob).data().path("list").get(0);
    assertThat(first.path("id").asText()).isEqualTo(ids.get(0));
    assertThat(first.path("conversationId").asText()).isEqualTo(conv);
    assertThat(first.path("sendId").asText()).isEqualTo(Long.toString(ada.id()));
    assertThat(first.path("recvId").asText()).isEqualTo(Long.toString(bob.id()));
    assertThat(first.path("msgContent").asText()).isEqualTo("m1");
    assertThat(first.path("sendTime").asLong()).isEqualTo(t0 + 1000);
    assertThat(first.path("chatType").asInt()).isEqualTo(1);
    assertThat(first.path("clientMsgId").asText()).isEqualTo("c-" + ids.get(0));
    assertThat(first.path("atUsers").isArray()).isTrue();
  }

  @Test
  void readRecords_ofASingleChat_markWhatThePeerHasRead_andRecalledMessagesAreBlank() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String conv = ImSteps.single(ada, bob);
    long now = System.currentTimeMillis();
    im.append(
        conv,
        bob.id(),
        Msg.by(ada, now, "one"),
        Msg.by(ada, now, "two").recalled(),
        Msg.by(ada, now, "three"));
    im.member(bob.id(), conv, Map.of("readSeq", 2L));

    JsonNode list = im.get("/chatlog?conversationId=" + conv, ada).data().path("list");

    assertThat(list.get(0).path("readRecords").asText()).isEmpty();
    assertThat(list.get(1).path("readRecords").asText()).isEqualTo("AQ==");
    assertThat(list.get(2).path("readRecords").asText()).isEqualTo("AQ==");
    JsonNode recalled = list.get(1);
    assertThat(recalled.path("status").asInt()).isEqualTo(1);
    assertThat(recalled.path("msgContent").asText()).isEmpty();
    assertThat(recalled.path("quote").asText()).isEmpty();
    assertThat(recalled.path("recalledBy").asText()).isEqualTo(Long.toString(ada.id()));
    assertThat(list.get(0).path("quote").asText()).contains("three");
  }

  @Test
  void removedMember_seesHistoryOnlyUpToTheRemoval() {
    TestUser owner = im.user("Owner");
    TestUser gone = im.user("Gone");
    long group = im.group(owner, gone);
    String conv = ConversationIds.group(group);
    long now = System.currentTimeMillis();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      ids.addAll(im.append(conv, group, Msg.by(owner, now, "g" + i)));
    }
    im.member(gone.id(), conv, Map.of("readSeq", 8L));
    im.kick(owner, group, gone);
    im.member(gone.id(), conv, Map.of("removedSeq", 12L));

    assertThat(im.seqs(gone, "conversationId=" + conv)).isEqualTo(range(12, 1));
    assertThat(im.seqs(gone, "conversationId=" + conv + "&afterSeq=10")).isEqualTo(range(11, 12));
    assertThat(
            im.seqs(gone, "conversationId=" + conv + "&msgId=" + ids.get(9) + "&direction=newer"))
        .isEqualTo(range(11, 12));
    Api.Resp past = im.get("/chatlog?conversationId=" + conv + "&msgId=" + ids.get(14), gone);
    assertThat(past.status()).isEqualTo(404);
    assertThat(past.code()).isEqualTo(ErrorCode.MESSAGE_NOT_FOUND.code());
    Api.Resp receipts = im.get("/chatlog/readRecords?msgId=" + ids.get(14), gone);
    assertThat(receipts.code()).isEqualTo(ErrorCode.MESSAGE_NOT_FOUND.code());

    JsonNode entry = im.conversation(gone, conv);
    assertThat(entry.path("seq").asLong()).isEqualTo(12);
    assertThat(entry.path("read").asLong()).isEqualTo(4);
    assertThat(entry.path("message").path("seq").asLong()).isEqualTo(12);
    assertThat(entry.path("message").path("msgContent").asText()).isEqualTo("g12");
    assertThat(im.conversation(owner, conv).path("seq").asLong()).isEqualTo(20);
  }

  @Test
  void stranger_findsNoConversationAndNoMessage() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    TestUser eve = im.user("Eve");
    long group = im.group(ada, bob);
    String single = ImSteps.single(ada, bob);
    String groupConv = ConversationIds.group(group);
    long now = System.currentTimeMillis();
    String secret = im.append(single, bob.id(), Msg.by(ada, now, "secret")).get(0);
    String groupSecret = im.append(groupConv, group, Msg.by(bob, now, "secret")).get(0);
    // an id of a conversation Eve is in cannot open a message of another
    String eveConv = ImSteps.single(ada, eve);
    im.append(eveConv, eve.id(), Msg.by(ada, now, "hi eve"));

    for (String conv : List.of(single, groupConv)) {
      assertNotFound(
          im.get("/chatlog?conversationId=" + conv, eve), ErrorCode.CONVERSATION_NOT_FOUND);
      assertNotFound(
          im.get("/chatlog/atme?conversationId=" + conv, eve), ErrorCode.CONVERSATION_NOT_FOUND);
    }
    for (String msg : List.of(secret, groupSecret)) {
      assertNotFound(im.get("/chatlog/readRecords?msgId=" + msg, eve), ErrorCode.MESSAGE_NOT_FOUND);
      assertNotFound(
          im.get("/chatlog?conversationId=" + eveConv + "&msgId=" + msg, eve),
          ErrorCode.MESSAGE_NOT_FOUND);
    }
    assertNotFound(
        im.get("/chatlog/readRecords?msgId=" + new org.bson.types.ObjectId().toHexString(), ada),
        ErrorCode.MESSAGE_NOT_FOUND);
    assertNotFound(
        im.get("/chatlog?conversationId=999999999", ada), ErrorCode.CONVERSATION_NOT_FOUND);
  }

  @Test
  void atMe_listsUnreadMentionsOfMeOrEveryone_notMineNorRecalled_oldestFirst() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    TestUser cy = im.user("Cy");
    long group = im.group(bob, ada, cy);
    String conv = ConversationIds.group(group);
    long now = System.currentTimeMillis();
    im.append(
        conv,
        group,
        Msg.by(bob, now, "read already").mentioning(ada.id()),
        Msg.by(bob, now, "not me").mentioning(cy.id()),
        Msg.by(bob, now, "hey ada").mentioning(ada.id(), cy.id()),
        Msg.by(bob, now, "everyone").toAll(),
        Msg.by(ada, now, "my own").toAll(),
        Msg.by(cy, now, "gone").mentioning(ada.id()).recalled(),
        Msg.by(cy, now, "and ada").mentioning(ada.id()));
    im.member(ada.id(), conv, Map.of("readSeq", 1L, "atMeSeq", 7L));

    Api.Resp r = im.get("/chatlog/atme?conversationId=" + conv, ada);
    List<String> contents = new ArrayList<>();
    r.data().path("list").forEach(m -> contents.add(m.path("msgContent").asText()));

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(contents).containsExactly("hey ada", "everyone", "and ada");
    assertThat(im.get("/chatlog/atme?conversationId=" + conv + "&count=1", ada).data().path("list"))
        .hasSize(1);
    assertThat(im.conversation(ada, conv).path("hasAtMe").asBoolean()).isTrue();
  }

  @Test
  void readRecords_ofAGroupMessage_splitTheOtherMembersByTheirReadPosition() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    TestUser cy = im.user("Cy");
    TestUser dan = im.user("Dan");
    long group = im.group(ada, bob, cy, dan);
    String conv = ConversationIds.group(group);
    long now = System.currentTimeMillis();
    List<String> ids = im.append(conv, group, Msg.by(ada, now, "one"), Msg.by(ada, now, "two"));
    im.member(bob.id(), conv, Map.of("readSeq", 2L, "readAt", now + 500));
    im.member(cy.id(), conv, Map.of("readSeq", 1L, "readAt", now + 100));

    Api.Resp r = im.get("/chatlog/readRecords?msgId=" + ids.get(1), cy);

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    JsonNode reads = r.data().path("reads");
    assertThat(reads).hasSize(1);
    assertThat(reads.get(0).path("id").asText()).isEqualTo(Long.toString(bob.id()));
    assertThat(reads.get(0).path("nickname").asText()).isEqualTo("Bob");
    assertThat(reads.get(0).path("readAt").asLong()).isEqualTo(now + 500);
    List<String> unread = new ArrayList<>();
    r.data().path("unReads").forEach(u -> unread.add(u.path("id").asText()));
    assertThat(unread).containsExactlyInAnyOrder(Long.toString(cy.id()), Long.toString(dan.id()));
    assertThat(im.get("/chatlog/readRecords?msgId=" + ids.get(0), ada).data().path("reads"))
        .hasSize(2);
  }

  @Test
  void badInput_isRefusedWithBadRequest() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String c = "conversationId=" + ImSteps.single(ada, bob);

    for (String query :
        List.of(
            "/chatlog",
            "/chatlog?conversationId=abc",
            "/chatlog?conversationId=" + bob.id() + "_" + ada.id(),
            "/chatlog?" + c + "&count=0",
            "/chatlog?" + c + "&count=201",
            "/chatlog?" + c + "&count=many",
            "/chatlog?" + c + "&direction=sideways",
            "/chatlog?" + c + "&startSendTime=9&endSendTime=3",
            "/chatlog?" + c + "&afterSeq=-1",
            "/chatlog/atme",
            "/chatlog/atme?" + c + "&count=0",
            "/chatlog/readRecords",
            "/chatlog/readRecords?msgId=local_1")) {
      Api.Resp r = im.get(query, ada);
      assertThat(r.status()).as(query + " " + r.raw()).isEqualTo(400);
      assertThat(r.code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
    }
  }

  private static void assertNotFound(Api.Resp r, ErrorCode code) {
    assertThat(r.status()).as(r.raw()).isEqualTo(404);
    assertThat(r.code()).as(r.raw()).isEqualTo(code.code());
  }
}
