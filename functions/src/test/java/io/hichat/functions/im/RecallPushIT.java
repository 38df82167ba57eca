package io.hichat.functions.im;

import static io.hichat.functions.im.ChatSteps.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.event.RecallEvent;
import io.hichat.model.event.Topics;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Recall frames through {@code im.recall} and the {@code recallPush} consumer. */
class RecallPushIT {

  static void produceRecall(RecallEvent e) {
    produce(Topics.IM_RECALL, e.key(), JsonCodec.strict().writeValueAsBytes(e));
  }

  static Predicate<JsonNode> recallOf(String msgId) {
    return p ->
        p.path("data").path("contentType").asInt() == ChatTypes.CONTENT_RECALL
            && msgId.equals(p.path("data").path("msgId").asText());
  }

  @Test
  void singleChatRecall_reachesThePeer_andEveryDeviceOfTheSender() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    send(single(ada, bob, "oops", "wrong chat"));
    awaitSeq(conv, 1);
    String msgId = logs(conv).get(0).getObjectId("_id").toHexString();
    try (Inbox bobs = new Inbox(bob.id());
        Inbox adasPhone = new Inbox(ada.id());
        Inbox adasLaptop = new Inbox(ada.id())) {
      produceRecall(
          new RecallEvent(
              UUID.randomUUID().toString(),
              System.currentTimeMillis(),
              conv,
              ChatTypes.SINGLE,
              ada.id(),
              bob.id(),
              msgId,
              1,
              ada.id()));
      JsonNode toBob = bobs.await(recallOf(msgId)).path("data");
      assertThat(toBob.path("recalledBy").asText()).isEqualTo(Long.toString(ada.id()));
      assertThat(toBob.path("status").asInt()).isEqualTo(1);
      assertThat(toBob.path("seq").asLong()).isEqualTo(1);
      assertThat(toBob.path("msg").path("mType").asInt()).isEqualTo(ChatTypes.CONTENT_RECALL);
      assertThat(toBob.path("msg").has("content")).isFalse();
      adasPhone.await(recallOf(msgId));
      adasLaptop.await(recallOf(msgId));
    }
  }

  @Test
  void groupRecallByAnAdmin_reachesEveryMember() throws Exception {
    TestUser owner = user("owner");
    TestUser talker = user("talker");
    TestUser other = user("other");
    long group = group(owner);
    join(talker, group);
    join(other, group);
    String conv = ConversationIds.group(group);
    send(inGroup(talker, group, "bad", "something bad", null, false));
    awaitSeq(conv, 1);
    String msgId = logs(conv).get(0).getObjectId("_id").toHexString();
    try (Inbox everyone = new Inbox(owner.id(), talker.id(), other.id())) {
      produceRecall(
          new RecallEvent(
              UUID.randomUUID().toString(),
              System.currentTimeMillis(),
              conv,
              ChatTypes.GROUP,
              talker.id(),
              group,
              msgId,
              1,
              owner.id()));
      JsonNode push = everyone.await(recallOf(msgId));
      List<Long> receivers = new java.util.ArrayList<>();
      push.path("userIds").forEach(n -> receivers.add(n.asLong()));
      assertThat(receivers).containsExactlyInAnyOrder(owner.id(), talker.id(), other.id());
      assertThat(push.path("data").path("recalledBy").asText())
          .isEqualTo(Long.toString(owner.id()));
    }
  }
}
