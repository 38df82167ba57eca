package io.hichat.bench;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The limit of the 1:1 scenario: the same number of records of the same size produced (acks=all,
 * idempotent, linger 5 ms — the connector's settings) and consumed on the same broker, one topic of
 * six partitions like {@code im.chat}. Latency is produce call to consumer poll in this process;
 * the CPU every process and the machine used in the meantime comes with each run's figures.
 */
final class RawKafka {

  private final String bootstrap;
  private final Path pidDir;

  /** {@code pidDir}: the bench stack's PID files, for the CPU each run costs ({@link CpuUse}). */
  RawKafka(String bootstrap, Path pidDir) {
    this.bootstrap = bootstrap;
    this.pidDir = pidDir;
  }

  /**
   * {@code rate} records a second ({@code 0}: as fast as the producer goes), {@code count} in all.
   */
  Map<String, Object> run(int rate, long count, int size) throws Exception {
    return run(rate, count, size, "");
  }

  /**
   * {@link #run(int, long, int)}, its progress and summary lines labelled {@code raw kafka <tag>…}.
   */
  Map<String, Object> run(int rate, long count, int size, String tag) throws Exception {
    String topic = "bench.raw." + System.currentTimeMillis();
    Properties admin = new Properties();
    admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin a = Admin.create(admin)) {
      a.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
    }
    Properties pc = new Properties();
    pc.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    pc.put(ProducerConfig.ACKS_CONFIG, "all");
    pc.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    pc.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    Properties cc = new Properties();
    cc.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    cc.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
    cc.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    cc.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    Latency latency = new Latency();
    AtomicLong consumed = new AtomicLong();
    String label = "raw kafka " + tag + (rate == 0 ? "unthrottled" : rate + "/s");
    try (KafkaProducer<byte[], byte[]> producer =
            new KafkaProducer<>(pc, new ByteArraySerializer(), new ByteArraySerializer());
        KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(cc, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        Progress progress = new Progress(label, count, latency, null)) {
      consumer.subscribe(List.of(topic));
      // join the group before producing, so the first records are not read late
      while (consumer.assignment().isEmpty()) {
        consumer.poll(Duration.ofMillis(100));
      }
      Thread reader =
          new Thread(
              () -> {
                while (consumed.get() < count && !Thread.currentThread().isInterrupted()) {
                  for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    long t0 = ByteBuffer.wrap(r.value()).getLong();
                    latency.recordNanos(System.nanoTime() - t0);
                    consumed.incrementAndGet();
                    progress.count();
                  }
                }
              },
              "raw-consumer");
      reader.start();
      CpuUse before = CpuUse.mark(pidDir);
      long start = System.nanoTime();
      double interval = rate == 0 ? 0 : 1e9 / rate;
      long k = 0;
      while (k < count) {
        long due = rate == 0 ? count : (long) ((System.nanoTime() - start) / interval) + 1;
        while (k < Math.min(due, count)) {
          byte[] value = new byte[size];
          long t0 = rate == 0 ? System.nanoTime() : start + (long) (k * interval);
          ByteBuffer.wrap(value).putLong(t0);
          byte[] key = ("c" + (k % 400)).getBytes();
          producer.send(new ProducerRecord<>(topic, key, value));
          k++;
        }
        if (rate != 0) {
          LockSupport.parkNanos(500_000);
        }
      }
      producer.flush();
      reader.join(60_000);
      reader.interrupt();
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, Object> cpu = CpuUse.mark(pidDir).since(before, consumed.get());
      progress.close();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("offeredPerSecond", rate);
      m.put("records", count);
      m.put("recordBytes", size);
      m.put("consumed", consumed.get());
      m.put("seconds", Latency.round(seconds));
      m.put("deliveredPerSecond", Latency.round(consumed.get() / seconds));
      m.put("latency", latency.summary());
      m.put("cpu", cpu);
      System.out.printf(
          "  => %s: %.0f records/s, p50 %.1f ms, p99 %.1f ms%n",
          label,
          consumed.get() / seconds,
          latency.summary().get("p50Ms"),
          latency.summary().get("p99Ms"));
      return m;
    } finally {
      try (Admin a = Admin.create(admin)) {
        a.deleteTopics(List.of(topic)).all().get();
      } catch (Exception ignored) {
        // best effort
      }
    }
  }
}
