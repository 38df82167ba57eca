package io.hichat.functions.notify.store;

import io.hichat.model.event.NotifyEvent;
import io.hichat.model.notify.NotificationItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** MySQL access for notifications and their read intents. */
@Repository
public class NotificationStore {

  private final JdbcClient jdbc;

  public NotificationStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** The outcome of storing an event: whether it was new, and whether it arrived already read. */
  public record Stored(boolean inserted, boolean read, NotificationItem item) {}

  /**
   * Stores the event once per (receiver, type, bizId). A read intent for it, or a "mark all read"
   * after the event happened, makes it arrive read.
   */
  public Stored store(NotifyEvent e) {
    boolean read = readByIntent(e);
    boolean inserted = true;
    try {
      jdbc.sql(
              "INSERT INTO notifications (receiver_id, notify_type, biz_id, actor_id, group_id, title,"
                  + " content, payload, is_read, event_id, created_at, read_at)"
                  + " VALUES (:r, :t, :b, :a, :g, :title, :content, :payload, :read, :event, :created,"
                  + " :readAt)")
          .param("r", e.receiverId())
          .param("t", e.notifyType())
          .param("b", e.bizId())
          .param("a", e.actorId())
          .param("g", e.groupId())
          .param("title", cut(e.title(), 255))
          .param("content", cut(e.content(), 512))
          .param("payload", e.payload())
          .param("read", read ? 1 : 0)
          .param("event", e.eventId())
          .param("created", new Timestamp(e.occurredAt()))
          .param("readAt", read ? new Timestamp(System.currentTimeMillis()) : null)
          .update();
    } catch (DuplicateKeyException duplicate) {
      inserted = false; // a redelivery: stored already, nothing to push
    }
    NotificationItem item =
        jdbc.sql(
                "SELECT * FROM notifications WHERE receiver_id = ? AND notify_type = ? AND biz_id = ?")
            .params(e.receiverId(), e.notifyType(), e.bizId())
            .query(NotificationStore::item)
            .single();
    return new Stored(inserted, read, item);
  }

  private boolean readByIntent(NotifyEvent e) {
    long intents =
        jdbc.sql(
                "SELECT COUNT(*) FROM notification_read_intents"
                    + " WHERE receiver_id = ? AND notify_type = ? AND biz_id = ?")
            .params(e.receiverId(), e.notifyType(), e.bizId())
            .query(Long.class)
            .single();
    if (intents > 0) {
      return true;
    }
    return jdbc.sql(
                "SELECT COUNT(*) FROM notification_read_marks WHERE receiver_id = ? AND read_before >= ?")
            .params(e.receiverId(), new Timestamp(e.occurredAt()))
            .query(Long.class)
            .single()
        > 0;
  }

  public List<NotificationItem> list(long receiver, boolean unreadOnly, int offset, int limit) {
    return jdbc.sql(
            "SELECT * FROM notifications WHERE receiver_id = :r"
                + (unreadOnly ? " AND is_read = 0" : "")
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
        .param("r", receiver)
        .param("limit", limit)
        .param("offset", offset)
        .query(NotificationStore::item)
        .list();
  }

  public long unread(long receiver) {
    return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE receiver_id = ? AND is_read = 0")
        .param(receiver)
        .query(Long.class)
        .single();
  }

  /** Marks the receiver's unread notifications that match any of the filters; returns how many. */
  public long markRead(
      long receiver,
      List<Long> ids,
      List<String> types,
      List<String> bizIds,
      List<Map.Entry<String, String>> targets) {
    List<String> any = new ArrayList<>();
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("r", receiver);
    if (!ids.isEmpty()) {
      any.add("id IN (:ids)");
      params.put("ids", ids);
    }
    if (!types.isEmpty()) {
      any.add("notify_type IN (:types)");
      params.put("types", types);
    }
    if (!bizIds.isEmpty()) {
      any.add("biz_id IN (:bizIds)");
      params.put("bizIds", bizIds);
    }
    for (int i = 0; i < targets.size(); i++) {
      any.add("(notify_type = :tt" + i + " AND biz_id = :tb" + i + ")");
      params.put("tt" + i, targets.get(i).getKey());
      params.put("tb" + i, targets.get(i).getValue());
    }
    String where = any.isEmpty() ? "" : " AND (" + String.join(" OR ", any) + ")";
    return jdbc.sql(
            "UPDATE notifications SET is_read = 1, read_at = CURRENT_TIMESTAMP(3)"
                + " WHERE receiver_id = :r AND is_read = 0"
                + where)
        .params(params)
        .update();
  }

  /** Remembers that these {type, bizId} pairs are read even if they have not arrived yet. */
  public void addReadIntents(long receiver, List<Map.Entry<String, String>> targets) {
    for (Map.Entry<String, String> t : targets) {
      jdbc.sql(
              "INSERT INTO notification_read_intents (receiver_id, notify_type, biz_id)"
                  + " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE created_at = created_at")
          .params(receiver, t.getKey(), t.getValue())
          .update();
    }
  }

  /** Everything that happened up to now is read, including notifications still on their way. */
  public void markAllReadBefore(long receiver, Timestamp now) {
    jdbc.sql(
            "INSERT INTO notification_read_marks (receiver_id, read_before) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE read_before = GREATEST(read_before, VALUES(read_before))")
        .params(receiver, now)
        .update();
  }

  private static String cut(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.codePointCount(0, s.length()) <= max
        ? s
        : s.substring(0, s.offsetByCodePoints(0, max));
  }

  private static NotificationItem item(ResultSet rs, int n) throws SQLException {
    long actor = rs.getLong("actor_id");
    boolean noActor = rs.wasNull();
    long group = rs.getLong("group_id");
    boolean noGroup = rs.wasNull();
    return new NotificationItem(
        Long.toString(rs.getLong("id")),
        rs.getString("notify_type"),
        rs.getString("biz_id"),
        noActor ? "" : Long.toString(actor),
        noGroup ? "" : Long.toString(group),
        rs.getString("title"),
        rs.getString("content"),
        rs.getString("payload") == null ? "" : rs.getString("payload"),
        rs.getInt("is_read"),
        rs.getTimestamp("created_at").getTime());
  }
}
