package io.hichat.model.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.model.event.Topics;
import io.hichat.model.route.ConsumerCatalog.Consumer;
import io.hichat.model.route.ConsumerCatalog.Schedule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumerCatalogTest {

  @Test
  void consumer_deadLettersToItsTopicsTwin() {
    Consumer consumer = new Consumer("chatPersist", Topics.IM_CHAT, 100, 3);
    assertThat(consumer.deadLetterTopic()).isEqualTo("im.chat.dlq");
  }

  @Test
  void consumer_ofADeadLetterOrUnknownTopic_isRejected() {
    assertThatThrownBy(() -> new Consumer("x", "im.chat.dlq", 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Consumer("x", "no.such.topic", 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void consumer_withBatchOrRetriesOutOfRange_isRejected() {
    assertThatThrownBy(() -> new Consumer("x", Topics.IM_READ, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Consumer("x", Topics.IM_READ, 10, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schedule_belowAMinuteOrNotWholeMinutes_isRejected() {
    assertThatThrownBy(() -> new Schedule("relay", Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Schedule("relay", Duration.ofSeconds(90)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Schedule("relay", Duration.ofMinutes(5)).rate()).hasMinutes(5);
  }

  @Test
  void sameFunctionTwice_isRejected() {
    assertThatThrownBy(
            () ->
                new ConsumerCatalog(
                    List.of(new Consumer("relay", Topics.IM_CHAT, 10, 1)),
                    List.of(new Schedule("relay", Duration.ofMinutes(1)))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void catalogue_namesNoRouteFunction() {
    ConsumerCatalog catalog = ConsumerCatalog.get();
    catalog
        .consumers()
        .forEach(c -> assertThat(RouteCatalog.get().byFunction(c.function())).isEmpty());
    catalog
        .schedules()
        .forEach(s -> assertThat(RouteCatalog.get().byFunction(s.function())).isEmpty());
  }
}
