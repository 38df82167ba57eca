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

  /**
   * The tags {@link #singles} marks its rows with: from {@code friends} or {@code friend_blocks}.
   */
  private static final int FRIEND_ROW = 1;

  private static final int BLOCK_ROW = 2;

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

  /** The most pairs one statement of {@link #singles} asks for. */
  static final int CHUNK = 500;

  /**
   * {@link #single} for many pairs, one query per 500 pairs: the friend rows and the block rows of
   * the chunk's pairs come back together, each tagged with its table, so a batch of a busy chat
   * waits on MySQL once rather than once per pair or per table.
   *
   * <p>A chunk is filled up to the next {@link #bucket} by repeating its last pair (a row matched
   * twice comes back once), so the statements have few distinct texts and the driver's cache of
   * parsed statements ({@code cachePrepStmts}, application.properties) parses each once per
   * connection: parsing a new text at every batch was 14 % of the {@code chatPersist} thread's
   * samples.
   */
  public Map<Pair, Single> singles(Set<Pair> pairs) {
    Set<Pair> friends = new HashSet<>();
    Set<Pair> blocks = new HashSet<>();
    List<Pair> all = new ArrayList<>(pairs);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Pair> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + CHUNK)));
      Pair last = chunk.get(chunk.size() - 1);
      for (int n = bucket(chunk.size()); chunk.size() < n; ) {
        chunk.add(last);
      }
      List<Object> params = new ArrayList<>(chunk.size() * 4);
      String sql =
          existing(FRIEND_ROW, "friends", "friend_uid", chunk, params)
              + " UNION ALL "
              + existing(BLOCK_ROW, "friend_blocks", "blocked_uid", chunk, params);
      jdbc.sql(sql)
          .params(params)
          .query(
              rs -> {
                Pair pair = new Pair(rs.getLong(3), rs.getLong(2));
                (rs.getInt(1) == FRIEND_ROW ? friends : blocks).add(pair);
              });
    }
    Map<Pair, Single> out = new HashMap<>();
    for (Pair p : pairs) {
      out.put(p, new Single(friends.contains(p), blocks.contains(p)));
    }
    return out;
  }

  /** The number of pairs a chunk of {@code n} is asked as: the next power of two, at most 500. */
  static int bucket(int n) {
    if (n < 1 || n > CHUNK) {
      throw new IllegalArgumentException("a chunk holds 1 to " + CHUNK + " pairs, not " + n);
    }
    int power = n == 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    return Math.min(CHUNK, power);
  }

  /**
   * A select of the rows (user_id = recipient, {@code column} = sender) of {@code table} for the
   * chunk's pairs, each row as (tag, user_id, {@code column}); adds its parameters to {@code
   * params}.
   */
  private static String existing(
      int tag, String table, String column, List<Pair> chunk, List<Object> params) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(tag)
            .append(", user_id, ")
            .append(column)
            .append(" FROM ")
            .append(table)
            .append(" WHERE ");
    for (int i = 0; i < chunk.size(); i++) {
      sql.append(i == 0 ? "" : " OR ").append("(user_id = ? AND ").append(column).append(" = ?)");
      params.add(chunk.get(i).recipientId());
      params.add(chunk.get(i).senderId());
    }
    return sql.toString();
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
