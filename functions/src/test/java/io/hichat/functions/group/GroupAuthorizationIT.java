package io.hichat.functions.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.Users.TestUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The authorization matrix: every group endpoint that names a group, called by someone without the
 * right — a stranger for member endpoints, a plain member for admin endpoints, an admin for owner
 * endpoints — answers 403 or 404, and the group (members, requests, invitations, links,
 * announcements) is exactly as it was, with no event written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupAuthorizationIT {

  final GroupClient g = new GroupClient();
  TestUser owner;
  TestUser admin;
  TestUser member;
  TestUser stranger;
  TestUser applicant;
  long group;
  String requestId;
  String invitationId;
  String linkToken;
  String announcementId;

  @BeforeAll
  void setUp() {
    owner = g.user("Owner");
    admin = g.user("Admin");
    member = g.user("Member");
    stranger = g.user("Stranger");
    applicant = g.user("Applicant");
    group = g.create(owner, "Guarded", 0);
    g.join(admin, group);
    g.join(member, group);
    g.setAdmin(owner, group, admin, true);
    g.post("/group/update", "{\"group_id\":\"" + group + "\",\"is_verify\":1}", owner);
    requestId = g.apply(applicant, group).data().path("request_id").asText();
    invitationId =
        g.invite(member, group, g.user("Invitee")).data().path("invitation").path("id").asText();
    linkToken =
        g.post("/group/inviteLink/create", "{\"group_id\":\"" + group + "\"}", admin)
            .data()
            .path("link")
            .path("token")
            .asText();
    announcementId =
        g.post(
                "/group/announcement",
                "{\"group_id\":\"%d\",\"content\":\"hello\"}".formatted(group),
                owner)
            .data()
            .path("id")
            .asText();
  }

  record Attempt(String method, String path, String body, TestUser as) {}

  @Test
  void everyGroupEndpoint_refusesWhoeverLacksTheRole_andChangesNothing() {
    String gid = Long.toString(group);
    String gj = "\"group_id\":\"" + gid + "\"";
    List<Attempt> memberOnly =
        List.of(
            new Attempt("GET", "/group/users?group_id=" + gid, null, stranger),
            new Attempt("GET", "/group/users/online?group_id=" + gid, null, stranger),
            new Attempt("GET", "/group/detail?group_id=" + gid, null, stranger),
            new Attempt("GET", "/group/memberSetting?group_id=" + gid, null, stranger),
            new Attempt("GET", "/group/atList?group_id=" + gid, null, stranger),
            new Attempt("GET", "/group/announcements?group_id=" + gid, null, stranger),
            new Attempt("POST", "/group/quit", "{" + gj + "}", stranger),
            new Attempt(
                "POST",
                "/group/memberSetting",
                "{" + gj + ",\"group_nickname\":\"intruder\"}",
                stranger),
            new Attempt(
                "POST",
                "/group/invitations",
                "{" + gj + ",\"invitee_uid\":\"" + applicant.id() + "\"}",
                stranger),
            new Attempt(
                "POST",
                "/group/invite",
                "{" + gj + ",\"friend_ids\":[\"" + applicant.id() + "\"]}",
                stranger));
    List<Attempt> adminOnly = new ArrayList<>();
    for (TestUser who : List.of(stranger, member)) {
      adminOnly.addAll(
          List.of(
              new Attempt(
                  "PUT",
                  "/group/putIn",
                  "{\"request_id\":\"" + requestId + "\",\"handle_result\":1}",
                  who),
              new Attempt("GET", "/group/putIns?group_id=" + gid, null, who),
              new Attempt("POST", "/group/update", "{" + gj + ",\"name\":\"hijacked\"}", who),
              new Attempt(
                  "POST",
                  "/group/kick",
                  "{" + gj + ",\"member_ids\":[\"" + owner.id() + "\"]}",
                  who),
              new Attempt("POST", "/group/inviteLink/create", "{" + gj + "}", who),
              new Attempt("GET", "/group/inviteLinks?group_id=" + gid, null, who),
              new Attempt(
                  "POST",
                  "/group/inviteLink/revoke",
                  "{" + gj + ",\"token\":\"" + linkToken + "\"}",
                  who),
              new Attempt("POST", "/group/announcement", "{" + gj + ",\"content\":\"spam\"}", who),
              new Attempt(
                  "POST",
                  "/group/announcement/pin",
                  "{" + gj + ",\"announcement_id\":\"" + announcementId + "\",\"pinned\":true}",
                  who)));
    }
    List<Attempt> ownerOnly = new ArrayList<>();
    for (TestUser who : List.of(stranger, member, admin)) {
      ownerOnly.addAll(
          List.of(
              new Attempt("POST", "/group/disband", "{" + gj + "}", who),
              new Attempt(
                  "POST",
                  "/group/transferOwner",
                  "{" + gj + ",\"new_owner_id\":\"" + owner.id() + "\"}",
                  who),
              new Attempt(
                  "POST",
                  "/group/setAdmin",
                  "{" + gj + ",\"member_ids\":[\"" + owner.id() + "\"],\"is_admin\":false}",
                  who)));
    }
    List<Attempt> others =
        List.of(
            // an admin may not remove the owner or another admin
            new Attempt(
                "POST",
                "/group/kick",
                "{" + gj + ",\"member_ids\":[\"" + owner.id() + "\"]}",
                admin),
            // only the invitee answers an invitation
            new Attempt("PUT", "/group/invitations/" + invitationId, "{\"result\":1}", stranger),
            new Attempt("PUT", "/group/invitations/" + invitationId, "{\"result\":2}", owner));

    String before = g.snapshot(group);
    long outbox = g.outboxCount();
    List<Attempt> all = new ArrayList<>();
    all.addAll(memberOnly);
    all.addAll(adminOnly);
    all.addAll(ownerOnly);
    all.addAll(others);
    for (Attempt a : all) {
      Api.Resp r =
          a.method().equals("GET")
              ? g.api.get(GroupClient.P + a.path(), a.as().token())
              : g.api.json(a.method(), GroupClient.P + a.path(), a.body(), a.as().token());
      assertThat(r.status())
          .as("%s %s as %s: %s", a.method(), a.path(), a.as().id(), r.raw())
          .isIn(403, 404);
      assertThat(r.data().isNull()).isTrue();
    }
    assertThat(g.snapshot(group)).isEqualTo(before);
    assertThat(g.outboxCount()).isEqualTo(outbox);
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void callerOnlyLists_showNothingOfOthers() {
    assertThat(g.get("/group/putInsByUid?class=2", stranger).data().path("total").asLong())
        .isZero();
    assertThat(g.get("/group/putIns", member).data().path("total").asLong()).isZero();
    assertThat(g.get("/group/invitations", stranger).data().path("total").asLong()).isZero();
    assertThat(g.get("/groups", stranger).data().path("list")).isEmpty();
    Api.Resp counts = g.get("/group/putIn/messageCount", stranger);
    assertThat(counts.data().path("count").asLong()).isZero();
    String before = g.snapshot(group);
    g.api.put(
        GroupClient.P + "/group/putIns/read",
        "{\"request_ids\":[\"" + requestId + "\"]}",
        stranger.token());
    assertThat(g.get("/group/putIn/messageCount", owner).data().path("apply").asLong())
        .isEqualTo(1);
    assertThat(g.snapshot(group)).isEqualTo(before);
  }
}
