package io.hichat.functions.consumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * Lambda's event for Kafka event sources (Amazon MSK and self-managed Kafka): records grouped by
 * {@code topic-partition}, keys and values base64-encoded, header values as byte lists.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KafkaEvent(
    String eventSource,
    String eventSourceArn,
    String bootstrapServers,
    Map<String, List<Record>> records) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Record(
      String topic,
      int partition,
      long offset,
      long timestamp,
      String timestampType,
      String key,
      String value,
      List<Map<String, List<Integer>>> headers) {}
}
