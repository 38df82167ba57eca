package io.hichat.connector.store;

import io.hichat.connector.chat.RelationSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The connector's few MySQL reads (cache loads on a miss), run on a small pool of their own so JDBC
 * never blocks an event loop or a Redis thread. The queue is bounded: when MySQL is too slow to
 * keep up, further loads fail at once rather than pile up.
 */
public final class BlockingSql implements AutoCloseable {

  static final int QUEUE = 1024;

  private final DataSource dataSource;
  private final ThreadPoolExecutor pool;

  public BlockingSql(DataSource dataSource, int threads) {
    this.dataSource = dataSource;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            r -> {
              Thread t = new Thread(r, "sql-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  /** {@code users.token_version}; empty when the user does not exist. */
  public CompletionStage<OptionalInt> tokenVersion(long userId) {
    return run(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT token_version FROM users WHERE id = ?")) {
            s.setLong(1, userId);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
          }
        });
  }

  /**
   * The members of a relation set as MySQL has them: a user's friends or blocked users, or the
   * members of a group that is neither disbanded nor banned.
   */
  public CompletionStage<Set<Long>> relation(RelationSet set) {
    String sql =
        switch (set.kind()) {
          case FRIENDS -> "SELECT friend_uid FROM friends WHERE user_id = ?";
          case BLOCKS -> "SELECT blocked_uid FROM friend_blocks WHERE user_id = ?";
          case MEMBERS ->
              "SELECT m.user_id FROM group_members m JOIN `groups` g ON g.id = m.group_id"
                  + " WHERE m.group_id = ? AND g.status = 0";
        };
    return run(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, set.id());
            try (ResultSet rs = s.executeQuery()) {
              Set<Long> ids = new HashSet<>();
              while (rs.next()) {
                ids.add(rs.getLong(1));
              }
              return ids;
            }
          }
        });
  }

  private <T> CompletionStage<T> run(Query<T> query) {
    try {
      return CompletableFuture.supplyAsync(
          () -> {
            try (Connection c = dataSource.getConnection()) {
              return query.run(c);
            } catch (SQLException e) {
              throw new IllegalStateException("MySQL read failed: " + e.getMessage(), e);
            }
          },
          pool);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("MySQL reads are backed up", e));
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }

  @FunctionalInterface
  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }
}
