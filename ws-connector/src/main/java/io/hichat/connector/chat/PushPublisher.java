package io.hichat.connector.chat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Publishes one {@link io.hichat.model.delivery.Push} per connector, naming its receivers. */
public interface PushPublisher {

  CompletionStage<Void> publish(Map<String, List<Long>> byConnector, String method, Object data);
}
