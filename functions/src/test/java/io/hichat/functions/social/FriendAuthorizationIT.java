package io.hichat.functions.social;

import static io.hichat.functions.social.FriendSteps.API;
import static io.hichat.functions.social.FriendSteps.befriend;
import static io.hichat.functions.social.FriendSteps.request;
import static io.hichat.functions.social.FriendSteps.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import io.hichat.model.route.SocialRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix of the friend endpoints: a user who is not the party to a request or a
 * friendship gets 403 or 404 from every endpoint that names it, sees nothing of it in the lists,
 * and nothing anywhere changes.
 */
class FriendAuthorizationIT {

  record Case(String function, String method, String path, String body, ErrorCode expected) {}

  @Test
  void everyFriendEndpoint_calledByAnOutsider_refusesOrShowsNothing_andChangesNothing() {
    // given: ada and bob are friends, ada asked cyd (pending), and ada blocked mal before
    // ending their friendship
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    TestUser cyd = Users.register(API, "Cyd");
    TestUser mal = Users.register(API, "Mal");
    String accepted = befriend(ada, bob);
    String pending = request(ada, cyd);
    befriend(mal, ada);
    assertThat(API.put(FriendSteps.READ, "{}", mal.token()).status()).isEqualTo(200);
    assertThat(
            API.post("/v1/social/friend/block", body(mal, "\"block\":true"), ada.token()).status())
        .isEqualTo(200);
    assertThat(API.post("/v1/social/friend/delete", body(mal, null), ada.token()).status())
        .isEqualTo(200);
    List<TestUser> everyone = List.of(ada, bob, cyd, mal);
    String before = snapshot(everyone);

    List<Case> cases =
        List.of(
            new Case(
                "friendPutIn",
                "POST",
                "/friend/putIn",
                "{\"user_uid\":\"" + ada.id() + "\"}",
                ErrorCode.FRIEND_BLOCKED),
            new Case(
                "friendPutInHandle",
                "PUT",
                "/friend/putIn",
                "{\"request_id\":\"" + pending + "\",\"handle_result\":1}",
                ErrorCode.FRIEND_REQUEST_NOT_FOUND),
            new Case(
                "friendPutInRead",
                "PUT",
                "/friend/putIn/read",
                "{\"request_ids\":[\"" + accepted + "\"]}",
                ErrorCode.FRIEND_REQUEST_NOT_FOUND),
            new Case(
                "friendPutInDelete",
                "POST",
                "/friend/putIn/delete",
                "{\"request_id\":\"" + pending + "\"}",
                ErrorCode.FRIEND_REQUEST_NOT_FOUND),
            notFriends("friendRemark", "/friend/remark", body(ada, "\"remark\":\"x\"")),
            notFriends("friendDelete", "/friend/delete", body(ada, null)),
            notFriends("friendBlock", "/friend/block", body(ada, "\"block\":true")),
            notFriends(
                "friendMomentsPermission",
                "/friend/momentsPermission",
                body(ada, "\"permission\":2")),
            notFriends(
                "friendNotification", "/friend/notification", body(ada, "\"enabled\":false")),
            notFriends("friendPin", "/friend/pin", body(ada, "\"pinned\":true")),
            notFriends("friendMute", "/friend/mute", body(ada, "\"muted\":true")),
            notFriends("friendTags", "/friend/tags", body(ada, "\"tags\":[\"x\"]")),
            notFriends("friendReport", "/friend/report", body(ada, "\"reason\":\"x\"")),
            notFriends(
                "friendShare", "/friend/share", body(bob, "\"target_uid\":\"" + ada.id() + "\"")));

    // when / then: the outsider is refused
    Set<String> covered = new TreeSet<>();
    for (Case c : cases) {
      Api.Resp r = API.json(c.method(), SocialRoutes.PREFIX + c.path(), c.body(), mal.token());
      assertThat(r.status()).as(c + " " + r.raw()).isEqualTo(c.expected().httpStatus());
      assertThat(r.code()).as(c.toString()).isEqualTo(c.expected().code());
      assertThat(r.status()).isIn(403, 404);
      covered.add(c.function());
    }
    // a party of one request cannot act on another
    Api.Resp bobHandles =
        API.put(
            FriendSteps.PUT_IN,
            "{\"request_id\":\"" + pending + "\",\"handle_result\":2}",
            bob.token());
    assertThat(bobHandles.status()).isEqualTo(404);
    Api.Resp applicantHandles =
        API.put(
            FriendSteps.PUT_IN,
            "{\"request_id\":\"" + pending + "\",\"handle_result\":1}",
            ada.token());
    assertThat(applicantHandles.status()).isEqualTo(404);
    // the reads show the outsider nothing of the others (only mal's own request to ada)
    for (String query : List.of("class=0", "class=1")) {
      Api.Resp list = FriendSteps.requests(mal, query);
      assertThat(list.status()).isEqualTo(200);
      List<String> ids = new ArrayList<>();
      list.data().path("list").forEach(item -> ids.add(item.path("request_id").asText()));
      assertThat(ids).as(query).doesNotContain(accepted, pending);
      assertThat(ids).as(query).hasSizeLessThanOrEqualTo(1);
    }
    covered.add("friendPutInList");
    assertThat(FriendSteps.counts(mal).path("count").asLong()).isZero();
    covered.add("friendPutInMessageCount");
    assertThat(FriendSteps.friends(mal)).isEmpty();
    covered.add("friendList");
    assertThat(API.get(FriendSteps.ONLINE, mal.token()).data().path("onLineList").size()).isZero();
    covered.add("friendOnline");

    assertThat(snapshot(everyone)).isEqualTo(before);
    List<String> socialFunctions = new ArrayList<>();
    for (Route route : RouteCatalog.get().routes()) {
      if (route.path().startsWith(SocialRoutes.PREFIX + "/friend")) {
        socialFunctions.add(route.function());
      }
    }
    assertThat(covered).as("every friend endpoint is in the matrix").containsAll(socialFunctions);
  }

  private static Case notFriends(String function, String path, String body) {
    return new Case(function, "POST", path, body, ErrorCode.NOT_FRIENDS);
  }

  private static String body(TestUser friend, String more) {
    return FriendRequestsIT.body(friend, more);
  }
}
