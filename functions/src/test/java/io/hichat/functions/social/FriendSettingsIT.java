package io.hichat.functions.social;

import static io.hichat.functions.social.FriendSteps.API;
import static io.hichat.functions.social.FriendSteps.DB;
import static io.hichat.functions.social.FriendSteps.ONLINE;
import static io.hichat.functions.social.FriendSteps.befriend;
import static io.hichat.functions.social.FriendSteps.friend;
import static io.hichat.functions.social.FriendSteps.friendIds;
import static io.hichat.functions.social.FriendSteps.friends;
import static io.hichat.functions.social.FriendSteps.request;
import static io.hichat.functions.social.FriendSteps.rowsBetween;
import static io.hichat.functions.social.FriendSteps.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.delivery.Presence;
import io.hichat.model.event.RelationEvent;
import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import tools.jackson.databind.JsonNode;

/** S7–S18, the caller's friends and their settings, over HTTP against MySQL and Redis. */
class FriendSettingsIT {

  record Setting(String path, String fields, String jsonField, String expected) {}

  static final List<Setting> SETTINGS =
      List.of(
          new Setting("/v1/social/friend/remark", "\"remark\":\"Bobby\"", "remark", "\"Bobby\""),
          new Setting("/v1/social/friend/block", "\"block\":true", "blacklisted", "true"),
          new Setting(
              "/v1/social/friend/momentsPermission", "\"permission\":2", "moments_permission", "2"),
          new Setting(
              "/v1/social/friend/notification", "\"enabled\":false", "notify_enabled", "false"),
          new Setting("/v1/social/friend/pin", "\"pinned\":true", "pinned", "true"),
          new Setting("/v1/social/friend/mute", "\"muted\":true", "muted", "true"),
          new Setting(
              "/v1/social/friend/tags",
              "\"tags\":[\"work\",\" gym \",\"work\"]",
              "friend_tags",
              "[\"work\",\"gym\"]"));

  @Test
  void eachSetting_changesTheCallersRowOnly_andSettingItTwiceIsFine() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    befriend(ada, bob);
    JsonNode bobsViewBefore = friend(bob, ada);

    for (Setting s : SETTINGS) {
      for (int i = 0; i < 2; i++) {
        Api.Resp r = API.post(s.path(), body(bob, s.fields()), ada.token());
        assertThat(r.status()).as(s.path() + " " + r.raw()).isEqualTo(200);
        assertThat(r.data().toString()).isEqualTo("{}");
      }
      assertThat(friend(ada, bob).path(s.jsonField()).toString())
          .as(s.path())
          .isEqualTo(s.expected());
    }
    assertThat(friend(bob, ada)).as("bob's row is bob's").isEqualTo(bobsViewBefore);
  }

  @Test
  void settingsReset_remarkClears_tagsEmpty_unblock_permissionBack() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    befriend(ada, bob);
    for (Setting s : SETTINGS) {
      API.post(s.path(), body(bob, s.fields()), ada.token());
    }

    API.post("/v1/social/friend/remark", body(bob, "\"remark\":\"\""), ada.token());
    API.post("/v1/social/friend/tags", body(bob, "\"tags\":[]"), ada.token());
    API.post("/v1/social/friend/block", body(bob, "\"block\":false"), ada.token());
    API.post("/v1/social/friend/momentsPermission", body(bob, "\"permission\":0"), ada.token());

    JsonNode f = friend(ada, bob);
    assertThat(f.path("remark").asText()).isEmpty();
    assertThat(f.path("friend_tags").size()).isZero();
    assertThat(f.path("blacklisted").asBoolean()).isFalse();
    assertThat(f.path("moments_permission").asInt()).isZero();
    assertThat(
            DB.sql("SELECT COUNT(*) FROM friend_blocks WHERE user_id = ?")
                .param(ada.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void settingsOnANonFriend_are404_andWriteNothing() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    request(ada, bob); // pending is not friends
    String before = snapshot(List.of(ada, bob));

    for (Setting s : SETTINGS) {
      Api.Resp r = API.post(s.path(), body(bob, s.fields()), ada.token());
      assertThat(r.status()).as(s.path() + " " + r.raw()).isEqualTo(404);
      assertThat(r.code()).isEqualTo(ErrorCode.NOT_FRIENDS.code());
    }
    for (String path :
        List.of(
            "/v1/social/friend/delete", "/v1/social/friend/report", "/v1/social/friend/share")) {
      Api.Resp r = API.post(path, body(bob, null), ada.token());
      assertThat(r.status()).as(path + " " + r.raw()).isEqualTo(404);
      assertThat(r.code()).isEqualTo(ErrorCode.NOT_FRIENDS.code());
    }
    assertThat(snapshot(List.of(ada, bob))).isEqualTo(before);
  }

  // ---- S8 delete

  @Test
  void delete_removesBothDirections_publishesFriendDeletedOnThePairsKey_andIsThen404() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    befriend(ada, bob);
    String key = "f:" + Math.min(ada.id(), bob.id()) + ":" + Math.max(ada.id(), bob.id());

    Api.Resp r = API.post("/v1/social/friend/delete", body(bob, null), ada.token());

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(rowsBetween(ada, bob)).isZero();
    assertThat(friendIds(ada)).isEmpty();
    assertThat(friendIds(bob)).isEmpty();
    List<String> events =
        DB.sql("SELECT payload FROM outbox WHERE topic = ? AND msg_key = ? ORDER BY id")
            .params(Topics.SOCIAL_RELATION, key)
            .query(String.class)
            .list();
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).contains(RelationEvent.FRIEND_ADDED);
    assertThat(events.get(1))
        .contains("\"eventType\":\"" + RelationEvent.FRIEND_DELETED + "\"")
        .contains("\"operatorId\":" + ada.id());
    Api.Resp again = API.post("/v1/social/friend/delete", body(ada, null), bob.token());
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.code()).isEqualTo(ErrorCode.NOT_FRIENDS.code());
  }

  // ---- S15 report, S16 share

  @Test
  void report_storesTheReasonOnce_perCall() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    befriend(ada, bob);

    Api.Resp r =
        API.post("/v1/social/friend/report", body(bob, "\"reason\":\"spam\""), ada.token());
    Api.Resp noReason = API.post("/v1/social/friend/report", body(bob, null), ada.token());
    Api.Resp tooLong =
        API.post(
            "/v1/social/friend/report",
            body(bob, "\"reason\":\"" + "x".repeat(513) + "\""),
            ada.token());

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(noReason.status()).isEqualTo(200);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(
            DB.sql(
                    "SELECT reason FROM friend_reports WHERE reporter_uid = ? AND target_uid = ?"
                        + " ORDER BY id")
                .params(ada.id(), bob.id())
                .query(String.class)
                .list())
        .containsExactly("spam", "");
  }

  @Test
  void share_checksBothAreFriends_andChangesNothing() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    TestUser cyd = Users.register(API, "Cyd");
    TestUser eve = Users.register(API, "Eve");
    befriend(ada, bob);
    befriend(ada, cyd);
    String before = snapshot(List.of(ada, bob, cyd, eve));

    Api.Resp ok =
        API.post(
            "/v1/social/friend/share",
            body(bob, "\"target_uid\":\"" + cyd.id() + "\""),
            ada.token());
    Api.Resp toStranger =
        API.post(
            "/v1/social/friend/share",
            body(bob, "\"target_uid\":\"" + eve.id() + "\""),
            ada.token());
    Api.Resp toSelf =
        API.post(
            "/v1/social/friend/share",
            body(bob, "\"target_uid\":\"" + bob.id() + "\""),
            ada.token());

    assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
    assertThat(toStranger.status()).isEqualTo(404);
    assertThat(toStranger.code()).isEqualTo(ErrorCode.NOT_FRIENDS.code());
    assertThat(toSelf.status()).isEqualTo(400);
    assertThat(snapshot(List.of(ada, bob, cyd, eve))).isEqualTo(before);
  }

  // ---- S17 list, S18 online

  @Test
  void friendList_showsEachFriendsPublicProfile_pinnedFirst() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    TestUser cyd = Users.register(API, "Cyd");
    befriend(ada, bob);
    befriend(cyd, ada);
    API.put(
        "/api/v1/user/update",
        "{\"introduction\":\"cook\",\"region\":\"south\",\"sex\":2}",
        cyd.token());
    API.post("/v1/social/friend/pin", body(cyd, "\"pinned\":true"), ada.token());

    List<JsonNode> list = friends(ada);

    assertThat(list).hasSize(2);
    JsonNode first = list.get(0);
    assertThat(first.path("id").asText()).isEqualTo(Long.toString(cyd.id()));
    assertThat(first.path("friend_uid").asText()).isEqualTo(Long.toString(cyd.id()));
    assertThat(first.path("nickname").asText()).isEqualTo("Cyd");
    assertThat(first.path("introduction").asText()).isEqualTo("cook");
    assertThat(first.path("region").asText()).isEqualTo("south");
    assertThat(first.path("sex").asInt()).isEqualTo(2);
    assertThat(first.path("status").asInt()).isEqualTo(1);
    assertThat(first.path("tags").asText()).isEqualTo("[]");
    assertThat(first.path("phone").asText()).isEmpty();
    assertThat(first.path("email").asText()).isEmpty();
    assertThat(first.path("last_login").asText()).isEmpty();
    assertThat(first.path("pinned").asBoolean()).isTrue();
    assertThat(first.path("notify_enabled").asBoolean()).isTrue();
    assertThat(list.get(1).path("nickname").asText()).isEqualTo("Bob");
  }

  @Test
  void online_mapsEveryFriendToWhetherTheyHaveALiveConnection() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    TestUser cyd = Users.register(API, "Cyd");
    TestUser eve = Users.register(API, "Eve");
    befriend(ada, bob);
    befriend(ada, cyd);
    connect(bob, System.currentTimeMillis() + Presence.TTL.toMillis());
    connect(cyd, System.currentTimeMillis() - 1000); // a dead connector's leftover
    connect(eve, System.currentTimeMillis() + Presence.TTL.toMillis()); // online, not a friend

    Api.Resp r = API.get(ONLINE, ada.token());

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    JsonNode map = r.data().path("onLineList");
    assertThat(map.size()).isEqualTo(2);
    assertThat(map.path(Long.toString(bob.id())).asBoolean()).isTrue();
    assertThat(map.path(Long.toString(cyd.id())).isBoolean()).isTrue();
    assertThat(map.path(Long.toString(cyd.id())).asBoolean()).isFalse();
    assertThat(API.get(ONLINE, eve.token()).data().path("onLineList").size()).isZero();
  }

  static void connect(TestUser user, long expiresAt) {
    var map =
        TestStack.get()
            .bean(RedissonClient.class)
            .<String, String>getMap(Presence.userKey(user.id()), StringCodec.INSTANCE);
    map.put("conn-" + user.id(), Presence.entry("connector-test", "web", expiresAt));
    map.expire(Duration.ofMinutes(5));
  }

  static String body(TestUser friend, String more) {
    return FriendRequestsIT.body(friend, more);
  }
}
