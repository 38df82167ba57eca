package io.hichat.functions.group.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** MySQL access for {@code group_invite_links}. */
@Repository
public class InviteLinkStore {

  private static final String COLUMNS =
      "id, group_id, token, created_by, expire_at, max_uses, used_count, revoked, revoked_at,"
          + " created_at";

  private final JdbcClient jdbc;

  public InviteLinkStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public void insert(long groupId, String token, long by, long expireAt, int maxUses, long now) {
    jdbc.sql(
            "INSERT INTO group_invite_links (group_id, token, created_by, expire_at, max_uses,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            groupId,
            token,
            by,
            expireAt == 0 ? null : new Timestamp(expireAt),
            maxUses,
            new Timestamp(now))
        .update();
  }

  public Optional<LinkRow> find(String token) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM group_invite_links WHERE token = ?")
        .param(token)
        .query(InviteLinkStore::row)
        .optional();
  }

  public Optional<LinkRow> lock(String token) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM group_invite_links WHERE token = ? FOR UPDATE")
        .param(token)
        .query(InviteLinkStore::row)
        .optional();
  }

  public void use(long id) {
    jdbc.sql("UPDATE group_invite_links SET used_count = used_count + 1 WHERE id = ?")
        .param(id)
        .update();
  }

  public void revoke(long id, long now) {
    jdbc.sql(
            "UPDATE group_invite_links SET revoked = 1, revoked_at = ? WHERE id = ? AND revoked = 0")
        .params(new Timestamp(now), id)
        .update();
  }

  public void revokeAll(long groupId, long now) {
    jdbc.sql(
            "UPDATE group_invite_links SET revoked = 1, revoked_at = ?"
                + " WHERE group_id = ? AND revoked = 0")
        .params(new Timestamp(now), groupId)
        .update();
  }

  public List<LinkRow> list(long groupId, boolean includeRevoked) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM group_invite_links WHERE group_id = ?"
                + (includeRevoked ? "" : " AND revoked = 0")
                + " ORDER BY id DESC LIMIT 500")
        .param(groupId)
        .query(InviteLinkStore::row)
        .list();
  }

  private static LinkRow row(ResultSet rs, int n) throws SQLException {
    return new LinkRow(
        rs.getLong("id"),
        rs.getLong("group_id"),
        rs.getString("token"),
        rs.getLong("created_by"),
        RequestStore.millis(rs.getTimestamp("expire_at")),
        rs.getInt("max_uses"),
        rs.getInt("used_count"),
        rs.getBoolean("revoked"),
        RequestStore.millis(rs.getTimestamp("revoked_at")),
        rs.getTimestamp("created_at").getTime());
  }
}
