package io.hichat.functions.user.store;

import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ErrorCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** MySQL access for {@code users} and {@code user_settings}. */
@Repository
public class UserStore {

  private static final String COLUMNS =
      "id, avatar, nickname, phone, email, type, last_login, password, status, sex, introduction,"
          + " region, occupation, tags, moments_cover, token_version";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  public UserStore(DataSource dataSource, TransactionTemplate tx) {
    this.jdbc = JdbcClient.create(dataSource);
    this.tx = tx;
  }

  /**
   * @throws DomainException {@link ErrorCode#PHONE_ALREADY_REGISTERED} when the phone is taken
   */
  public long insert(String phone, String nickname, String passwordHash, int sex, String avatar) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    try {
      jdbc.sql(
              "INSERT INTO users (phone, nickname, password, sex, avatar, type, status)"
                  + " VALUES (?, ?, ?, ?, ?, 0, 1)")
          .params(phone, nickname, passwordHash, sex, avatar == null ? "" : avatar)
          .update(keys, "id");
    } catch (DuplicateKeyException e) {
      throw new DomainException(ErrorCode.PHONE_ALREADY_REGISTERED);
    }
    return keys.getKey().longValue();
  }

  public Optional<UserRow> byId(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?")
        .param(id)
        .query(UserStore::row)
        .optional();
  }

  public Optional<UserRow> byPhone(String phone) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE phone = ?")
        .param(phone)
        .query(UserStore::row)
        .optional();
  }

  public Optional<UserRow> byEmail(String email) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email = ?")
        .param(email)
        .query(UserStore::row)
        .optional();
  }

  public List<UserRow> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(UserStore::row)
        .list();
  }

  /** Users whose nickname contains {@code fragment}, by id, one page. */
  public List<UserRow> byNickname(String fragment, int offset, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM users WHERE nickname LIKE :p ESCAPE '!' AND status = 1"
                + " ORDER BY id LIMIT :limit OFFSET :offset")
        .param("p", like(fragment))
        .param("limit", limit)
        .param("offset", offset)
        .query(UserStore::row)
        .list();
  }

  public long countByNickname(String fragment) {
    return jdbc.sql("SELECT COUNT(*) FROM users WHERE nickname LIKE :p ESCAPE '!' AND status = 1")
        .param("p", like(fragment))
        .query(Long.class)
        .single();
  }

  public OptionalInt tokenVersion(long id) {
    return jdbc.sql("SELECT token_version FROM users WHERE id = ?")
        .param(id)
        .query(Integer.class)
        .optional()
        .map(OptionalInt::of)
        .orElse(OptionalInt.empty());
  }

  public void touchLogin(long id, Instant when) {
    jdbc.sql("UPDATE users SET last_login = ? WHERE id = ?")
        .params(Timestamp.from(when), id)
        .update();
  }

  /**
   * @return whether the user exists
   * @throws DomainException {@link ErrorCode#PHONE_ALREADY_REGISTERED} when a new phone is taken
   */
  public boolean update(long id, ProfileChange change) {
    if (change.isEmpty()) {
      return byId(id).isPresent();
    }
    Map<String, Object> set = new LinkedHashMap<>();
    putIf(set, "nickname", change.nickname());
    putIf(set, "phone", change.phone());
    putIf(set, "avatar", change.avatar());
    putIf(set, "sex", change.sex());
    putIf(set, "introduction", change.introduction());
    putIf(set, "region", change.region());
    putIf(set, "occupation", change.occupation());
    putIf(set, "tags", change.tags());
    putIf(set, "moments_cover", change.momentsCover());
    List<String> assignments = new ArrayList<>();
    set.keySet().forEach(column -> assignments.add(column + " = :" + column));
    try {
      return jdbc.sql("UPDATE users SET " + String.join(", ", assignments) + " WHERE id = :id")
              .params(set)
              .param("id", id)
              .update()
          > 0;
    } catch (DuplicateKeyException e) {
      throw new DomainException(ErrorCode.PHONE_ALREADY_REGISTERED);
    }
  }

  /** Sets a new password hash and moves the token version on; returns the new version. */
  public OptionalInt changePassword(long id, String passwordHash) {
    return tx.execute(
        status -> {
          int updated =
              jdbc.sql(
                      "UPDATE users SET password = ?, token_version = token_version + 1 WHERE id = ?")
                  .params(passwordHash, id)
                  .update();
          return updated == 0 ? OptionalInt.empty() : tokenVersion(id);
        });
  }

  /**
   * @throws DomainException {@link ErrorCode#EMAIL_IN_USE} when another account has the email
   */
  public boolean setEmail(long id, String email) {
    try {
      return jdbc.sql("UPDATE users SET email = ? WHERE id = ?").params(email, id).update() > 0;
    } catch (DuplicateKeyException e) {
      throw new DomainException(ErrorCode.EMAIL_IN_USE);
    }
  }

  /** Removes the account and everything it owns here, in one transaction. */
  public boolean delete(long id) {
    return Boolean.TRUE.equals(
        tx.execute(
            status -> {
              jdbc.sql("DELETE FROM user_settings WHERE user_id = ?").param(id).update();
              jdbc.sql("DELETE FROM favorites WHERE user_id = ?").param(id).update();
              jdbc.sql("DELETE FROM user_emojis WHERE user_id = ?").param(id).update();
              return jdbc.sql("DELETE FROM users WHERE id = ?").param(id).update() > 0;
            }));
  }

  public Optional<String> settings(long userId) {
    return jdbc.sql("SELECT settings FROM user_settings WHERE user_id = ?")
        .param(userId)
        .query(String.class)
        .optional();
  }

  public Map<Long, String> settings(Collection<Long> userIds) {
    Map<Long, String> out = new HashMap<>();
    if (userIds.isEmpty()) {
      return out;
    }
    jdbc.sql("SELECT user_id, settings FROM user_settings WHERE user_id IN (:ids)")
        .param("ids", userIds)
        .query(
            (rs, n) -> {
              out.put(rs.getLong(1), rs.getString(2));
              return null;
            })
        .list();
    return out;
  }

  public void saveSettings(long userId, String settingsJson) {
    jdbc.sql(
            "INSERT INTO user_settings (user_id, settings) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE settings = VALUES(settings)")
        .params(userId, settingsJson)
        .update();
  }

  private static void putIf(Map<String, Object> set, String column, Object value) {
    if (value != null) {
      set.put(column, value);
    }
  }

  private static String like(String fragment) {
    String escaped = fragment.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }

  private static UserRow row(ResultSet rs, int n) throws SQLException {
    Timestamp lastLogin = rs.getTimestamp("last_login");
    return new UserRow(
        rs.getLong("id"),
        rs.getString("avatar"),
        rs.getString("nickname"),
        rs.getString("phone"),
        rs.getString("email"),
        rs.getInt("type"),
        lastLogin == null ? null : lastLogin.toInstant(),
        rs.getString("password"),
        rs.getInt("status"),
        rs.getInt("sex"),
        rs.getString("introduction"),
        rs.getString("region"),
        rs.getString("occupation"),
        rs.getString("tags"),
        rs.getString("moments_cover"),
        rs.getInt("token_version"));
  }
}
