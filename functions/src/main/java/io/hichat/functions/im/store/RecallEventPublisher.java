package io.hichat.functions.im.store;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.http.JsonCodec;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.RecallEvent;
import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes recall events on {@link Topics#IM_RECALL}, keyed by conversation, and waits for the
 * broker's acknowledgement: a recall is answered only once its event is durable, or with {@link
 * ErrorCode#UNAVAILABLE} so that the client retries.
 */
@Component
public class RecallEventPublisher {

  private static final Logger log = LoggerFactory.getLogger(RecallEventPublisher.class);
  static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

  private final Producer<String, byte[]> producer;

  public RecallEventPublisher(Producer<String, byte[]> producer) {
    this.producer = producer;
  }

  /**
   * @throws DomainException {@link ErrorCode#UNAVAILABLE} when Kafka did not acknowledge it
   */
  public void publish(RecallEvent event) {
    try {
      producer
          .send(
              new ProducerRecord<>(
                  Topics.IM_RECALL, event.key(), JsonCodec.strict().writeValueAsBytes(event)))
          .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(event, e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw unavailable(event, e);
    }
  }

  private static DomainException unavailable(RecallEvent event, Exception cause) {
    log.warn(
        "recall event for message {} not published; a retry publishes it", event.msgId(), cause);
    return new DomainException(
        ErrorCode.UNAVAILABLE, "the message is recalled but not yet announced; retry the recall");
  }
}
