package io.hichat.functions.notify.consumer;

import io.hichat.functions.consumer.ConsumerReport;
import io.hichat.functions.consumer.KafkaEvent;
import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.consumer.RecordProcessor;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.notify.domain.NotificationCenter;
import io.hichat.model.event.NotifyEvent;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/** Consumer of {@code notify.common}: persists each notification once and pushes new ones. */
@Component("notifyPersist")
public class NotifyPersistConsumer implements Function<KafkaEvent, ConsumerReport> {

  private final RecordProcessor processor;
  private final NotificationCenter center;

  public NotifyPersistConsumer(RecordProcessor processor, NotificationCenter center) {
    this.processor = processor;
    this.center = center;
  }

  @Override
  public ConsumerReport apply(KafkaEvent event) {
    return processor.process(
        "notifyPersist",
        event,
        record -> {
          NotifyEvent notify;
          try {
            notify = JsonCodec.strict().readValue(record.value(), NotifyEvent.class);
          } catch (JacksonException e) {
            throw new PoisonRecordException("malformed notification", e);
          }
          center.accept(notify);
        });
  }
}
