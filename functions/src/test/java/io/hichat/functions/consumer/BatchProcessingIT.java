package io.hichat.functions.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.KafkaProbe;
import io.hichat.functions.support.TestStack;
import io.hichat.model.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordProcessor#processBatch} against the real broker: a batch that keeps failing is
 * split, so the one record that cannot be handled reaches the dead-letter topic with its error and
 * the others are still handled, in order.
 */
class BatchProcessingIT {

  @Test
  void failingBatch_isSplit_theBadRecordIsDeadLettered_theOthersAreHandledInOrder() {
    RecordProcessor processor = TestStack.get().bean(RecordProcessor.class);
    String tag = UUID.randomUUID().toString();
    List<String> values = List.of("ok-1-" + tag, "bad-" + tag, "ok-2-" + tag);
    List<List<String>> handled = new ArrayList<>();
    try (KafkaProbe dlq = new KafkaProbe(Topics.deadLetter(Topics.IM_CHAT))) {
      ConsumerReport report =
          processor.processBatch(
              "chatPersist",
              event(values),
              ConsumedRecord::text,
              batch -> {
                if (batch.stream().anyMatch(v -> v.startsWith("bad-"))) {
                  throw new IllegalStateException("cannot handle " + batch);
                }
                handled.add(batch);
              });

      assertThat(report).isEqualTo(new ConsumerReport(3, 1));
      assertThat(handled).containsExactly(List.of(values.get(0)), List.of(values.get(2)));
      var dead = dlq.awaitRecords(v -> v.equals(values.get(1)), 1, Duration.ofSeconds(20));
      assertThat(dead).hasSize(1);
      assertThat(KafkaProbe.header(dead.get(0), "hichat-error")).contains("cannot handle");
    }
  }

  @Test
  void batchThatSucceeds_isHandledOnce_asAWhole() {
    RecordProcessor processor = TestStack.get().bean(RecordProcessor.class);
    List<String> values = List.of("a", "b", "c");
    List<List<String>> handled = new ArrayList<>();
    ConsumerReport report =
        processor.processBatch("chatPersist", event(values), ConsumedRecord::text, handled::add);
    assertThat(report).isEqualTo(new ConsumerReport(3, 0));
    assertThat(handled).containsExactly(values);
  }

  static KafkaEvent event(List<String> values) {
    List<KafkaEvent.Record> records = new ArrayList<>();
    long offset = 5_000_000;
    for (String value : values) {
      records.add(
          new KafkaEvent.Record(
              Topics.IM_CHAT,
              0,
              offset++,
              System.currentTimeMillis(),
              "CREATE_TIME",
              null,
              Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)),
              List.of()));
    }
    return new KafkaEvent("SelfManagedKafka", null, null, Map.of(Topics.IM_CHAT + "-0", records));
  }
}
