package io.hichat.functions.im;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.im.ImSteps.Msg;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * I5–I8 through the gateway: the list's unread, @-me and visibility arithmetic with names from
 * MySQL, read progress and hiding, pin and mute, setting conversations up, and refusals that change
 * nothing.
 */
class ConversationIT {

  final ImSteps im = new ImSteps();

  @Test
  void list_countsUnreadAndMentions_namesTheOtherSide_andPutsPinnedFirst() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    TestUser cy = im.user("Cy");
    long group = im.group(cy, ada, bob);
    String single = ImSteps.single(ada, bob);
    String groupConv = ConversationIds.group(group);
    String quiet = ConversationIds.group(im.group(bob, ada));
    long now = System.currentTimeMillis();
    for (int i = 1; i <= 10; i++) {
      im.append(single, ada.id(), Msg.by(i <= 4 ? ada : bob, now - 100_000 + i, "s" + i));
    }
    for (int i = 1; i <= 8; i++) {
      Msg m = Msg.by(cy, now - 50_000 + i, "g" + i);
      im.append(groupConv, group, i == 7 ? m.mentioning(ada.id()) : m);
    }
    im.member(ada.id(), single, Map.of("readSeq", 6L));
    im.member(bob.id(), single, Map.of("readSeq", 10L));
    im.member(ada.id(), groupConv, Map.of("readSeq", 5L, "atMeSeq", 7L, "isTop", true));

    Api.Resp r = im.get("/conversation", ada);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    JsonNode list = r.data().path("conversationList");

    JsonNode s = list.path(single);
    assertThat(s.path("conversationId").asText()).isEqualTo(single);
    assertThat(s.path("chatType").asInt()).isEqualTo(1);
    assertThat(s.path("seq").asLong()).isEqualTo(10);
    assertThat(s.path("read").asLong()).isEqualTo(4);
    assertThat(s.path("readSeq").asLong()).isEqualTo(6);
    assertThat(s.path("hasAtMe").asBoolean()).isFalse();
    assertThat(s.path("isShow").asBoolean()).isTrue();
    assertThat(s.path("targetName").asText()).isEqualTo("Bob");
    assertThat(s.path("memberCount").isMissingNode()).isTrue();
    assertThat(s.path("message").path("msgContent").asText()).isEqualTo("s10");
    assertThat(s.path("message").path("readRecords").asText()).isEqualTo("AQ==");

    JsonNode g = list.path(groupConv);
    assertThat(g.path("read").asLong()).isEqualTo(3);
    assertThat(g.path("hasAtMe").asBoolean()).isTrue();
    assertThat(g.path("isTop").asBoolean()).isTrue();
    assertThat(g.path("targetName").asText()).isEqualTo("Chat room");
    assertThat(g.path("memberCount").asInt()).isEqualTo(3);
    assertThat(g.path("message").path("msgContent").asText()).isEqualTo("g8");

    JsonNode q = list.path(quiet);
    assertThat(q.path("seq").asLong()).as("a group without a conversation entry yet").isZero();
    assertThat(q.path("read").asLong()).isZero();
    assertThat(q.path("message").isMissingNode()).isTrue();

    List<String> order = new ArrayList<>();
    list.propertyNames().forEach(order::add);
    assertThat(order).containsExactly(groupConv, single, quiet);
    assertThat(im.conversation(bob, single).path("read").asLong()).isZero();
  }

  @Test
  void lastMessage_recalledSinceItBecameTheLast_showsBlankInTheList() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String single = ImSteps.single(ada, bob);
    String id = im.append(single, bob.id(), Msg.by(ada, System.currentTimeMillis(), "oops")).get(0);
    im.member(bob.id(), single, Map.of());
    im.logs.updateOne(
        com.mongodb.client.model.Filters.eq("_id", new org.bson.types.ObjectId(id)),
        com.mongodb.client.model.Updates.combine(
            com.mongodb.client.model.Updates.set("status", 1),
            com.mongodb.client.model.Updates.set("recalledBy", ada.id())));

    JsonNode message = im.conversation(bob, single).path("message");

    assertThat(message.path("status").asInt()).isEqualTo(1);
    assertThat(message.path("msgContent").asText()).isEmpty();
  }

  @Test
  void readProgress_bySeqOrCount_onlyRises_andStaysWithinTheConversation() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String single = ImSteps.single(ada, bob);
    long now = System.currentTimeMillis();
    for (int i = 1; i <= 10; i++) {
      im.append(single, ada.id(), Msg.by(bob, now + i, "m" + i));
    }

    update(ada, single, "\"seq\":4");
    assertThat(readSeq(ada, single)).isEqualTo(4);
    assertThat(im.memberDoc(ada.id(), single).get("readAt")).isNotEqualTo(0L);
    update(ada, single, "\"seq\":2");
    assertThat(readSeq(ada, single)).isEqualTo(4);
    update(ada, single, "\"read\":3");
    assertThat(readSeq(ada, single)).isEqualTo(7);
    update(ada, single, "\"read\":30");
    assertThat(readSeq(ada, single)).isEqualTo(10);
    update(ada, single, "\"seq\":99");
    assertThat(readSeq(ada, single)).isEqualTo(10);
    assertThat(im.conversation(ada, single).path("read").asLong()).isZero();
  }

  @Test
  void hiding_readsEverything_untilANewMessageShowsItAgain_andIsShowTrueUnhides() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String single = ImSteps.single(ada, bob);
    long now = System.currentTimeMillis();
    im.append(single, ada.id(), Msg.by(bob, now, "a"), Msg.by(bob, now, "b"));
    im.member(ada.id(), single, Map.of("isTop", true, "isMute", true));

    update(ada, single, "\"isShow\":false");
    JsonNode hidden = im.conversation(ada, single);
    assertThat(hidden.path("isShow").asBoolean()).isFalse();
    assertThat(hidden.path("read").asLong()).isZero();
    assertThat(hidden.path("isTop").asBoolean()).as("flags are kept").isTrue();
    assertThat(hidden.path("isMute").asBoolean()).isTrue();
    assertThat(((Number) im.memberDoc(ada.id(), single).get("hiddenSeq")).longValue()).isEqualTo(2);

    im.append(single, ada.id(), Msg.by(bob, now, "c"));
    JsonNode back = im.conversation(ada, single);
    assertThat(back.path("isShow").asBoolean()).isTrue();
    assertThat(back.path("read").asLong()).isEqualTo(1);

    update(ada, single, "\"isShow\":false");
    im.append(single, ada.id(), Msg.by(ada, now, "my own"));
    assertThat(im.conversation(ada, single).path("isShow").asBoolean())
        .as("the caller's own new message shows it too")
        .isTrue();

    update(ada, single, "\"isShow\":false");
    update(ada, single, "\"isShow\":true");
    assertThat(im.conversation(ada, single).path("isShow").asBoolean()).isTrue();
  }

  @Test
  void updateNamingAForeignConversation_isRefusedWhole_andChangesNothing() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    TestUser eve = im.user("Eve");
    String mine = ImSteps.single(ada, bob);
    String theirs = ImSteps.single(bob, eve);
    long now = System.currentTimeMillis();
    im.append(mine, ada.id(), Msg.by(bob, now, "1"), Msg.by(bob, now, "2"));
    im.append(theirs, eve.id(), Msg.by(bob, now, "private"));

    Api.Resp r =
        im.api.put(
            ImSteps.P + "/conversation",
            "{\"conversationList\":{\"%s\":{\"seq\":2},\"%s\":{\"isShow\":false}}}"
                .formatted(mine, theirs),
            ada.token());

    assertThat(r.status()).as(r.raw()).isEqualTo(404);
    assertThat(r.code()).isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND.code());
    assertThat(im.memberDoc(ada.id(), mine)).isNull();
    assertThat(im.memberDoc(ada.id(), theirs)).isNull();
    Api.Resp pin =
        im.api.put(
            ImSteps.P + "/conversation/settings",
            "{\"conversationId\":\"%s\",\"isTop\":true,\"isMute\":true}".formatted(theirs),
            ada.token());
    assertThat(pin.status()).isEqualTo(404);
    assertThat(pin.code()).isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND.code());
    assertThat(im.memberDoc(ada.id(), theirs)).isNull();
    assertThat(im.get("/conversation", ada).data().path("conversationList").has(theirs)).isFalse();
  }

  @Test
  void removedMember_reportsReadingUpToTheRemovalOnly_andAForeignGroupRefusesTheBatch() {
    TestUser owner = im.user("Owner");
    TestUser gone = im.user("Gone");
    TestUser eve = im.user("Eve");
    long group = im.group(owner, gone);
    String conv = ConversationIds.group(group);
    String foreign = ConversationIds.group(im.group(eve));
    long now = System.currentTimeMillis();
    for (int i = 1; i <= 10; i++) {
      im.append(conv, group, Msg.by(owner, now, "g" + i));
    }
    im.kick(owner, group, gone);
    im.member(gone.id(), conv, Map.of("readSeq", 2L, "removedSeq", 6L));

    update(gone, conv, "\"read\":30");
    assertThat(readSeq(gone, conv)).isEqualTo(6);
    assertThat(im.conversation(gone, conv).path("read").asLong()).isZero();

    Api.Resp r =
        im.api.put(
            ImSteps.P + "/conversation",
            "{\"conversationList\":{\"%s\":{\"isShow\":false},\"%s\":{\"seq\":1}}}"
                .formatted(conv, foreign),
            gone.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(404);
    assertThat(r.code()).isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND.code());
    assertThat(im.memberDoc(gone.id(), conv).getBoolean("isShow")).isTrue();
    assertThat(im.memberDoc(gone.id(), foreign)).isNull();
  }

  @Test
  void updateBadInput_isRefused_andChangesNothing() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String single = ImSteps.single(ada, bob);
    im.append(single, ada.id(), Msg.by(bob, System.currentTimeMillis(), "1"));
    StringBuilder many = new StringBuilder("{\"conversationList\":{");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append("\"").append(1000 + i).append("\":{}");
    }
    many.append("}}");

    for (String body :
        List.of(
            "{}",
            many.toString(),
            "{\"conversationList\":{\"%s\":{\"seq\":1,\"read\":1}}}".formatted(single),
            "{\"conversationList\":{\"%s\":{\"seq\":-1}}}".formatted(single),
            "{\"conversationList\":{\"%s\":{\"conversationId\":\"5\"}}}".formatted(single),
            "{\"conversationList\":{\"%s\":{\"chatType\":2}}}".formatted(single),
            "{\"conversationList\":{\"%s\":{\"isShow\":\"no\"}}}".formatted(single),
            "{\"conversationList\":{\"abc\":{\"seq\":1}}}",
            "{\"conversationList\":{\"%s\":{\"seq\":1},\"x_y\":{}}}".formatted(single))) {
      Api.Resp r = im.api.put(ImSteps.P + "/conversation", body, ada.token());
      assertThat(r.status()).as(body + " " + r.raw()).isEqualTo(400);
    }
    assertThat(im.memberDoc(ada.id(), single)).isNull();
  }

  @Test
  void settings_overwritePinAndMute_creatingTheEntryWhenMissing() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    long group = im.group(bob, ada);
    String conv = ConversationIds.group(group);
    im.forgetEntry(ada.id(), conv);
    im.append(conv, group, Msg.by(bob, System.currentTimeMillis(), "hi"), Msg.by(bob, 0, "2"));

    assertThat(settings(ada, conv, "\"isTop\":true,\"isMute\":true").status()).isEqualTo(200);
    JsonNode entry = im.conversation(ada, conv);
    assertThat(entry.path("isTop").asBoolean()).isTrue();
    assertThat(entry.path("isMute").asBoolean()).isTrue();
    assertThat(entry.path("read").asLong()).as("a new entry starts caught up").isZero();

    assertThat(settings(ada, conv, "\"isTop\":false,\"isMute\":true").status()).isEqualTo(200);
    assertThat(im.conversation(ada, conv).path("isTop").asBoolean()).isFalse();

    for (String bad : List.of("\"isTop\":true", "\"isMute\":true", "\"isTop\":1,\"isMute\":true")) {
      Api.Resp r = settings(ada, conv, bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
    }
    assertThat(im.conversation(ada, conv).path("isTop").asBoolean()).isFalse();
  }

  @Test
  void setup_ofASingleChat_createsTheConversationAndBothEntries_recipientHiddenUntilAMessage() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    im.befriend(ada, bob);
    String conv = ImSteps.single(ada, bob);

    Api.Resp r = setup(ada, ada.id(), bob.id(), 1);

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    Document c = im.conversations.find(com.mongodb.client.model.Filters.eq("_id", conv)).first();
    assertThat(((Number) c.get("seq")).longValue()).isZero();
    assertThat(im.memberDoc(ada.id(), conv).getBoolean("isShow")).isTrue();
    assertThat(im.memberDoc(bob.id(), conv).getBoolean("isShow")).isFalse();
    assertThat(im.conversation(ada, conv).path("isShow").asBoolean()).isTrue();
    assertThat(im.conversation(bob, conv).path("isShow").asBoolean()).isFalse();

    im.append(conv, bob.id(), Msg.by(ada, System.currentTimeMillis(), "hello"));
    im.member(bob.id(), conv, Map.of("readSeq", 1L));
    assertThat(im.conversation(bob, conv).path("isShow").asBoolean())
        .as("read, but no longer empty")
        .isTrue();

    assertThat(setup(ada, ada.id(), bob.id(), 1).status()).isEqualTo(200);
    assertThat(((Number) im.memberDoc(bob.id(), conv).get("readSeq")).longValue())
        .as("setting up again resets nothing")
        .isEqualTo(1);
  }

  @Test
  void setup_isRefusedForOthersStrangersAndForeignGroups_andWritesNothing() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    TestUser eve = im.user("Eve");
    long group = im.group(bob);

    Api.Resp forged = setup(ada, bob.id(), ada.id(), 1);
    Api.Resp stranger = setup(ada, ada.id(), eve.id(), 1);
    Api.Resp foreignGroup = setup(ada, ada.id(), group, 2);

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.code()).isEqualTo(ErrorCode.FORGED_SENDER.code());
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(stranger.code()).isEqualTo(ErrorCode.NOT_FRIEND_PEER.code());
    assertThat(foreignGroup.status()).isEqualTo(404);
    assertThat(foreignGroup.code()).isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND.code());
    for (String conv :
        List.of(ImSteps.single(ada, bob), ImSteps.single(ada, eve), ConversationIds.group(group))) {
      assertThat(im.conversations.countDocuments(com.mongodb.client.model.Filters.eq("_id", conv)))
          .isZero();
      assertThat(im.memberDoc(ada.id(), conv)).isNull();
    }
    for (String body :
        List.of(
            "{}",
            "{\"sendId\":\"%d\",\"recvId\":\"%d\"}".formatted(ada.id(), bob.id()),
            "{\"sendId\":\"%d\",\"recvId\":\"%d\",\"chatType\":3}".formatted(ada.id(), bob.id()),
            "{\"sendId\":\"%d\",\"recvId\":\"%d\",\"chatType\":1}".formatted(ada.id(), ada.id()),
            "{\"sendId\":\"%d\",\"recvId\":\"x\",\"chatType\":1}".formatted(ada.id()),
            "{\"sendId\":%d,\"recvId\":\"%d\",\"chatType\":1}".formatted(ada.id(), bob.id()))) {
      Api.Resp r = im.api.post(ImSteps.P + "/setup/conversation", body, ada.token());
      assertThat(r.status()).as(body + " " + r.raw()).isEqualTo(400);
    }
  }

  @Test
  void setup_ofAGroup_createsTheCallersEntry_caughtUp() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    long group = im.group(bob, ada);
    String conv = ConversationIds.group(group);
    im.forgetEntry(ada.id(), conv);
    im.append(conv, group, Msg.by(bob, System.currentTimeMillis(), "before"));

    Api.Resp r = setup(ada, ada.id(), group, 2);

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    Document entry = im.memberDoc(ada.id(), conv);
    assertThat(entry.getBoolean("isShow")).isTrue();
    assertThat(((Number) entry.get("readSeq")).longValue()).isEqualTo(1);
    assertThat(entry.get("userId")).isEqualTo(ada.id());
    assertThat(entry.get("conversationId")).isEqualTo(conv);
    assertThat(im.memberDoc(bob.id(), conv).get("_id"))
        .isEqualTo(ChatSchema.memberId(bob.id(), conv));
  }

  private void update(TestUser u, String conv, String fields) {
    Api.Resp r =
        im.api.put(
            ImSteps.P + "/conversation",
            "{\"conversationList\":{\"%s\":{%s}}}".formatted(conv, fields),
            u.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
  }

  private long readSeq(TestUser u, String conv) {
    return ((Number) im.memberDoc(u.id(), conv).get("readSeq")).longValue();
  }

  private Api.Resp settings(TestUser u, String conv, String fields) {
    return im.api.put(
        ImSteps.P + "/conversation/settings",
        "{\"conversationId\":\"%s\",%s}".formatted(conv, fields),
        u.token());
  }

  private Api.Resp setup(TestUser u, long sendId, long recvId, int chatType) {
    return im.api.post(
        ImSteps.P + "/setup/conversation",
        "{\"sendId\":\"%d\",\"recvId\":\"%d\",\"chatType\":%d}".formatted(sendId, recvId, chatType),
        u.token());
  }
}
