package io.hichat.functions.im;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.im.ImSteps.Msg;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.KafkaProbe;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ConversationIds;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * I4 through the gateway: who may recall what and when, the status flip and its {@code im.recall}
 * event (read back from Kafka), idempotent repeats, and the retry that announces an earlier recall
 * whose event was never confirmed.
 */
class RecallIT {

  static final Duration WAIT = Duration.ofSeconds(20);

  final ImSteps im = new ImSteps();

  @Test
  void senderWithinTheWindow_recalls_onceWithOneEvent_andRepeatsAreQuiet() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String conv = ImSteps.single(ada, bob);
    long now = System.currentTimeMillis();
    List<String> ids =
        im.append(conv, bob.id(), Msg.by(ada, now - 5_000, "oops"), Msg.by(ada, now, "marker"));
    String oops = ids.get(0);

    try (KafkaProbe probe = new KafkaProbe(Topics.IM_RECALL)) {
      Api.Resp first = recall(ada, conv, oops, 1);
      assertThat(first.status()).as(first.raw()).isEqualTo(200);
      Api.Resp again = recall(ada, conv, oops, 1);
      assertThat(again.status()).as(again.raw()).isEqualTo(200);
      assertThat(recall(ada, conv, ids.get(1), null).status()).isEqualTo(200);

      // one conversation = one partition: the marker's event follows every event of oops
      List<String> events =
          probe.await(v -> v.contains("\"conversationId\":\"" + conv + "\""), 2, WAIT);
      assertThat(events).hasSize(2);
      assertThat(events.get(0))
          .contains("\"msgId\":\"" + oops + "\"")
          .contains("\"eventId\":\"recall:" + oops + "\"")
          .contains("\"recalledBy\":" + ada.id())
          .contains("\"sendId\":" + ada.id())
          .contains("\"recvId\":" + bob.id())
          .contains("\"seq\":1");
      assertThat(events.get(1)).contains("\"msgId\":\"" + ids.get(1) + "\"");
    }
    Document stored = im.message(oops);
    assertThat(stored.getInteger("status")).isEqualTo(1);
    assertThat(((Number) stored.get("recalledBy")).longValue()).isEqualTo(ada.id());
    assertThat(stored.getBoolean("recallPublished")).isTrue();
    assertThat(stored.getString("msgContent")).as("kept for audit").isEqualTo("oops");
    var shown =
        im.get("/chatlog?conversationId=" + conv + "&msgId=" + oops, bob).data().path("list");
    assertThat(shown.get(0).path("msgContent").asText()).isEmpty();
    assertThat(shown.get(0).path("status").asInt()).isEqualTo(1);
  }

  @Test
  void senderAfterTheWindow_isRefused_butAGroupAdminRecallsAnyMessageAnyTime() {
    TestUser owner = im.user("Owner");
    TestUser admin = im.user("Admin");
    TestUser member = im.user("Member");
    long group = im.group(owner, admin, member);
    im.setAdmin(owner, group, admin);
    String conv = ConversationIds.group(group);
    long old = System.currentTimeMillis() - 10 * 60_000;
    List<String> ids =
        im.append(conv, group, Msg.by(member, old, "old one"), Msg.by(owner, old, "owner's"));

    Api.Resp late = recall(member, conv, ids.get(0), 2);
    assertThat(late.status()).isEqualTo(403);
    assertThat(late.code()).isEqualTo(ErrorCode.RECALL_WINDOW_PASSED.code());
    assertThat(im.message(ids.get(0)).getInteger("status")).isZero();

    Api.Resp byAdmin = recall(admin, conv, ids.get(0), 2);
    assertThat(byAdmin.status()).as(byAdmin.raw()).isEqualTo(200);
    assertThat(((Number) im.message(ids.get(0)).get("recalledBy")).longValue())
        .isEqualTo(admin.id());
    assertThat(recall(admin, conv, ids.get(1), 2).status()).as("even the owner's").isEqualTo(200);
  }

  @Test
  void othersMessages_cannotBeRecalledByAPlainMemberOrASingleChatPeer() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    TestUser cy = im.user("Cy");
    long group = im.group(ada, bob, cy);
    String groupConv = ConversationIds.group(group);
    String single = ImSteps.single(ada, bob);
    long now = System.currentTimeMillis();
    String inGroup = im.append(groupConv, group, Msg.by(bob, now, "bob's")).get(0);
    String inSingle = im.append(single, bob.id(), Msg.by(ada, now, "ada's")).get(0);

    Api.Resp member = recall(cy, groupConv, inGroup, 2);
    Api.Resp peer = recall(bob, single, inSingle, 1);

    assertThat(member.status()).isEqualTo(403);
    assertThat(member.code()).isEqualTo(ErrorCode.RECALL_NOT_ALLOWED.code());
    assertThat(peer.status()).isEqualTo(403);
    assertThat(peer.code()).isEqualTo(ErrorCode.RECALL_NOT_ALLOWED.code());
    assertThat(im.message(inGroup).getInteger("status")).isZero();
    assertThat(im.message(inSingle).getInteger("status")).isZero();
  }

  @Test
  void stranger_andUnknownMessages_areNotFound_andNothingChanges() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    TestUser eve = im.user("Eve");
    String conv = ImSteps.single(ada, bob);
    String msg = im.append(conv, bob.id(), Msg.by(ada, System.currentTimeMillis(), "x")).get(0);

    Api.Resp foreign = recall(eve, conv, msg, 1);
    Api.Resp unknown = recall(ada, conv, new org.bson.types.ObjectId().toHexString(), 1);
    Api.Resp elsewhere = recall(ada, ImSteps.single(ada, eve), msg, 1);

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.code()).isEqualTo(ErrorCode.CONVERSATION_NOT_FOUND.code());
    assertThat(unknown.code()).isEqualTo(ErrorCode.MESSAGE_NOT_FOUND.code());
    assertThat(elsewhere.code()).isEqualTo(ErrorCode.MESSAGE_NOT_FOUND.code());
    assertThat(im.message(msg).getInteger("status")).isZero();
  }

  @Test
  void anEarlierRecallWhoseEventWasNotConfirmed_isAnnouncedByTheNextRecall() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String conv = ImSteps.single(ada, bob);
    String msg = im.append(conv, bob.id(), Msg.by(ada, System.currentTimeMillis(), "x")).get(0);
    // what a recall leaves behind when Kafka could not be reached after the flip
    im.logs.updateOne(
        com.mongodb.client.model.Filters.eq("_id", new org.bson.types.ObjectId(msg)),
        com.mongodb.client.model.Updates.combine(
            com.mongodb.client.model.Updates.set("status", 1),
            com.mongodb.client.model.Updates.set("recalledBy", ada.id()),
            com.mongodb.client.model.Updates.set("recalledAt", System.currentTimeMillis()),
            com.mongodb.client.model.Updates.set("recallPublished", false)));

    try (KafkaProbe probe = new KafkaProbe(Topics.IM_RECALL)) {
      Api.Resp retry = recall(ada, conv, msg, 1);

      assertThat(retry.status()).as(retry.raw()).isEqualTo(200);
      assertThat(probe.await(v -> v.contains("\"msgId\":\"" + msg + "\""), 1, WAIT)).hasSize(1);
    }
    assertThat(im.message(msg).getBoolean("recallPublished")).isTrue();
  }

  @Test
  void badInput_isRefused_andNothingChanges() {
    TestUser ada = im.user("Ada");
    TestUser bob = im.user("Bob");
    String conv = ImSteps.single(ada, bob);
    String msg = im.append(conv, bob.id(), Msg.by(ada, System.currentTimeMillis(), "x")).get(0);

    for (String body :
        List.of(
            "{}",
            "{\"conversationId\":\"" + conv + "\"}",
            "{\"conversationId\":\"" + conv + "\",\"msgId\":\"local_1\"}",
            "{\"conversationId\":\"" + conv + "\",\"msgId\":\"" + msg + "\",\"chatType\":2}",
            "{\"conversationId\":\"nope\",\"msgId\":\"" + msg + "\"}",
            "{\"conversationId\":\"" + conv + "\",\"msgId\":\"" + msg + "\",\"chatType\":\"1\"}")) {
      Api.Resp r = im.api.post(ImSteps.P + "/chatlog/recall", body, ada.token());
      assertThat(r.status()).as(body + " " + r.raw()).isEqualTo(400);
    }
    assertThat(im.message(msg).getInteger("status")).isZero();
  }

  private Api.Resp recall(TestUser u, String conv, String msgId, Integer chatType) {
    return im.api.post(
        ImSteps.P + "/chatlog/recall",
        "{\"conversationId\":\"%s\",\"msgId\":\"%s\"%s}"
            .formatted(conv, msgId, chatType == null ? "" : ",\"chatType\":" + chatType),
        u.token());
  }
}
