package io.hichat.functions.group.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.group.store.GroupRow;
import io.hichat.functions.group.store.GroupStore;
import io.hichat.functions.group.store.InvitationRow;
import io.hichat.functions.group.store.InvitationStore;
import io.hichat.functions.group.store.Receipt;
import io.hichat.functions.group.store.RequestRow;
import io.hichat.functions.group.store.RequestStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.api.PageResult;
import io.hichat.model.event.NotifyEvent;
import io.hichat.model.group.GroupInvitation;
import io.hichat.model.group.GroupInvitationCreateRequest;
import io.hichat.model.group.GroupInvitationHandleRequest;
import io.hichat.model.group.GroupInvitationHandleResult;
import io.hichat.model.group.GroupInvitationQuery;
import io.hichat.model.group.GroupInviteRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations (G14–G18, SEED-SPEC §5.3): any member invites; the invitee confirms within 7 days.
 * Accepting reads the inviter's role now: an owner's or admin's invitation (or any invitation into
 * an open group) admits at once, a plain member's files an application for the admins.
 */
@Service
public class InvitationService {

  public static final Duration LIFETIME = Duration.ofDays(7);
  static final int MAX_BULK = 50;
  static final int MAX_PAGE_SIZE = 100;

  private final GroupAccess access;
  private final Membership membership;
  private final GroupStore groups;
  private final InvitationStore invitations;
  private final RequestStore requests;
  private final GroupEvents events;
  private final TransactionTemplate tx;
  private final Clock clock;

  public InvitationService(
      GroupAccess access,
      Membership membership,
      GroupStore groups,
      InvitationStore invitations,
      RequestStore requests,
      GroupEvents events,
      TransactionTemplate tx,
      Clock clock) {
    this.access = access;
    this.membership = membership;
    this.groups = groups;
    this.invitations = invitations;
    this.requests = requests;
    this.events = events;
    this.tx = tx;
    this.clock = clock;
  }

  /** G15: returns the new invitation, or this inviter's pending one to the same user. */
  public GroupInvitation invite(long userId, GroupInvitationCreateRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    long invitee = Ids.parse(r.inviteeUid(), "invitee_uid");
    String message = JoinService.text(r.message(), JoinService.MAX_MSG, "message");
    if (invitee == userId) {
      throw Check.bad("invitee_uid cannot be the caller");
    }
    access.requireMember(groupId, userId);
    if (!groups.userExists(invitee)) {
      throw new DomainException(ErrorCode.USER_NOT_FOUND);
    }
    return tx.execute(
        s -> {
          long now = clock.millis();
          GroupRow g = access.lockUsable(groupId);
          int role = access.role(groupId, userId);
          if (membership.isMember(groupId, invitee)) {
            throw new DomainException(ErrorCode.ALREADY_GROUP_MEMBER);
          }
          InvitationRow inv = inviteLocked(g, userId, role, invitee, message, now);
          return GroupViews.invitation(inv, new Receipt(false, true), g, now);
        });
  }

  /** G14: one invitation per listed user; members and the caller are skipped. */
  public void inviteAll(long userId, GroupInviteRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    List<Long> invitees = Ids.parseAll(r.friendIds(), MAX_BULK, false, "friend_ids");
    access.requireMember(groupId, userId);
    for (long invitee : invitees) {
      if (!groups.userExists(invitee)) {
        throw new DomainException(ErrorCode.USER_NOT_FOUND, "user " + invitee + " not found");
      }
    }
    tx.executeWithoutResult(
        s -> {
          long now = clock.millis();
          GroupRow g = access.lockUsable(groupId);
          int role = access.role(groupId, userId);
          for (long invitee : invitees) {
            if (invitee != userId && !membership.isMember(groupId, invitee)) {
              inviteLocked(g, userId, role, invitee, "", now);
            }
          }
        });
  }

  private InvitationRow inviteLocked(
      GroupRow g, long inviter, int role, long invitee, String message, long now) {
    var existing = invitations.pending(g.id(), inviter, invitee, now);
    if (existing.isPresent()) {
      return existing.get();
    }
    long id =
        invitations.insert(g.id(), inviter, invitee, role, message, now, now + LIFETIME.toMillis());
    requests.addReceipt(Receipt.GROUP_INVITE, id, invitee, Receipt.INVITE, true);
    events.notify(
        NotifyEvent.GROUP_INVITE,
        invitee,
        inviter,
        "group_invite:" + id + ":invite",
        g.id(),
        g.name(),
        message,
        GroupEvents.request(Receipt.GROUP_INVITE, id, InvitationRow.PENDING, message));
    return invitations.find(id).orElseThrow();
  }

  /** G18: only the invitee answers; the same answer again is idempotent, another one 409. */
  public GroupInvitationHandleResult handle(long userId, GroupInvitationHandleRequest r) {
    long id = Ids.parse(r.id(), "id");
    int result = Check.required(r.result(), "result");
    Check.oneOf(result, List.of(InvitationRow.ACCEPTED, InvitationRow.REJECTED), "result");
    String msg = JoinService.text(r.handleMsg(), JoinService.MAX_MSG, "handle_msg");
    InvitationRow found =
        invitations
            .find(id)
            .filter(i -> i.inviteeUid() == userId)
            .orElseThrow(() -> new DomainException(ErrorCode.GROUP_INVITATION_NOT_FOUND));
    return tx.execute(s -> handleLocked(userId, found.groupId(), id, result, msg));
  }

  private GroupInvitationHandleResult handleLocked(
      long userId, long groupId, long id, int result, String msg) {
    long now = clock.millis();
    GroupRow g = groups.lock(groupId).orElse(null);
    InvitationRow inv = invitations.lock(id).orElseThrow();
    if (inv.status() != InvitationRow.PENDING) {
      boolean same =
          inv.status() == result
              || inv.status() == InvitationRow.EXPIRED
              || inv.status() == InvitationRow.INVALIDATED;
      if (!same) {
        throw new DomainException(ErrorCode.GROUP_INVITATION_HANDLED);
      }
      return answer(inv, inv.status(), state(inv), inv.groupRequestId(), true);
    }
    if (inv.expiresAt() <= now) {
      finish(inv, InvitationRow.EXPIRED, "", null, now);
      return answer(inv, InvitationRow.EXPIRED, "expired", 0, false);
    }
    if (g == null || !g.usable()) {
      finish(inv, InvitationRow.INVALIDATED, "group_unavailable", null, now);
      return answer(inv, InvitationRow.INVALIDATED, "invalidated", 0, false);
    }
    if (result == InvitationRow.REJECTED) {
      finish(inv, InvitationRow.REJECTED, msg, null, now);
      return answer(inv, InvitationRow.REJECTED, "rejected", 0, false);
    }
    int inviterRole = access.roleOf(groupId, inv.inviterUid());
    if (inviterRole < 0) {
      finish(inv, InvitationRow.INVALIDATED, "inviter_left", null, now);
      return answer(inv, InvitationRow.INVALIDATED, "invalidated", 0, false);
    }
    if (membership.isMember(groupId, userId)) {
      finish(inv, InvitationRow.ACCEPTED, "", null, now);
      return answer(inv, InvitationRow.ACCEPTED, "joined", 0, false);
    }
    if (inviterRole >= Roles.ADMIN || !g.approvalRequired()) {
      if (g.full()) {
        throw new DomainException(ErrorCode.GROUP_FULL);
      }
      finish(inv, InvitationRow.ACCEPTED, "", null, now);
      membership.admit(g, userId, Roles.INVITE, inv.inviterUid(), userId, now);
      return answer(inv, InvitationRow.ACCEPTED, "joined", 0, false);
    }
    long requestId =
        requests.insertPending(
            groupId, userId, inv.message(), Roles.INVITE, inv.inviterUid(), id, now);
    finish(inv, InvitationRow.ACCEPTED, "", requestId, now);
    List<Long> others = new ArrayList<>(invitations.pendingIds(groupId, userId, null));
    invitations.finish(others, InvitationRow.INVALIDATED, "accepted_another", null, now);
    requests.closeReceipts(Receipt.GROUP_INVITE, others, InvitationRow.INVALIDATED, now);
    membership.announceApplication(g, requestId, userId, inv.message());
    return answer(inv, InvitationRow.ACCEPTED, "pending_approval", requestId, false);
  }

  private void finish(InvitationRow inv, int status, String reason, Long requestId, long now) {
    invitations.finish(List.of(inv.id()), status, reason, requestId, now);
    requests.closeReceipts(Receipt.GROUP_INVITE, List.of(inv.id()), status, now);
    requests.markRead(Receipt.GROUP_INVITE, inv.inviteeUid(), List.of(inv.id()), now);
  }

  private static GroupInvitationHandleResult answer(
      InvitationRow inv, int status, String state, long requestId, boolean idempotent) {
    return new GroupInvitationHandleResult(
        Ids.text(inv.id()),
        status,
        state,
        requestId == 0 ? null : Ids.text(requestId),
        idempotent,
        Ids.text(inv.groupId()));
  }

  /** What an answered invitation meant for joining, following its application when it has one. */
  private String state(InvitationRow inv) {
    return switch (inv.status()) {
      case InvitationRow.REJECTED -> "rejected";
      case InvitationRow.INVALIDATED -> "invalidated";
      case InvitationRow.EXPIRED -> "expired";
      default -> {
        if (inv.groupRequestId() == 0) {
          yield "joined";
        }
        int result = requests.find(inv.groupRequestId()).map(RequestRow::handleResult).orElse(-1);
        yield switch (result) {
          case RequestRow.PENDING -> "pending_approval";
          case RequestRow.ACCEPTED -> "joined";
          case RequestRow.REJECTED -> "approval_rejected";
          default -> "invalidated";
        };
      }
    };
  }

  /** G16: invitations the caller received, newest first. */
  public PageResult<GroupInvitation> received(long userId, GroupInvitationQuery q) {
    Integer status = q.status() == null ? null : Check.range(q.status(), 0, 4, 0, "status");
    int page = Check.range(q.page(), 1, 10_000, 1, "page");
    int size = Check.range(q.size(), 1, MAX_PAGE_SIZE, 20, "size");
    long now = clock.millis();
    List<InvitationRow> rows = invitations.received(userId, status, (page - 1) * size, size);
    Map<Long, Receipt> receipts =
        requests.receipts(
            Receipt.GROUP_INVITE, userId, rows.stream().map(InvitationRow::id).toList());
    Map<Long, GroupRow> byId =
        groups.findAll(rows.stream().map(InvitationRow::groupId).distinct().toList()).stream()
            .collect(Collectors.toMap(GroupRow::id, Function.identity()));
    List<GroupInvitation> items =
        rows.stream()
            .map(
                i ->
                    GroupViews.invitation(
                        i, receipts.getOrDefault(i.id(), Receipt.NONE), byId.get(i.groupId()), now))
            .toList();
    return new PageResult<>(items, invitations.countReceived(userId, status));
  }

  /** The expiry job's step: pending invitations past their expiry become expired (4). */
  public int expireBatch(int limit) {
    Integer expired =
        tx.execute(
            s -> {
              long now = clock.millis();
              List<Long> ids = invitations.claimExpired(now, limit);
              invitations.finish(ids, InvitationRow.EXPIRED, "", null, now);
              requests.closeReceipts(Receipt.GROUP_INVITE, ids, InvitationRow.EXPIRED, now);
              return ids.size();
            });
    return expired == null ? 0 : expired;
  }
}
