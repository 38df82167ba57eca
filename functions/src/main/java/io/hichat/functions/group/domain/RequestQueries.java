package io.hichat.functions.group.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.group.store.GroupRow;
import io.hichat.functions.group.store.GroupStore;
import io.hichat.functions.group.store.MemberRow;
import io.hichat.functions.group.store.Receipt;
import io.hichat.functions.group.store.RequestRow;
import io.hichat.functions.group.store.RequestStore;
import io.hichat.model.api.PageResult;
import io.hichat.model.group.GroupRequestByUidQuery;
import io.hichat.model.group.GroupRequestCounts;
import io.hichat.model.group.GroupRequestItem;
import io.hichat.model.group.GroupRequestQuery;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The request lists and their receipts (G4–G7, G17): what the caller sent, what the groups the
 * caller manages received, and what the caller has not read yet.
 */
@Service
public class RequestQueries {

  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_READ_IDS = 200;

  private final GroupAccess access;
  private final GroupStore groups;
  private final RequestStore requests;
  private final Clock clock;

  public RequestQueries(GroupAccess access, GroupStore groups, RequestStore requests, Clock clock) {
    this.access = access;
    this.groups = groups;
    this.requests = requests;
    this.clock = clock;
  }

  /** G4: one managed group's requests, or every managed group's without {@code group_id}. */
  public PageResult<GroupRequestItem> ofGroups(long userId, GroupRequestQuery q) {
    List<Integer> results = q.type() == null ? List.of() : q.type();
    results.forEach(t -> Check.range(t, 0, 3, 0, "type"));
    int page = Check.range(q.page(), 1, 10_000, 1, "page");
    int size = Check.range(q.size(), 1, MAX_PAGE_SIZE, 20, "size");
    List<Long> groupIds;
    if (q.groupId() == null || q.groupId().isBlank()) {
      groupIds = groups.managedGroups(userId);
    } else {
      long groupId = Ids.parse(q.groupId(), "group_id");
      access.requireAdmin(groupId, userId);
      groupIds = List.of(groupId);
    }
    return page(userId, groupIds, null, results, page, size);
  }

  /** G5: class "1" = sent by the caller, "2" = received by groups the caller manages. */
  public PageResult<GroupRequestItem> byUid(long userId, GroupRequestByUidQuery q) {
    String clazz = q.clazz() == null || q.clazz().isBlank() ? "1" : q.clazz().trim();
    Check.oneOf(clazz, List.of("1", "2"), "class");
    Integer status = q.status() != null ? q.status() : q.type();
    if (status != null) {
      Check.range(status, 0, 3, 0, "status");
    }
    int page = Check.range(q.page(), 1, 10_000, 1, "page");
    int size = Check.range(q.size(), 1, MAX_PAGE_SIZE, 20, "size");
    List<Integer> results = status == null ? List.of() : List.of(status);
    return "1".equals(clazz)
        ? page(userId, null, userId, results, page, size)
        : page(userId, groups.managedGroups(userId), null, results, page, size);
  }

  private PageResult<GroupRequestItem> page(
      long userId, List<Long> groupIds, Long applicant, List<Integer> results, int page, int size) {
    List<RequestRow> rows = requests.list(groupIds, applicant, results, (page - 1) * size, size);
    List<Long> ids = rows.stream().map(RequestRow::id).toList();
    Map<Long, Receipt> receipts = requests.receipts(Receipt.GROUP, userId, ids);
    Map<Long, MemberRow> profiles =
        groups.profiles(rows.stream().map(RequestRow::userId).collect(Collectors.toSet()));
    Map<Long, GroupRow> byId =
        groups.findAll(rows.stream().map(RequestRow::groupId).distinct().toList()).stream()
            .collect(Collectors.toMap(GroupRow::id, Function.identity()));
    Set<Long> managed = new HashSet<>(groups.managedGroups(userId));
    List<GroupRequestItem> items =
        rows.stream()
            .map(
                r ->
                    GroupViews.request(
                        r,
                        receipts.getOrDefault(r.id(), Receipt.NONE),
                        r.pending() && managed.contains(r.groupId()),
                        profiles.get(r.userId()),
                        byId.get(r.groupId()),
                        userId))
            .toList();
    return new PageResult<>(items, requests.count(groupIds, applicant, results));
  }

  /** G6. */
  public GroupRequestCounts counts(long userId) {
    long apply = requests.unread(Receipt.GROUP, userId, Receipt.APPLY);
    long result = requests.unread(Receipt.GROUP, userId, Receipt.RESULT);
    long invite = requests.unread(Receipt.GROUP_INVITE, userId, Receipt.INVITE);
    return new GroupRequestCounts(apply + result + invite, apply, result, invite);
  }

  /** G7: application receipts read (all when no ids). */
  public GroupRequestCounts readRequests(long userId, List<String> requestIds) {
    List<Long> ids = Ids.parseAll(requestIds, MAX_READ_IDS, true, "request_ids");
    requests.markRead(Receipt.GROUP, userId, ids.isEmpty() ? null : ids, clock.millis());
    return counts(userId);
  }

  /** G17: invitation receipts read (all when no ids). */
  public GroupRequestCounts readInvitations(long userId, List<String> invitationIds) {
    List<Long> ids = Ids.parseAll(invitationIds, MAX_READ_IDS, true, "invitation_ids");
    requests.markRead(Receipt.GROUP_INVITE, userId, ids.isEmpty() ? null : ids, clock.millis());
    return counts(userId);
  }
}
