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

/**
 * MySQL access for {@code groups} and {@code group_members}. Membership changes go through {@link
 * #lock} first: the group's row is the lock that orders every join and leave of that group.
 */
@Repository
public class GroupStore {

  private static final String GROUP_COLUMNS =
      "id, name, icon, description, status, creator_uid, group_type, is_verify, notification,"
          + " notification_uid, member_limit, member_count, created_at";

  private static final String MEMBER_COLUMNS =
      "m.group_id, m.user_id, m.role_level, m.join_time, m.join_source, m.inviter_uid,"
          + " m.operator_uid, m.group_nickname, m.group_remark, m.settings_updated_at,"
          + " COALESCE(u.nickname, '') AS nickname, COALESCE(u.avatar, '') AS avatar,"
          + " COALESCE(u.sex, 0) AS sex, COALESCE(u.introduction, '') AS introduction";

  /** Owner first, then admins, then by join time. */
  private static final String MEMBER_ORDER = " ORDER BY m.role_level DESC, m.join_time, m.user_id";

  private final JdbcClient jdbc;

  public GroupStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public long insertGroup(
      String name,
      String icon,
      String description,
      long creator,
      int isVerify,
      int memberLimit,
      long now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO `groups` (name, icon, description, creator_uid, is_verify, member_limit,"
                + " member_count, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")
        .params(name, icon, description, creator, isVerify, memberLimit, new Timestamp(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<GroupRow> find(long groupId) {
    return jdbc.sql("SELECT " + GROUP_COLUMNS + " FROM `groups` WHERE id = ?")
        .param(groupId)
        .query(GroupStore::group)
        .optional();
  }

  /** The group's row, locked until the transaction ends; every membership change starts here. */
  public Optional<GroupRow> lock(long groupId) {
    return jdbc.sql("SELECT " + GROUP_COLUMNS + " FROM `groups` WHERE id = ? FOR UPDATE")
        .param(groupId)
        .query(GroupStore::group)
        .optional();
  }

  public List<GroupRow> findAll(List<Long> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + GROUP_COLUMNS + " FROM `groups` WHERE id IN (:ids)")
        .param("ids", groupIds)
        .query(GroupStore::group)
        .list();
  }

  public void update(
      long groupId,
      String name,
      String icon,
      String description,
      String notification,
      Integer verify) {
    jdbc.sql(
            "UPDATE `groups` SET name = COALESCE(:name, name), icon = COALESCE(:icon, icon),"
                + " description = COALESCE(:description, description),"
                + " notification = COALESCE(:notification, notification),"
                + " is_verify = COALESCE(:verify, is_verify) WHERE id = :id")
        .param("name", name)
        .param("icon", icon)
        .param("description", description)
        .param("notification", notification)
        .param("verify", verify)
        .param("id", groupId)
        .update();
  }

  public void setNotification(long groupId, String text, long by) {
    jdbc.sql("UPDATE `groups` SET notification = ?, notification_uid = ? WHERE id = ?")
        .params(text, by, groupId)
        .update();
  }

  public void setStatus(long groupId, int status) {
    jdbc.sql("UPDATE `groups` SET status = ? WHERE id = ?").params(status, groupId).update();
  }

  /** Groups in a normal state whose id is {@code exactId} or whose name contains the keyword. */
  public List<GroupRow> search(Long exactId, String keyword, int offset, int limit) {
    return jdbc.sql(
            "SELECT "
                + GROUP_COLUMNS
                + " FROM `groups` WHERE status = 0 AND (id = :id OR name LIKE :pattern ESCAPE '!')"
                + " ORDER BY (id = :id) DESC, member_count DESC, id LIMIT :limit OFFSET :offset")
        .param("id", exactId == null ? -1L : exactId)
        .param("pattern", contains(keyword))
        .param("limit", limit)
        .param("offset", offset)
        .query(GroupStore::group)
        .list();
  }

  public long countSearch(Long exactId, String keyword) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM `groups` WHERE status = 0"
                + " AND (id = :id OR name LIKE :pattern ESCAPE '!')")
        .param("id", exactId == null ? -1L : exactId)
        .param("pattern", contains(keyword))
        .query(Long.class)
        .single();
  }

  // ---- members

  public void insertMember(
      long groupId, long userId, int role, int source, long inviter, long operator, long now) {
    jdbc.sql(
            "INSERT INTO group_members (group_id, user_id, role_level, join_time, join_source,"
                + " inviter_uid, operator_uid) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(groupId, userId, role, new Timestamp(now), source, inviter, operator)
        .update();
    jdbc.sql("UPDATE `groups` SET member_count = member_count + 1 WHERE id = ?")
        .param(groupId)
        .update();
  }

  /** Removes a member; returns whether they were one. */
  public boolean deleteMember(long groupId, long userId) {
    boolean removed =
        jdbc.sql("DELETE FROM group_members WHERE group_id = ? AND user_id = ?")
                .params(groupId, userId)
                .update()
            > 0;
    if (removed) {
      jdbc.sql("UPDATE `groups` SET member_count = member_count - 1 WHERE id = ?")
          .param(groupId)
          .update();
    }
    return removed;
  }

  public void deleteAllMembers(long groupId) {
    jdbc.sql("DELETE FROM group_members WHERE group_id = ?").param(groupId).update();
    jdbc.sql("UPDATE `groups` SET member_count = 0 WHERE id = ?").param(groupId).update();
  }

  /** The member's role, or empty when the user is not a member. */
  public Optional<Integer> role(long groupId, long userId) {
    return jdbc.sql("SELECT role_level FROM group_members WHERE group_id = ? AND user_id = ?")
        .params(groupId, userId)
        .query(Integer.class)
        .optional();
  }

  /** As {@link #role}, locking the member's row until the transaction ends. */
  public Optional<Integer> lockRole(long groupId, long userId) {
    return jdbc.sql(
            "SELECT role_level FROM group_members WHERE group_id = ? AND user_id = ? FOR UPDATE")
        .params(groupId, userId)
        .query(Integer.class)
        .optional();
  }

  public void setRole(long groupId, long userId, int role) {
    jdbc.sql("UPDATE group_members SET role_level = ? WHERE group_id = ? AND user_id = ?")
        .params(role, groupId, userId)
        .update();
  }

  public Optional<MemberRow> member(long groupId, long userId) {
    return jdbc.sql(
            "SELECT "
                + MEMBER_COLUMNS
                + " FROM group_members m LEFT JOIN users u ON u.id = m.user_id"
                + " WHERE m.group_id = ? AND m.user_id = ?")
        .params(groupId, userId)
        .query(GroupStore::member)
        .optional();
  }

  /** The members with their profiles, owner first; {@code limit} 0 = all. */
  public List<MemberRow> members(long groupId, int limit) {
    return jdbc.sql(
            "SELECT "
                + MEMBER_COLUMNS
                + " FROM group_members m LEFT JOIN users u ON u.id = m.user_id"
                + " WHERE m.group_id = :g"
                + MEMBER_ORDER
                + (limit > 0 ? " LIMIT " + limit : ""))
        .param("g", groupId)
        .query(GroupStore::member)
        .list();
  }

  /** Members whose nickname or group nickname contains {@code keyword} (null = all). */
  public List<MemberRow> matching(long groupId, String keyword, long except, int limit) {
    return jdbc.sql(
            "SELECT "
                + MEMBER_COLUMNS
                + " FROM group_members m LEFT JOIN users u ON u.id = m.user_id"
                + " WHERE m.group_id = :g AND m.user_id <> :except"
                + (keyword == null
                    ? ""
                    : " AND (u.nickname LIKE :p ESCAPE '!' OR m.group_nickname LIKE :p ESCAPE '!')")
                + MEMBER_ORDER
                + " LIMIT :limit")
        .param("g", groupId)
        .param("except", except)
        .param("p", keyword == null ? "" : contains(keyword))
        .param("limit", limit)
        .query(GroupStore::member)
        .list();
  }

  public List<Long> memberIds(long groupId) {
    return jdbc.sql("SELECT user_id FROM group_members WHERE group_id = ?")
        .param(groupId)
        .query(Long.class)
        .list();
  }

  /** The owner and admins. */
  public List<Long> managers(long groupId) {
    return jdbc.sql(
            "SELECT user_id FROM group_members WHERE group_id = ? AND role_level >= 1"
                + " ORDER BY role_level DESC, user_id")
        .param(groupId)
        .query(Long.class)
        .list();
  }

  public Optional<Long> owner(long groupId) {
    return jdbc.sql("SELECT user_id FROM group_members WHERE group_id = ? AND role_level = 2")
        .param(groupId)
        .query(Long.class)
        .optional();
  }

  /** The groups a user belongs to, with the user's membership, newest join first. */
  public List<MemberRow> memberships(long userId) {
    return jdbc.sql(
            "SELECT "
                + MEMBER_COLUMNS
                + " FROM group_members m LEFT JOIN users u ON u.id = m.user_id"
                + " WHERE m.user_id = ? ORDER BY m.join_time DESC, m.group_id DESC")
        .param(userId)
        .query(GroupStore::member)
        .list();
  }

  /** The groups in which a user is owner or admin. */
  public List<Long> managedGroups(long userId) {
    return jdbc.sql("SELECT group_id FROM group_members WHERE user_id = ? AND role_level >= 1")
        .param(userId)
        .query(Long.class)
        .list();
  }

  public void updateSettings(long groupId, long userId, String nickname, String remark, long now) {
    jdbc.sql(
            "UPDATE group_members SET group_nickname = COALESCE(:n, group_nickname),"
                + " group_remark = COALESCE(:r, group_remark), settings_updated_at = :now"
                + " WHERE group_id = :g AND user_id = :u")
        .param("n", nickname)
        .param("r", remark)
        .param("now", new Timestamp(now))
        .param("g", groupId)
        .param("u", userId)
        .update();
  }

  /** Profiles of users (members or not), by id; unknown users are left out. */
  public java.util.Map<Long, MemberRow> profiles(java.util.Collection<Long> userIds) {
    java.util.Map<Long, MemberRow> out = new java.util.HashMap<>();
    if (userIds.isEmpty()) {
      return out;
    }
    jdbc.sql("SELECT id, nickname, avatar, sex, introduction FROM users WHERE id IN (:ids)")
        .param("ids", userIds)
        .query(
            (ResultSet rs) -> {
              long id = rs.getLong("id");
              out.put(
                  id,
                  new MemberRow(
                      0,
                      id,
                      -1,
                      0,
                      0,
                      0,
                      0,
                      "",
                      "",
                      0,
                      rs.getString("nickname"),
                      rs.getString("avatar"),
                      rs.getInt("sex"),
                      rs.getString("introduction")));
            });
    return out;
  }

  public boolean userExists(long userId) {
    return jdbc.sql("SELECT COUNT(*) FROM users WHERE id = ?")
            .param(userId)
            .query(Long.class)
            .single()
        > 0;
  }

  private static GroupRow group(ResultSet rs, int n) throws SQLException {
    return new GroupRow(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("icon"),
        rs.getString("description"),
        rs.getInt("status"),
        rs.getLong("creator_uid"),
        rs.getInt("group_type"),
        rs.getInt("is_verify"),
        rs.getString("notification"),
        rs.getLong("notification_uid"),
        rs.getInt("member_limit"),
        rs.getInt("member_count"),
        rs.getTimestamp("created_at").getTime());
  }

  private static MemberRow member(ResultSet rs, int n) throws SQLException {
    Timestamp settings = rs.getTimestamp("settings_updated_at");
    return new MemberRow(
        rs.getLong("group_id"),
        rs.getLong("user_id"),
        rs.getInt("role_level"),
        rs.getTimestamp("join_time").getTime(),
        rs.getInt("join_source"),
        rs.getLong("inviter_uid"),
        rs.getLong("operator_uid"),
        rs.getString("group_nickname"),
        rs.getString("group_remark"),
        settings == null ? 0 : settings.getTime(),
        rs.getString("nickname"),
        rs.getString("avatar"),
        rs.getInt("sex"),
        rs.getString("introduction"));
  }

  /** A LIKE pattern with {@code !} as the escape character, so the user's text matches as is. */
  static String contains(String fragment) {
    return "%" + fragment.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
