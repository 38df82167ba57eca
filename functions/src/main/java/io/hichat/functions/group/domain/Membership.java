package io.hichat.functions.group.domain;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.group.store.GroupRow;
import io.hichat.functions.group.store.GroupStore;
import io.hichat.functions.group.store.InvitationRow;
import io.hichat.functions.group.store.InvitationStore;
import io.hichat.functions.group.store.Receipt;
import io.hichat.functions.group.store.RequestRow;
import io.hichat.functions.group.store.RequestStore;
import io.hichat.functions.social.domain.RelationCache;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.event.NotifyEvent;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The changes every path into and out of a group shares. Each method runs inside the caller's
 * transaction, after the caller locked the group's row ({@link GroupAccess#lock}).
 *
 * <p>Joining adds the member, writes {@code group.member.added}, resolves the user's other pending
 * applications to the group as accepted ({@code group.request.resolved} to the managers), ends
 * their other pending invitations, and, when the group is full with this member, invalidates every
 * pending application ({@code group.invalidated}). Leaving removes the member, writes {@code
 * group.member.removed}, drops the member cache after the commit and invalidates the pending
 * invitations the member had sent.
 */
@Component
public class Membership {

  private final GroupStore groups;
  private final RequestStore requests;
  private final InvitationStore invitations;
  private final GroupEvents events;
  private final RelationCache cache;

  public Membership(
      GroupStore groups,
      RequestStore requests,
      InvitationStore invitations,
      GroupEvents events,
      RelationCache cache) {
    this.groups = groups;
    this.requests = requests;
    this.invitations = invitations;
    this.events = events;
    this.cache = cache;
  }

  public boolean isMember(long groupId, long userId) {
    return groups.role(groupId, userId).isPresent();
  }

  /**
   * Adds {@code userId} as a plain member; false when they already were one.
   *
   * @throws DomainException {@link ErrorCode#GROUP_FULL} when the group has no room
   */
  public boolean admit(GroupRow g, long userId, int source, long inviter, long operator, long now) {
    if (isMember(g.id(), userId)) {
      return false;
    }
    if (g.full()) {
      throw new DomainException(ErrorCode.GROUP_FULL);
    }
    groups.insertMember(g.id(), userId, Roles.MEMBER, source, inviter, operator, now);
    events.memberAdded(g.id(), userId, operator);
    for (RequestRow other : requests.pendingOf(g.id(), userId)) {
      requests.resolve(other.id(), RequestRow.ACCEPTED, operator, "", "", source, now);
      requests.closeReceipts(Receipt.GROUP, List.of(other.id()), RequestRow.ACCEPTED, now);
      for (long manager : groups.managers(g.id())) {
        events.notify(
            NotifyEvent.GROUP_REQUEST_RESOLVED,
            manager,
            operator,
            "group:" + other.id() + ":resolved",
            g.id(),
            g.name(),
            "",
            GroupEvents.request(Receipt.GROUP, other.id(), RequestRow.ACCEPTED, ""));
      }
    }
    List<Long> invites = invitations.pendingIds(g.id(), userId, null);
    invitations.finish(invites, InvitationRow.INVALIDATED, "joined", null, now);
    requests.closeReceipts(Receipt.GROUP_INVITE, invites, InvitationRow.INVALIDATED, now);
    if (g.memberCount() + 1 >= g.memberLimit()) {
      invalidatePending(g, "group_full", now);
    }
    return true;
  }

  /**
   * Removes a member; false when they were not one. The group's member cache is dropped after the
   * commit, so the removed member's next message is refused at once.
   */
  public boolean remove(GroupRow g, long userId, long operator, long now) {
    if (!groups.deleteMember(g.id(), userId)) {
      return false;
    }
    events.memberRemoved(g.id(), userId, operator);
    cache.invalidateAfterCommit(RelationKeys.members(g.id()));
    invalidateInvitations(g, invitations.pendingIds(g.id(), null, userId), "inviter_left", now);
    return true;
  }

  /** Every pending application of the group becomes invalidated; the applicants are told. */
  public void invalidatePending(GroupRow g, String reason, long now) {
    for (RequestRow r : requests.pendingOfGroup(g.id())) {
      invalidate(g, r, reason, now);
    }
  }

  /** One pending application becomes invalidated; the applicant is told. */
  public void invalidate(GroupRow g, RequestRow r, String reason, long now) {
    requests.resolve(r.id(), RequestRow.INVALIDATED, 0, "", reason, 0, now);
    requests.closeReceipts(Receipt.GROUP, List.of(r.id()), RequestRow.INVALIDATED, now);
    requests.addReceipt(Receipt.GROUP, r.id(), r.userId(), Receipt.RESULT, false);
    events.notify(
        NotifyEvent.GROUP_INVALIDATED,
        r.userId(),
        null,
        "group:" + r.id() + ":invalidated",
        g.id(),
        g.name(),
        reason,
        GroupEvents.request(Receipt.GROUP, r.id(), RequestRow.INVALIDATED, reason));
  }

  /** Pending invitations become invalidated; each invitee is told. */
  public void invalidateInvitations(GroupRow g, List<Long> ids, String reason, long now) {
    if (ids.isEmpty()) {
      return;
    }
    invitations.finish(ids, InvitationRow.INVALIDATED, reason, null, now);
    requests.closeReceipts(Receipt.GROUP_INVITE, ids, InvitationRow.INVALIDATED, now);
    for (InvitationRow inv : invitations.findAll(ids)) {
      events.notify(
          NotifyEvent.GROUP_INVITE_INVALIDATED,
          inv.inviteeUid(),
          null,
          "group_invite:" + inv.id() + ":invalidated",
          g.id(),
          g.name(),
          reason,
          GroupEvents.request(Receipt.GROUP_INVITE, inv.id(), InvitationRow.INVALIDATED, reason));
    }
  }

  /**
   * A new application: an {@code apply} receipt and a {@code group.apply} notification for the
   * owner and every admin.
   */
  public void announceApplication(GroupRow g, long requestId, long applicant, String msg) {
    for (long manager : groups.managers(g.id())) {
      requests.addReceipt(Receipt.GROUP, requestId, manager, Receipt.APPLY, true);
      events.notify(
          NotifyEvent.GROUP_APPLY,
          manager,
          applicant,
          "group:" + requestId + ":apply",
          g.id(),
          g.name(),
          msg,
          GroupEvents.request(Receipt.GROUP, requestId, RequestRow.PENDING, msg));
    }
  }

  /** A member who became owner or admin gets receipts for the applications already waiting. */
  public void receiptsForNewManager(GroupRow g, long userId) {
    for (RequestRow r : requests.pendingOfGroup(g.id())) {
      requests.addReceipt(Receipt.GROUP, r.id(), userId, Receipt.APPLY, true);
    }
  }
}
