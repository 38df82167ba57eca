package io.hichat.functions.user.store;

import io.hichat.model.user.EmojiItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MySQL access for {@code user_emojis} (custom stickers). Every statement is scoped to one owner.
 */
@Repository
public class EmojiStore {

  /** A sticker that passed validation, ready to be written. */
  public record Draft(
      String url,
      String name,
      String thumbnail,
      int width,
      int height,
      long size,
      String fileType) {}

  /** How many stickers an owner has and the highest {@code sort_order} among them. */
  private record Shelf(long count, int maxSortOrder) {}

  private static final String COLUMNS =
      "id, url, name, thumbnail, width, height, size, file_type, created_at";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  public EmojiStore(DataSource dataSource, TransactionTemplate tx) {
    this.jdbc = JdbcClient.create(dataSource);
    this.tx = tx;
  }

  /**
   * Adds a sticker at the front of the owner's list ({@code sort_order} = current maximum + 1),
   * unless the owner already has {@code limit} stickers.
   *
   * <p>Concurrent adds by one user are serialized on the owner's {@code users} row: the row lock is
   * taken first, so the count and the maximum (the transaction's first plain reads) see every add
   * committed before it, and the limit holds under races.
   *
   * @return the new id, or empty when the owner is at the limit
   */
  public OptionalLong insertIfBelow(long userId, Draft d, int limit) {
    Long id =
        tx.execute(
            status -> {
              jdbc.sql("SELECT id FROM users WHERE id = ? FOR UPDATE")
                  .param(userId)
                  .query(Long.class)
                  .optional();
              Shelf shelf =
                  jdbc.sql(
                          "SELECT COUNT(*), COALESCE(MAX(sort_order), 0) FROM user_emojis"
                              + " WHERE user_id = ?")
                      .param(userId)
                      .query((rs, n) -> new Shelf(rs.getLong(1), rs.getInt(2)))
                      .single();
              if (shelf.count() >= limit) {
                return null;
              }
              GeneratedKeyHolder keys = new GeneratedKeyHolder();
              jdbc.sql(
                      "INSERT INTO user_emojis"
                          + " (user_id, url, name, thumbnail, width, height, size, file_type,"
                          + " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .params(
                      userId,
                      d.url(),
                      d.name(),
                      d.thumbnail(),
                      d.width(),
                      d.height(),
                      d.size(),
                      d.fileType(),
                      shelf.maxSortOrder() + 1)
                  .update(keys, "id");
              return keys.getKey().longValue();
            });
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /** One page of the owner's stickers, highest {@code sort_order} first, then newest. */
  public List<EmojiItem> list(long userId, int offset, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM user_emojis WHERE user_id = ?"
                + " ORDER BY sort_order DESC, id DESC LIMIT ? OFFSET ?")
        .params(userId, limit, offset)
        .query(EmojiStore::row)
        .list();
  }

  public long count(long userId) {
    return jdbc.sql("SELECT COUNT(*) FROM user_emojis WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }

  /**
   * @return false when the owner has no sticker with this id (another user's id included)
   */
  public boolean delete(long userId, long id) {
    return jdbc.sql("DELETE FROM user_emojis WHERE id = ? AND user_id = ?")
            .params(id, userId)
            .update()
        > 0;
  }

  private static EmojiItem row(ResultSet rs, int n) throws SQLException {
    return new EmojiItem(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("name"),
        rs.getString("thumbnail"),
        rs.getInt("width"),
        rs.getInt("height"),
        rs.getLong("size"),
        rs.getString("file_type"),
        rs.getTimestamp("created_at").getTime());
  }
}
