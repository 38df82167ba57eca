package io.hichat.functions.group.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.group.store.GroupRow;
import io.hichat.functions.group.store.GroupStore;
import io.hichat.functions.group.store.InvitationStore;
import io.hichat.functions.group.store.InviteLinkStore;
import io.hichat.functions.social.domain.RelationCache;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.event.NotifyEvent;
import io.hichat.model.group.GroupCreateRequest;
import io.hichat.model.group.GroupMembersRequest;
import io.hichat.model.group.GroupSetAdminRequest;
import io.hichat.model.group.GroupTransferRequest;
import io.hichat.model.group.GroupUpdateRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group's life and roles: create (G1), edit (G19), quit (G12), kick (G13), disband (G21),
 * transfer (G22) and admins (G23). Every change locks the group's row and reads the caller's role
 * again under that lock.
 */
@Service
public class GroupService {

  static final int MAX_NAME = 64;
  static final int MAX_ICON = 255;
  static final int MAX_DESCRIPTION = 255;
  static final int MAX_NOTIFICATION = 1024;
  static final int MAX_TARGETS = 100;

  private final GroupAccess access;
  private final Membership membership;
  private final GroupStore groups;
  private final InvitationStore invitations;
  private final InviteLinkStore links;
  private final GroupEvents events;
  private final GroupLimits limits;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final RelationCache cache;

  public GroupService(
      GroupAccess access,
      Membership membership,
      GroupStore groups,
      InvitationStore invitations,
      InviteLinkStore links,
      GroupEvents events,
      GroupLimits limits,
      TransactionTemplate tx,
      Clock clock,
      RelationCache cache) {
    this.access = access;
    this.membership = membership;
    this.groups = groups;
    this.invitations = invitations;
    this.links = links;
    this.events = events;
    this.limits = limits;
    this.tx = tx;
    this.clock = clock;
    this.cache = cache;
  }

  /** G1: returns the new group's id; the caller is its owner. */
  public long create(long userId, GroupCreateRequest r) {
    String name = name(Check.required(r.name(), "name"));
    String icon = JoinService.text(r.icon(), MAX_ICON, "icon");
    String description = JoinService.text(r.description(), MAX_DESCRIPTION, "description");
    int verify = Check.range(r.isVerify(), 0, 1, 0, "is_verify");
    Long id =
        tx.execute(
            s -> {
              long now = clock.millis();
              long groupId =
                  groups.insertGroup(
                      name, icon, description, userId, verify, limits.defaultMemberLimit(), now);
              groups.insertMember(groupId, userId, Roles.OWNER, Roles.CREATED, 0, userId, now);
              events.memberAdded(groupId, userId, userId);
              return groupId;
            });
    return id;
  }

  /** G19: the owner or an admin changes what they name; the rest stays. */
  public void update(long userId, GroupUpdateRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    String name = r.name() == null ? null : name(r.name());
    String icon = r.icon() == null ? null : JoinService.text(r.icon(), MAX_ICON, "icon");
    String description =
        r.description() == null
            ? null
            : JoinService.text(r.description(), MAX_DESCRIPTION, "description");
    String notification =
        r.notification() == null
            ? null
            : JoinService.text(r.notification(), MAX_NOTIFICATION, "notification");
    int verify = Check.range(r.isVerify(), -1, 1, -1, "is_verify");
    access.requireAdmin(groupId, userId);
    tx.executeWithoutResult(
        s -> {
          access.lockUsable(groupId);
          access.atLeast(groupId, userId, Roles.ADMIN);
          groups.update(groupId, name, icon, description, notification, verify < 0 ? null : verify);
          if (notification != null) {
            groups.setNotification(groupId, notification, userId);
          }
        });
  }

  /** G12: anyone but the owner leaves. */
  public void quit(long userId, long groupId) {
    access.requireMember(groupId, userId);
    tx.executeWithoutResult(
        s -> {
          GroupRow g = access.lock(groupId);
          if (access.role(groupId, userId) == Roles.OWNER) {
            throw new DomainException(ErrorCode.GROUP_OWNER_CANNOT_QUIT);
          }
          membership.remove(g, userId, userId, clock.millis());
        });
  }

  /** G13: the owner removes admins and members; an admin removes plain members only. */
  public void kick(long userId, GroupMembersRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    List<Long> targets = Ids.parseAll(r.memberIds(), MAX_TARGETS, false, "member_ids");
    if (targets.contains(userId)) {
      throw Check.bad("member_ids cannot name the caller; quit instead");
    }
    access.requireAdmin(groupId, userId);
    tx.executeWithoutResult(
        s -> {
          long now = clock.millis();
          GroupRow g = access.lock(groupId);
          int role = access.atLeast(groupId, userId, Roles.ADMIN);
          for (long target : targets) {
            int theirs = targetRole(groupId, target);
            if (theirs >= role) {
              throw new DomainException(ErrorCode.GROUP_ROLE_TOO_LOW);
            }
          }
          for (long target : targets) {
            membership.remove(g, target, userId, now);
            notifyMember(NotifyEvent.GROUP_REMOVED, g, target, userId, "removed", now);
          }
        });
  }

  /**
   * G21: the owner disbands: members are removed, pending applications and invitations invalidated,
   * links revoked, {@code group.disbanded} written, the member cache dropped after the commit.
   * Disbanding twice is a success.
   */
  public void disband(long userId, long groupId) {
    access.requireOwner(groupId, userId);
    tx.executeWithoutResult(
        s -> {
          long now = clock.millis();
          GroupRow g = access.lock(groupId);
          access.atLeast(groupId, userId, Roles.OWNER);
          groups.setStatus(groupId, GroupRow.DISBANDED);
          membership.invalidatePending(g, "group_disbanded", now);
          membership.invalidateInvitations(
              g, invitations.pendingIds(groupId, null, null), "group_disbanded", now);
          links.revokeAll(groupId, now);
          groups.deleteAllMembers(groupId);
          events.disbanded(groupId, userId);
          cache.invalidateAfterCommit(RelationKeys.members(groupId));
        });
  }

  /** G22: the owner hands the group to a member; the old owner stays admin unless told not to. */
  public void transfer(long userId, GroupTransferRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    long target = Ids.parse(r.newOwnerId(), "new_owner_id");
    if (target == userId) {
      throw Check.bad("new_owner_id must be another member");
    }
    boolean keepAdmin = !Boolean.FALSE.equals(r.keepOldOwnerAsAdmin());
    access.requireOwner(groupId, userId);
    tx.executeWithoutResult(
        s -> {
          long now = clock.millis();
          GroupRow g = access.lockUsable(groupId);
          access.atLeast(groupId, userId, Roles.OWNER);
          int theirs = targetRole(groupId, target);
          groups.setRole(groupId, target, Roles.OWNER);
          groups.setRole(groupId, userId, keepAdmin ? Roles.ADMIN : Roles.MEMBER);
          if (theirs == Roles.MEMBER) {
            membership.receiptsForNewManager(g, target);
          }
          notifyMember(NotifyEvent.GROUP_OWNER_TRANSFERRED, g, target, userId, "owner", now);
        });
  }

  /** G23: the owner makes members admins, or admins plain members; unchanged roles are skipped. */
  public void setAdmins(long userId, GroupSetAdminRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    List<Long> targets = Ids.parseAll(r.memberIds(), MAX_TARGETS, false, "member_ids");
    boolean admin = Check.required(r.isAdmin(), "is_admin");
    if (targets.contains(userId)) {
      throw Check.bad("member_ids cannot name the owner; use transferOwner");
    }
    access.requireOwner(groupId, userId);
    tx.executeWithoutResult(
        s -> {
          long now = clock.millis();
          GroupRow g = access.lockUsable(groupId);
          access.atLeast(groupId, userId, Roles.OWNER);
          for (long target : targets) {
            targetRole(groupId, target);
          }
          int role = admin ? Roles.ADMIN : Roles.MEMBER;
          for (long target : targets) {
            if (targetRole(groupId, target) == role) {
              continue;
            }
            groups.setRole(groupId, target, role);
            if (admin) {
              membership.receiptsForNewManager(g, target);
            }
            notifyMember(
                admin ? NotifyEvent.GROUP_ADMIN_SET : NotifyEvent.GROUP_ADMIN_UNSET,
                g,
                target,
                userId,
                "admin",
                now);
          }
        });
  }

  /**
   * A notification about one member's place in the group (removed, made owner, admin set/unset),
   * sent directly: the bizId carries the moment, so a second kick or promotion is notified again.
   */
  private void notifyMember(
      String type, GroupRow g, long target, long actor, String what, long now) {
    events.notify(
        type,
        target,
        actor,
        "group:" + g.id() + ":" + what + ":" + target + ":" + now,
        g.id(),
        g.name(),
        "",
        Map.of());
  }

  private int targetRole(long groupId, long target) {
    return groups
        .role(groupId, target)
        .orElseThrow(
            () ->
                new DomainException(
                    ErrorCode.GROUP_TARGET_NOT_MEMBER, "user " + target + " is not a member"));
  }

  private static String name(String raw) {
    String name = raw.trim();
    if (name.isEmpty()) {
      throw Check.bad("name must not be blank");
    }
    return Check.maxLength(name, MAX_NAME, "name");
  }
}
