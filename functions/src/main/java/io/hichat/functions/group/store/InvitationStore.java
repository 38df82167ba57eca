package io.hichat.functions.group.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** MySQL access for {@code group_invitations}. */
@Repository
public class InvitationStore {

  private static final String COLUMNS =
      "id, group_id, inviter_uid, invitee_uid, inviter_role_snapshot, message, status,"
          + " reject_reason, group_request_id, created_at, handled_at, expires_at";

  private final JdbcClient jdbc;

  public InvitationStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public long insert(
      long groupId, long inviter, long invitee, int role, String message, long now, long expires) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO group_invitations (group_id, inviter_uid, invitee_uid,"
                + " inviter_role_snapshot, message, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            groupId, inviter, invitee, role, message, new Timestamp(now), new Timestamp(expires))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<InvitationRow> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM group_invitations WHERE id = ?")
        .param(id)
        .query(InvitationStore::row)
        .optional();
  }

  public Optional<InvitationRow> lock(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM group_invitations WHERE id = ? FOR UPDATE")
        .param(id)
        .query(InvitationStore::row)
        .optional();
  }

  /** A live pending invitation from this inviter to this invitee, if any. */
  public Optional<InvitationRow> pending(long groupId, long inviter, long invitee, long now) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM group_invitations WHERE group_id = ? AND invitee_uid = ? AND inviter_uid = ?"
                + " AND status = 0 AND expires_at > ? ORDER BY id DESC LIMIT 1")
        .params(groupId, invitee, inviter, new Timestamp(now))
        .query(InvitationStore::row)
        .optional();
  }

  /** Pending invitations of the group: to {@code invitee}, or from {@code inviter}, or all. */
  public List<Long> pendingIds(long groupId, Long invitee, Long inviter) {
    return jdbc.sql(
            "SELECT id FROM group_invitations WHERE group_id = :g AND status = 0"
                + (invitee == null ? "" : " AND invitee_uid = :invitee")
                + (inviter == null ? "" : " AND inviter_uid = :inviter")
                + " FOR UPDATE")
        .param("g", groupId)
        .param("invitee", invitee == null ? 0L : invitee)
        .param("inviter", inviter == null ? 0L : inviter)
        .query(Long.class)
        .list();
  }

  public List<InvitationRow> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM group_invitations WHERE id IN (:ids)")
        .param("ids", ids)
        .query(InvitationStore::row)
        .list();
  }

  /** Moves pending invitations to a final status; returns how many moved. */
  public int finish(List<Long> ids, int status, String reason, Long requestId, long now) {
    if (ids.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "UPDATE group_invitations SET status = :s, reject_reason = :reason,"
                + " group_request_id = COALESCE(:req, group_request_id), handled_at = :now"
                + " WHERE id IN (:ids) AND status = 0")
        .param("s", status)
        .param("reason", reason)
        .param("req", requestId)
        .param("now", new Timestamp(now))
        .param("ids", ids)
        .update();
  }

  /** Up to {@code limit} pending invitations past their expiry, locked, skipping locked ones. */
  public List<Long> claimExpired(long now, int limit) {
    return jdbc.sql(
            "SELECT id FROM group_invitations WHERE status = 0 AND expires_at <= ?"
                + " ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED")
        .params(new Timestamp(now), limit)
        .query(Long.class)
        .list();
  }

  public List<InvitationRow> received(long invitee, Integer status, int offset, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM group_invitations WHERE invitee_uid = :u"
                + (status == null ? "" : " AND status = :s")
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
        .param("u", invitee)
        .param("s", status == null ? 0 : status)
        .param("limit", limit)
        .param("offset", offset)
        .query(InvitationStore::row)
        .list();
  }

  public long countReceived(long invitee, Integer status) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM group_invitations WHERE invitee_uid = :u"
                + (status == null ? "" : " AND status = :s"))
        .param("u", invitee)
        .param("s", status == null ? 0 : status)
        .query(Long.class)
        .single();
  }

  private static InvitationRow row(ResultSet rs, int n) throws SQLException {
    return new InvitationRow(
        rs.getLong("id"),
        rs.getLong("group_id"),
        rs.getLong("inviter_uid"),
        rs.getLong("invitee_uid"),
        rs.getInt("inviter_role_snapshot"),
        rs.getString("message"),
        rs.getInt("status"),
        rs.getString("reject_reason"),
        rs.getLong("group_request_id"),
        rs.getTimestamp("created_at").getTime(),
        RequestStore.millis(rs.getTimestamp("handled_at")),
        rs.getTimestamp("expires_at").getTime());
  }
}
