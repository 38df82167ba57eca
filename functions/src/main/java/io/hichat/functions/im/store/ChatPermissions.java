package io.hichat.functions.im.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** A sender and the peer they write to. */
  public record Pair(long senderId, long recipientId) {}

  /**
   * {@link #single} for many pairs in two queries per 500 pairs (friend rows, then block rows),
   * instead of one query per pair.
   */
  public Map<Pair, Single> singles(Set<Pair> pairs) {
    Set<Pair> friends = new HashSet<>();
    Set<Pair> blocks = new HashSet<>();
    List<Pair> all = new ArrayList<>(pairs);
    for (int from = 0; from < all.size(); from += 500) {
      List<Pair> chunk = all.subList(from, Math.min(all.size(), from + 500));
      friends.addAll(existing("friends", "friend_uid", chunk));
      blocks.addAll(existing("friend_blocks", "blocked_uid", chunk));
    }
    Map<Pair, Single> out = new HashMap<>();
    for (Pair p : pairs) {
      out.put(p, new Single(friends.contains(p), blocks.contains(p)));
    }
    return out;
  }

  /** The pairs with a row (user_id = recipient, {@code column} = sender) in {@code table}. */
  private List<Pair> existing(String table, String column, List<Pair> chunk) {
    StringBuilder sql =
        new StringBuilder("SELECT user_id, ").append(column).append(" FROM ").append(table);
    sql.append(" WHERE ");
    List<Object> params = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      sql.append(i == 0 ? "" : " OR ").append("(user_id = ? AND ").append(column).append(" = ?)");
      params.add(chunk.get(i).recipientId());
      params.add(chunk.get(i).senderId());
    }
    return jdbc.sql(sql.toString())
        .params(params)
        .query((rs, n) -> new Pair(rs.getLong(2), rs.getLong(1)))
        .list();
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
