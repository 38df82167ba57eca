package io.hichat.functions.group.store;

import io.hichat.model.group.GroupAnnouncement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** MySQL access for {@code group_announcements}. */
@Repository
public class AnnouncementStore {

  private final JdbcClient jdbc;

  public AnnouncementStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public long insert(long groupId, String content, long by, long now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO group_announcements (group_id, content, created_by, created_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(groupId, content, by, new Timestamp(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<GroupAnnouncement> find(long groupId, long id) {
    return jdbc.sql(
            "SELECT * FROM group_announcements WHERE id = ? AND group_id = ? AND deleted = 0")
        .params(id, groupId)
        .query(AnnouncementStore::row)
        .optional();
  }

  /** Pins one announcement and unpins the others of the group, or unpins it. */
  public void pin(long groupId, long id, boolean pinned, long now) {
    if (pinned) {
      jdbc.sql(
              "UPDATE group_announcements SET pinned = 0, pinned_at = NULL"
                  + " WHERE group_id = ? AND pinned = 1 AND id <> ?")
          .params(groupId, id)
          .update();
      jdbc.sql(
              "UPDATE group_announcements SET pinned = 1, pinned_at = ?"
                  + " WHERE id = ? AND pinned = 0")
          .params(new Timestamp(now), id)
          .update();
    } else {
      jdbc.sql("UPDATE group_announcements SET pinned = 0, pinned_at = NULL WHERE id = ?")
          .param(id)
          .update();
    }
  }

  public List<GroupAnnouncement> list(long groupId, boolean includeDeleted) {
    return jdbc.sql(
            "SELECT * FROM group_announcements WHERE group_id = ?"
                + (includeDeleted ? "" : " AND deleted = 0")
                + " ORDER BY pinned DESC, id DESC LIMIT 200")
        .param(groupId)
        .query(AnnouncementStore::row)
        .list();
  }

  private static GroupAnnouncement row(ResultSet rs, int n) throws SQLException {
    return new GroupAnnouncement(
        Long.toString(rs.getLong("id")),
        Long.toString(rs.getLong("group_id")),
        rs.getString("content"),
        Long.toString(rs.getLong("created_by")),
        rs.getTimestamp("created_at").getTime(),
        rs.getBoolean("pinned"),
        RequestStore.millis(rs.getTimestamp("pinned_at")));
  }
}
