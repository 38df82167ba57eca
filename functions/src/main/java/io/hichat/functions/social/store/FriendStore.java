package io.hichat.functions.social.store;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * MySQL access for {@code friends} (one row per direction), {@code friend_blocks} and {@code
 * friend_reports}. Settings statements touch the owner's row only.
 */
@Repository
public class FriendStore {

  /** The per-friend settings a user may change on their own row, with their columns. */
  public enum Setting {
    REMARK("remark"),
    BLACKLISTED("blacklisted"),
    MOMENTS_PERMISSION("moments_permission"),
    NOTIFY_ENABLED("notify_enabled"),
    PINNED("pinned"),
    MUTED("muted"),
    FRIEND_TAGS("friend_tags");

    private final String column;

    Setting(String column) {
      this.column = column;
    }
  }

  private final JdbcClient jdbc;

  public FriendStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** Whether {@code userId} has {@code friendUid} as a friend (their own row exists). */
  public boolean exists(long userId, long friendUid) {
    return jdbc.sql("SELECT COUNT(*) FROM friends WHERE user_id = ? AND friend_uid = ?")
            .params(userId, friendUid)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Adds {@code userId}'s row for {@code friendUid}; an existing row is left as it is. */
  public void add(
      long userId, long friendUid, String remark, String friendTagsJson, boolean blacklisted) {
    jdbc.sql(
            "INSERT INTO friends (user_id, friend_uid, remark, friend_tags, blacklisted)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
        .params(userId, friendUid, remark, friendTagsJson, blacklisted)
        .update();
  }

  /**
   * Removes both directions of a friendship.
   *
   * @return how many rows were removed (0, 1 or 2)
   */
  public int deletePair(long a, long b) {
    return jdbc.sql(
            "DELETE FROM friends WHERE (user_id = ? AND friend_uid = ?)"
                + " OR (user_id = ? AND friend_uid = ?)")
        .params(a, b, b, a)
        .update();
  }

  /**
   * Changes one setting on {@code userId}'s row for {@code friendUid}.
   *
   * @return false when there is no such row (they are not friends)
   */
  public boolean set(long userId, long friendUid, Setting setting, Object value) {
    return jdbc.sql(
                "UPDATE friends SET "
                    + setting.column
                    + " = ? WHERE user_id = ? AND friend_uid = ?")
            .params(value, userId, friendUid)
            .update()
        > 0;
  }

  /** The user's friends with their profiles, pinned first, then in the order they were added. */
  public List<FriendRow> list(long userId) {
    return jdbc.sql(
            "SELECT f.friend_uid, f.remark, f.blacklisted, f.moments_permission,"
                + " f.notify_enabled, f.pinned, f.muted, f.friend_tags, "
                + PeerProfile.COLUMNS
                + " FROM friends f JOIN users u ON u.id = f.friend_uid"
                + " WHERE f.user_id = ? ORDER BY f.pinned DESC, f.id")
        .param(userId)
        .query(
            (rs, n) ->
                new FriendRow(
                    rs.getLong("friend_uid"),
                    rs.getString("remark"),
                    rs.getBoolean("blacklisted"),
                    rs.getInt("moments_permission"),
                    rs.getBoolean("notify_enabled"),
                    rs.getBoolean("pinned"),
                    rs.getBoolean("muted"),
                    rs.getString("friend_tags"),
                    PeerProfile.read(rs)))
        .list();
  }

  /** The ids of the user's friends whose accounts exist. */
  public List<Long> friendIds(long userId) {
    return jdbc.sql(
            "SELECT f.friend_uid FROM friends f JOIN users u ON u.id = f.friend_uid"
                + " WHERE f.user_id = ? ORDER BY f.id")
        .param(userId)
        .query(Long.class)
        .list();
  }

  /** Whether {@code userId} blocks {@code blockedUid}, friends or not. */
  public boolean blocks(long userId, long blockedUid) {
    return jdbc.sql("SELECT COUNT(*) FROM friend_blocks WHERE user_id = ? AND blocked_uid = ?")
            .params(userId, blockedUid)
            .query(Long.class)
            .single()
        > 0;
  }

  public void block(long userId, long blockedUid) {
    jdbc.sql(
            "INSERT INTO friend_blocks (user_id, blocked_uid) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE user_id = user_id")
        .params(userId, blockedUid)
        .update();
  }

  public void unblock(long userId, long blockedUid) {
    jdbc.sql("DELETE FROM friend_blocks WHERE user_id = ? AND blocked_uid = ?")
        .params(userId, blockedUid)
        .update();
  }

  public void report(long reporterUid, long targetUid, String reason) {
    jdbc.sql("INSERT INTO friend_reports (reporter_uid, target_uid, reason) VALUES (?, ?, ?)")
        .params(reporterUid, targetUid, reason)
        .update();
  }
}
