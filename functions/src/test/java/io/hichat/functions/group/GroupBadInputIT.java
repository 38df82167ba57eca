package io.hichat.functions.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bad input on every group endpoint: a coded 4xx, and nothing written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupBadInputIT {

  final GroupClient g = new GroupClient();
  TestUser owner;
  TestUser member;
  long group;

  @BeforeAll
  void setUp() {
    owner = g.user("Owner");
    member = g.user("Member");
    group = g.create(owner, "Strict input", 0);
    g.join(member, group);
  }

  record Bad(String method, String path, String body, int status, ErrorCode code) {}

  @Test
  void everyEndpoint_answersBadInputWithACode_andWritesNothing() {
    String gj = "\"group_id\":\"" + group + "\"";
    String tooLong = "x".repeat(300);
    List<Bad> cases =
        List.of(
            new Bad("POST", "/group", "{}", 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group", "{\"name\":\"   \"}", 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group", "{\"name\":\"" + tooLong + "\"}", 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "POST", "/group", "{\"name\":\"a\",\"is_verify\":5}", 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group", "{\"name\":7}", 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group", "{\"name\":", 400, ErrorCode.MALFORMED_JSON),
            new Bad("POST", "/group/putIn", "{}", 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group/putIn", "{\"group_id\":\"abc\"}", 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group/putIn", "{\"group_id\":\"-1\"}", 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/putIn",
                "{" + gj + ",\"req_msg\":\"" + tooLong + "\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "PUT",
                "/group/putIn",
                "{\"request_id\":\"1\",\"handle_result\":3}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "PUT",
                "/group/putIn",
                "{\"request_id\":\"x\",\"handle_result\":1}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "PUT",
                "/group/putIn",
                "{\"request_id\":\"999999999\",\"handle_result\":1}",
                404,
                ErrorCode.GROUP_REQUEST_NOT_FOUND),
            new Bad(
                "GET",
                "/group/putIns?group_id=" + group + "&type=9",
                null,
                400,
                ErrorCode.BAD_REQUEST),
            new Bad("GET", "/group/putInsByUid?class=3", null, 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "GET", "/group/putInsByUid?class=1&size=1000", null, 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "PUT",
                "/group/putIns/read",
                "{\"request_ids\":[\"nope\"]}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad("GET", "/group/search", null, 400, ErrorCode.BAD_REQUEST),
            new Bad("GET", "/group/search?keyword=a&page=0", null, 400, ErrorCode.BAD_REQUEST),
            new Bad("GET", "/group/users", null, 400, ErrorCode.BAD_REQUEST),
            new Bad("GET", "/group/users?group_id=999999999", null, 404, ErrorCode.GROUP_NOT_FOUND),
            new Bad("GET", "/group/users/online?group_id=x", null, 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group/quit", "{}", 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group/kick", "{" + gj + "}", 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/kick",
                "{" + gj + ",\"member_ids\":[\"" + owner.id() + "\"]}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/kick",
                "{" + gj + ",\"member_ids\":[\"123456789\"]}",
                404,
                ErrorCode.GROUP_TARGET_NOT_MEMBER),
            new Bad(
                "POST",
                "/group/invite",
                "{" + gj + ",\"friend_ids\":[]}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/invite",
                "{" + gj + ",\"friend_ids\":[\"987654321\"]}",
                404,
                ErrorCode.USER_NOT_FOUND),
            new Bad("POST", "/group/invitations", "{" + gj + "}", 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/invitations",
                "{" + gj + ",\"invitee_uid\":\"" + owner.id() + "\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/invitations",
                "{" + gj + ",\"invitee_uid\":\"" + member.id() + "\"}",
                409,
                ErrorCode.ALREADY_GROUP_MEMBER),
            new Bad("GET", "/group/invitations?status=7", null, 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "PUT",
                "/group/invitations/read",
                "{\"invitation_ids\":[\"-3\"]}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad("PUT", "/group/invitations/abc", "{\"result\":1}", 400, ErrorCode.BAD_REQUEST),
            new Bad("PUT", "/group/invitations/5", "{\"result\":3}", 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "PUT",
                "/group/invitations/999999999",
                "{\"result\":1}",
                404,
                ErrorCode.GROUP_INVITATION_NOT_FOUND),
            new Bad(
                "POST",
                "/group/update",
                "{" + gj + ",\"is_verify\":4}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST", "/group/update", "{" + gj + ",\"name\":\"\"}", 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/update",
                "{" + gj + ",\"description\":\"" + tooLong + "\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad("GET", "/group/detail?group_id=0", null, 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group/disband", "{\"group_id\":[1]}", 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/transferOwner",
                "{" + gj + ",\"new_owner_id\":\"" + owner.id() + "\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/transferOwner",
                "{" + gj + ",\"new_owner_id\":\"123456789\"}",
                404,
                ErrorCode.GROUP_TARGET_NOT_MEMBER),
            new Bad(
                "POST",
                "/group/setAdmin",
                "{" + gj + ",\"member_ids\":[\"" + member.id() + "\"]}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/setAdmin",
                "{" + gj + ",\"member_ids\":[\"" + owner.id() + "\"],\"is_admin\":false}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/inviteLink/create",
                "{" + gj + ",\"max_uses\":-1}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/inviteLink/create",
                "{" + gj + ",\"expire_seconds\":-5}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad("GET", "/group/inviteLinks", null, 400, ErrorCode.BAD_REQUEST),
            new Bad("POST", "/group/inviteLink/revoke", "{" + gj + "}", 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/inviteLink/revoke",
                "{" + gj + ",\"token\":\"unknown\"}",
                404,
                ErrorCode.INVITE_LINK_NOT_FOUND),
            new Bad("POST", "/group/joinByToken", "{}", 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/joinByToken",
                "{\"token\":\"unknown\"}",
                404,
                ErrorCode.INVITE_LINK_NOT_FOUND),
            new Bad("GET", "/group/memberSetting", null, 400, ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/memberSetting",
                "{" + gj + ",\"group_nickname\":\"" + tooLong + "\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "GET",
                "/group/atList?group_id=" + group + "&keyword=" + "k".repeat(70),
                null,
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/announcement",
                "{" + gj + ",\"content\":\"\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/announcement",
                "{" + gj + ",\"content\":\"" + "c".repeat(1100) + "\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "GET",
                "/group/announcements?group_id=" + group + "&include_deleted=maybe",
                null,
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/announcement/pin",
                "{" + gj + ",\"announcement_id\":\"1\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Bad(
                "POST",
                "/group/announcement/pin",
                "{" + gj + ",\"announcement_id\":\"999999999\",\"pinned\":true}",
                404,
                ErrorCode.ANNOUNCEMENT_NOT_FOUND));

    String before = g.snapshot(group);
    long outbox = g.outboxCount();
    long groups = g.jdbc.sql("SELECT COUNT(*) FROM `groups`").query(Long.class).single();
    for (Bad b : cases) {
      Api.Resp r =
          b.method().equals("GET")
              ? g.api.get(GroupClient.P + b.path(), owner.token())
              : g.api.json(b.method(), GroupClient.P + b.path(), b.body(), owner.token());
      assertThat(r.status())
          .as("%s %s %s: %s", b.method(), b.path(), b.body(), r.raw())
          .isEqualTo(b.status());
      assertThat(r.code())
          .as("%s %s: %s", b.method(), b.path(), r.raw())
          .isEqualTo(b.code().code());
    }
    assertThat(g.snapshot(group)).isEqualTo(before);
    assertThat(g.outboxCount()).isEqualTo(outbox);
    assertThat(g.jdbc.sql("SELECT COUNT(*) FROM `groups`").query(Long.class).single())
        .isEqualTo(groups);
  }

  @Test
  void withoutAToken_everyGroupRouteIs401() {
    for (String path : List.of("/groups", "/group/users?group_id=" + group)) {
      assertThat(g.api.get(GroupClient.P + path, null).status()).isEqualTo(401);
    }
    assertThat(g.api.post(GroupClient.P + "/group", "{\"name\":\"x\"}", null).status())
        .isEqualTo(401);
  }
}
