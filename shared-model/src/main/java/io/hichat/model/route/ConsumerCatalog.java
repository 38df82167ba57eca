package io.hichat.model.route;

import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every Kafka consumer function and every scheduled function: the single description from which the
 * local Kafka trigger and scheduler run them and CDK creates their event source mappings and
 * schedules.
 */
public final class ConsumerCatalog {

  /**
   * A consumer function fed batches of one topic in the shape of Lambda's Kafka event.
   *
   * @param function the function bean's name
   * @param batchSize the most records in one invocation
   * @param maxAttempts tries per record before it goes to the topic's dead-letter topic
   */
  public record Consumer(String function, String topic, int batchSize, int maxAttempts) {
    public Consumer {
      Objects.requireNonNull(function, "function");
      Objects.requireNonNull(topic, "topic");
      if (batchSize < 1 || maxAttempts < 1) {
        throw new IllegalArgumentException("batchSize and maxAttempts must be positive");
      }
    }

    public String deadLetterTopic() {
      return Topics.deadLetter(topic);
    }

    /** The consumer group: one per function, so each function sees every record once. */
    public String group() {
      return "hichat-" + function;
    }
  }

  /** A function run on a fixed rate (an EventBridge schedule in AWS, a timer locally). */
  public record Schedule(String function, Duration rate) {
    public Schedule {
      Objects.requireNonNull(function, "function");
      Objects.requireNonNull(rate, "rate");
    }
  }

  private static final List<Consumer> CONSUMERS =
      List.of(
          new Consumer("notifyPersist", Topics.NOTIFY_COMMON, 100, 5),
          new Consumer("relationSync", Topics.SOCIAL_RELATION, 100, 5));

  private static final List<Schedule> SCHEDULES =
      List.of(
          new Schedule("outboxRelay", Duration.ofSeconds(5)),
          new Schedule("groupInvitationExpiry", Duration.ofSeconds(60)));

  private ConsumerCatalog() {}

  public static List<Consumer> consumers() {
    return CONSUMERS;
  }

  public static List<Schedule> schedules() {
    return SCHEDULES;
  }
}
