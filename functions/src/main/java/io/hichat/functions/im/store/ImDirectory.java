package io.hichat.functions.im.store;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the IM REST functions read from MySQL, the truth about relations (no cache decides who may
 * read a conversation): memberships and roles in groups that are in a normal state, friendships,
 * and the names and pictures shown beside conversations. Lists are read in one query each.
 */
@Repository
public class ImDirectory {

  /** A user as a conversation list or read-receipt list shows them. */
  public record Person(long id, String nickname, String avatar) {}

  /** A group as a conversation list shows it. */
  public record GroupCard(long id, String name, String icon, int memberCount) {}

  private final JdbcClient jdbc;

  public ImDirectory(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * The user's role in the group (0 member, 1 admin, 2 owner), when they are a member of a group in
   * a normal state (not disbanded, not banned).
   */
  public Optional<Integer> currentRole(long groupId, long userId) {
    return jdbc.sql(
            "SELECT m.role_level FROM group_members m JOIN `groups` g ON g.id = m.group_id"
                + " WHERE m.group_id = ? AND m.user_id = ? AND g.status = 0")
        .params(groupId, userId)
        .query(Integer.class)
        .optional();
  }

  /** The groups in a normal state the user belongs to, with the user's role. */
  public Map<Long, Integer> currentGroups(long userId) {
    Map<Long, Integer> out = new HashMap<>();
    jdbc.sql(
            "SELECT m.group_id, m.role_level FROM group_members m JOIN `groups` g"
                + " ON g.id = m.group_id WHERE m.user_id = ? AND g.status = 0")
        .param(userId)
        .query(
            (ResultSet rs) -> {
              out.put(rs.getLong(1), rs.getInt(2));
            });
    return out;
  }

  /** Both users have each other in their friend lists. */
  public boolean friends(long a, long b) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM friends WHERE (user_id = ? AND friend_uid = ?)"
                    + " OR (user_id = ? AND friend_uid = ?)")
            .params(a, b, b, a)
            .query(Long.class)
            .single()
        == 2;
  }

  /** The group's members with their nicknames and avatars, by user id. */
  public List<Person> groupMembers(long groupId) {
    return jdbc.sql(
            "SELECT m.user_id, COALESCE(u.nickname, ''), COALESCE(u.avatar, '')"
                + " FROM group_members m LEFT JOIN users u ON u.id = m.user_id"
                + " WHERE m.group_id = ? ORDER BY m.user_id")
        .param(groupId)
        .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** Users by id; unknown ones are left out. */
  public Map<Long, Person> people(Collection<Long> userIds) {
    Map<Long, Person> out = new HashMap<>();
    if (userIds.isEmpty()) {
      return out;
    }
    jdbc.sql("SELECT id, nickname, avatar FROM users WHERE id IN (:ids)")
        .param("ids", List.copyOf(userIds))
        .query(
            (ResultSet rs) -> {
              Person p = new Person(rs.getLong(1), rs.getString(2), rs.getString(3));
              out.put(p.id(), p);
            });
    return out;
  }

  /** Groups by id, whatever their state; unknown ones are left out. */
  public Map<Long, GroupCard> groups(Collection<Long> groupIds) {
    Map<Long, GroupCard> out = new HashMap<>();
    if (groupIds.isEmpty()) {
      return out;
    }
    jdbc.sql("SELECT id, name, icon, member_count FROM `groups` WHERE id IN (:ids)")
        .param("ids", List.copyOf(groupIds))
        .query(
            (ResultSet rs) -> {
              GroupCard g =
                  new GroupCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
              out.put(g.id(), g);
            });
    return out;
  }
}
