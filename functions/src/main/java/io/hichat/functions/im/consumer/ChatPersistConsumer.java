package io.hichat.functions.im.consumer;

import io.hichat.functions.consumer.ConsumedRecord;
import io.hichat.functions.consumer.ConsumerReport;
import io.hichat.functions.consumer.KafkaEvent;
import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.consumer.RecordProcessor;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.im.domain.ChatPersister;
import io.hichat.functions.im.domain.ChatRules;
import io.hichat.model.event.ChatEvent;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Consumer of {@code im.chat}: stores each batch of accepted messages with their seqs and delivers
 * them ({@link ChatPersister}). The batch is handled together — the authorization of all 1:1 pairs
 * in two queries, the new messages of every conversation in one ordered insert.
 */
@Component("chatPersist")
public class ChatPersistConsumer implements Function<KafkaEvent, ConsumerReport> {

  private final RecordProcessor processor;
  private final ChatPersister persister;

  public ChatPersistConsumer(RecordProcessor processor, ChatPersister persister) {
    this.processor = processor;
    this.persister = persister;
  }

  @Override
  public ConsumerReport apply(KafkaEvent event) {
    return processor.processBatch(
        "chatPersist", event, ChatPersistConsumer::decode, persister::persist);
  }

  static ChatEvent decode(ConsumedRecord record) {
    ChatEvent chat;
    try {
      chat = JsonCodec.strict().readValue(record.value(), ChatEvent.class);
    } catch (JacksonException e) {
      throw new PoisonRecordException("malformed chat event", e);
    }
    if (chat == null) {
      throw new PoisonRecordException("empty chat event");
    }
    ChatRules.requireWellFormed(chat);
    return chat;
  }
}
