package io.hichat.functions.social.store;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Serializes every change to one pair of users: their {@code users} rows are locked ({@code SELECT
 * … FOR UPDATE}), the smaller id first, so two transactions on the same pair queue up instead of
 * deadlocking, and each sees what the other committed. Runs inside the caller's transaction.
 */
@Repository
public class PairLock {

  private final JdbcClient jdbc;

  public PairLock(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** The two users as they stand once locked; a missing account is empty. */
  public record Locked(Optional<Integer> first, Optional<Integer> second) {}

  /**
   * Locks both users' rows in id order.
   *
   * @return the account status (0 disabled, 1 normal) of {@code a} and of {@code b}, empty for a
   *     user that does not exist
   */
  public Locked lock(long a, long b) {
    Optional<Integer> low = status(Math.min(a, b));
    Optional<Integer> high = status(Math.max(a, b));
    return a <= b ? new Locked(low, high) : new Locked(high, low);
  }

  private Optional<Integer> status(long userId) {
    return jdbc.sql("SELECT status FROM users WHERE id = ? FOR UPDATE")
        .param(userId)
        .query(Integer.class)
        .optional();
  }
}
