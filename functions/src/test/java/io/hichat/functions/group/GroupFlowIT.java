package io.hichat.functions.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.functions.group.domain.InvitationExpiry;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.KafkaProbe;
import io.hichat.functions.support.Online;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Groups end to end over HTTP through the local gateway: the approval flow with its notifications
 * and relation events, invitations by a member and by an admin, an invite link used up, a kick
 * pushed as {@code relation.changed}, disband, owner transfer, and each endpoint's happy path.
 */
class GroupFlowIT {

  static final Duration WAIT = Duration.ofSeconds(20);

  final GroupClient g = new GroupClient();

  @Test
  void approvalFlow_notifiesManagers_approvalAddsTheMember_withGrowingVersions() {
    TestUser owner = g.user("Owner");
    TestUser a1 = g.user("AdminOne");
    TestUser a2 = g.user("AdminTwo");
    TestUser x = g.user("Applicant");
    long group = g.create(owner, "Approval club", 0);
    g.join(a1, group);
    g.join(a2, group);
    g.setAdmin(owner, group, a1, true);
    g.setAdmin(owner, group, a2, true);
    assertThat(
            g.post("/group/update", "{\"group_id\":\"" + group + "\",\"is_verify\":1}", owner)
                .status())
        .isEqualTo(200);

    String requestId;
    try (KafkaProbe relations = new KafkaProbe(Topics.SOCIAL_RELATION)) {
      Api.Resp applied = g.apply(x, group);
      assertThat(applied.status()).as(applied.raw()).isEqualTo(200);
      assertThat(applied.data().path("is_pass").asInt()).isZero();
      requestId = applied.data().path("request_id").asText();
      assertThat(g.apply(x, group).code()).isEqualTo(ErrorCode.GROUP_APPLY_TOO_OFTEN.code());
      g.forgetThrottle(group, x);
      Api.Resp again = g.apply(x, group);
      assertThat(again.data().path("already_pending").asBoolean()).as(again.raw()).isTrue();
      assertThat(again.data().path("request_id").asText()).isEqualTo(requestId);

      for (TestUser manager : List.of(owner, a1, a2)) {
        await().atMost(WAIT).until(() -> notifications(manager, "group.apply") == 1);
        assertThat(g.get("/group/putIn/messageCount", manager).data().path("apply").asLong())
            .isEqualTo(1);
      }
      Api.Resp list = g.get("/group/putIns?group_id=" + group + "&type=0", a1);
      assertThat(list.data().path("total").asLong()).isEqualTo(1);
      assertThat(list.data().path("list").get(0).path("actionable").asBoolean()).isTrue();
      assertThat(list.data().path("list").get(0).path("user").path("nickname").asText())
          .isEqualTo("Applicant");
      Api.Resp sent = g.get("/group/putInsByUid?class=1", x);
      assertThat(sent.data().path("list").get(0).path("handle_result").asInt()).isZero();
      assertThat(sent.data().path("list").get(0).path("actionable").asBoolean()).isFalse();

      Api.Resp approved = g.handle(a1, requestId, 1);
      assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
      assertThat(approved.data().path("idempotent").asBoolean()).isFalse();
      assertThat(g.role(group, x)).isZero();
      assertThat(g.handle(a2, requestId, 1).data().path("idempotent").asBoolean()).isTrue();
      assertThat(g.handle(a2, requestId, 2).code())
          .isEqualTo(ErrorCode.GROUP_REQUEST_HANDLED.code());

      List<String> added =
          relations.await(
              v -> v.contains("group.member.added") && v.contains("\"groupId\":" + group), 1, WAIT);
      assertThat(added).hasSize(1).allMatch(v -> v.contains("\"userId\":" + x.id()));
    }
    await().atMost(WAIT).until(() -> notifications(x, "group.accept") == 1);
    await().atMost(WAIT).until(() -> notifications(a2, "group.request.resolved") == 1);
    await().atMost(WAIT).until(() -> notifications(owner, "group.request.resolved") == 1);
    assertThat(notifications(a1, "group.request.resolved")).isZero();
    assertThat(g.get("/group/putIn/messageCount", x).data().path("result").asLong()).isEqualTo(1);
    Api.Resp read = g.api.put(GroupClient.P + "/group/putIns/read", "{}", x.token());
    assertThat(read.data().path("result").asLong()).isZero();
    Api.Resp afterApproval = g.get("/group/putIns?group_id=" + group + "&type=1", a2);
    assertThat(afterApproval.data().path("list").get(0).path("request_id").asText())
        .isEqualTo(requestId);
    assertThat(afterApproval.data().path("list").get(0).path("actionable").asBoolean()).isFalse();
  }

  @Test
  void memberAddedEvents_carryGrowingVersions() {
    TestUser owner = g.user("Owner");
    long group = g.create(owner, "Versions", 0);
    try (KafkaProbe relations = new KafkaProbe(Topics.SOCIAL_RELATION)) {
      for (int i = 0; i < 3; i++) {
        g.join(g.user("M" + i), group);
      }
      List<String> events =
          relations.await(
              v -> v.contains("\"groupId\":" + group) && v.contains("member.added"), 3, WAIT);
      assertThat(events).hasSize(3);
      List<Long> versions = new ArrayList<>();
      Pattern version = Pattern.compile("\"version\":(\\d+)");
      for (String e : events) {
        Matcher m = version.matcher(e);
        assertThat(m.find()).isTrue();
        versions.add(Long.parseLong(m.group(1)));
      }
      assertThat(versions).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void invitation_byMember_becomesAnApplication_byAdmin_joinsAtOnce() {
    TestUser owner = g.user("Owner");
    TestUser admin = g.user("Admin");
    TestUser member = g.user("Member");
    TestUser u1 = g.user("InvitedByMember");
    TestUser u2 = g.user("InvitedByAdmin");
    long group = g.create(owner, "Invites", 0);
    g.join(admin, group);
    g.join(member, group);
    g.setAdmin(owner, group, admin, true);
    g.post("/group/update", "{\"group_id\":\"" + group + "\",\"is_verify\":1}", owner);

    Api.Resp byMember = g.invite(member, group, u1);
    assertThat(byMember.status()).as(byMember.raw()).isEqualTo(200);
    String inv1 = byMember.data().path("invitation").path("id").asText();
    assertThat(byMember.data().path("invitation").path("inviter_role_snapshot").asInt()).isZero();
    assertThat(g.invite(member, group, u1).data().path("invitation").path("id").asText())
        .as("a second invitation from the same inviter is the same one")
        .isEqualTo(inv1);
    Api.Resp byAdmin = g.invite(admin, group, u2);
    String inv2 = byAdmin.data().path("invitation").path("id").asText();
    await().atMost(WAIT).until(() -> notifications(u1, "group.invite") == 1);
    Api.Resp received = g.get("/group/invitations?status=0", u1);
    assertThat(received.data().path("total").asLong()).isEqualTo(1);
    assertThat(received.data().path("list").get(0).path("actionable").asBoolean()).isTrue();
    assertThat(g.get("/group/putIn/messageCount", u1).data().path("invite").asLong()).isEqualTo(1);

    Api.Resp pending = g.answer(u1, inv1, 1);
    assertThat(pending.status()).as(pending.raw()).isEqualTo(200);
    assertThat(pending.data().path("join_state").asText()).isEqualTo("pending_approval");
    String requestId = pending.data().path("group_request_id").asText();
    assertThat(g.role(group, u1)).isEqualTo(-1);
    assertThat(g.answer(u1, inv1, 1).data().path("idempotent").asBoolean()).isTrue();
    assertThat(g.answer(u1, inv1, 2).code()).isEqualTo(ErrorCode.GROUP_INVITATION_HANDLED.code());

    Api.Resp joined = g.answer(u2, inv2, 1);
    assertThat(joined.data().path("join_state").asText()).isEqualTo("joined");
    assertThat(g.role(group, u2)).isZero();

    assertThat(g.handle(admin, requestId, 1).status()).isEqualTo(200);
    assertThat(g.role(group, u1)).isZero();
    assertThat(g.answer(u1, inv1, 1).data().path("join_state").asText()).isEqualTo("joined");
    Api.Resp readAll = g.api.put(GroupClient.P + "/group/invitations/read", "{}", u1.token());
    assertThat(readAll.data().path("invite").asLong()).isZero();
  }

  @Test
  void invitation_rejected_expired_andInviterLeft() {
    TestUser owner = g.user("Owner");
    TestUser member = g.user("Member");
    TestUser a = g.user("Rejecter");
    TestUser b = g.user("Late");
    TestUser c = g.user("Orphan");
    long group = g.create(owner, "Invite rules", 0);
    g.join(member, group);
    String ia = g.invite(owner, group, a).data().path("invitation").path("id").asText();
    Api.Resp rejected =
        g.api.put(
            GroupClient.P + "/group/invitations/" + ia,
            "{\"result\":2,\"handle_msg\":\"no thanks\"}",
            a.token());
    assertThat(rejected.data().path("join_state").asText()).isEqualTo("rejected");
    assertThat(g.answer(a, ia, 1).code()).isEqualTo(ErrorCode.GROUP_INVITATION_HANDLED.code());

    String ib = g.invite(owner, group, b).data().path("invitation").path("id").asText();
    g.jdbc
        .sql("UPDATE group_invitations SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE id = ?")
        .param(Long.parseLong(ib))
        .update();
    assertThat(TestStack.get().bean(InvitationExpiry.class).get().expired())
        .isGreaterThanOrEqualTo(1);
    Api.Resp expired = g.answer(b, ib, 1);
    assertThat(expired.data().path("status").asInt()).isEqualTo(4);
    assertThat(expired.data().path("join_state").asText()).isEqualTo("expired");
    assertThat(g.role(group, b)).isEqualTo(-1);

    String ic = g.invite(member, group, c).data().path("invitation").path("id").asText();
    assertThat(g.post("/group/quit", "{\"group_id\":\"" + group + "\"}", member).status())
        .isEqualTo(200);
    Api.Resp orphan = g.answer(c, ic, 1);
    assertThat(orphan.data().path("join_state").asText()).isEqualTo("invalidated");
    await().atMost(WAIT).until(() -> notifications(c, "group.invite.invalidated") == 1);
    assertThat(g.answer(owner, ic, 1).code())
        .isEqualTo(ErrorCode.GROUP_INVITATION_NOT_FOUND.code());
  }

  @Test
  void inviteLink_isUsedUp_revoked_andAMemberUsesNothing() {
    TestUser owner = g.user("Owner");
    long group = g.create(owner, "Link club", 1);
    Api.Resp created =
        g.post(
            "/group/inviteLink/create",
            "{\"group_id\":\"%d\",\"max_uses\":2,\"expire_seconds\":3600}".formatted(group),
            owner);
    assertThat(created.status()).as(created.raw()).isEqualTo(200);
    String token = created.data().path("link").path("token").asText();
    assertThat(created.data().path("link").path("expire_at").asLong()).isPositive();

    for (int i = 0; i < 2; i++) {
      TestUser u = g.user("Linked" + i);
      Api.Resp joined = g.post("/group/joinByToken", "{\"token\":\"" + token + "\"}", u);
      assertThat(joined.data().path("is_pass").asInt()).as(joined.raw()).isEqualTo(1);
      assertThat(g.role(group, u)).isZero();
    }
    Api.Resp member = g.post("/group/joinByToken", "{\"token\":\"" + token + "\"}", owner);
    assertThat(member.data().path("is_pass").asInt()).isEqualTo(1);
    TestUser late = g.user("TooLate");
    assertThat(g.post("/group/joinByToken", "{\"token\":\"" + token + "\"}", late).code())
        .isEqualTo(ErrorCode.INVITE_LINK_UNUSABLE.code());
    assertThat(g.role(group, late)).isEqualTo(-1);
    Api.Resp links = g.get("/group/inviteLinks?group_id=" + group, owner);
    assertThat(links.data().path("list").get(0).path("used_count").asInt()).isEqualTo(2);

    String open =
        g.post("/group/inviteLink/create", "{\"group_id\":\"" + group + "\"}", owner)
            .data()
            .path("link")
            .path("token")
            .asText();
    assertThat(
            g.post(
                    "/group/inviteLink/revoke",
                    "{\"group_id\":\"%d\",\"token\":\"%s\"}".formatted(group, open),
                    owner)
                .status())
        .isEqualTo(200);
    assertThat(g.post("/group/joinByToken", "{\"token\":\"" + open + "\"}", late).code())
        .isEqualTo(ErrorCode.INVITE_LINK_UNUSABLE.code());
    assertThat(g.get("/group/inviteLinks?group_id=" + group, owner).data().path("list")).hasSize(1);
    assertThat(
            g.get("/group/inviteLinks?group_id=" + group + "&include_revoked=true", owner)
                .data()
                .path("list"))
        .hasSize(2);
  }

  @Test
  void kick_writesARelationEvent_andPushesRelationChanged_toTheKickedUser() throws Exception {
    TestUser owner = g.user("Owner");
    TestUser kicked = g.user("Kicked");
    long group = g.create(owner, "Strict", 0);
    g.join(kicked, group);
    try (Online online = new Online().connect(kicked.id());
        KafkaProbe relations = new KafkaProbe(Topics.SOCIAL_RELATION)) {
      Api.Resp r =
          g.post(
              "/group/kick",
              "{\"group_id\":\"%d\",\"member_ids\":[\"%d\"]}".formatted(group, kicked.id()),
              owner);
      assertThat(r.status()).as(r.raw()).isEqualTo(200);
      assertThat(g.role(group, kicked)).isEqualTo(-1);
      assertThat(
              relations.await(
                  v -> v.contains("group.member.removed") && v.contains("\"groupId\":" + group),
                  1,
                  WAIT))
          .hasSize(1);
      String push = null;
      long deadline = System.currentTimeMillis() + WAIT.toMillis();
      while (System.currentTimeMillis() < deadline) {
        String next = online.next(Duration.ofSeconds(2));
        if (next != null && next.contains("group.member.removed")) {
          push = next;
          break;
        }
      }
      assertThat(push)
          .isNotNull()
          .contains("\"eventType\":\"group.member.removed\"")
          .contains("\"conversationId\":\"" + group + "\"")
          .contains("\"userIds\":[" + kicked.id() + "]");
    }
    await().atMost(WAIT).until(() -> notifications(kicked, "group.removed") == 1);
    assertThat(g.get("/group/users?group_id=" + group, kicked).code())
        .isEqualTo(ErrorCode.NOT_GROUP_MEMBER.code());
  }

  @Test
  void disband_removesEveryone_invalidatesPending_andWritesGroupDisbanded() {
    TestUser owner = g.user("Owner");
    TestUser member = g.user("Member");
    TestUser applicant = g.user("Applicant");
    long group = g.create(owner, "Short lived", 1);
    g.forgetThrottle(group, member);
    String req = g.apply(member, group).data().path("request_id").asText();
    g.handle(owner, req, 1);
    String pending = g.apply(applicant, group).data().path("request_id").asText();
    try (KafkaProbe relations = new KafkaProbe(Topics.SOCIAL_RELATION)) {
      assertThat(g.post("/group/disband", "{\"group_id\":\"" + group + "\"}", member).code())
          .isEqualTo(ErrorCode.GROUP_OWNER_REQUIRED.code());
      Api.Resp r = g.post("/group/disband", "{\"group_id\":\"" + group + "\"}", owner);
      assertThat(r.status()).as(r.raw()).isEqualTo(200);
      assertThat(
              relations.await(
                  v -> v.contains("group.disbanded") && v.contains("\"groupId\":" + group),
                  1,
                  WAIT))
          .hasSize(1);
    }
    assertThat(g.members(group)).isZero();
    assertThat(g.get("/group/users?group_id=" + group, member).code())
        .isEqualTo(ErrorCode.GROUP_NOT_FOUND.code());
    assertThat(g.get("/groups", member).data().path("list")).isEmpty();
    assertThat(g.apply(g.user("Late"), group).code()).isEqualTo(ErrorCode.GROUP_NOT_FOUND.code());
    Api.Resp sent = g.get("/group/putInsByUid?class=1", applicant);
    assertThat(sent.data().path("list").get(0).path("request_id").asText()).isEqualTo(pending);
    assertThat(sent.data().path("list").get(0).path("handle_result").asInt()).isEqualTo(3);
    await().atMost(WAIT).until(() -> notifications(applicant, "group.invalidated") == 1);
  }

  @Test
  void transferOwner_movesTheRoles_andTheOldOwnerMayLeave() {
    TestUser owner = g.user("Owner");
    TestUser heir = g.user("Heir");
    TestUser third = g.user("Third");
    long group = g.create(owner, "Dynasty", 0);
    g.join(heir, group);
    g.join(third, group);
    assertThat(g.post("/group/quit", "{\"group_id\":\"" + group + "\"}", owner).code())
        .isEqualTo(ErrorCode.GROUP_OWNER_CANNOT_QUIT.code());

    Api.Resp r =
        g.post(
            "/group/transferOwner",
            "{\"group_id\":\"%d\",\"new_owner_id\":\"%d\"}".formatted(group, heir.id()),
            owner);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(g.role(group, heir)).isEqualTo(2);
    assertThat(g.role(group, owner)).isEqualTo(1);
    await().atMost(WAIT).until(() -> notifications(heir, "group.owner.transferred") == 1);
    assertThat(g.post("/group/disband", "{\"group_id\":\"" + group + "\"}", owner).code())
        .isEqualTo(ErrorCode.GROUP_OWNER_REQUIRED.code());
    Api.Resp detail = g.get("/group/detail?group_id=" + group, third);
    assertThat(detail.data().path("group").path("owner_uid").asText())
        .isEqualTo(Long.toString(heir.id()));

    g.post(
        "/group/transferOwner",
        "{\"group_id\":\"%d\",\"new_owner_id\":\"%d\",\"keep_old_owner_as_admin\":false}"
            .formatted(group, third.id()),
        heir);
    assertThat(g.role(group, third)).isEqualTo(2);
    assertThat(g.role(group, heir)).isZero();
    assertThat(g.post("/group/quit", "{\"group_id\":\"" + group + "\"}", owner).status())
        .isEqualTo(200);
    assertThat(g.role(group, owner)).isEqualTo(-1);
  }

  @Test
  void fullGroup_refusesJoins_andInvalidatesPendingApplications() {
    TestUser owner = g.user("Owner");
    TestUser first = g.user("First");
    TestUser waiting = g.user("Waiting");
    long group = g.create(owner, "Tiny", 1);
    g.setLimit(group, 2);
    String waitingReq = g.apply(waiting, group).data().path("request_id").asText();
    String firstReq = g.apply(first, group).data().path("request_id").asText();
    assertThat(g.handle(owner, firstReq, 1).status()).isEqualTo(200);
    assertThat(g.memberCount(group)).isEqualTo(2);
    Api.Resp sent = g.get("/group/putInsByUid?class=1", waiting);
    assertThat(sent.data().path("list").get(0).path("request_id").asText()).isEqualTo(waitingReq);
    assertThat(sent.data().path("list").get(0).path("handle_result").asInt()).isEqualTo(3);
    assertThat(sent.data().path("list").get(0).path("invalid_reason").asText())
        .isEqualTo("group_full");
    assertThat(g.handle(owner, waitingReq, 1).code())
        .isEqualTo(ErrorCode.GROUP_REQUEST_HANDLED.code());
    TestUser late = g.user("Late");
    assertThat(g.apply(late, group).code()).isEqualTo(ErrorCode.GROUP_FULL.code());
    assertThat(g.memberCount(group)).isEqualTo(2);
  }

  @Test
  void infoMembersSettingsAndAnnouncements_roundTrip() {
    TestUser owner = g.user("Owner");
    TestUser member = g.user("Member");
    long group = g.create(owner, "Readers " + owner.id(), 0);
    g.join(member, group);

    Api.Resp update =
        g.post(
            "/group/update",
            "{\"group_id\":\"%d\",\"description\":\"about books\",\"icon\":\"https://i/x.png\"}"
                .formatted(group),
            owner);
    assertThat(update.status()).as(update.raw()).isEqualTo(200);
    Api.Resp mine = g.get("/groups", member);
    assertThat(mine.data().path("list").get(0).path("description").asText())
        .isEqualTo("about books");
    assertThat(mine.data().path("list").get(0).path("my_role").asInt()).isZero();

    Api.Resp search = g.get("/group/search?keyword=Readers%20" + owner.id(), member);
    assertThat(search.data().path("total").asLong()).isEqualTo(1);
    assertThat(
            g.get("/group/search?keyword=" + group, member)
                .data()
                .path("list")
                .get(0)
                .path("id")
                .asText())
        .isEqualTo(Long.toString(group));

    Api.Resp users = g.get("/group/users?group_id=" + group, member);
    assertThat(users.data().path("List")).hasSize(2);
    assertThat(users.data().path("List").get(0).path("role_level").asInt()).isEqualTo(2);

    try (Online online = new Online().connect(member.id())) {
      Api.Resp on = g.get("/group/users/online?group_id=" + group, owner);
      assertThat(on.data().path("onLineList").path(Long.toString(member.id())).asBoolean())
          .isTrue();
      assertThat(on.data().path("onLineList").path(Long.toString(owner.id())).asBoolean())
          .isFalse();
    }

    assertThat(
            g.post(
                    "/group/memberSetting",
                    "{\"group_id\":\"%d\",\"group_nickname\":\"Bookworm\",\"group_remark\":\"mine\"}"
                        .formatted(group),
                    member)
                .status())
        .isEqualTo(200);
    Api.Resp setting = g.get("/group/memberSetting?group_id=" + group, member);
    assertThat(setting.data().path("setting").path("group_nickname").asText())
        .isEqualTo("Bookworm");
    assertThat(setting.data().path("setting").path("group_remark").asText()).isEqualTo("mine");
    Api.Resp at = g.get("/group/atList?group_id=" + group + "&keyword=worm", owner);
    assertThat(at.data().path("list")).hasSize(1);
    assertThat(at.data().path("list").get(0).path("user_id").asText())
        .isEqualTo(Long.toString(member.id()));
    assertThat(g.get("/group/atList?group_id=" + group, member).data().path("list")).hasSize(1);

    Api.Resp a1 =
        g.post(
            "/group/announcement",
            "{\"group_id\":\"%d\",\"content\":\"first\"}".formatted(group),
            owner);
    Api.Resp a2 =
        g.post(
            "/group/announcement",
            "{\"group_id\":\"%d\",\"content\":\"second\"}".formatted(group),
            owner);
    assertThat(a1.status()).as(a1.raw()).isEqualTo(200);
    String first = a1.data().path("id").asText();
    assertThat(
            g.post(
                    "/group/announcement/pin",
                    "{\"group_id\":\"%d\",\"announcement_id\":\"%s\",\"pinned\":true}"
                        .formatted(group, first),
                    owner)
                .status())
        .isEqualTo(200);
    Api.Resp list = g.get("/group/announcements?group_id=" + group, member);
    assertThat(list.data().path("list")).hasSize(2);
    assertThat(list.data().path("list").get(0).path("id").asText()).isEqualTo(first);
    assertThat(list.data().path("list").get(0).path("pinned").asBoolean()).isTrue();
    Api.Resp detail = g.get("/group/detail?group_id=" + group, member);
    assertThat(detail.data().path("group").path("notification").asText()).isEqualTo("second");
    assertThat(detail.data().path("members")).hasSize(2);
    assertThat(a2.data().path("id").asLong()).isPositive();

    TestUser friend1 = g.user("Bulk1");
    TestUser friend2 = g.user("Bulk2");
    assertThat(
            g.post(
                    "/group/invite",
                    "{\"group_id\":\"%d\",\"friend_ids\":[\"%d\",\"%d\",\"%d\"]}"
                        .formatted(group, friend1.id(), friend2.id(), owner.id()),
                    member)
                .status())
        .isEqualTo(200);
    assertThat(g.get("/group/invitations", friend1).data().path("total").asLong()).isEqualTo(1);
    assertThat(g.get("/group/invitations", friend2).data().path("total").asLong()).isEqualTo(1);

    assertThat(g.post("/group/quit", "{\"group_id\":\"" + group + "\"}", member).status())
        .isEqualTo(200);
    assertThat(g.memberCount(group)).isEqualTo(1);
  }

  static long notifications(TestUser receiver, String type) {
    return new GroupClient()
        .jdbc
        .sql("SELECT COUNT(*) FROM notifications WHERE receiver_id = ? AND notify_type = ?")
        .params(receiver.id(), type)
        .query(Long.class)
        .single();
  }
}
