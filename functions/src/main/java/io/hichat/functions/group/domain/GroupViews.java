package io.hichat.functions.group.domain;

import io.hichat.functions.group.store.GroupRow;
import io.hichat.functions.group.store.InvitationRow;
import io.hichat.functions.group.store.LinkRow;
import io.hichat.functions.group.store.MemberRow;
import io.hichat.functions.group.store.Receipt;
import io.hichat.functions.group.store.RequestRow;
import io.hichat.model.group.Group;
import io.hichat.model.group.GroupAtMember;
import io.hichat.model.group.GroupInvitation;
import io.hichat.model.group.GroupInviteLink;
import io.hichat.model.group.GroupMember;
import io.hichat.model.group.GroupMemberSetting;
import io.hichat.model.group.GroupRequestItem;
import io.hichat.model.group.GroupSearchItem;
import io.hichat.model.group.GroupUser;

/** Rows to wire records. */
final class GroupViews {

  private GroupViews() {}

  static Group group(GroupRow g, MemberRow me, long owner) {
    return new Group(
        Ids.text(g.id()),
        g.name(),
        g.icon(),
        g.description(),
        g.status(),
        g.groupType(),
        g.approvalRequired(),
        g.notification(),
        Ids.text(g.notificationUid()),
        Ids.text(g.creatorUid()),
        Ids.text(owner),
        me == null ? "" : me.groupNickname(),
        me == null ? "" : me.groupRemark(),
        g.memberCount(),
        g.memberLimit(),
        me == null ? null : me.role(),
        g.createdAt());
  }

  static GroupSearchItem summary(GroupRow g) {
    return new GroupSearchItem(
        Ids.text(g.id()),
        g.name(),
        g.icon(),
        g.description(),
        Ids.text(g.creatorUid()),
        g.memberCount(),
        g.approvalRequired());
  }

  static GroupUser user(MemberRow m, long caller) {
    return new GroupUser(
        Ids.text(m.userId()),
        m.nickname(),
        m.sex(),
        m.avatar(),
        m.introduction(),
        m.userId() == caller ? 1 : 0);
  }

  static GroupMember member(MemberRow m, long caller) {
    return new GroupMember(
        Ids.text(m.groupId()) + ":" + m.userId(),
        Ids.text(m.groupId()),
        Ids.text(m.userId()),
        m.nickname(),
        m.avatar(),
        m.role(),
        Ids.text(m.inviterUid()),
        Ids.text(m.operatorUid()),
        m.groupNickname(),
        m.userId() == caller ? m.groupRemark() : "",
        m.joinSource(),
        m.joinTime(),
        user(m, caller));
  }

  static GroupAtMember at(MemberRow m) {
    return new GroupAtMember(
        Ids.text(m.userId()), m.nickname(), m.groupNickname(), m.avatar(), m.role());
  }

  static GroupMemberSetting setting(MemberRow m) {
    return new GroupMemberSetting(
        Ids.text(m.groupId()),
        Ids.text(m.userId()),
        m.groupNickname(),
        m.groupRemark(),
        m.settingsUpdatedAt());
  }

  static GroupRequestItem request(
      RequestRow r, Receipt receipt, boolean actionable, MemberRow applicant, GroupRow g, long me) {
    return new GroupRequestItem(
        r.id(),
        Ids.text(r.id()),
        Ids.text(r.userId()),
        Ids.text(r.userId()),
        Ids.text(r.groupId()),
        Ids.text(r.inviterUserId()),
        Ids.text(r.handleUserId()),
        Ids.text(r.sourceInvitationId()),
        r.reqMsg(),
        r.reqTime(),
        r.joinSource(),
        r.sourceType(),
        r.actualJoinSource(),
        r.handleTime(),
        r.handleResult(),
        r.handleMsg(),
        r.invalidReason(),
        receipt.read() ? 1 : 0,
        receipt.read() ? 1 : 0,
        actionable,
        applicant == null ? null : user(applicant, me),
        g == null ? null : summary(g));
  }

  static GroupInvitation invitation(InvitationRow i, Receipt receipt, GroupRow g, long now) {
    return new GroupInvitation(
        Ids.text(i.id()),
        Ids.text(i.groupId()),
        Ids.text(i.inviterUid()),
        Ids.text(i.inviteeUid()),
        i.inviterRoleSnapshot(),
        i.message(),
        i.status(),
        i.rejectReason(),
        i.createdAt(),
        i.handledAt(),
        i.expiresAt(),
        receipt.read() ? 1 : 0,
        i.status() == InvitationRow.PENDING && i.expiresAt() > now,
        i.groupRequestId() == 0 ? null : Ids.text(i.groupRequestId()),
        g == null ? null : summary(g));
  }

  static GroupInviteLink link(LinkRow l) {
    return new GroupInviteLink(
        l.token(),
        Ids.text(l.groupId()),
        Ids.text(l.createdBy()),
        l.createdAt(),
        l.expireAt(),
        l.maxUses(),
        l.usedCount(),
        l.revoked(),
        l.revokedAt());
  }
}
