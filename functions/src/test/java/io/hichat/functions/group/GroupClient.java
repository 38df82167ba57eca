package io.hichat.functions.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Group calls as a client makes them, and direct reads of the truth in MySQL for assertions. */
final class GroupClient {

  static final String P = "/v1/social";

  final Api api = TestStack.get().api();
  final JdbcClient jdbc = JdbcClient.create(TestStack.get().bean(DataSource.class));

  TestUser user(String name) {
    return Users.register(api, name);
  }

  /** Creates a group owned by {@code owner}; {@code verify} 1 = approval required. */
  long create(TestUser owner, String name, int verify) {
    Api.Resp r =
        api.post(
            P + "/group",
            "{\"name\":\"%s\",\"is_verify\":%d}".formatted(name, verify),
            owner.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return Long.parseLong(r.data().path("group_id").asText());
  }

  Api.Resp apply(TestUser u, long group) {
    return api.post(P + "/group/putIn", "{\"group_id\":\"" + group + "\"}", u.token());
  }

  Api.Resp handle(TestUser u, String requestId, int result) {
    return api.put(
        P + "/group/putIn",
        "{\"request_id\":\"%s\",\"handle_result\":%d}".formatted(requestId, result),
        u.token());
  }

  Api.Resp invite(TestUser u, long group, TestUser invitee) {
    return api.post(
        P + "/group/invitations",
        "{\"group_id\":\"%d\",\"invitee_uid\":\"%d\"}".formatted(group, invitee.id()),
        u.token());
  }

  Api.Resp answer(TestUser u, String invitationId, int result) {
    return api.put(
        P + "/group/invitations/" + invitationId, "{\"result\":" + result + "}", u.token());
  }

  Api.Resp post(String path, String json, TestUser u) {
    return api.post(P + path, json, u.token());
  }

  Api.Resp get(String pathAndQuery, TestUser u) {
    return api.get(P + pathAndQuery, u.token());
  }

  /** Joins {@code u} to an open group, or fails. */
  void join(TestUser u, long group) {
    Api.Resp r = apply(u, group);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(r.data().path("is_pass").asInt()).as(r.raw()).isEqualTo(1);
  }

  void setAdmin(TestUser owner, long group, TestUser member, boolean admin) {
    Api.Resp r =
        post(
            "/group/setAdmin",
            "{\"group_id\":\"%d\",\"member_ids\":[\"%d\"],\"is_admin\":%b}"
                .formatted(group, member.id(), admin),
            owner);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
  }

  /** The role in MySQL, or -1 when not a member. */
  int role(long group, TestUser u) {
    return jdbc.sql("SELECT role_level FROM group_members WHERE group_id = ? AND user_id = ?")
        .params(group, u.id())
        .query(Integer.class)
        .optional()
        .orElse(-1);
  }

  long members(long group) {
    return jdbc.sql("SELECT COUNT(*) FROM group_members WHERE group_id = ?")
        .param(group)
        .query(Long.class)
        .single();
  }

  int memberCount(long group) {
    return jdbc.sql("SELECT member_count FROM `groups` WHERE id = ?")
        .param(group)
        .query(Integer.class)
        .single();
  }

  void setLimit(long group, int limit) {
    jdbc.sql("UPDATE `groups` SET member_limit = ? WHERE id = ?").params(limit, group).update();
  }

  /** The group's application rows and their states, for "nothing changed" checks. */
  String snapshot(long group) {
    return jdbc.sql(
            "SELECT CONCAT_WS('|', g.name, g.icon, g.description, g.status, g.is_verify,"
                + " g.notification, g.member_count,"
                + " (SELECT GROUP_CONCAT(CONCAT(user_id, ':', role_level, ':', group_nickname)"
                + " ORDER BY user_id) FROM group_members WHERE group_id = g.id),"
                + " (SELECT GROUP_CONCAT(CONCAT(id, ':', handle_result) ORDER BY id)"
                + " FROM group_requests WHERE group_id = g.id),"
                + " (SELECT GROUP_CONCAT(CONCAT(id, ':', status) ORDER BY id)"
                + " FROM group_invitations WHERE group_id = g.id),"
                + " (SELECT GROUP_CONCAT(CONCAT(id, ':', revoked, ':', used_count) ORDER BY id)"
                + " FROM group_invite_links WHERE group_id = g.id),"
                + " (SELECT GROUP_CONCAT(CONCAT(id, ':', pinned) ORDER BY id)"
                + " FROM group_announcements WHERE group_id = g.id))"
                + " FROM `groups` g WHERE g.id = ?")
        .param(group)
        .query(String.class)
        .single();
  }

  long outboxCount() {
    return jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
  }

  /** Forgets the apply throttle of a user for a group, as if a minute had passed. */
  void forgetThrottle(long group, TestUser u) {
    TestStack.get()
        .bean(org.redisson.api.RedissonClient.class)
        .getBucket(io.hichat.functions.group.domain.ApplyThrottle.key(group, u.id()))
        .delete();
  }
}
