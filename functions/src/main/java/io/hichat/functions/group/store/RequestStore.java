package io.hichat.functions.group.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * MySQL access for {@code group_requests}, and for the receipts of group requests and invitations
 * in {@code social_request_receipts} (request types {@code group} and {@code group_invite}).
 */
@Repository
public class RequestStore {

  private static final String COLUMNS =
      "id, group_id, user_id, req_msg, req_time, join_source, source_type, inviter_user_id,"
          + " handle_user_id, handle_time, handle_result, handle_msg, invalid_reason,"
          + " actual_join_source, source_invitation_id";

  private final JdbcClient jdbc;

  public RequestStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public static String activeKey(long groupId, long userId) {
    return "group:direct:" + groupId + ":" + userId;
  }

  /**
   * Inserts a pending application. A direct one ({@code invitation} null) holds the active key, so
   * a second pending direct application of the same user fails with {@link DuplicateKeyException}.
   */
  public long insertPending(
      long groupId,
      long userId,
      String msg,
      int joinSource,
      long inviter,
      Long invitation,
      long now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO group_requests (group_id, user_id, req_msg, req_time, join_source,"
                + " source_type, inviter_user_id, active_key, source_invitation_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            groupId,
            userId,
            msg,
            new Timestamp(now),
            joinSource,
            invitation == null ? 1 : 2,
            inviter,
            invitation == null ? activeKey(groupId, userId) : null,
            invitation)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** An accepted application recording a direct join (open group). */
  public long insertAccepted(long groupId, long userId, String msg, int joinSource, long now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO group_requests (group_id, user_id, req_msg, req_time, join_source,"
                + " source_type, handle_time, handle_result, actual_join_source)"
                + " VALUES (?, ?, ?, ?, ?, 1, ?, 1, ?)")
        .params(
            groupId, userId, msg, new Timestamp(now), joinSource, new Timestamp(now), joinSource)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<RequestRow> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM group_requests WHERE id = ?")
        .param(id)
        .query(RequestStore::row)
        .optional();
  }

  public Optional<RequestRow> lock(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM group_requests WHERE id = ? FOR UPDATE")
        .param(id)
        .query(RequestStore::row)
        .optional();
  }

  public Optional<RequestRow> pendingDirect(long groupId, long userId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM group_requests WHERE active_key = ?")
        .param(activeKey(groupId, userId))
        .query(RequestStore::row)
        .optional();
  }

  /** Every pending application of a user to a group (direct and from invitations). */
  public List<RequestRow> pendingOf(long groupId, long userId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM group_requests WHERE group_id = ? AND user_id = ? AND handle_result = 0"
                + " FOR UPDATE")
        .params(groupId, userId)
        .query(RequestStore::row)
        .list();
  }

  public List<RequestRow> pendingOfGroup(long groupId) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM group_requests WHERE group_id = ? AND handle_result = 0")
        .param(groupId)
        .query(RequestStore::row)
        .list();
  }

  /** Moves a pending request to its final state and frees its active key. */
  public void resolve(
      long id,
      int result,
      long handler,
      String msg,
      String invalidReason,
      int actualSource,
      long now) {
    jdbc.sql(
            "UPDATE group_requests SET handle_result = ?, handle_user_id = ?, handle_msg = ?,"
                + " invalid_reason = ?, actual_join_source = ?, handle_time = ?, active_key = NULL"
                + " WHERE id = ? AND handle_result = 0")
        .params(result, handler, msg, invalidReason, actualSource, new Timestamp(now), id)
        .update();
  }

  /**
   * One page of requests: of the given groups ({@code groupIds}) or of one applicant ({@code
   * applicant}), optionally filtered by result. Newest first.
   */
  public List<RequestRow> list(
      Collection<Long> groupIds, Long applicant, List<Integer> results, int offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = where(groupIds, applicant, results, params);
    if (where == null) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM group_requests"
                + where
                + " ORDER BY id DESC LIMIT "
                + limit
                + " OFFSET "
                + offset)
        .params(params)
        .query(RequestStore::row)
        .list();
  }

  public long count(Collection<Long> groupIds, Long applicant, List<Integer> results) {
    Map<String, Object> params = new HashMap<>();
    String where = where(groupIds, applicant, results, params);
    if (where == null) {
      return 0;
    }
    return jdbc.sql("SELECT COUNT(*) FROM group_requests" + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String where(
      Collection<Long> groupIds, Long applicant, List<Integer> results, Map<String, Object> p) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    if (groupIds != null) {
      if (groupIds.isEmpty()) {
        return null;
      }
      sql.append(" AND group_id IN (:groups)");
      p.put("groups", groupIds);
    }
    if (applicant != null) {
      sql.append(" AND user_id = :applicant");
      p.put("applicant", applicant);
    }
    if (results != null && !results.isEmpty()) {
      sql.append(" AND handle_result IN (:results)");
      p.put("results", results);
    }
    return sql.toString();
  }

  // ---- receipts

  public void addReceipt(
      String type, long requestId, long receiver, String kind, boolean actionable) {
    jdbc.sql(
            "INSERT INTO social_request_receipts (request_type, request_id, receiver_id,"
                + " receipt_kind, is_actionable) VALUES (?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE is_actionable = VALUES(is_actionable), is_read = 0,"
                + " read_at = NULL")
        .params(type, requestId, receiver, kind, actionable ? 1 : 0)
        .update();
  }

  /** Closes every receipt of a request: nobody can act on it any more. */
  public void closeReceipts(String type, Collection<Long> requestIds, int result, long now) {
    if (requestIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE social_request_receipts SET is_actionable = 0, result = :result,"
                + " resolved_at = :now WHERE request_type = :type AND request_id IN (:ids)")
        .param("result", result)
        .param("now", new Timestamp(now))
        .param("type", type)
        .param("ids", requestIds)
        .update();
  }

  /** Marks receipts of the receiver read: those of {@code requestIds}, or all when null. */
  public long markRead(String type, long receiver, Collection<Long> requestIds, long now) {
    if (requestIds != null && requestIds.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "UPDATE social_request_receipts SET is_read = 1, read_at = :now"
                + " WHERE request_type = :type AND receiver_id = :r AND is_read = 0"
                + (requestIds == null ? "" : " AND request_id IN (:ids)"))
        .param("now", new Timestamp(now))
        .param("type", type)
        .param("r", receiver)
        .param("ids", requestIds == null ? List.of(0L) : requestIds)
        .update();
  }

  /** Unread receipts of the receiver of one type and kind. */
  public long unread(String type, long receiver, String kind) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM social_request_receipts WHERE request_type = ? AND receiver_id = ?"
                + " AND receipt_kind = ? AND is_read = 0")
        .params(type, receiver, kind)
        .query(Long.class)
        .single();
  }

  /** The receiver's receipts of these requests, by request id. */
  public Map<Long, Receipt> receipts(String type, long receiver, Collection<Long> requestIds) {
    Map<Long, Receipt> out = new HashMap<>();
    if (requestIds.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "SELECT request_id, MIN(is_read) AS is_read, MAX(is_actionable) AS actionable"
                + " FROM social_request_receipts WHERE request_type = :type AND receiver_id = :r"
                + " AND request_id IN (:ids) GROUP BY request_id")
        .param("type", type)
        .param("r", receiver)
        .param("ids", requestIds)
        .query(
            (ResultSet rs) -> {
              out.put(
                  rs.getLong("request_id"),
                  new Receipt(rs.getInt("is_read") == 1, rs.getInt("actionable") == 1));
            });
    return out;
  }

  private static RequestRow row(ResultSet rs, int n) throws SQLException {
    return new RequestRow(
        rs.getLong("id"),
        rs.getLong("group_id"),
        rs.getLong("user_id"),
        rs.getString("req_msg"),
        rs.getTimestamp("req_time").getTime(),
        rs.getInt("join_source"),
        rs.getInt("source_type"),
        rs.getLong("inviter_user_id"),
        rs.getLong("handle_user_id"),
        millis(rs.getTimestamp("handle_time")),
        rs.getInt("handle_result"),
        rs.getString("handle_msg"),
        rs.getString("invalid_reason"),
        rs.getInt("actual_join_source"),
        rs.getLong("source_invitation_id"));
  }

  static long millis(Timestamp t) {
    return t == null ? 0 : t.getTime();
  }
}
