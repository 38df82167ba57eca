package io.hichat.functions.social;

import static io.hichat.functions.social.FriendSteps.API;
import static io.hichat.functions.social.FriendSteps.COUNT;
import static io.hichat.functions.social.FriendSteps.DB;
import static io.hichat.functions.social.FriendSteps.HIDE;
import static io.hichat.functions.social.FriendSteps.READ;
import static io.hichat.functions.social.FriendSteps.apply;
import static io.hichat.functions.social.FriendSteps.befriend;
import static io.hichat.functions.social.FriendSteps.counts;
import static io.hichat.functions.social.FriendSteps.friend;
import static io.hichat.functions.social.FriendSteps.friendIds;
import static io.hichat.functions.social.FriendSteps.handle;
import static io.hichat.functions.social.FriendSteps.outbox;
import static io.hichat.functions.social.FriendSteps.pendingBetween;
import static io.hichat.functions.social.FriendSteps.request;
import static io.hichat.functions.social.FriendSteps.requests;
import static io.hichat.functions.social.FriendSteps.rowsBetween;
import static io.hichat.functions.social.FriendSteps.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** S1–S6, friend requests, over HTTP through the local gateway against the real MySQL. */
class FriendRequestsIT {

  // ---- S1 create

  @Test
  void apply_createsOnePendingRequest_aReceiptAndANotificationForTheTarget() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");

    Api.Resp r = apply(ada, bob, "\"req_msg\":\"hello Bob\",\"remark\":\"Bobby\"");

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(r.data().path("status").asText()).isEqualTo("pending");
    assertThat(r.data().path("already_pending").asBoolean()).isFalse();
    assertThat(r.data().path("already_friend").asBoolean()).isFalse();
    String id = r.data().path("request_id").asText();
    assertThat(pendingBetween(ada, bob)).isEqualTo(1);
    assertThat(counts(bob).path("apply").asLong()).isEqualTo(1);
    assertThat(counts(bob).path("count").asLong()).isEqualTo(1);
    assertThat(counts(ada).path("count").asLong()).isZero();
    assertThat(outbox(Topics.NOTIFY_COMMON, Long.toString(bob.id()))).isEqualTo(1);
    assertThat(
            DB.sql("SELECT payload FROM outbox WHERE topic = ? AND msg_key = ?")
                .params(Topics.NOTIFY_COMMON, Long.toString(bob.id()))
                .query(String.class)
                .single())
        .contains("\"notifyType\":\"friend.apply\"")
        .contains("\"bizId\":\"friend:" + id + ":apply\"")
        .contains("\"actorId\":" + ada.id())
        .contains("\"content\":\"hello Bob\"");
  }

  @Test
  void applyAgainWhilePending_returnsTheSameRequest_withoutANewRowOrNotification() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    String first = request(ada, bob);

    Api.Resp again = apply(ada, bob, "\"req_msg\":\"second try\"");

    assertThat(again.status()).as(again.raw()).isEqualTo(200);
    assertThat(again.data().path("request_id").asText()).isEqualTo(first);
    assertThat(again.data().path("already_pending").asBoolean()).isTrue();
    assertThat(again.data().path("status").asText()).isEqualTo("pending");
    assertThat(pendingBetween(ada, bob)).isEqualTo(1);
    assertThat(outbox(Topics.NOTIFY_COMMON, Long.toString(bob.id()))).isEqualTo(1);
    assertThat(counts(bob).path("apply").asLong()).isEqualTo(1);
  }

  @Test
  void applyToAFriend_saysAlreadyFriend_andWritesNothing() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    befriend(ada, bob);
    String before = snapshot(List.of(ada, bob));

    Api.Resp r = apply(bob, ada, null);

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(r.data().path("already_friend").asBoolean()).isTrue();
    assertThat(r.data().path("request_id").asText()).isEmpty();
    assertThat(snapshot(List.of(ada, bob))).isEqualTo(before);
  }

  @Test
  void applyWhileTheTargetsRequestIsPending_acceptsIt_andBothAreFriends() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    String adas = request(ada, bob);

    Api.Resp r = apply(bob, ada, "\"remark\":\"Ada from work\"");

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(r.data().path("status").asText()).isEqualTo("accepted");
    assertThat(r.data().path("request_id").asText()).isEqualTo(adas);
    assertThat(pendingBetween(ada, bob)).isZero();
    assertThat(friendIds(ada)).containsExactly(bob.id());
    assertThat(friendIds(bob)).containsExactly(ada.id());
    assertThat(friend(bob, ada).path("remark").asText()).isEqualTo("Ada from work");
    assertThat(counts(bob).path("apply").asLong()).as("bob's receipt is resolved").isZero();
    assertThat(counts(ada).path("result").asLong()).isEqualTo(1);
    assertThat(
            DB.sql("SELECT COUNT(*) FROM outbox WHERE topic = ? AND payload LIKE ?")
                .params(Topics.NOTIFY_COMMON, "%friend:" + adas + ":accept%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void applyToSelf_is400_toNobody_is404_andBadIds_are400() {
    TestUser ada = Users.register(API, "Ada");
    String before = snapshot(List.of(ada));

    Api.Resp self = apply(ada, ada, null);
    Api.Resp nobody =
        API.post(FriendSteps.PUT_IN, "{\"user_uid\":\"" + Long.MAX_VALUE + "\"}", ada.token());
    Api.Resp word = API.post(FriendSteps.PUT_IN, "{\"user_uid\":\"bob\"}", ada.token());
    Api.Resp number = API.post(FriendSteps.PUT_IN, "{\"user_uid\":42}", ada.token());

    assertThat(self.status()).isEqualTo(400);
    assertThat(self.code()).isEqualTo(ErrorCode.CANNOT_BEFRIEND_SELF.code());
    assertThat(nobody.status()).isEqualTo(404);
    assertThat(nobody.code()).isEqualTo(ErrorCode.USER_NOT_FOUND.code());
    assertThat(word.code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
    assertThat(number.code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
    assertThat(snapshot(List.of(ada))).isEqualTo(before);
  }

  @Test
  void blockedUser_cannotAskAgainAfterTheFriendshipEnds_butTheBlockerCan() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    befriend(ada, bob);
    assertThat(
            API.post("/v1/social/friend/block", body(bob, "\"block\":true"), ada.token()).status())
        .isEqualTo(200);
    assertThat(API.post("/v1/social/friend/delete", body(ada, null), bob.token()).status())
        .isEqualTo(200);
    String before = snapshot(List.of(ada, bob));

    Api.Resp blocked = apply(bob, ada, null);

    assertThat(blocked.status()).as(blocked.raw()).isEqualTo(403);
    assertThat(blocked.code()).isEqualTo(ErrorCode.FRIEND_BLOCKED.code());
    assertThat(snapshot(List.of(ada, bob))).isEqualTo(before);

    String adas = request(ada, bob);
    assertThat(handle(bob, adas, 1, null).status()).isEqualTo(200);
    assertThat(friend(ada, bob).path("blacklisted").asBoolean())
        .as("asking lifted ada's block")
        .isFalse();
  }

  // ---- S2 handle

  @Test
  void accept_makesBothRows_withTheHandlersRemarkAndTags_andTheApplicantsPresetRemark() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    String id = apply(ada, bob, "\"remark\":\"Bobby\"").data().path("request_id").asText();

    Api.Resp r =
        handle(
            bob,
            id,
            1,
            "\"remark\":\"Ada L.\",\"tags\":[\"work\",\"chess\"],\"handle_msg\":\"hi\"");

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(r.data().path("request_id").asText()).isEqualTo(id);
    assertThat(r.data().path("handle_result").asInt()).isEqualTo(1);
    assertThat(r.data().path("idempotent").asBoolean()).isFalse();
    JsonNode bobsAda = friend(bob, ada);
    assertThat(bobsAda.path("remark").asText()).isEqualTo("Ada L.");
    assertThat(bobsAda.path("friend_tags").toString()).isEqualTo("[\"work\",\"chess\"]");
    JsonNode adasBob = friend(ada, bob);
    assertThat(adasBob.path("remark").asText()).isEqualTo("Bobby");
    assertThat(adasBob.path("friend_tags").size()).isZero();
    assertThat(rowsBetween(ada, bob)).isEqualTo(2);
    assertThat(counts(ada).path("result").asLong()).isEqualTo(1);
    assertThat(counts(bob).path("apply").asLong()).isZero();
  }

  @Test
  void presetRemark_fromTheRequest_landsOnTheApplicantsRow() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    String id = apply(ada, bob, "\"remark\":\"Bob (gym)\"").data().path("request_id").asText();

    handle(bob, id, 1, null);

    assertThat(friend(ada, bob).path("remark").asText()).isEqualTo("Bob (gym)");
    assertThat(friend(bob, ada).path("remark").asText()).isEmpty();
  }

  @Test
  void sameAnswerAgain_isIdempotent_andAnotherAnswerIs409_bothWritingNothing() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    String id = befriend(ada, bob);
    String before = snapshot(List.of(ada, bob));

    Api.Resp again = handle(bob, id, 1, null);
    Api.Resp other = handle(bob, id, 2, null);

    assertThat(again.status()).as(again.raw()).isEqualTo(200);
    assertThat(again.data().path("idempotent").asBoolean()).isTrue();
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.code()).isEqualTo(ErrorCode.FRIEND_REQUEST_HANDLED.code());
    assertThat(snapshot(List.of(ada, bob))).isEqualTo(before);
  }

  @Test
  void reject_leavesThemStrangers_notifiesTheApplicant_andTheyMayAskAgain() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    String id = request(ada, bob);

    Api.Resp r = handle(bob, id, 2, "\"handle_msg\":\"sorry\"");

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(rowsBetween(ada, bob)).isZero();
    assertThat(pendingBetween(ada, bob)).isZero();
    assertThat(counts(ada).path("result").asLong()).isEqualTo(1);
    JsonNode sent = requests(ada, "class=0").data().path("list").get(0);
    assertThat(sent.path("status").asText()).isEqualTo("rejected");
    assertThat(sent.path("handle_msg").asText()).isEqualTo("sorry");
    assertThat(sent.path("handled_at").asLong()).isPositive();
    assertThat(sent.path("read_state").asInt()).isZero();
    assertThat(
            DB.sql("SELECT COUNT(*) FROM outbox WHERE topic = ? AND payload LIKE ?")
                .params(Topics.NOTIFY_COMMON, "%friend:" + id + ":reject%")
                .query(Long.class)
                .single())
        .isEqualTo(1);

    String second = request(ada, bob);
    assertThat(second).isNotEqualTo(id);
  }

  @Test
  void handleByTheApplicantOrAStranger_is404_andHandleResultMustBe1Or2() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    TestUser eve = Users.register(API, "Eve");
    String id = request(ada, bob);
    String before = snapshot(List.of(ada, bob, eve));

    for (TestUser notTarget : List.of(ada, eve)) {
      Api.Resp r = handle(notTarget, id, 1, null);
      assertThat(r.status()).as(r.raw()).isEqualTo(404);
      assertThat(r.code()).isEqualTo(ErrorCode.FRIEND_REQUEST_NOT_FOUND.code());
    }
    for (int bad : new int[] {0, 3, -1}) {
      assertThat(handle(bob, id, bad, null).code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
    }
    assertThat(handle(bob, "999999999999", 1, null).status()).isEqualTo(404);
    assertThat(snapshot(List.of(ada, bob, eve))).isEqualTo(before);
  }

  @Test
  void legacyFriendReqId_namesTheRequestToo() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    String id = request(ada, bob);

    Api.Resp r =
        API.put(
            FriendSteps.PUT_IN, "{\"friend_req_id\":" + id + ",\"handle_result\":1}", bob.token());

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(rowsBetween(ada, bob)).isEqualTo(2);
  }

  // ---- S4 list

  @Test
  void lists_showSentAndReceived_withThePeersPublicProfile() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    String id = request(ada, bob);

    JsonNode received = requests(bob, "class=1").data();
    JsonNode sent = requests(ada, "class=0").data();

    assertThat(received.path("total").asLong()).isEqualTo(1);
    JsonNode in = received.path("list").get(0);
    assertThat(in.path("request_id").asText()).isEqualTo(id);
    assertThat(in.path("id").asLong()).isEqualTo(Long.parseLong(id));
    assertThat(in.path("user_id").asText()).isEqualTo(Long.toString(ada.id()));
    assertThat(in.path("req_uid").asText()).isEqualTo(Long.toString(bob.id()));
    assertThat(in.path("peer_uid").asText()).isEqualTo(Long.toString(ada.id()));
    assertThat(in.path("nickname").asText()).isEqualTo("Ada");
    assertThat(in.path("phone").asText()).isEmpty();
    assertThat(in.path("email").asText()).isEmpty();
    assertThat(in.path("actionable").asBoolean()).isTrue();
    assertThat(in.path("read_state").asInt()).isZero();
    assertThat(in.path("handle_result").asInt()).isZero();
    assertThat(in.path("status").asText()).isEqualTo("pending");
    assertThat(in.path("message_status").asInt()).isEqualTo(1);
    assertThat(in.path("req_msg").asText()).isEqualTo("hi " + bob.id());
    assertThat(in.path("req_time").asLong())
        .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
    JsonNode out = sent.path("list").get(0);
    assertThat(out.path("peer_uid").asText()).isEqualTo(Long.toString(bob.id()));
    assertThat(out.path("nickname").asText()).isEqualTo("Bob");
    assertThat(out.path("actionable").asBoolean()).isFalse();
    assertThat(requests(bob, "class=0").data().path("total").asLong()).isZero();
  }

  @Test
  void list_filtersByStatus_andPages_newestFirst() {
    TestUser ada = Users.register(API, "Ada");
    TestUser b1 = Users.register(API, "B1");
    TestUser b2 = Users.register(API, "B2");
    TestUser b3 = Users.register(API, "B3");
    String r1 = request(ada, b1);
    String r2 = request(ada, b2);
    String r3 = request(ada, b3);
    handle(b2, r2, 1, null);

    JsonNode page1 = requests(ada, "class=0&page=1&size=2").data();
    JsonNode page2 = requests(ada, "class=0&page=2&size=2").data();
    JsonNode pending = requests(ada, "class=0&status=0").data();
    JsonNode accepted = requests(ada, "class=0&type=1").data();

    assertThat(page1.path("total").asLong()).isEqualTo(3);
    assertThat(page1.path("list").get(0).path("request_id").asText()).isEqualTo(r3);
    assertThat(page1.path("list").get(1).path("request_id").asText()).isEqualTo(r2);
    assertThat(page2.path("list").size()).isEqualTo(1);
    assertThat(page2.path("list").get(0).path("request_id").asText()).isEqualTo(r1);
    assertThat(pending.path("total").asLong()).isEqualTo(2);
    assertThat(accepted.path("total").asLong()).isEqualTo(1);
    assertThat(accepted.path("list").get(0).path("status_text").asText()).isEqualTo("已同意");
  }

  @Test
  void list_needsAClass_andChecksItsNumbers() {
    TestUser ada = Users.register(API, "Ada");

    for (String query :
        List.of(
            "",
            "class=2",
            "class=x",
            "class=0&status=4",
            "class=0&size=101",
            "class=0&page=0",
            "class=0&size=abc")) {
      Api.Resp r = requests(ada, query);
      assertThat(r.status()).as(query + " " + r.raw()).isEqualTo(400);
      assertThat(r.code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
    }
  }

  // ---- S3 read, S5 hide, S6 counts

  @Test
  void read_marksOnlyTheNamedRequests_andNoIdsMarksAll() {
    TestUser bob = Users.register(API, "Bob");
    TestUser a1 = Users.register(API, "A1");
    TestUser a2 = Users.register(API, "A2");
    String r1 = request(a1, bob);
    request(a2, bob);
    assertThat(counts(bob).path("apply").asLong()).isEqualTo(2);

    Api.Resp one = API.put(READ, "{\"request_ids\":[\"" + r1 + "\"]}", bob.token());

    assertThat(one.status()).as(one.raw()).isEqualTo(200);
    assertThat(one.data().path("apply").asLong()).isEqualTo(1);
    assertThat(one.data().path("count").asLong()).isEqualTo(1);
    JsonNode list = requests(bob, "class=1").data().path("list");
    assertThat(list.get(0).path("read_state").asInt()).isZero();
    assertThat(list.get(1).path("read_state").asInt()).isEqualTo(1);

    Api.Resp all = API.put(READ, "{}", bob.token());

    assertThat(all.data().path("count").asLong()).isZero();
    assertThat(API.get(COUNT, bob.token()).data().path("apply").asLong()).isZero();
  }

  @Test
  void readOfAnotherUsersRequest_is404_andMarksNothing() {
    TestUser bob = Users.register(API, "Bob");
    TestUser ada = Users.register(API, "Ada");
    TestUser eve = Users.register(API, "Eve");
    String mine = request(ada, bob);
    String theirs = request(ada, eve);
    String before = snapshot(List.of(ada, bob, eve));

    Api.Resp r =
        API.put(READ, "{\"request_ids\":[\"" + mine + "\",\"" + theirs + "\"]}", bob.token());

    assertThat(r.status()).as(r.raw()).isEqualTo(404);
    assertThat(r.code()).isEqualTo(ErrorCode.FRIEND_REQUEST_NOT_FOUND.code());
    assertThat(snapshot(List.of(ada, bob, eve))).isEqualTo(before);
  }

  @Test
  void hide_removesTheRequestFromTheCallersListOnly_andReadsItsReceipt() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    String id = request(ada, bob);

    Api.Resp r = API.post(HIDE, "{\"request_id\":\"" + id + "\"}", bob.token());

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(requests(bob, "class=1").data().path("total").asLong()).isZero();
    assertThat(requests(ada, "class=0").data().path("total").asLong()).isEqualTo(1);
    assertThat(counts(bob).path("apply").asLong()).isZero();
    assertThat(pendingBetween(ada, bob)).as("hiding is not rejecting").isEqualTo(1);
    assertThat(API.post(HIDE, "{\"friend_req_id\":" + id + "}", bob.token()).status())
        .as("hiding twice")
        .isEqualTo(200);
  }

  @Test
  void hideOfAnotherUsersRequest_is404_andChangesNothing() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    TestUser eve = Users.register(API, "Eve");
    String id = request(ada, bob);
    String before = snapshot(List.of(ada, bob, eve));

    Api.Resp r = API.post(HIDE, "{\"request_id\":\"" + id + "\"}", eve.token());

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.code()).isEqualTo(ErrorCode.FRIEND_REQUEST_NOT_FOUND.code());
    assertThat(snapshot(List.of(ada, bob, eve))).isEqualTo(before);
  }

  static String body(TestUser friend, String more) {
    return "{\"friend_uid\":\"" + friend.id() + "\"" + (more == null ? "" : "," + more) + "}";
  }
}
