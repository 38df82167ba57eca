package io.hichat.functions.local;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.config.KafkaClients;
import io.hichat.functions.consumer.KafkaEvent;
import io.hichat.functions.consumer.KafkaLambdaHandler;
import io.hichat.functions.http.JsonCodec;
import io.hichat.model.route.ConsumerCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;

/**
 * The event source mapping for one machine: polls each consumer's topic in its own consumer group,
 * turns each batch into Lambda's Kafka event, hands the bytes to {@link KafkaLambdaHandler} (the
 * code Lambda runs) and commits the offsets only after the function returned. A failed invocation
 * rewinds to the batch's first offsets and tries again with backoff.
 *
 * <p>One worker per consumer. A restart (the test stack's, a gateway stopped and started again) may
 * move partitions while a batch runs: that batch's commit is refused and its records come again,
 * which the consumers handle as once; a rewind after a failed invocation seeks only the partitions
 * the worker still holds; {@link #close} waits until the workers have left their groups.
 */
public final class LocalKafkaTrigger implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalKafkaTrigger.class);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /** How long {@link #close} waits for the workers to leave their groups. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  /** Each consumer that handled a batch logs what it did (see {@link TriggerStats}) this often. */
  static final Duration STATS_WINDOW = Duration.ofSeconds(10);

  private final List<Worker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  private LocalKafkaTrigger() {}

  public static LocalKafkaTrigger start(
      BeanFactory beans, HichatProperties.Kafka kafka, List<ConsumerCatalog.Consumer> consumers) {
    LocalKafkaTrigger trigger = new LocalKafkaTrigger();
    for (ConsumerCatalog.Consumer consumer : consumers) {
      Worker worker =
          new Worker(consumer, kafka, new KafkaLambdaHandler(beans, consumer.function()));
      trigger.workers.add(worker);
      Thread thread = new Thread(worker, "trigger-" + consumer.function());
      thread.setDaemon(true);
      trigger.threads.add(thread);
      thread.start();
    }
    return trigger;
  }

  /**
   * Stops the workers and waits (a bounded time) until each has closed its consumer and so left its
   * group: a member that just vanished would hold its partitions until the group's session timeout,
   * and the next trigger's workers would wait that long for them.
   */
  @Override
  public void close() {
    workers.forEach(Worker::stop);
    long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
    for (Thread thread : threads) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        thread.join(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static final class Worker implements Runnable {
    private final ConsumerCatalog.Consumer consumer;
    private final KafkaLambdaHandler handler;
    private final KafkaConsumer<String, byte[]> kafka;
    private final String bootstrap;
    private final AtomicBoolean running = new AtomicBoolean(true);

    Worker(
        ConsumerCatalog.Consumer consumer,
        HichatProperties.Kafka settings,
        KafkaLambdaHandler handler) {
      this.consumer = consumer;
      this.handler = handler;
      this.bootstrap = settings.bootstrap();
      this.kafka =
          new KafkaConsumer<>(
              KafkaClients.with(
                  settings,
                  Map.of(
                      ConsumerConfig.GROUP_ID_CONFIG,
                      consumer.group(),
                      ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                      false,
                      ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                      "earliest",
                      ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                      consumer.batchSize(),
                      ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG,
                      600_000,
                      // above the poll interval, so an idle coordinator connection is not
                      // dropped while a long batch holds up a rebalance (Kafka warns otherwise)
                      ConsumerConfig.CONNECTIONS_MAX_IDLE_MS_CONFIG,
                      660_000,
                      // a member that died without leaving (a killed process) holds its
                      // partitions this long; one machine has no network to ride out
                      ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
                      10_000)),
              new StringDeserializer(),
              new ByteArrayDeserializer());
    }

    @Override
    public void run() {
      long backoff = 0;
      TriggerStats stats =
          new TriggerStats(consumer.function(), STATS_WINDOW.toNanos(), System.nanoTime());
      try {
        kafka.subscribe(List.of(consumer.topic()));
        while (running.get()) {
          ConsumerRecords<String, byte[]> batch = kafka.poll(Duration.ofMillis(500));
          stats.lineIfDue(System.nanoTime()).ifPresent(log::info);
          if (batch.isEmpty()) {
            continue;
          }
          try {
            long waited = oldestWait(batch, System.currentTimeMillis());
            long began = System.nanoTime();
            invoke(batch);
            stats.add(batch.count(), System.nanoTime() - began, waited);
            backoff = 0;
          } catch (Exception e) {
            backoff = Math.min(MAX_BACKOFF.toMillis(), Math.max(1000, backoff * 2));
            log.error(
                "{} failed on a batch of {}; retrying in {} ms",
                consumer.function(),
                batch.count(),
                backoff,
                e);
            rewind(batch);
            Thread.sleep(backoff);
            continue;
          }
          commit(batch);
        }
      } catch (WakeupException | InterruptedException e) {
        // stopping
      } finally {
        kafka.close(Duration.ofSeconds(5));
      }
    }

    /** How long the batch's oldest record has waited since its producer stamped it; -1 if none. */
    private static long oldestWait(ConsumerRecords<String, byte[]> batch, long now) {
      long oldest = Long.MAX_VALUE;
      for (ConsumerRecord<String, byte[]> r : batch) {
        if (r.timestamp() >= 0 && r.timestamp() < oldest) {
          oldest = r.timestamp();
        }
      }
      return oldest == Long.MAX_VALUE ? -1 : now - oldest;
    }

    private void invoke(ConsumerRecords<String, byte[]> batch) throws Exception {
      Map<String, List<KafkaEvent.Record>> records = new LinkedHashMap<>();
      for (ConsumerRecord<String, byte[]> r : batch) {
        List<Map<String, List<Integer>>> headers = new ArrayList<>();
        for (Header h : r.headers()) {
          List<Integer> value = new ArrayList<>();
          for (byte b : h.value()) {
            value.add((int) b);
          }
          headers.add(Map.of(h.key(), value));
        }
        records
            .computeIfAbsent(r.topic() + "-" + r.partition(), k -> new ArrayList<>())
            .add(
                new KafkaEvent.Record(
                    r.topic(),
                    r.partition(),
                    r.offset(),
                    r.timestamp(),
                    r.timestampType().name(),
                    r.key() == null
                        ? null
                        : Base64.getEncoder()
                            .encodeToString(r.key().getBytes(StandardCharsets.UTF_8)),
                    r.value() == null ? null : Base64.getEncoder().encodeToString(r.value()),
                    headers));
      }
      byte[] event =
          JsonCodec.strict()
              .writeValueAsBytes(new KafkaEvent("SelfManagedKafka", null, bootstrap, records));
      handler.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
    }

    /**
     * Commits a handled batch without waiting for the broker's answer, so the next poll starts at
     * once (a synchronous commit cost the loop a round trip per batch); the commits of successive
     * batches reach the group in order. A refused commit (the group moved partitions meanwhile, or
     * the broker was away) only means that the batch's records come again, which the consumers
     * handle as once; {@link KafkaConsumer#close} waits for the commits still on their way.
     */
    private void commit(ConsumerRecords<String, byte[]> batch) {
      kafka.commitAsync(
          nextOffsets(batch),
          (offsets, e) -> {
            if (e != null) {
              log.info(
                  "{}: a commit of {} partition(s) was refused; their records come again: {}",
                  consumer.function(),
                  offsets.size(),
                  e.toString());
            }
          });
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(
        ConsumerRecords<String, byte[]> batch) {
      Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
      for (TopicPartition tp : batch.partitions()) {
        List<ConsumerRecord<String, byte[]>> records = batch.records(tp);
        offsets.put(tp, new OffsetAndMetadata(records.get(records.size() - 1).offset() + 1));
      }
      return offsets;
    }

    /** Goes back to the batch's first offsets on the partitions this worker still holds. */
    private void rewind(ConsumerRecords<String, byte[]> batch) {
      Set<TopicPartition> held = kafka.assignment();
      for (TopicPartition tp : batch.partitions()) {
        if (held.contains(tp)) {
          kafka.seek(tp, batch.records(tp).get(0).offset());
        }
      }
    }

    void stop() {
      if (running.getAndSet(false)) {
        kafka.wakeup();
      }
    }
  }
}
