package io.hichat.functions.consumer;

import io.hichat.model.route.ConsumerCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a consumer over a Kafka event, record by record in partition order ({@link #process}) or as
 * one batch ({@link #processBatch}): a record that fails is tried again with backoff up to the
 * consumer's attempt limit, then sent to the topic's dead-letter topic with the error — never
 * dropped, and never blocking its partition for good. If even the dead-letter send fails, the
 * invocation fails, so the whole batch comes again (consumers are idempotent).
 */
@Component
public class RecordProcessor {

  private static final Logger log = LoggerFactory.getLogger(RecordProcessor.class);
  static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
  static final Duration DLQ_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Handles one record; throws to have it retried, {@link PoisonRecordException} to skip retries.
   */
  @FunctionalInterface
  public interface Handler {
    void handle(ConsumedRecord record) throws Exception;
  }

  /** Turns one record into a value; throws {@link PoisonRecordException} for a malformed one. */
  @FunctionalInterface
  public interface Decoder<T> {
    T decode(ConsumedRecord record);
  }

  /** Handles the decoded values of a batch together; throws to have them retried. */
  @FunctionalInterface
  public interface BatchHandler<T> {
    void handle(List<T> values) throws Exception;
  }

  private final Producer<String, byte[]> producer;

  public RecordProcessor(Producer<String, byte[]> producer) {
    this.producer = producer;
  }

  public ConsumerReport process(String function, KafkaEvent event, Handler handler) {
    ConsumerCatalog.Consumer consumer = consumer(function);
    int processed = 0;
    int dead = 0;
    for (ConsumedRecord record : decode(event)) {
      if (!processOne(consumer, record, handler)) {
        dead++;
      }
      processed++;
    }
    return new ConsumerReport(processed, dead);
  }

  /**
   * Runs a consumer that handles a batch at once (one query per conversation rather than per
   * record). Malformed records go to the dead-letter topic first; the rest are handled together,
   * tried again with backoff up to the attempt limit. A batch that still fails is split: each
   * record is then handled alone with its own attempts, so one bad record reaches the dead-letter
   * topic and the others are still handled, in order. The handler must be idempotent.
   */
  public <T> ConsumerReport processBatch(
      String function, KafkaEvent event, Decoder<T> decoder, BatchHandler<T> handler) {
    ConsumerCatalog.Consumer consumer = consumer(function);
    List<ConsumedRecord> records = decode(event);
    List<ConsumedRecord> decoded = new ArrayList<>();
    List<T> values = new ArrayList<>();
    int dead = 0;
    for (ConsumedRecord record : records) {
      try {
        values.add(decoder.decode(record));
        decoded.add(record);
      } catch (RuntimeException e) {
        deadLetter(consumer, record, e);
        dead++;
      }
    }
    if (values.isEmpty()) {
      return new ConsumerReport(records.size(), dead);
    }
    if (values.size() > 1 && handleBatch(consumer, values, handler)) {
      return new ConsumerReport(records.size(), dead);
    }
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      if (!processOne(consumer, decoded.get(i), r -> handler.handle(List.of(value)))) {
        dead++;
      }
    }
    return new ConsumerReport(records.size(), dead);
  }

  private <T> boolean handleBatch(
      ConsumerCatalog.Consumer consumer, List<T> values, BatchHandler<T> handler) {
    for (int attempt = 1; attempt <= consumer.maxAttempts(); attempt++) {
      try {
        handler.handle(values);
        return true;
      } catch (PoisonRecordException e) {
        log.warn("{} refused a batch of {}; splitting it", consumer.function(), values.size(), e);
        return false;
      } catch (Exception e) {
        log.warn(
            "{} failed on a batch of {} (attempt {}/{})",
            consumer.function(),
            values.size(),
            attempt,
            consumer.maxAttempts(),
            e);
        if (attempt < consumer.maxAttempts()) {
          sleep(FIRST_BACKOFF.toMillis() << (attempt - 1));
        }
      }
    }
    return false;
  }

  private static ConsumerCatalog.Consumer consumer(String function) {
    return ConsumerCatalog.get()
        .consumer(function)
        .orElseThrow(() -> new IllegalStateException("no consumer named " + function));
  }

  /** Returns false when the record went to the dead-letter topic. */
  private boolean processOne(
      ConsumerCatalog.Consumer consumer, ConsumedRecord record, Handler handler) {
    Exception last = null;
    for (int attempt = 1; attempt <= consumer.maxAttempts(); attempt++) {
      try {
        handler.handle(record);
        return true;
      } catch (PoisonRecordException e) {
        last = e;
        break;
      } catch (Exception e) {
        last = e;
        log.warn(
            "{} failed on {} (attempt {}/{})",
            consumer.function(),
            record.position(),
            attempt,
            consumer.maxAttempts(),
            e);
        if (attempt < consumer.maxAttempts()) {
          sleep(FIRST_BACKOFF.toMillis() << (attempt - 1));
        }
      }
    }
    deadLetter(consumer, record, last);
    return false;
  }

  private void deadLetter(
      ConsumerCatalog.Consumer consumer, ConsumedRecord record, Exception error) {
    ProducerRecord<String, byte[]> dlq =
        new ProducerRecord<>(consumer.deadLetterTopic(), record.key(), record.value());
    dlq.headers()
        .add("hichat-error", bytes(String.valueOf(error)))
        .add("hichat-source", bytes(record.position()))
        .add("hichat-consumer", bytes(consumer.function()));
    try {
      producer.send(dlq).get(DLQ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      log.error(
          "{} dead-lettered {} to {}: {}",
          consumer.function(),
          record.position(),
          consumer.deadLetterTopic(),
          error.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while dead-lettering " + record.position(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot dead-letter " + record.position(), e);
    }
  }

  static List<ConsumedRecord> decode(KafkaEvent event) {
    List<ConsumedRecord> out = new ArrayList<>();
    if (event == null || event.records() == null) {
      return out;
    }
    for (Map.Entry<String, List<KafkaEvent.Record>> partition : event.records().entrySet()) {
      partition.getValue().stream()
          .sorted(Comparator.comparingLong(KafkaEvent.Record::offset))
          .forEach(
              r ->
                  out.add(
                      new ConsumedRecord(
                          r.topic(),
                          r.partition(),
                          r.offset(),
                          r.timestamp(),
                          r.key() == null
                              ? null
                              : new String(
                                  Base64.getDecoder().decode(r.key()), StandardCharsets.UTF_8),
                          r.value() == null
                              ? new byte[0]
                              : Base64.getDecoder().decode(r.value()))));
    }
    return out;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
