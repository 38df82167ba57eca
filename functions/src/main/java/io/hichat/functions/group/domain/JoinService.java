package io.hichat.functions.group.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.group.store.GroupRow;
import io.hichat.functions.group.store.InviteLinkStore;
import io.hichat.functions.group.store.LinkRow;
import io.hichat.functions.group.store.Receipt;
import io.hichat.functions.group.store.RequestRow;
import io.hichat.functions.group.store.RequestStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.NotifyEvent;
import io.hichat.model.group.GroupApplyRequest;
import io.hichat.model.group.GroupApplyResult;
import io.hichat.model.group.GroupHandleRequest;
import io.hichat.model.group.GroupHandleResult;
import io.hichat.model.group.GroupJoinByTokenRequest;
import io.hichat.model.group.GroupJoinResult;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joining by application (G2), its approval (G3) and joining through an invite link (G27). Each
 * write locks the group's row first, so concurrent approvals and link uses are serialized per
 * group.
 */
@Service
public class JoinService {

  static final int MAX_MSG = 255;
  static final int MAX_TOKEN = 64;

  private final GroupAccess access;
  private final Membership membership;
  private final RequestStore requests;
  private final InviteLinkStore links;
  private final GroupEvents events;
  private final ApplyThrottle throttle;
  private final TransactionTemplate tx;
  private final Clock clock;

  public JoinService(
      GroupAccess access,
      Membership membership,
      RequestStore requests,
      InviteLinkStore links,
      GroupEvents events,
      ApplyThrottle throttle,
      TransactionTemplate tx,
      Clock clock) {
    this.access = access;
    this.membership = membership;
    this.requests = requests;
    this.links = links;
    this.events = events;
    this.throttle = throttle;
    this.tx = tx;
    this.clock = clock;
  }

  /** G2: open groups admit at once; others get one pending application, announced to managers. */
  public GroupApplyResult apply(long userId, GroupApplyRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    String msg = text(r.reqMsg(), MAX_MSG, "req_msg");
    GroupRow group = access.group(groupId);
    if (!group.usable()) {
      throw new DomainException(ErrorCode.GROUP_UNAVAILABLE);
    }
    if (membership.isMember(groupId, userId)) {
      return member(groupId);
    }
    if (!throttle.tryAcquire(groupId, userId)) {
      throw new DomainException(ErrorCode.GROUP_APPLY_TOO_OFTEN);
    }
    try {
      return tx.execute(s -> applyLocked(userId, groupId, msg));
    } catch (RuntimeException e) {
      throttle.release(groupId, userId);
      throw e;
    }
  }

  private GroupApplyResult applyLocked(long userId, long groupId, String msg) {
    long now = clock.millis();
    GroupRow g = access.lockUsable(groupId);
    if (membership.isMember(groupId, userId)) {
      return member(groupId);
    }
    if (g.full()) {
      throw new DomainException(ErrorCode.GROUP_FULL);
    }
    if (!g.approvalRequired()) {
      long requestId = requests.insertAccepted(groupId, userId, msg, Roles.APPLY, now);
      membership.admit(g, userId, Roles.APPLY, 0, userId, now);
      return new GroupApplyResult(
          Ids.text(groupId), 1, Ids.text(requestId), RequestRow.ACCEPTED, false, false);
    }
    var pending = requests.pendingDirect(groupId, userId);
    if (pending.isPresent()) {
      return new GroupApplyResult(
          Ids.text(groupId), 0, Ids.text(pending.get().id()), RequestRow.PENDING, true, false);
    }
    long requestId = requests.insertPending(groupId, userId, msg, Roles.APPLY, 0, null, now);
    membership.announceApplication(g, requestId, userId, msg);
    return new GroupApplyResult(
        Ids.text(groupId), 0, Ids.text(requestId), RequestRow.PENDING, false, false);
  }

  private static GroupApplyResult member(long groupId) {
    return new GroupApplyResult(Ids.text(groupId), 1, null, RequestRow.ACCEPTED, false, true);
  }

  /**
   * G3: the owner or an admin (role read again under the group's lock) approves or rejects. The
   * same answer again is an idempotent success; a different one is 409.
   */
  public GroupHandleResult handle(long userId, GroupHandleRequest r) {
    long requestId = Ids.parse(r.requestId(), "request_id");
    int result = Check.required(r.handleResult(), "handle_result");
    Check.oneOf(result, List.of(RequestRow.ACCEPTED, RequestRow.REJECTED), "handle_result");
    String msg = text(r.handleMsg(), MAX_MSG, "handle_msg");
    RequestRow request =
        requests
            .find(requestId)
            .orElseThrow(() -> new DomainException(ErrorCode.GROUP_REQUEST_NOT_FOUND));
    access.requireAdmin(request.groupId(), userId);
    return tx.execute(s -> handleLocked(userId, requestId, request.groupId(), result, msg));
  }

  private GroupHandleResult handleLocked(
      long userId, long requestId, long groupId, int result, String msg) {
    long now = clock.millis();
    GroupRow g = access.lock(groupId);
    access.atLeast(groupId, userId, Roles.ADMIN);
    RequestRow r = requests.lock(requestId).orElseThrow();
    String id = Ids.text(requestId);
    if (!r.pending()) {
      if (r.handleResult() == result) {
        return new GroupHandleResult(id, result, true, null);
      }
      throw new DomainException(ErrorCode.GROUP_REQUEST_HANDLED);
    }
    if (!g.usable()) {
      membership.invalidate(g, r, "group_unavailable", now);
      return new GroupHandleResult(id, RequestRow.INVALIDATED, false, "group_unavailable");
    }
    boolean accept = result == RequestRow.ACCEPTED;
    boolean alreadyMember = membership.isMember(groupId, r.userId());
    if (accept && !alreadyMember && g.full()) {
      membership.invalidate(g, r, "group_full", now);
      return new GroupHandleResult(id, RequestRow.INVALIDATED, false, "group_full");
    }
    requests.resolve(requestId, result, userId, msg, "", accept ? r.joinSource() : 0, now);
    requests.closeReceipts(Receipt.GROUP, List.of(requestId), result, now);
    requests.markRead(Receipt.GROUP, userId, List.of(requestId), now);
    requests.addReceipt(Receipt.GROUP, requestId, r.userId(), Receipt.RESULT, false);
    events.notify(
        accept ? NotifyEvent.GROUP_ACCEPT : NotifyEvent.GROUP_REJECT,
        r.userId(),
        null,
        "group:" + requestId + (accept ? ":accept" : ":reject"),
        groupId,
        g.name(),
        msg,
        GroupEvents.request(Receipt.GROUP, requestId, result, msg));
    for (long manager : managersBut(groupId, userId)) {
      events.notify(
          NotifyEvent.GROUP_REQUEST_RESOLVED,
          manager,
          userId,
          "group:" + requestId + ":resolved",
          groupId,
          g.name(),
          "",
          GroupEvents.request(Receipt.GROUP, requestId, result, ""));
    }
    if (accept) {
      membership.admit(g, r.userId(), r.joinSource(), r.inviterUserId(), userId, now);
    }
    return new GroupHandleResult(id, result, false, null);
  }

  private List<Long> managersBut(long groupId, long userId) {
    return access.managers(groupId).stream().filter(m -> m != userId).toList();
  }

  /**
   * G27: a usable link admits at once when its creator is (still) owner or admin, or the group is
   * open; otherwise it files an application. Each admission or application uses the link once,
   * under the link's row lock, so {@code max_uses} is never exceeded. A member uses nothing.
   */
  public GroupJoinResult joinByToken(long userId, GroupJoinByTokenRequest r) {
    String token = Check.maxLength(Check.required(r.token(), "token").trim(), MAX_TOKEN, "token");
    String msg = text(r.reqMsg(), MAX_MSG, "req_msg");
    LinkRow link =
        links.find(token).orElseThrow(() -> new DomainException(ErrorCode.INVITE_LINK_NOT_FOUND));
    return tx.execute(s -> joinLocked(userId, link.groupId(), token, msg));
  }

  private GroupJoinResult joinLocked(long userId, long groupId, String token, String msg) {
    long now = clock.millis();
    GroupRow g = access.lockUsable(groupId);
    LinkRow link = links.lock(token).orElseThrow();
    String gid = Ids.text(groupId);
    if (membership.isMember(groupId, userId)) {
      return new GroupJoinResult(gid, 1, null);
    }
    if (!link.usable(now)) {
      throw new DomainException(ErrorCode.INVITE_LINK_UNUSABLE);
    }
    int creatorRole = access.roleOf(groupId, link.createdBy());
    if (creatorRole >= Roles.ADMIN || !g.approvalRequired()) {
      membership.admit(g, userId, Roles.LINK, link.createdBy(), userId, now);
      links.use(link.id());
      return new GroupJoinResult(gid, 1, null);
    }
    var pending = requests.pendingDirect(groupId, userId);
    if (pending.isPresent()) {
      return new GroupJoinResult(gid, 0, Ids.text(pending.get().id()));
    }
    long requestId =
        requests.insertPending(groupId, userId, msg, Roles.LINK, link.createdBy(), null, now);
    links.use(link.id());
    membership.announceApplication(g, requestId, userId, msg);
    return new GroupJoinResult(gid, 0, Ids.text(requestId));
  }

  static String text(String value, int max, String field) {
    return value == null ? "" : Check.maxLength(value.trim(), max, field);
  }
}
