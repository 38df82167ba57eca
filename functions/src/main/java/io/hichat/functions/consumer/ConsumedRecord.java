package io.hichat.functions.consumer;

import java.nio.charset.StandardCharsets;

/** One decoded record handed to a consumer. */
public record ConsumedRecord(
    String topic, int partition, long offset, long timestamp, String key, byte[] value) {

  public String text() {
    return new String(value, StandardCharsets.UTF_8);
  }

  public String position() {
    return topic + "-" + partition + "@" + offset;
  }
}
