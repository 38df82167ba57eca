package io.hichat.connector.store;

import io.hichat.connector.Json;
import io.hichat.connector.chat.EventSink;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends events to Kafka with the process's one producer. {@code send} can block (waiting for
 * metadata, or for buffer space when the brokers are slow), so it is called from a thread of its
 * own, never from an event loop; the result completes in the producer's callback, once the broker
 * has the record. A bounded queue fails sends fast when Kafka cannot keep up.
 */
public final class KafkaEvents implements EventSink, AutoCloseable {

  static final int QUEUE = 10_000;

  private final Producer<String, byte[]> producer;
  private final ThreadPoolExecutor sender =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(QUEUE),
          r -> {
            Thread t = new Thread(r, "kafka-send");
            t.setDaemon(true);
            return t;
          });

  public KafkaEvents(Producer<String, byte[]> producer) {
    this.producer = producer;
  }

  @Override
  public CompletionStage<Void> publish(String topic, String key, Object event) {
    byte[] value = Json.mapper().writeValueAsBytes(event);
    CompletableFuture<Void> sent = new CompletableFuture<>();
    try {
      sender.execute(
          () -> {
            try {
              producer.send(
                  new ProducerRecord<>(topic, key, value),
                  (metadata, error) -> {
                    if (error != null) {
                      sent.completeExceptionally(error);
                    } else {
                      sent.complete(null);
                    }
                  });
            } catch (RuntimeException e) {
              sent.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      sent.completeExceptionally(new IllegalStateException("Kafka sends are backed up", e));
    }
    return sent;
  }

  /** Stops taking sends and waits for those queued to be handed to the producer. */
  @Override
  public void close() {
    sender.shutdown();
    try {
      sender.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
