package io.hichat.connector.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its current end: the records (key and value) produced after it opened. */
public final class TopicProbe implements AutoCloseable {

  /** One record as text. */
  public record Record(String key, String value) {}

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<Record> seen = new ArrayList<>();

  public TopicProbe(String topic) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                System.getenv("HICHAT_KAFKA_BOOTSTRAP"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /** Waits up to 20 s for {@code count} records that match; returns those found. */
  public List<Record> await(Predicate<Record> match, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      poll();
      List<Record> found = seen.stream().filter(match).toList();
      if (found.size() >= count) {
        return found;
      }
    }
    return seen.stream().filter(match).toList();
  }

  /** Everything read so far (after one more poll). */
  public List<Record> seen() {
    poll();
    return List.copyOf(seen);
  }

  private void poll() {
    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
      seen.add(new Record(r.key(), new String(r.value(), StandardCharsets.UTF_8)));
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
