package io.hichat.functions.social;

import static io.hichat.functions.social.FriendSteps.API;
import static io.hichat.functions.social.FriendSteps.apply;
import static io.hichat.functions.social.FriendSteps.friend;
import static io.hichat.functions.social.FriendSteps.friendIds;
import static io.hichat.functions.social.FriendSteps.handle;
import static io.hichat.functions.social.FriendSteps.rowsBetween;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.KafkaProbe;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.event.NotifyEvent;
import io.hichat.model.event.RelationEvent;
import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * End to end over HTTP through the local gateway: two users become friends and part again, and the
 * events that the notification center and the relation consumers read arrive on Kafka.
 */
class FriendFlowIT {

  static final Duration WAIT = Duration.ofSeconds(15);

  @Test
  void twoUsersBecomeFriends_bothAreNotified_thenPart_andEveryChangeIsPublished() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    try (KafkaProbe notices = new KafkaProbe(Topics.NOTIFY_COMMON);
        KafkaProbe relations = new KafkaProbe(Topics.SOCIAL_RELATION)) {

      // ada asks
      Api.Resp asked = apply(ada, bob, "\"req_msg\":\"it's Ada\",\"remark\":\"Bob\"");
      assertThat(asked.status()).as(asked.raw()).isEqualTo(200);
      String id = asked.data().path("request_id").asText();
      JsonNode apply = one(notices, "friend:" + id + ":apply");
      assertThat(apply.path("notifyType").asText()).isEqualTo(NotifyEvent.FRIEND_APPLY);
      assertThat(apply.path("receiverId").asLong()).isEqualTo(bob.id());
      assertThat(apply.path("actorId").asLong()).isEqualTo(ada.id());
      assertThat(apply.path("content").asText()).isEqualTo("it's Ada");
      JsonNode payload = JsonCodec.strict().readTree(apply.path("payload").asText());
      assertThat(payload.path("requestType").asText()).isEqualTo("friend");
      assertThat(payload.path("requestId").asText()).isEqualTo(id);

      // bob sees it and accepts
      JsonNode received = FriendSteps.requests(bob, "class=1").data().path("list").get(0);
      assertThat(received.path("actionable").asBoolean()).isTrue();
      Api.Resp accepted = handle(bob, id, 1, "\"remark\":\"Ada\"");
      assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);

      JsonNode accept = one(notices, "friend:" + id + ":accept");
      assertThat(accept.path("notifyType").asText()).isEqualTo(NotifyEvent.FRIEND_ACCEPT);
      assertThat(accept.path("receiverId").asLong()).isEqualTo(ada.id());
      assertThat(accept.path("actorId").asLong()).isEqualTo(bob.id());
      JsonNode added = relation(relations, ada, bob, RelationEvent.FRIEND_ADDED);
      assertThat(added.path("friendA").asLong()).isEqualTo(Math.min(ada.id(), bob.id()));
      assertThat(added.path("friendB").asLong()).isEqualTo(Math.max(ada.id(), bob.id()));
      assertThat(added.path("operatorId").asLong()).isEqualTo(bob.id());
      long addedVersion = added.path("version").asLong();
      assertThat(addedVersion).isPositive();

      // both see each other
      assertThat(friendIds(ada)).containsExactly(bob.id());
      assertThat(friendIds(bob)).containsExactly(ada.id());
      assertThat(friend(ada, bob).path("remark").asText()).isEqualTo("Bob");
      assertThat(friend(bob, ada).path("remark").asText()).isEqualTo("Ada");
      assertThat(
              FriendSteps.requests(bob, "class=1")
                  .data()
                  .path("list")
                  .get(0)
                  .path("actionable")
                  .asBoolean())
          .isFalse();

      // ada ends it
      Api.Resp deleted =
          API.post("/v1/social/friend/delete", FriendRequestsIT.body(bob, null), ada.token());
      assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
      JsonNode gone = relation(relations, ada, bob, RelationEvent.FRIEND_DELETED);
      assertThat(gone.path("operatorId").asLong()).isEqualTo(ada.id());
      assertThat(gone.path("version").asLong()).isGreaterThan(addedVersion);
      assertThat(friendIds(ada)).isEmpty();
      assertThat(friendIds(bob)).isEmpty();
      assertThat(rowsBetween(ada, bob)).isZero();

      // nobody was ever notified of their own action
      List<String> mine =
          notices.await(
              v ->
                  v.contains("\"receiverId\":" + ada.id()) && v.contains("\"actorId\":" + ada.id()),
              1,
              Duration.ofSeconds(2));
      assertThat(mine).isEmpty();
    }
  }

  @Test
  void rejectedRequest_notifiesTheApplicantWithTheReason() {
    TestUser ada = Users.register(API, "Ada");
    TestUser cyd = Users.register(API, "Cyd");
    try (KafkaProbe notices = new KafkaProbe(Topics.NOTIFY_COMMON)) {
      String id = FriendSteps.request(ada, cyd);

      assertThat(handle(cyd, id, 2, "\"handle_msg\":\"I don't know you\"").status()).isEqualTo(200);

      JsonNode reject = one(notices, "friend:" + id + ":reject");
      assertThat(reject.path("notifyType").asText()).isEqualTo(NotifyEvent.FRIEND_REJECT);
      assertThat(reject.path("receiverId").asLong()).isEqualTo(ada.id());
      assertThat(reject.path("content").asText()).isEqualTo("I don't know you");
    }
  }

  /** The one event whose text contains {@code marker}. */
  private static JsonNode one(KafkaProbe probe, String marker) {
    return one(probe, v -> v.contains(marker), marker);
  }

  private static JsonNode one(KafkaProbe probe, Predicate<String> match, String what) {
    List<String> found = probe.await(match, 1, WAIT);
    assertThat(found).as("an event: " + what).hasSize(1);
    return JsonCodec.strict().readTree(found.get(0));
  }

  /** The relation event of this type about this pair. */
  private static JsonNode relation(KafkaProbe probe, TestUser a, TestUser b, String type) {
    String pair =
        "\"friendA\":" + Math.min(a.id(), b.id()) + ",\"friendB\":" + Math.max(a.id(), b.id());
    String eventType = "\"eventType\":\"" + type + "\"";
    return one(probe, v -> v.contains(pair) && v.contains(eventType), type + " " + pair);
  }
}
