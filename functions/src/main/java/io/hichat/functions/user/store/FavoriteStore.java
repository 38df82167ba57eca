package io.hichat.functions.user.store;

import io.hichat.model.user.FavoriteItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** MySQL access for {@code favorites}. Every statement is scoped to one owner. */
@Repository
public class FavoriteStore {

  /** A favorite that passed validation, ready to be written. */
  public record Draft(
      String type, String title, String content, String source, String sourceId, String tags) {}

  /**
   * What to list: {@code type} and {@code keyword} are optional (null = no filter); the keyword
   * matches title or content literally.
   */
  public record Filter(String type, String keyword) {}

  private static final String COLUMNS =
      "id, type, title, content, source, source_id, tags, created_at";

  private final JdbcClient jdbc;

  public FavoriteStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public long insert(long userId, Draft d) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO favorites (user_id, type, title, content, source, source_id, tags)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(userId, d.type(), d.title(), d.content(), d.source(), d.sourceId(), d.tags())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** One page of the owner's favorites, newest first. */
  public List<FavoriteItem> list(long userId, Filter filter, int offset, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM favorites"
                + where(filter)
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
        .params(params(userId, filter))
        .param("limit", limit)
        .param("offset", offset)
        .query(FavoriteStore::row)
        .list();
  }

  public long count(long userId, Filter filter) {
    return jdbc.sql("SELECT COUNT(*) FROM favorites" + where(filter))
        .params(params(userId, filter))
        .query(Long.class)
        .single();
  }

  /**
   * @return false when the owner has no favorite with this id (another user's id included)
   */
  public boolean delete(long userId, long id) {
    return jdbc.sql("DELETE FROM favorites WHERE id = ? AND user_id = ?")
            .params(id, userId)
            .update()
        > 0;
  }

  private static String where(Filter filter) {
    StringBuilder sql = new StringBuilder(" WHERE user_id = :userId");
    if (filter.type() != null) {
      sql.append(" AND type = :type");
    }
    if (filter.keyword() != null) {
      sql.append(" AND (title LIKE :pattern ESCAPE '!' OR content LIKE :pattern ESCAPE '!')");
    }
    return sql.toString();
  }

  private static Map<String, Object> params(long userId, Filter filter) {
    Map<String, Object> params = new HashMap<>();
    params.put("userId", userId);
    if (filter.type() != null) {
      params.put("type", filter.type());
    }
    if (filter.keyword() != null) {
      params.put("pattern", contains(filter.keyword()));
    }
    return params;
  }

  private static FavoriteItem row(ResultSet rs, int n) throws SQLException {
    return new FavoriteItem(
        rs.getLong("id"),
        rs.getString("type"),
        rs.getString("title"),
        rs.getString("content"),
        rs.getString("source"),
        rs.getString("source_id"),
        rs.getString("tags"),
        rs.getTimestamp("created_at").getTime());
  }

  /** A LIKE pattern with {@code !} as the escape character, so the user's text matches as is. */
  private static String contains(String fragment) {
    return "%" + fragment.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
