package io.hichat.functions.group.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.delivery.PresenceDirectory;
import io.hichat.functions.group.store.GroupRow;
import io.hichat.functions.group.store.GroupStore;
import io.hichat.functions.group.store.MemberRow;
import io.hichat.model.api.PageResult;
import io.hichat.model.group.Group;
import io.hichat.model.group.GroupAtMember;
import io.hichat.model.group.GroupDetail;
import io.hichat.model.group.GroupMember;
import io.hichat.model.group.GroupSearchItem;
import io.hichat.model.group.GroupSearchQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What groups look like: my groups (G8), search (G9), members (G10), presence (G11), detail (G20)
 * and @-candidates (G30). Member-only reads check membership in MySQL first.
 */
@Service
public class GroupQueries {

  /** G20 shows this many members; G10 lists them all. */
  static final int DETAIL_MEMBERS = 100;

  /** G30 offers at most this many candidates. */
  static final int AT_LIST = 200;

  static final int MAX_KEYWORD = 64;

  private final GroupAccess access;
  private final GroupStore groups;
  private final PresenceDirectory presence;

  public GroupQueries(GroupAccess access, GroupStore groups, PresenceDirectory presence) {
    this.access = access;
    this.groups = groups;
    this.presence = presence;
  }

  /** G8: the caller's groups, newest join first. */
  public List<Group> mine(long userId) {
    List<MemberRow> memberships = groups.memberships(userId);
    Map<Long, GroupRow> byId =
        groups.findAll(memberships.stream().map(MemberRow::groupId).toList()).stream()
            .collect(Collectors.toMap(GroupRow::id, Function.identity()));
    return memberships.stream()
        .filter(
            m ->
                byId.containsKey(m.groupId())
                    && byId.get(m.groupId()).status() != GroupRow.DISBANDED)
        .map(m -> GroupViews.group(byId.get(m.groupId()), m, owner(m.groupId())))
        .toList();
  }

  /** G9: groups whose id is the keyword, or whose name contains it. */
  public PageResult<GroupSearchItem> search(GroupSearchQuery q) {
    String keyword =
        Check.maxLength(Check.required(q.keyword(), "keyword").trim(), MAX_KEYWORD, "keyword");
    if (keyword.isEmpty()) {
      throw Check.bad("keyword is required");
    }
    int page = Check.range(q.page(), 1, 10_000, 1, "page");
    int size = Check.range(q.size(), 1, 50, 20, "size");
    Long exact = keyword.matches("[0-9]{1,18}") ? Long.parseLong(keyword) : null;
    List<GroupSearchItem> items =
        groups.search(exact, keyword, (page - 1) * size, size).stream()
            .map(GroupViews::summary)
            .toList();
    return new PageResult<>(items, groups.countSearch(exact, keyword));
  }

  /** G10: every member, owner first. */
  public List<GroupMember> members(long userId, long groupId) {
    access.requireMember(groupId, userId);
    return groups.members(groupId, 0).stream().map(m -> GroupViews.member(m, userId)).toList();
  }

  /** G11: member id → online. */
  public Map<String, Boolean> online(long userId, long groupId) {
    access.requireMember(groupId, userId);
    Map<String, Boolean> out = new LinkedHashMap<>();
    presence.online(groups.memberIds(groupId)).forEach((u, on) -> out.put(Long.toString(u), on));
    return out;
  }

  /** G20: the group as the caller sees it, and its first members. */
  public GroupDetail detail(long userId, long groupId) {
    access.requireMember(groupId, userId);
    GroupRow g = access.group(groupId);
    List<MemberRow> members = groups.members(groupId, DETAIL_MEMBERS);
    MemberRow me = groups.member(groupId, userId).orElse(null);
    return new GroupDetail(
        GroupViews.group(g, me, owner(groupId)),
        members.stream().map(m -> GroupViews.member(m, userId)).toList());
  }

  /** G30: members to mention, the caller left out. */
  public List<GroupAtMember> atList(long userId, long groupId, String keyword) {
    String k = keyword == null || keyword.isBlank() ? null : keyword.trim();
    Check.maxLength(k, MAX_KEYWORD, "keyword");
    access.requireMember(groupId, userId);
    return groups.matching(groupId, k, userId, AT_LIST).stream().map(GroupViews::at).toList();
  }

  private long owner(long groupId) {
    return groups.owner(groupId).orElse(0L);
  }
}
