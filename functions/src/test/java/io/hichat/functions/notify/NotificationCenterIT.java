package io.hichat.functions.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.functions.outbox.Outbox;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.KafkaProbe;
import io.hichat.functions.support.Online;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.NotifyEvent;
import io.hichat.model.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification center end to end: an event on {@code notify.common} is consumed by the consumer
 * function (run by the local Kafka trigger), stored once, pushed to the receiver's connector, and
 * read through I10–I12.
 */
class NotificationCenterIT {

  static final Duration WAIT = Duration.ofSeconds(20);

  /** An actor id no test user has. */
  static final long STRANGER = 9_000_000_000L;

  final TestStack stack = TestStack.get();
  final Api api = stack.api();

  @Test
  void notification_isStoredOnce_pushedOnce_andCounted() throws Exception {
    TestUser ada = Users.register(api, "Ada");
    TestUser bob = Users.register(api, "Bob");
    try (Online online = new Online().connect(ada.id())) {
      String biz = "friend:" + UUID.randomUUID() + ":apply";
      publish(event(ada.id(), bob.id(), NotifyEvent.FRIEND_APPLY, biz));
      publish(event(ada.id(), bob.id(), NotifyEvent.FRIEND_APPLY, biz)); // a redelivery

      await().atMost(WAIT).until(() -> unread(ada) == 1);
      String push = online.next(WAIT);
      assertThat(push)
          .contains("\"method\":\"notify\"")
          .contains(biz)
          .contains("\"userIds\":[" + ada.id() + "]");
      assertThat(online.next(Duration.ofSeconds(2))).isNull();

      Api.Resp list = api.get("/v1/im/notifications", ada.token());
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.data().path("list")).hasSize(1);
      var item = list.data().path("list").get(0);
      assertThat(item.path("notifyType").asText()).isEqualTo(NotifyEvent.FRIEND_APPLY);
      assertThat(item.path("actorId").asText()).isEqualTo(Long.toString(bob.id()));
      assertThat(item.path("isRead").asInt()).isZero();
      // Bob sees none of Ada's notifications, and cannot mark them read
      assertThat(api.get("/v1/im/notifications", bob.token()).data().path("list")).isEmpty();
      Api.Resp foreign =
          api.post(
              "/v1/im/notifications/read",
              "{\"ids\":[\"" + item.path("id").asText() + "\"]}",
              bob.token());
      assertThat(foreign.data().path("affected").asLong()).isZero();
      assertThat(unread(ada)).isEqualTo(1);

      Api.Resp read =
          api.post(
              "/v1/im/notifications/read",
              "{\"ids\":[\"" + item.path("id").asText() + "\"]}",
              ada.token());
      assertThat(read.data().path("affected").asLong()).isEqualTo(1);
      assertThat(read.data().path("unread_count").asLong()).isZero();
    }
  }

  @Test
  void selfNotification_isNeverStored() throws Exception {
    TestUser ada = Users.register(api, "Self");
    String marker = "friend:" + UUID.randomUUID() + ":apply";
    publish(event(ada.id(), ada.id(), NotifyEvent.FRIEND_APPLY, marker));
    // a later notification proves the consumer has passed the first one
    String later = "friend:" + UUID.randomUUID() + ":accept";
    publish(event(ada.id(), STRANGER, NotifyEvent.FRIEND_ACCEPT, later));
    await().atMost(WAIT).until(() -> unread(ada) == 1);
    assertThat(api.get("/v1/im/notifications", ada.token()).raw())
        .doesNotContain(marker)
        .contains(later);
  }

  @Test
  void readIntent_coversANotificationThatArrivesLater() throws Exception {
    TestUser ada = Users.register(api, "Intent");
    String biz = "group:" + UUID.randomUUID() + ":apply";
    Api.Resp early =
        api.post(
            "/v1/im/notifications/read",
            "{\"targets\":[{\"notify_type\":\"group.apply\",\"biz_id\":\"" + biz + "\"}]}",
            ada.token());
    assertThat(early.status()).as(early.raw()).isEqualTo(200);
    assertThat(early.data().path("affected").asLong()).isZero();
    try (Online online = new Online().connect(ada.id())) {
      publish(event(ada.id(), STRANGER, NotifyEvent.GROUP_APPLY, biz));
      await()
          .atMost(WAIT)
          .until(() -> api.get("/v1/im/notifications", ada.token()).raw().contains(biz));
      assertThat(unread(ada)).isZero();
      assertThat(online.next(Duration.ofSeconds(1))).isNull();
    }
  }

  @Test
  void markAllRead_coversWhatHappenedBefore_notWhatHappensAfter() throws Exception {
    TestUser ada = Users.register(api, "All");
    long before = System.currentTimeMillis() - 1000;
    assertThat(api.post("/v1/im/notifications/read", "{}", ada.token()).status()).isEqualTo(200);
    publish(
        eventAt(
            ada.id(),
            STRANGER,
            NotifyEvent.FRIEND_APPLY,
            "friend:" + UUID.randomUUID() + ":apply",
            before));
    publish(
        eventAt(
            ada.id(),
            STRANGER,
            NotifyEvent.FRIEND_APPLY,
            "friend:" + UUID.randomUUID() + ":apply",
            System.currentTimeMillis() + 1000));
    await()
        .atMost(WAIT)
        .until(() -> api.get("/v1/im/notifications", ada.token()).data().path("list").size() == 2);
    assertThat(unread(ada)).isEqualTo(1);
  }

  @Test
  void malformedRecord_goesToTheDeadLetterTopic_andTheNextOneIsProcessed() throws Exception {
    TestUser ada = Users.register(api, "Poison");
    String garbage = "not json " + UUID.randomUUID();
    try (KafkaProbe dlq = new KafkaProbe(Topics.deadLetter(Topics.NOTIFY_COMMON))) {
      stack
          .bean(Producer.class)
          .send(
              new ProducerRecord<>(
                  Topics.NOTIFY_COMMON,
                  Long.toString(ada.id()),
                  garbage.getBytes(StandardCharsets.UTF_8)))
          .get();
      publish(
          event(
              ada.id(),
              STRANGER,
              NotifyEvent.FRIEND_APPLY,
              "friend:" + UUID.randomUUID() + ":apply"));
      assertThat(dlq.await(v -> v.equals(garbage), 1, WAIT)).hasSize(1);
      await().atMost(WAIT).until(() -> unread(ada) == 1);
    }
  }

  @Test
  void badInput_isACoded400() {
    TestUser ada = Users.register(api, "Bad");
    for (String query : new String[] {"limit=0", "limit=101", "offset=-1", "unreadOnly=maybe"}) {
      Api.Resp r = api.get("/v1/im/notifications?" + query, ada.token());
      assertThat(r.status()).as(query + " " + r.raw()).isEqualTo(400);
    }
    for (String body :
        new String[] {
          "{\"ids\":[\"x\"]}",
          "{\"targets\":[{\"notify_type\":\"a\"}]}",
          "{\"ids\":\"1\"}",
          "{\"notify_types\":[1]}"
        }) {
      Api.Resp r = api.post("/v1/im/notifications/read", body, ada.token());
      assertThat(r.status()).as(body + " " + r.raw()).isEqualTo(400);
      assertThat(r.code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
    }
  }

  private long unread(TestUser u) {
    return api.get("/v1/im/notifications/unreadCount", u.token()).data().path("count").asLong();
  }

  private void publish(NotifyEvent e) {
    stack
        .bean(TransactionTemplate.class)
        .executeWithoutResult(
            s -> stack.bean(Outbox.class).append(Topics.NOTIFY_COMMON, e.key(), e));
  }

  private static NotifyEvent event(long receiver, long actor, String type, String biz) {
    return eventAt(receiver, actor, type, biz, System.currentTimeMillis());
  }

  private static NotifyEvent eventAt(long receiver, long actor, String type, String biz, long at) {
    return new NotifyEvent(
        UUID.randomUUID().toString(),
        at,
        type,
        receiver,
        actor,
        biz,
        null,
        "title",
        "content",
        "{}");
  }
}
