package io.hichat.functions.im.consumer;

import io.hichat.functions.consumer.ConsumerReport;
import io.hichat.functions.consumer.KafkaEvent;
import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.consumer.RecordProcessor;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.im.domain.ReadReceipts;
import io.hichat.model.event.ReadEvent;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/** Consumer of {@code im.read}: raises read positions and sends receipts ({@link ReadReceipts}). */
@Component("readReceipt")
public class ReadReceiptConsumer implements Function<KafkaEvent, ConsumerReport> {

  private final RecordProcessor processor;
  private final ReadReceipts receipts;

  public ReadReceiptConsumer(RecordProcessor processor, ReadReceipts receipts) {
    this.processor = processor;
    this.receipts = receipts;
  }

  @Override
  public ConsumerReport apply(KafkaEvent event) {
    return processor.process(
        "readReceipt",
        event,
        record -> {
          ReadEvent read;
          try {
            read = JsonCodec.strict().readValue(record.value(), ReadEvent.class);
          } catch (JacksonException e) {
            throw new PoisonRecordException("malformed read event", e);
          }
          if (read == null) {
            throw new PoisonRecordException("empty read event");
          }
          receipts.accept(read);
        });
  }
}
