package io.hichat.functions.group.domain;

import io.hichat.functions.user.domain.AccountErasure;
import io.hichat.model.group.GroupTransferRequest;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted account leaves every group as its members would see it happen: a member quits; an owner
 * first hands the group to the longest-serving admin (or, without one, the longest-serving member),
 * or disbands it when no one else is left. Its pending applications and invitations are invalidated
 * and the invite links it made are revoked. All through the groups' own operations, so counts,
 * events and notifications are the usual ones.
 */
@Component
public class GroupErasure implements AccountErasure {

  private final JdbcClient jdbc;
  private final GroupService groups;

  public GroupErasure(DataSource dataSource, GroupService groups) {
    this.jdbc = JdbcClient.create(dataSource);
    this.groups = groups;
  }

  private record MembershipRow(long groupId, int role) {}

  @Override
  public void erase(long userId) {
    List<MembershipRow> memberships =
        jdbc.sql(
                "SELECT m.group_id, m.role_level FROM group_members m JOIN `groups` g ON g.id ="
                    + " m.group_id WHERE m.user_id = ? AND g.status = 0 ORDER BY m.group_id")
            .param(userId)
            .query((rs, n) -> new MembershipRow(rs.getLong(1), rs.getInt(2)))
            .list();
    for (MembershipRow m : memberships) {
      if (m.role() == Roles.OWNER) {
        List<Long> successor =
            jdbc.sql(
                    "SELECT user_id FROM group_members WHERE group_id = ? AND user_id <> ?"
                        + " ORDER BY role_level DESC, join_time, id LIMIT 1")
                .params(m.groupId(), userId)
                .query(Long.class)
                .list();
        if (successor.isEmpty()) {
          groups.disband(userId, m.groupId());
          continue;
        }
        groups.transfer(
            userId,
            new GroupTransferRequest(
                Long.toString(m.groupId()), Long.toString(successor.get(0)), false));
      }
      groups.quit(userId, m.groupId());
    }
    jdbc.sql(
            "UPDATE group_requests SET handle_result = 3, invalid_reason = 'account_deleted',"
                + " active_key = NULL, handle_time = CURRENT_TIMESTAMP(3)"
                + " WHERE user_id = ? AND handle_result = 0")
        .param(userId)
        .update();
    jdbc.sql(
            "UPDATE group_invitations SET status = 3, handled_at = CURRENT_TIMESTAMP(3)"
                + " WHERE (invitee_uid = ? OR inviter_uid = ?) AND status = 0")
        .params(userId, userId)
        .update();
    jdbc.sql(
            "UPDATE group_invite_links SET revoked = 1, revoked_at = CURRENT_TIMESTAMP(3)"
                + " WHERE created_by = ? AND revoked = 0")
        .param(userId)
        .update();
  }
}
