package io.hichat.functions.group.domain;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.group.store.GroupRow;
import io.hichat.functions.group.store.GroupStore;
import io.hichat.model.api.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Who may touch a group, read from MySQL (the truth; no cache decides who gets in). A group that
 * does not exist or was disbanded is 404; a caller who is not a member is 403; a member without the
 * role is 403 with the role's code. Writers call these again inside their transaction, after
 * locking the group's row, so a role taken away meanwhile is seen.
 */
@Component
public class GroupAccess {

  private final GroupStore groups;

  public GroupAccess(GroupStore groups) {
    this.groups = groups;
  }

  /** The group, unless it does not exist or was disbanded. */
  public GroupRow group(long groupId) {
    GroupRow g =
        groups.find(groupId).orElseThrow(() -> new DomainException(ErrorCode.GROUP_NOT_FOUND));
    if (g.status() == GroupRow.DISBANDED) {
      throw new DomainException(ErrorCode.GROUP_NOT_FOUND);
    }
    return g;
  }

  /** The group's row locked for this transaction; it must exist and be in a normal state. */
  public GroupRow lockUsable(long groupId) {
    GroupRow g = lock(groupId);
    if (!g.usable()) {
      throw new DomainException(ErrorCode.GROUP_UNAVAILABLE);
    }
    return g;
  }

  /** The group's row locked for this transaction; it must exist and not be disbanded. */
  public GroupRow lock(long groupId) {
    GroupRow g =
        groups.lock(groupId).orElseThrow(() -> new DomainException(ErrorCode.GROUP_NOT_FOUND));
    if (g.status() == GroupRow.DISBANDED) {
      throw new DomainException(ErrorCode.GROUP_NOT_FOUND);
    }
    return g;
  }

  /** The caller's role in the group. */
  public int requireMember(long groupId, long userId) {
    group(groupId);
    return role(groupId, userId);
  }

  public int requireAdmin(long groupId, long userId) {
    group(groupId);
    return atLeast(groupId, userId, Roles.ADMIN);
  }

  public int requireOwner(long groupId, long userId) {
    group(groupId);
    return atLeast(groupId, userId, Roles.OWNER);
  }

  /** Inside a transaction, after the group's row is locked: the caller's role now. */
  public int role(long groupId, long userId) {
    return groups
        .role(groupId, userId)
        .orElseThrow(() -> new DomainException(ErrorCode.NOT_GROUP_MEMBER));
  }

  /**
   * Inside a transaction, after the group's row is locked: the caller holds at least {@code min}.
   */
  public int atLeast(long groupId, long userId, int min) {
    int role = role(groupId, userId);
    if (role < min) {
      throw new DomainException(
          min == Roles.OWNER ? ErrorCode.GROUP_OWNER_REQUIRED : ErrorCode.GROUP_ADMIN_REQUIRED);
    }
    return role;
  }

  /** The user's role, or -1 when not a member. */
  public int roleOf(long groupId, long userId) {
    return groups.role(groupId, userId).orElse(-1);
  }

  /** The owner and admins. */
  public java.util.List<Long> managers(long groupId) {
    return groups.managers(groupId);
  }
}
