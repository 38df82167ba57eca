package io.hichat.functions.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.support.KafkaProbe;
import io.hichat.functions.support.TestStack;
import io.hichat.model.event.RelationEvent;
import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against real MariaDB and Kafka: events exist exactly when their change committed. */
class OutboxIT {

  final TestStack stack = TestStack.get();
  final Outbox outbox = stack.bean(Outbox.class);
  final TransactionTemplate tx = stack.bean(TransactionTemplate.class);
  final JdbcClient jdbc = JdbcClient.create(stack.bean(DataSource.class));

  @Test
  void committedEvent_isPublishedAfterCommit_withItsOutboxIdAsVersion() {
    String eventId = UUID.randomUUID().toString();
    try (KafkaProbe probe = new KafkaProbe(Topics.SOCIAL_RELATION)) {
      Long id =
          tx.execute(
              s ->
                  outbox.appendVersioned(
                      Topics.SOCIAL_RELATION,
                      "f:1:2",
                      v ->
                          RelationEvent.friend(
                              eventId, 1L, RelationEvent.FRIEND_ADDED, 1, 2, 1, v)));
      List<String> got = probe.await(v -> v.contains(eventId), 1, Duration.ofSeconds(15));
      assertThat(got).hasSize(1);
      assertThat(got.get(0)).contains("\"version\":" + id);
      assertThat(status(id)).isEqualTo(1);
    }
  }

  @Test
  void rolledBackChange_leavesNoEvent() {
    String eventId = UUID.randomUUID().toString();
    try (KafkaProbe probe = new KafkaProbe(Topics.SOCIAL_RELATION)) {
      tx.executeWithoutResult(
          s -> {
            outbox.append(
                Topics.SOCIAL_RELATION,
                "f:1:2",
                RelationEvent.friend(eventId, 1L, RelationEvent.FRIEND_DELETED, 1, 2, 1, 0));
            s.setRollbackOnly();
          });
      assertThat(probe.await(v -> v.contains(eventId), 1, Duration.ofSeconds(3))).isEmpty();
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM outbox WHERE payload LIKE ?")
                  .param("%" + eventId + "%")
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }

  @Test
  void appendOutsideATransaction_isAProgrammingError() {
    assertThatThrownBy(() -> outbox.append(Topics.SOCIAL_RELATION, "k", "{}"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rowLeftUnsent_isPublishedByTheRelay() {
    String eventId = UUID.randomUUID().toString();
    String payload =
        "{\"eventId\":\""
            + eventId
            + "\",\"occurredAt\":1,\"eventType\":\"friend.added\",\"version\":0}";
    try (KafkaProbe probe = new KafkaProbe(Topics.SOCIAL_RELATION)) {
      // a crash between commit and publish: the row is there, old enough, and still pending
      jdbc.sql(
              "INSERT INTO outbox (topic, msg_key, payload, created_at)"
                  + " VALUES (?, 'f:3:4', ?, CURRENT_TIMESTAMP(3) - INTERVAL 10 SECOND)")
          .params(Topics.SOCIAL_RELATION, payload)
          .update();
      // the scheduled relay may get there first; either way the row is published once
      stack.bean(OutboxRelay.class).get();
      assertThat(probe.await(v -> v.contains(eventId), 2, Duration.ofSeconds(8))).hasSize(1);
    }
    assertThat(
            jdbc.sql("SELECT status FROM outbox WHERE payload LIKE ?")
                .param("%" + eventId + "%")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private int status(long id) {
    return jdbc.sql("SELECT status FROM outbox WHERE id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }
}
