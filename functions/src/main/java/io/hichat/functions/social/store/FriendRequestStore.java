package io.hichat.functions.social.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * MySQL access for {@code friend_requests}. A pending request holds {@code active_key}, which is
 * unique: there is at most one pending request per direction.
 */
@Repository
public class FriendRequestStore {

  public static final int PENDING = 0;

  private static final String ROW = "id, user_id, req_uid, req_msg, handle_result, remark";

  private final JdbcClient jdbc;

  public FriendRequestStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  static String activeKey(long applicant, long target) {
    return "friend:" + applicant + ":" + target;
  }

  /** A new pending request; returns its id. */
  public long insert(long applicant, long target, String reqMsg, String remark, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO friend_requests (user_id, req_uid, req_msg, req_time, remark, active_key)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            applicant, target, reqMsg, Timestamp.from(now), remark, activeKey(applicant, target))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<FriendRequestRow> byId(long id) {
    return jdbc.sql("SELECT " + ROW + " FROM friend_requests WHERE id = ?")
        .param(id)
        .query(FriendRequestStore::row)
        .optional();
  }

  /** The request, locked until the transaction ends, as last committed. */
  public Optional<FriendRequestRow> byIdForUpdate(long id) {
    return jdbc.sql("SELECT " + ROW + " FROM friend_requests WHERE id = ? FOR UPDATE")
        .param(id)
        .query(FriendRequestStore::row)
        .optional();
  }

  /** The pending request from {@code applicant} to {@code target}, if there is one. */
  public Optional<FriendRequestRow> pending(long applicant, long target) {
    return jdbc.sql("SELECT " + ROW + " FROM friend_requests WHERE active_key = ?")
        .param(activeKey(applicant, target))
        .query(FriendRequestStore::row)
        .optional();
  }

  /**
   * Compare-and-swap from pending to {@code result}; frees the direction for a new request.
   *
   * @return false when the request was no longer pending
   */
  public boolean finish(long id, int result, String handleMsg, Instant now) {
    return jdbc.sql(
                "UPDATE friend_requests SET handle_result = ?, handle_msg = ?, handled_at = ?,"
                    + " active_key = NULL WHERE id = ? AND handle_result = 0")
            .params(result, handleMsg, Timestamp.from(now), id)
            .update()
        == 1;
  }

  /**
   * Hides the request from {@code userId}'s lists (the applicant's or the target's side).
   *
   * @return false when the request is not theirs
   */
  public boolean hide(long id, long userId) {
    return jdbc.sql(
                "UPDATE friend_requests SET"
                    + " sender_hidden = IF(user_id = :user, 1, sender_hidden),"
                    + " receiver_hidden = IF(req_uid = :user, 1, receiver_hidden)"
                    + " WHERE id = :id AND (user_id = :user OR req_uid = :user)")
            .param("id", id)
            .param("user", userId)
            .update()
        == 1;
  }

  /** How many of these requests {@code userId} sent or received. */
  public long countInvolving(long userId, Collection<Long> ids) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM friend_requests WHERE id IN (:ids)"
                + " AND (user_id = :user OR req_uid = :user)")
        .param("ids", ids)
        .param("user", userId)
        .query(Long.class)
        .single();
  }

  /**
   * One page of the requests {@code userId} sent ({@code sent}) or received and has not hidden,
   * newest first, with the other party's profile. Requests whose other party no longer exists are
   * left out.
   *
   * @param status a handle result to keep, or null for all
   */
  public List<RequestListRow> list(
      long userId, boolean sent, Integer status, int offset, int limit) {
    return jdbc.sql(
            "SELECT r.id, r.user_id, r.req_uid, r.req_msg, r.req_time, r.handle_result,"
                + " r.handle_msg, r.handled_at, COALESCE(c.is_read, 1) AS is_read, "
                + PeerProfile.COLUMNS
                + from(sent)
                + " LEFT JOIN social_request_receipts c ON c.request_type = 'friend'"
                + " AND c.request_id = r.id AND c.receiver_id = :user AND c.receipt_kind = :kind"
                + where(sent, status)
                + " ORDER BY r.id DESC LIMIT :limit OFFSET :offset")
        .params(params(userId, status))
        .param("kind", sent ? ReceiptStore.Kind.RESULT.column : ReceiptStore.Kind.APPLY.column)
        .param("limit", limit)
        .param("offset", offset)
        .query(FriendRequestStore::listRow)
        .list();
  }

  public long count(long userId, boolean sent, Integer status) {
    return jdbc.sql("SELECT COUNT(*)" + from(sent) + where(sent, status))
        .params(params(userId, status))
        .query(Long.class)
        .single();
  }

  /** The caller's requests of one direction, joined to the other party's profile. */
  private static String from(boolean sent) {
    return " FROM friend_requests r JOIN users u ON u.id = " + (sent ? "r.req_uid" : "r.user_id");
  }

  private static String where(boolean sent, Integer status) {
    return " WHERE "
        + (sent
            ? "r.user_id = :user AND r.sender_hidden = 0"
            : "r.req_uid = :user AND r.receiver_hidden = 0")
        + (status == null ? "" : " AND r.handle_result = :status");
  }

  private static Map<String, Object> params(long userId, Integer status) {
    Map<String, Object> params = new HashMap<>();
    params.put("user", userId);
    if (status != null) {
      params.put("status", status);
    }
    return params;
  }

  private static FriendRequestRow row(ResultSet rs, int n) throws SQLException {
    return new FriendRequestRow(
        rs.getLong("id"),
        rs.getLong("user_id"),
        rs.getLong("req_uid"),
        rs.getString("req_msg"),
        rs.getInt("handle_result"),
        rs.getString("remark"));
  }

  private static RequestListRow listRow(ResultSet rs, int n) throws SQLException {
    Timestamp handled = rs.getTimestamp("handled_at");
    return new RequestListRow(
        rs.getLong("id"),
        rs.getLong("user_id"),
        rs.getLong("req_uid"),
        rs.getString("req_msg"),
        rs.getTimestamp("req_time").toInstant(),
        rs.getInt("handle_result"),
        rs.getString("handle_msg"),
        handled == null ? null : handled.toInstant(),
        rs.getBoolean("is_read"),
        PeerProfile.read(rs));
  }
}
