package io.hichat.functions.outbox;

import io.hichat.functions.http.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes events into the outbox inside the caller's transaction, so an event exists exactly when
 * the change it reports was committed. After the commit the rows written are published at once;
 * rows a crash or a broker outage left behind are published by {@link OutboxRelay}.
 */
@Component
public class Outbox {

  private final JdbcClient jdbc;
  private final OutboxPublisher publisher;

  public Outbox(DataSource dataSource, OutboxPublisher publisher) {
    this.jdbc = JdbcClient.create(dataSource);
    this.publisher = publisher;
  }

  /** Appends an event; must run inside a transaction. Returns the outbox id. */
  public long append(String topic, String key, Object event) {
    return appendVersioned(topic, key, id -> event);
  }

  /**
   * Appends an event that carries its own outbox id as a version (relation changes): {@code event}
   * gets the id and returns the event to store.
   */
  public long appendVersioned(String topic, String key, LongFunction<Object> event) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("outbox writes belong inside the business transaction");
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO outbox (topic, msg_key, payload) VALUES (?, ?, '{}')")
        .params(topic, key)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    jdbc.sql("UPDATE outbox SET payload = ? WHERE id = ?")
        .params(JsonCodec.strict().writeValueAsString(event.apply(id)), id)
        .update();
    pendingIds().add(id);
    return id;
  }

  private List<Long> pendingIds() {
    for (Object sync : TransactionSynchronizationManager.getSynchronizations()) {
      if (sync instanceof PublishAfterCommit publish) {
        return publish.ids;
      }
    }
    PublishAfterCommit publish = new PublishAfterCommit(publisher);
    TransactionSynchronizationManager.registerSynchronization(publish);
    return publish.ids;
  }

  /** Publishes this transaction's events once it has committed; failures are left to the relay. */
  private static final class PublishAfterCommit implements TransactionSynchronization {
    private final OutboxPublisher publisher;
    private final List<Long> ids = new ArrayList<>();

    PublishAfterCommit(OutboxPublisher publisher) {
      this.publisher = publisher;
    }

    @Override
    public void afterCommit() {
      publisher.publishQuietly(ids);
    }
  }
}
