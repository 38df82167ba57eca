package io.hichat.functions.social.domain;

import static io.hichat.functions.social.domain.FriendViews.ACCEPTED;
import static io.hichat.functions.social.domain.FriendViews.PENDING;
import static io.hichat.functions.social.domain.FriendViews.REJECTED;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.social.store.FriendRequestRow;
import io.hichat.functions.social.store.FriendRequestStore;
import io.hichat.functions.social.store.FriendStore;
import io.hichat.functions.social.store.PairLock;
import io.hichat.functions.social.store.ReceiptStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.api.PageResult;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.event.NotifyEvent;
import io.hichat.model.event.RelationEvent;
import io.hichat.model.social.FriendApplyRequest;
import io.hichat.model.social.FriendApplyResult;
import io.hichat.model.social.FriendHandleRequest;
import io.hichat.model.social.FriendHandleResult;
import io.hichat.model.social.FriendReadRequest;
import io.hichat.model.social.FriendRequestCounts;
import io.hichat.model.social.FriendRequestItem;
import io.hichat.model.social.FriendRequestQuery;
import io.hichat.model.social.FriendRequestRef;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Friend requests (SEED-SPEC §5.2): create, answer, list, hide, and the receipts that count what is
 * unread. Every change to a pair of users runs under {@link PairLock}, so that two requests sent
 * both ways at once end in one friendship, and an answer given twice at once counts once.
 */
@Service
public class FriendRequestService {

  private final SocialTx tx;
  private final PairLock pairs;
  private final FriendStore friends;
  private final FriendRequestStore requests;
  private final ReceiptStore receipts;
  private final FriendEvents events;
  private final Clock clock;
  private final RelationCache cache;

  public FriendRequestService(
      SocialTx tx,
      PairLock pairs,
      FriendStore friends,
      FriendRequestStore requests,
      ReceiptStore receipts,
      FriendEvents events,
      Clock clock,
      RelationCache cache) {
    this.tx = tx;
    this.pairs = pairs;
    this.friends = friends;
    this.requests = requests;
    this.receipts = receipts;
    this.events = events;
    this.clock = clock;
    this.cache = cache;
  }

  /**
   * S1. Already friends: nothing is written. A request of the caller's still pending: returned as
   * is. A request of the target's pending: accepted, and the two are friends. Otherwise a new
   * pending request, an apply receipt and a {@code friend.apply} notification for the target.
   */
  public FriendApplyResult apply(long caller, FriendApplyRequest r) {
    long target = FriendInput.userId(r.userUid(), "user_uid");
    String message = FriendInput.text(r.reqMsg(), FriendInput.MAX_MESSAGE, "req_msg");
    String remark = FriendInput.text(r.remark(), FriendInput.MAX_REMARK, "remark");
    if (target == caller) {
      throw new DomainException(ErrorCode.CANNOT_BEFRIEND_SELF);
    }
    return tx.write(() -> applyLocked(caller, target, message, remark));
  }

  private FriendApplyResult applyLocked(long caller, long target, String message, String remark) {
    PairLock.Locked users = pairs.lock(caller, target);
    if (users.first().isEmpty() || users.second().filter(status -> status == 1).isEmpty()) {
      throw new DomainException(ErrorCode.USER_NOT_FOUND);
    }
    if (friends.exists(caller, target)) {
      return new FriendApplyResult("", FriendViews.status(ACCEPTED), false, true);
    }
    if (friends.blocks(target, caller)) {
      throw new DomainException(ErrorCode.FRIEND_BLOCKED);
    }
    Optional<FriendRequestRow> mine = requests.pending(caller, target);
    if (mine.isPresent()) {
      return new FriendApplyResult(id(mine.get().id()), FriendViews.status(PENDING), true, false);
    }
    // asking someone is the end of blocking them
    friends.unblock(caller, target);
    cache.invalidateAfterCommit(RelationKeys.blocks(caller));
    Optional<FriendRequestRow> theirs = requests.pending(target, caller);
    if (theirs.isPresent()) {
      accept(theirs.get(), remark, List.of(), "");
      return new FriendApplyResult(
          id(theirs.get().id()), FriendViews.status(ACCEPTED), false, false);
    }
    long id = requests.insert(caller, target, message, remark, clock.instant());
    receipts.create(id, target, ReceiptStore.Kind.APPLY, true, PENDING);
    events.requestNotice(NotifyEvent.FRIEND_APPLY, target, caller, id, PENDING, message);
    return new FriendApplyResult(id(id), FriendViews.status(PENDING), false, false);
  }

  /**
   * S2. Only the target may answer; anyone else is told the request does not exist. The same answer
   * again succeeds without changing anything; another answer is a conflict.
   */
  public FriendHandleResult handle(long caller, FriendHandleRequest r) {
    long id = FriendInput.requestId(r.requestId(), r.friendReqId());
    int result = Check.required(r.handleResult(), "handle_result");
    if (result != ACCEPTED && result != REJECTED) {
      throw Check.bad("handle_result must be 1 (accept) or 2 (reject)");
    }
    String message = FriendInput.text(r.handleMsg(), FriendInput.MAX_MESSAGE, "handle_msg");
    String remark = FriendInput.text(r.remark(), FriendInput.MAX_REMARK, "remark");
    List<String> tags = r.tags() == null ? List.of() : FriendInput.tags(r.tags(), "tags");
    return tx.write(
        () -> {
          FriendRequestRow seen =
              requests
                  .byId(id)
                  .filter(row -> row.target() == caller)
                  .orElseThrow(FriendRequestService::notFound);
          if (pairs.lock(seen.applicant(), seen.target()).first().isEmpty()) {
            throw notFound(); // the applicant's account is gone
          }
          FriendRequestRow row =
              requests.byIdForUpdate(id).orElseThrow(FriendRequestService::notFound);
          if (row.handleResult() != PENDING) {
            if (row.handleResult() == result) {
              return new FriendHandleResult(id(id), result, true);
            }
            throw new DomainException(ErrorCode.FRIEND_REQUEST_HANDLED);
          }
          if (result == ACCEPTED) {
            accept(row, remark, tags, message);
          } else {
            reject(row, message);
          }
          return new FriendHandleResult(id(id), result, false);
        });
  }

  /**
   * The target accepts: the request is closed, both directed rows are written (the target's with
   * its remark and tags, the applicant's with the remark preset in the request), {@code
   * friend.added} is published, and the applicant gets a result receipt and a notification. Runs
   * under the pair's lock; blocks cannot exist here, since a blocked user cannot ask and asking
   * lifts one's own block.
   */
  private void accept(FriendRequestRow row, String remark, List<String> tags, String message) {
    Instant now = clock.instant();
    close(row, ACCEPTED, message, now);
    friends.add(row.target(), row.applicant(), remark, FriendInput.tagsJson(tags), false);
    friends.add(row.applicant(), row.target(), row.remark(), "[]", false);
    events.relation(RelationEvent.FRIEND_ADDED, row.applicant(), row.target(), row.target());
    notifyApplicant(row, NotifyEvent.FRIEND_ACCEPT, ACCEPTED, message, now);
  }

  private void reject(FriendRequestRow row, String message) {
    Instant now = clock.instant();
    close(row, REJECTED, message, now);
    notifyApplicant(row, NotifyEvent.FRIEND_REJECT, REJECTED, message, now);
  }

  private void close(FriendRequestRow row, int result, String message, Instant now) {
    if (!requests.finish(row.id(), result, message, now)) {
      throw new IllegalStateException("friend request " + row.id() + " changed under its lock");
    }
    receipts.resolve(row.id(), row.target(), result, now);
  }

  private void notifyApplicant(
      FriendRequestRow row, String type, int result, String message, Instant now) {
    receipts.create(row.id(), row.applicant(), ReceiptStore.Kind.RESULT, false, result);
    events.requestNotice(type, row.applicant(), row.target(), row.id(), result, message);
  }

  /** S3. Every id must be a request the caller sent or received; none means all. */
  public FriendRequestCounts read(long caller, FriendReadRequest r) {
    List<Long> ids = FriendInput.requestIds(r.requestIds(), r.friendReqId());
    Instant now = clock.instant();
    if (ids.isEmpty()) {
      receipts.markAllRead(caller, now);
    } else {
      if (requests.countInvolving(caller, ids) != ids.size()) {
        throw notFound();
      }
      receipts.markRead(caller, ids, now);
    }
    return counts(caller);
  }

  /** S4. */
  public PageResult<FriendRequestItem> list(long caller, FriendRequestQuery q) {
    String requestClass = Check.required(q.requestClass(), "class").trim();
    boolean sent =
        switch (requestClass) {
          case "0" -> true;
          case "1" -> false;
          default -> throw Check.bad("class must be \"0\" (sent) or \"1\" (received)");
        };
    Integer status = q.status() != null ? q.status() : q.type();
    if (status != null) {
      Check.range(status, PENDING, FriendViews.IGNORED, PENDING, "status");
    }
    int page = Check.range(q.page(), 1, FriendInput.MAX_PAGE, 1, "page");
    int size =
        Check.range(q.size(), 1, FriendInput.MAX_PAGE_SIZE, FriendInput.DEFAULT_PAGE_SIZE, "size");
    List<FriendRequestItem> items =
        requests.list(caller, sent, status, (page - 1) * size, size).stream()
            .map(row -> FriendViews.request(row, caller))
            .toList();
    return new PageResult<>(items, requests.count(caller, sent, status));
  }

  /**
   * S5. Hides the request from the caller's lists only and marks their receipts of it read; the
   * request itself, and the other party's view of it, stay as they are.
   */
  public void hide(long caller, FriendRequestRef r) {
    long id = FriendInput.requestId(r.requestId(), r.friendReqId());
    tx.run(
        () -> {
          if (!requests.hide(id, caller)) {
            throw notFound();
          }
          receipts.markRead(caller, List.of(id), clock.instant());
        });
  }

  /** S6. */
  public FriendRequestCounts counts(long caller) {
    ReceiptStore.Unread unread = receipts.unread(caller);
    return new FriendRequestCounts(
        unread.apply() + unread.result(), unread.apply(), unread.result());
  }

  private static DomainException notFound() {
    return new DomainException(ErrorCode.FRIEND_REQUEST_NOT_FOUND);
  }

  private static String id(long id) {
    return Long.toString(id);
  }
}
