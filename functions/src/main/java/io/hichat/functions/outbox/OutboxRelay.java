package io.hichat.functions.outbox;

import io.hichat.functions.outbox.OutboxPublisher.Row;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled relay (a schedule in AWS, a timer in the local stack): publishes outbox rows that
 * were not sent right after their commit, oldest first, in batches. Rows are claimed with {@code
 * FOR UPDATE SKIP LOCKED}, so several relays never send the same batch at once.
 */
@Component("outboxRelay")
public class OutboxRelay implements Supplier<OutboxRelay.Result> {

  /** Rows younger than this are left to the publish that follows their own commit. */
  static final int GRACE_MILLIS = 2000;

  static final int BATCH = 200;

  public record Result(int claimed, int sent) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final OutboxPublisher publisher;

  public OutboxRelay(DataSource dataSource, TransactionTemplate tx, OutboxPublisher publisher) {
    this.jdbc = JdbcClient.create(dataSource);
    this.tx = tx;
    this.publisher = publisher;
  }

  @Override
  public Result get() {
    int claimed = 0;
    int sent = 0;
    while (true) {
      Result batch = tx.execute(status -> relayBatch());
      claimed += batch.claimed();
      sent += batch.sent();
      if (batch.claimed() < BATCH || batch.sent() < batch.claimed()) {
        return new Result(claimed, sent);
      }
    }
  }

  private Result relayBatch() {
    List<Row> rows =
        jdbc.sql(
                "SELECT id, topic, msg_key, payload, attempts FROM outbox"
                    + " WHERE status = 0 AND next_retry_at <= CURRENT_TIMESTAMP(3)"
                    + " AND created_at <= CURRENT_TIMESTAMP(3) - INTERVAL :grace MICROSECOND"
                    + " ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED")
            .param("grace", GRACE_MILLIS * 1000L)
            .param("batch", BATCH)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5)))
            .list();
    return new Result(rows.size(), rows.isEmpty() ? 0 : publisher.publish(rows));
  }
}
