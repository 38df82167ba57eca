package io.hichat.model.route;

import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every function that is not a REST route: Kafka consumers (one function per topic and consumer
 * group) and functions run on a schedule. The CDK app gives each consumer its event source mapping,
 * retries and dead-letter queue, and each schedule its rule; the local Kafka trigger reads the same
 * list.
 *
 * <p>Only functions that exist are listed. An entry says whether its function {@code publishes}
 * events to HiChat's topics (through the outbox or its publisher); the CDK app grants Kafka writes
 * by that flag alone, and infra-cdk's tests check it against the function's code.
 */
public final class ConsumerCatalog {

  private static final ConsumerCatalog INSTANCE =
      new ConsumerCatalog(
          List.of(
              new Consumer("notifyPersist", Topics.NOTIFY_COMMON, 100, 4),
              new Consumer("relationSync", Topics.SOCIAL_RELATION, 100, 4),
              new Consumer("chatPersist", Topics.IM_CHAT, 500, 4),
              new Consumer("readReceipt", Topics.IM_READ, 100, 4),
              new Consumer("recallPush", Topics.IM_RECALL, 100, 4)),
          List.of(
              new Schedule("outboxRelay", Duration.ofMinutes(1), true),
              new Schedule("groupInvitationExpiry", Duration.ofMinutes(1))));

  private final List<Consumer> consumers;
  private final List<Schedule> schedules;

  /** A catalogue of the given entries; function names must be unique across both lists. */
  public ConsumerCatalog(List<Consumer> consumers, List<Schedule> schedules) {
    this.consumers = List.copyOf(consumers);
    this.schedules = List.copyOf(schedules);
    Set<String> names = new HashSet<>();
    for (Consumer consumer : this.consumers) {
      if (!names.add(consumer.function())) {
        throw new IllegalStateException("function listed twice: " + consumer.function());
      }
    }
    for (Schedule schedule : this.schedules) {
      if (!names.add(schedule.function())) {
        throw new IllegalStateException("function listed twice: " + schedule.function());
      }
    }
  }

  public static ConsumerCatalog get() {
    return INSTANCE;
  }

  public List<Consumer> consumers() {
    return consumers;
  }

  public List<Schedule> schedules() {
    return schedules;
  }

  public java.util.Optional<Consumer> consumer(String function) {
    return Consumer.named(consumers, function);
  }

  /**
   * A Kafka consumer: the function bean that takes a batch in the shape of Lambda's Kafka event.
   *
   * @param function the function bean's name (also the Lambda's function definition)
   * @param topic the topic it consumes, one of {@link Topics}; failed records end in its {@code
   *     .dlq} twin
   * @param batchSize the most records per invocation
   * @param maxRetries how often a failed record is tried again (with backoff) before it is
   *     dead-lettered; also the event source mapping's retries of a failed invocation
   * @param publishes whether handling a record publishes events (writes to the outbox); sending to
   *     its own dead-letter topic does not count, every consumer may do that
   */
  public record Consumer(
      String function, String topic, int batchSize, int maxRetries, boolean publishes) {

    public static final int MAX_BATCH_SIZE = 10_000;
    public static final int MAX_RETRIES = 10;

    public Consumer {
      requireName(function);
      Objects.requireNonNull(topic, "topic");
      if (topic.endsWith(Topics.DLQ_SUFFIX) || !Topics.all().contains(topic)) {
        throw new IllegalArgumentException("not a HiChat topic to consume: " + topic);
      }
      if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
        throw new IllegalArgumentException("batchSize must be 1.." + MAX_BATCH_SIZE);
      }
      if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
        throw new IllegalArgumentException("maxRetries must be 0.." + MAX_RETRIES);
      }
    }

    /** A consumer that publishes nothing but its dead letters. */
    public Consumer(String function, String topic, int batchSize, int maxRetries) {
      this(function, topic, batchSize, maxRetries, false);
    }

    /** Where records go after the last retry. */
    public String deadLetterTopic() {
      return Topics.deadLetter(topic);
    }

    /** Tries per record: the first and the retries. */
    public int maxAttempts() {
      return maxRetries + 1;
    }

    /** The consumer group: one per function, so each function sees every record once. */
    public String group() {
      return "hichat-" + function;
    }

    /** The consumer of this name, if the catalogue has one. */
    static java.util.Optional<Consumer> named(List<Consumer> consumers, String function) {
      return consumers.stream().filter(c -> c.function().equals(function)).findFirst();
    }
  }

  /**
   * A function run on a fixed rate (the outbox relay, invitation expiry).
   *
   * @param function the function bean's name
   * @param rate the time between runs: whole minutes, at least one
   * @param publishes whether a run publishes events to HiChat's topics (the outbox relay does)
   */
  public record Schedule(String function, Duration rate, boolean publishes) {

    public Schedule {
      requireName(function);
      Objects.requireNonNull(rate, "rate");
      if (rate.compareTo(Duration.ofMinutes(1)) < 0 || rate.toSeconds() % 60 != 0) {
        throw new IllegalArgumentException("rate must be whole minutes, at least one: " + rate);
      }
    }

    /** A schedule that publishes nothing. */
    public Schedule(String function, Duration rate) {
      this(function, rate, false);
    }
  }

  private static void requireName(String function) {
    if (function == null || !function.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("function name must be a bean name: " + function);
    }
  }
}
