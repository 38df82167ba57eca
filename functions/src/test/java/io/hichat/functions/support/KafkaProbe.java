package io.hichat.functions.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its end, for tests that check what a change published. */
public final class KafkaProbe implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;

  /** Records polled while waiting for others: a later wait looks at them first. */
  private final List<ConsumerRecord<String, byte[]>> unclaimed = new ArrayList<>();

  public KafkaProbe(String topic) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                System.getenv("HICHAT_KAFKA_BOOTSTRAP"),
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    consumer.subscribe(List.of(topic));
    long deadline = System.currentTimeMillis() + 15_000;
    while (consumer.assignment().isEmpty() && System.currentTimeMillis() < deadline) {
      consumer.poll(Duration.ofMillis(100));
    }
    consumer.seekToEnd(consumer.assignment());
    consumer.assignment().forEach(consumer::position);
  }

  /**
   * Values (as text) of the records that match, waiting up to {@code timeout} for {@code count}.
   */
  public List<String> await(Predicate<String> match, int count, Duration timeout) {
    return awaitRecords(match, count, timeout).stream()
        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
        .toList();
  }

  /** The records whose value (as text) matches, with their headers, waiting as {@link #await}. */
  public List<ConsumerRecord<String, byte[]>> awaitRecords(
      Predicate<String> match, int count, Duration timeout) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    List<ConsumerRecord<String, byte[]>> earlier = new ArrayList<>(unclaimed);
    unclaimed.clear();
    claim(earlier, match, found);
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    while (found.size() < count && System.currentTimeMillis() < deadline) {
      List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>();
      consumer.poll(Duration.ofMillis(200)).forEach(polled::add);
      claim(polled, match, found);
    }
    return found;
  }

  /** Moves the matching records to {@code found}; the others stay for a later wait. */
  private void claim(
      List<ConsumerRecord<String, byte[]>> records,
      Predicate<String> match,
      List<ConsumerRecord<String, byte[]>> found) {
    for (ConsumerRecord<String, byte[]> record : records) {
      if (match.test(new String(record.value(), StandardCharsets.UTF_8))) {
        found.add(record);
      } else {
        unclaimed.add(record);
      }
    }
  }

  /** A header's value as text, or null. */
  public static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
