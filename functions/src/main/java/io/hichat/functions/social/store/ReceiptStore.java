package io.hichat.functions.social.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code social_request_receipts} for friend requests: what each user has read of the requests that
 * concern them. One receipt per (request, receiver, kind); writing one twice changes nothing.
 */
@Repository
public class ReceiptStore {

  static final String FRIEND = "friend";

  /** The two kinds of friend receipt. */
  public enum Kind {
    /** The target's: a request to answer. */
    APPLY("apply"),
    /** The applicant's: the answer to their request. */
    RESULT("result");

    final String column;

    Kind(String column) {
      this.column = column;
    }
  }

  /** Unread receipts of one user, per kind. */
  public record Unread(long apply, long result) {}

  private final JdbcClient jdbc;

  public ReceiptStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** A new unread receipt; {@code actionable} when the receiver can still answer. */
  public void create(long requestId, long receiverId, Kind kind, boolean actionable, int result) {
    jdbc.sql(
            "INSERT INTO social_request_receipts"
                + " (request_type, request_id, receiver_id, receipt_kind, is_actionable, result)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
        .params(FRIEND, requestId, receiverId, kind.column, actionable, result)
        .update();
  }

  /** The receiver answered the request: their apply receipt is read and no longer actionable. */
  public void resolve(long requestId, long receiverId, int result, Instant now) {
    Timestamp at = Timestamp.from(now);
    jdbc.sql(
            "UPDATE social_request_receipts SET is_actionable = 0, result = ?, resolved_at = ?,"
                + " is_read = 1, read_at = COALESCE(read_at, ?)"
                + " WHERE request_type = ? AND request_id = ? AND receiver_id = ?"
                + " AND receipt_kind = 'apply'")
        .params(result, at, at, FRIEND, requestId, receiverId)
        .update();
  }

  /** Marks the receiver's receipts of these requests read. */
  public void markRead(long receiverId, Collection<Long> requestIds, Instant now) {
    jdbc.sql(
            "UPDATE social_request_receipts SET is_read = 1, read_at = :now"
                + " WHERE request_type = :type AND receiver_id = :receiver AND is_read = 0"
                + " AND request_id IN (:ids)")
        .param("now", Timestamp.from(now))
        .param("type", FRIEND)
        .param("receiver", receiverId)
        .param("ids", requestIds)
        .update();
  }

  /** Marks every friend receipt of the receiver read. */
  public void markAllRead(long receiverId, Instant now) {
    jdbc.sql(
            "UPDATE social_request_receipts SET is_read = 1, read_at = ?"
                + " WHERE receiver_id = ? AND request_type = ? AND is_read = 0")
        .params(Timestamp.from(now), receiverId, FRIEND)
        .update();
  }

  public Unread unread(long receiverId) {
    long[] counts = new long[2];
    jdbc.sql(
            "SELECT receipt_kind, COUNT(*) FROM social_request_receipts"
                + " WHERE receiver_id = ? AND request_type = ? AND is_read = 0"
                + " GROUP BY receipt_kind")
        .params(receiverId, FRIEND)
        .query(
            rs -> {
              String kind = rs.getString(1);
              if (Kind.APPLY.column.equals(kind)) {
                counts[0] = rs.getLong(2);
              } else if (Kind.RESULT.column.equals(kind)) {
                counts[1] = rs.getLong(2);
              }
            });
    return new Unread(counts[0], counts[1]);
  }
}
