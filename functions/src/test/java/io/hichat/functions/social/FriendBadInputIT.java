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
import io.hichat.model.route.SocialRoutes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each friend endpoint with missing fields, wrong types, malformed JSON and ids that are not ids: a
 * 400 with a code, and nothing stored changes.
 */
class FriendBadInputIT {

  record Case(String method, String path, String body, ErrorCode code) {}

  @Test
  void badInput_isA400WithACode_andChangesNothing() {
    TestUser ada = Users.register(API, "Ada");
    TestUser bob = Users.register(API, "Bob");
    TestUser cyd = Users.register(API, "Cyd");
    befriend(ada, bob);
    String pending = request(cyd, ada);
    String bobId = "\"" + bob.id() + "\"";
    String longText = "\"" + "x".repeat(256) + "\"";
    String remark65 = "\"" + "r".repeat(65) + "\"";
    List<Case> cases = new ArrayList<>();
    // S1
    bad(cases, "POST", "/friend/putIn", "{}");
    bad(cases, "POST", "/friend/putIn", "{\"user_uid\":" + bob.id() + "}");
    bad(cases, "POST", "/friend/putIn", "{\"user_uid\":\"bob\"}");
    bad(cases, "POST", "/friend/putIn", "{\"user_uid\":\"-3\"}");
    bad(cases, "POST", "/friend/putIn", "{\"user_uid\":\"" + cyd.id() + "\",\"req_msg\":5}");
    bad(
        cases,
        "POST",
        "/friend/putIn",
        "{\"user_uid\":\"" + cyd.id() + "\",\"req_msg\":" + longText + "}");
    bad(
        cases,
        "POST",
        "/friend/putIn",
        "{\"user_uid\":\"" + cyd.id() + "\",\"remark\":" + remark65 + "}");
    // S2
    bad(cases, "PUT", "/friend/putIn", "{}");
    bad(cases, "PUT", "/friend/putIn", "{\"request_id\":\"" + pending + "\"}");
    bad(
        cases,
        "PUT",
        "/friend/putIn",
        "{\"request_id\":\"" + pending + "\",\"handle_result\":\"1\"}");
    bad(
        cases,
        "PUT",
        "/friend/putIn",
        "{\"request_id\":\"" + pending + "\",\"handle_result\":1.5}");
    bad(cases, "PUT", "/friend/putIn", "{\"request_id\":\"" + pending + "\",\"handle_result\":3}");
    bad(cases, "PUT", "/friend/putIn", "{\"request_id\":" + pending + ",\"handle_result\":1}");
    bad(cases, "PUT", "/friend/putIn", "{\"request_id\":\"r" + pending + "\",\"handle_result\":1}");
    bad(cases, "PUT", "/friend/putIn", "{\"friend_req_id\":\"abc\",\"handle_result\":1}");
    bad(
        cases,
        "PUT",
        "/friend/putIn",
        "{\"request_id\":\"" + pending + "\",\"handle_result\":1,\"tags\":[1]}");
    bad(
        cases,
        "PUT",
        "/friend/putIn",
        "{\"request_id\":\"" + pending + "\",\"handle_result\":1,\"tags\":[\" \"]}");
    bad(
        cases,
        "PUT",
        "/friend/putIn",
        "{\"request_id\":\"" + pending + "\",\"handle_result\":1,\"remark\":" + remark65 + "}");
    bad(
        cases,
        "PUT",
        "/friend/putIn",
        "{\"request_id\":\"" + pending + "\",\"handle_result\":2,\"handle_msg\":" + longText + "}");
    // S3
    bad(cases, "PUT", "/friend/putIn/read", "{\"request_ids\":[" + pending + "]}");
    bad(cases, "PUT", "/friend/putIn/read", "{\"request_ids\":[\"x\"]}");
    bad(cases, "PUT", "/friend/putIn/read", "{\"request_ids\":{}}");
    bad(cases, "PUT", "/friend/putIn/read", "{\"friend_req_id\":-1}");
    bad(
        cases,
        "PUT",
        "/friend/putIn/read",
        "{\"request_ids\":[" + "\"1\",".repeat(100) + "\"1\"]}");
    // S4 (query)
    bad(cases, "GET", "/friend/putIns?class=1&status=x", null);
    bad(cases, "GET", "/friend/putIns?class=1&size=0", null);
    bad(cases, "GET", "/friend/putIns?status=1", null);
    // S5
    bad(cases, "POST", "/friend/putIn/delete", "{}");
    bad(cases, "POST", "/friend/putIn/delete", "{\"request_id\":\"abc\"}");
    bad(cases, "POST", "/friend/putIn/delete", "{\"friend_req_id\":\"" + pending + "\"}");
    bad(cases, "POST", "/friend/putIn/delete", "{\"friend_req_id\":0}");
    // S7–S16
    bad(cases, "POST", "/friend/remark", "{\"friend_uid\":" + bobId + "}");
    bad(cases, "POST", "/friend/remark", "{\"friend_uid\":" + bobId + ",\"remark\":5}");
    bad(
        cases,
        "POST",
        "/friend/remark",
        "{\"friend_uid\":" + bobId + ",\"remark\":" + remark65 + "}");
    bad(cases, "POST", "/friend/remark", "{\"remark\":\"x\"}");
    bad(cases, "POST", "/friend/delete", "{}");
    bad(cases, "POST", "/friend/delete", "{\"friend_uid\":" + bob.id() + "}");
    bad(cases, "POST", "/friend/block", "{\"friend_uid\":" + bobId + "}");
    bad(cases, "POST", "/friend/block", "{\"friend_uid\":" + bobId + ",\"block\":\"true\"}");
    bad(cases, "POST", "/friend/momentsPermission", "{\"friend_uid\":" + bobId + "}");
    bad(
        cases,
        "POST",
        "/friend/momentsPermission",
        "{\"friend_uid\":" + bobId + ",\"permission\":3}");
    bad(
        cases,
        "POST",
        "/friend/momentsPermission",
        "{\"friend_uid\":" + bobId + ",\"permission\":\"1\"}");
    bad(cases, "POST", "/friend/notification", "{\"friend_uid\":" + bobId + "}");
    bad(cases, "POST", "/friend/notification", "{\"friend_uid\":" + bobId + ",\"enabled\":1}");
    bad(cases, "POST", "/friend/pin", "{\"friend_uid\":" + bobId + ",\"pinned\":\"yes\"}");
    bad(cases, "POST", "/friend/mute", "{\"friend_uid\":" + bobId + ",\"muted\":null}");
    bad(cases, "POST", "/friend/tags", "{\"friend_uid\":" + bobId + "}");
    bad(cases, "POST", "/friend/tags", "{\"friend_uid\":" + bobId + ",\"tags\":[\"\"]}");
    bad(cases, "POST", "/friend/tags", "{\"friend_uid\":" + bobId + ",\"tags\":[{}]}");
    bad(
        cases,
        "POST",
        "/friend/tags",
        "{\"friend_uid\":" + bobId + ",\"tags\":[\"" + "t".repeat(33) + "\"]}");
    List<String> tags21 = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      tags21.add("\"t" + i + "\"");
    }
    bad(
        cases,
        "POST",
        "/friend/tags",
        "{\"friend_uid\":" + bobId + ",\"tags\":[" + String.join(",", tags21) + "]}");
    bad(cases, "POST", "/friend/report", "{\"friend_uid\":" + bobId + ",\"reason\":5}");
    bad(
        cases,
        "POST",
        "/friend/report",
        "{\"friend_uid\":" + bobId + ",\"reason\":\"" + "x".repeat(513) + "\"}");
    bad(cases, "POST", "/friend/share", "{\"target_uid\":" + bobId + "}");
    bad(cases, "POST", "/friend/share", "{\"friend_uid\":" + bobId + ",\"target_uid\":\"x\"}");
    // malformed bodies
    for (String path : List.of("/friend/putIn", "/friend/remark", "/friend/tags")) {
      cases.add(new Case("POST", path, "{\"friend_uid\":", ErrorCode.MALFORMED_JSON));
      cases.add(new Case("POST", path, "", ErrorCode.MALFORMED_JSON));
    }
    cases.add(new Case("PUT", "/friend/putIn", "[1]", ErrorCode.BAD_REQUEST));
    String before = snapshot(List.of(ada, bob, cyd));

    for (Case c : cases) {
      Api.Resp r =
          c.method().equals("GET")
              ? API.get(SocialRoutes.PREFIX + c.path(), ada.token())
              : API.json(c.method(), SocialRoutes.PREFIX + c.path(), c.body(), ada.token());
      assertThat(r.status()).as(c + " -> " + r.raw()).isEqualTo(400);
      assertThat(r.code()).as(c + " -> " + r.raw()).isEqualTo(c.code().code());
      assertThat(r.data().isNull()).as(c.toString()).isTrue();
    }

    assertThat(snapshot(List.of(ada, bob, cyd))).isEqualTo(before);
  }

  private static void bad(List<Case> cases, String method, String path, String body) {
    cases.add(new Case(method, path, body, ErrorCode.BAD_REQUEST));
  }
}
