package io.hichat.functions.im.consumer;

import io.hichat.functions.consumer.ConsumerReport;
import io.hichat.functions.consumer.KafkaEvent;
import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.consumer.RecordProcessor;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.im.domain.RecallFanout;
import io.hichat.model.event.RecallEvent;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/** Consumer of {@code im.recall}: sends the recall frames ({@link RecallFanout}). */
@Component("recallPush")
public class RecallPushConsumer implements Function<KafkaEvent, ConsumerReport> {

  private final RecordProcessor processor;
  private final RecallFanout fanout;

  public RecallPushConsumer(RecordProcessor processor, RecallFanout fanout) {
    this.processor = processor;
    this.fanout = fanout;
  }

  @Override
  public ConsumerReport apply(KafkaEvent event) {
    return processor.process(
        "recallPush",
        event,
        record -> {
          RecallEvent recall;
          try {
            recall = JsonCodec.strict().readValue(record.value(), RecallEvent.class);
          } catch (JacksonException e) {
            throw new PoisonRecordException("malformed recall event", e);
          }
          if (recall == null) {
            throw new PoisonRecordException("empty recall event");
          }
          fanout.accept(recall);
        });
  }
}
