package io.hichat.functions.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends outbox rows to Kafka and marks them sent once the broker has acknowledged them (idempotent
 * producer, acks=all). A row that fails is scheduled for another try with exponential backoff.
 * Sending a row twice is possible (a crash between the ack and the mark); consumers are idempotent.
 */
@Component
public class OutboxPublisher {

  private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);
  static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  private final JdbcClient jdbc;
  private final Producer<String, byte[]> producer;

  public OutboxPublisher(DataSource dataSource, Producer<String, byte[]> producer) {
    this.jdbc = JdbcClient.create(dataSource);
    this.producer = producer;
  }

  record Row(long id, String topic, String key, String payload, int attempts) {}

  /** Publishes the given rows if still pending; never throws. */
  public void publishQuietly(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    try {
      publish(
          jdbc.sql(
                  "SELECT id, topic, msg_key, payload, attempts FROM outbox"
                      + " WHERE id IN (:ids) AND status = 0 ORDER BY id")
              .param("ids", ids)
              .query(
                  (rs, n) ->
                      new Row(
                          rs.getLong(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getInt(5)))
              .list());
    } catch (RuntimeException e) {
      log.warn("outbox publish after commit failed; the relay will retry {}", ids, e);
    }
  }

  /** Sends rows in order and marks each acknowledged one sent; returns how many were sent. */
  int publish(List<Row> rows) {
    List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
    for (Row row : rows) {
      sends.add(
          producer.send(
              new ProducerRecord<>(
                  row.topic(), row.key(), row.payload().getBytes(StandardCharsets.UTF_8))));
    }
    producer.flush();
    int sent = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      try {
        sends.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        jdbc.sql(
                "UPDATE outbox SET status = 1, sent_at = CURRENT_TIMESTAMP(3), attempts = attempts + 1 WHERE id = ?")
            .param(row.id())
            .update();
        sent++;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return sent;
      } catch (ExecutionException | TimeoutException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        long backoff = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(row.attempts(), 20));
        jdbc.sql(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_retry_at = ? WHERE id = ?")
            .params(
                String.valueOf(cause).substring(0, Math.min(500, String.valueOf(cause).length())),
                Timestamp.from(Instant.now().plusMillis(backoff)),
                row.id())
            .update();
      }
    }
    return sent;
  }
}
