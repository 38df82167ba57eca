package io.hichat.connector.chat;

import java.util.concurrent.CompletionStage;

/** Where accepted frames go: a Kafka topic. Completes once the broker has the record. */
public interface EventSink {

  CompletionStage<Void> publish(String topic, String key, Object event);
}
