package io.hichat.functions.im.store;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The authoritative facts behind "may this user send here", read from MySQL in one query each: the
 * relation caches the connectors gate with can lag a change by a moment; these cannot.
 */
@Repository
public class ChatPermissions {

  private final JdbcClient jdbc;

  public ChatPermissions(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * @param friend the sender is in the recipient's friend list
   * @param blocked the recipient has blocked the sender
   */
  public record Single(boolean friend, boolean blocked) {}

  /**
   * @param groupStatus the group's status, null when there is no such group
   * @param role the user's role level in it, null when not a member
   */
  public record Group(Integer groupStatus, Integer role) {}

  public Single single(long senderId, long recipientId) {
    return jdbc.sql(
            "SELECT EXISTS(SELECT 1 FROM friends WHERE user_id = ? AND friend_uid = ?),"
                + " EXISTS(SELECT 1 FROM friend_blocks WHERE user_id = ? AND blocked_uid = ?)")
        .params(recipientId, senderId, recipientId, senderId)
        .query((rs, n) -> new Single(rs.getBoolean(1), rs.getBoolean(2)))
        .single();
  }

  public Group group(long userId, long groupId) {
    return jdbc.sql(
            "SELECT (SELECT status FROM `groups` WHERE id = ?),"
                + " (SELECT role_level FROM group_members WHERE group_id = ? AND user_id = ?)")
        .params(groupId, groupId, userId)
        .query(
            (rs, n) -> {
              int status = rs.getInt(1);
              Integer groupStatus = rs.wasNull() ? null : status;
              int role = rs.getInt(2);
              Integer roleLevel = rs.wasNull() ? null : role;
              return new Group(groupStatus, roleLevel);
            })
        .single();
  }
}
